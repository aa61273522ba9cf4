"""P1.4.4: before purchase, each product page says what the law asks a shop to say about it.

Food shows its price, net weight in a legal unit, shelf life, storage condition, maker and food
business registration number (rule 7); merchandise, ambient food and vouchers state the 7-day
withdrawal right, while chilled and frozen food say, before purchase, that it does not apply (rule 6).
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from support.money import MoneyFormat
from support.profile import Product

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.nondestructive, pytest.mark.offers("shop")]


def number(value: int) -> re.Pattern[str]:
    """Text that states `value` as a whole number."""
    return re.compile(rf"(?<!\d){value}(?!\d)")


@pytest.mark.cases(product="food_products")
def test_food_page_shows_its_label_before_purchase(
    page: Page, pack: ModuleType, site_lang: str, money: MoneyFormat, product: Product
):
    """Price, net weight in grams, shelf life, storage condition, maker and registration number as approved."""
    food = product.food
    assert food is not None, f"{product.code} is food, so the profile must give its label"

    shown = pack.ProductPage(page).open(product.code)

    expect(shown.heading).to_have_text(product.name(site_lang))
    expect(shown.price).to_have_text(money.pattern(product.price))
    expect(shown.net_weight).to_have_text(shown.grams(food.net_weight_g))
    expect(shown.shelf_life).to_have_text(number(food.shelf_life_days))
    expect(shown.storage).to_have_text(food.storage(site_lang))
    expect(shown.maker).to_contain_text(food.maker(site_lang))
    expect(shown.registration).to_have_text(food.registration)


@pytest.mark.cases(product="perishable_products")
def test_perishable_food_says_before_purchase_that_withdrawal_does_not_apply(
    page: Page, pack: ModuleType, site_lang: str, product: Product
):
    """Chilled and frozen food, reached from the shop, carry the exclusion notice before they can be bought."""
    shown = pack.ShopPage(page).open().open_product(product.name(site_lang))

    expect(shown.heading).to_have_text(product.name(site_lang))
    expect(shown.withdrawal_excluded).to_be_visible()
    expect(shown.add_button).to_be_visible()


@pytest.mark.cases(product="withdrawable_products")
def test_other_products_state_the_seven_day_withdrawal_right(
    page: Page, pack: ModuleType, site_lang: str, product: Product
):
    """Merchandise, ambient food and vouchers state the 7-day right, with no exclusion notice."""
    shown = pack.ProductPage(page).open(product.code)

    expect(shown.heading).to_have_text(product.name(site_lang))
    expect(shown.withdrawal_right).to_be_visible()
    expect(shown.withdrawal_excluded).to_have_count(0)
