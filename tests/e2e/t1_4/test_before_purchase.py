"""P1.4.4: before purchase, each product page says what the law asks a shop to say about it.

Food shows its price, net weight in a legal unit, shelf life, storage condition, maker and food
business registration number (rule 7); merchandise, ambient food and vouchers state the 7-day
withdrawal right, while chilled and frozen food say, before purchase, that it does not apply (rule 6).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from pages.product import ProductPage
from pages.shop import ShopPage
from support import money
from support.profile import Profile
from tests.e2e.t1_4.shop_checks import SEVEN_DAY_RIGHT

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.nondestructive]

NOT_APPLICABLE = re.compile("不適用|does not apply")


def number(value: int) -> re.Pattern[str]:
    """Text that states `value` as a whole number."""
    return re.compile(rf"(?<!\d){value}(?!\d)")


@pytest.mark.parametrize("code", ["xo-sauce", "mullet-roe", "frozen-dumplings"])
def test_food_page_shows_its_label_before_purchase(page: Page, profile: Profile, site_lang: str, code: str):
    """Price, net weight in grams, shelf life, storage condition, maker and registration number as approved."""
    product = profile.shop.product(code)
    food = product.food
    assert food is not None, f"{code} should be food in the profile"

    shown = ProductPage(page).open(code)

    expect(shown.heading).to_have_text(product.name(site_lang))
    expect(shown.price).to_have_text(money.pattern(product.price))
    expect(shown.net_weight).to_have_text(re.compile(rf"(?<!\d){food.net_weight_g}\s?(?:g|公克)"))
    expect(shown.shelf_life).to_have_text(number(food.shelf_life_days))
    expect(shown.storage).to_have_text(food.storage(site_lang))
    expect(shown.maker).to_contain_text(food.maker(site_lang))
    expect(shown.registration).to_have_text(food.registration)


@pytest.mark.parametrize("code", ["mullet-roe", "frozen-dumplings"], ids=["chilled-food", "frozen-food"])
def test_perishable_food_says_before_purchase_that_withdrawal_does_not_apply(
    page: Page, profile: Profile, site_lang: str, code: str
):
    """Chilled and frozen food, reached from the shop, carry the exclusion notice before they can be bought."""
    shown = ShopPage(page).open().open_product(profile.shop.product(code).name(site_lang))

    expect(shown.heading).to_have_text(profile.shop.product(code).name(site_lang))
    expect(shown.withdrawal).to_contain_text(NOT_APPLICABLE)
    expect(shown.add_button).to_be_visible()


@pytest.mark.parametrize(
    "code", ["mug", "xo-sauce", "dinner-voucher"], ids=["merchandise", "ambient-food", "dining-voucher"]
)
def test_other_products_state_the_seven_day_withdrawal_right(page: Page, profile: Profile, site_lang: str, code: str):
    """Merchandise, ambient food and vouchers state the 7-day right, with no exclusion notice."""
    shown = ProductPage(page).open(code)

    expect(shown.heading).to_have_text(profile.shop.product(code).name(site_lang))
    expect(shown.withdrawal).to_contain_text(SEVEN_DAY_RIGHT)
    expect(shown.withdrawal).not_to_contain_text(NOT_APPLICABLE)
