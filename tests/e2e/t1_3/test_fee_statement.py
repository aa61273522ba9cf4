"""P1.3.1: a clear statement of every fee: room rates, meals, transfers, handling fees, service charge, tax.

Every amount on the statement equals the approved profile, and the statement is linked from
every page, so a guest can read what they may be charged before they book.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from pages.any_page import AnyPage
from pages.fee_statement import SECTIONS, FeeStatementPage
from support import money
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.3.1"), pytest.mark.nondestructive]

PUBLIC_PAGES = ["/", "/rooms", "/rooms/deluxe-twin", "/book", "/terms", "/stay-info", "/cancellation", "/manage"]


def test_the_statement_lists_every_kind_of_fee(page: Page):
    """Room rates, meals, transfers, handling fees, service charge, tax and deposits each have a section."""
    statement = FeeStatementPage(page).open()

    for kind in SECTIONS:
        expect(statement.section(kind), f"the {kind} section").to_be_visible()


def test_every_room_rate_equals_the_profile(page: Page, profile: Profile, site_lang: str):
    """Each room type's weekday and weekend rate is the approved one."""
    statement = FeeStatementPage(page).open()

    for room in profile.room_types:
        name = room.name(site_lang)
        expect(statement.room_rate(name, weekend=False), f"{name} weekday").to_have_text(
            money.pattern(room.rates.weekday)
        )
        expect(statement.room_rate(name, weekend=True), f"{name} weekend").to_have_text(
            money.pattern(room.rates.weekend)
        )


def test_meal_and_transfer_prices_equal_the_profile(page: Page, profile: Profile, site_lang: str):
    """Each meal's price per person per night and each transfer's price per trip is the approved one."""
    statement = FeeStatementPage(page).open()

    for meal in profile.tariff.meals.values():
        expect(statement.meal_price(meal.name(site_lang))).to_have_text(money.pattern(meal.per_person_per_night))
    for transfer in profile.tariff.transfers.values():
        expect(statement.transfer_price(transfer.name(site_lang))).to_have_text(money.pattern(transfer.per_trip))


def test_handling_fees_equal_the_profile(page: Page, profile: Profile, site_lang: str):
    """Every payment method's handling fee is stated, as approved (NT$0 included)."""
    statement = FeeStatementPage(page).open()

    for method in profile.payment_methods:
        expect(statement.handling_fee(method.name(site_lang))).to_have_text(money.pattern(method.handling_fee))


def test_service_charge_and_tax_are_stated_as_approved(page: Page, profile: Profile):
    """The service charge rate and that the 5% business tax is included are stated."""
    statement = FeeStatementPage(page).open()

    expect(statement.service_charge_rate()).to_have_text(
        re.compile(rf"^\s*{profile.tariff.service_charge.percent}\s*%")
    )
    expect(statement.tax_rate()).to_contain_text(f"{profile.tariff.tax.business_tax_percent}%")
    expect(statement.tax_rate()).to_contain_text(re.compile("內含|included"))


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_the_statement_is_linked_from_every_page(page: Page, path: str):
    """Every public page links to the fee statement, and the link leads there."""
    any_page = AnyPage(page).open(path)

    expect(any_page.footer.fee_statement).to_be_visible()
    expect(any_page.open_fee_statement().heading).to_be_visible()
