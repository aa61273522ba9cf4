"""P1.3.1: a clear statement of every fee: room rates, add-ons (meals, transfers), handling fees, service charge, tax.

Every amount on the statement equals the approved profile, and the statement is linked from
every page, so a guest can read what they may be charged before they book.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from scenarios.crawl_site import SiteMap
from support.checks import each
from support.money import MoneyFormat
from support.oracle.stay import night_price
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.3.1"), pytest.mark.nondestructive]


def test_the_statement_lists_every_kind_of_fee(page: Page, pack: ModuleType, profile: Profile):
    """Room rates, add-ons, handling fees, service charge, tax and deposits each have a section, where charged."""
    statement = pack.FeeStatementPage(page).open()
    tariff = profile.tariff
    kinds = ["room", "handling_fees"]
    kinds += ["addons"] if tariff.addons else []
    kinds += ["service_charge"] if tariff.service_charge else []
    kinds += ["tax"] if tariff.tax else []
    kinds += ["deposit"] if tariff.deposit else []

    for kind in kinds:
        expect(statement.section(kind), f"the {kind} section").to_be_visible()


@pytest.mark.cases(room="room_types")
def test_each_room_rate_equals_the_profile(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str, money: MoneyFormat, room: object
):
    """The room type's weekday and weekend rate is the approved one."""
    statement = pack.FeeStatementPage(page).open()
    name = room.name(site_lang)

    expect(statement.room_rate(name, weekend=False), f"{name} weekday").to_have_text(money.pattern(room.rates.weekday))
    weekend = next((night for night in _week() if profile.tariff.is_weekend(night)), None)
    if weekend is not None:
        expect(statement.room_rate(name, weekend=True), f"{name} weekend").to_have_text(
            money.pattern(night_price(profile, room, weekend))
        )


def _week() -> list[date]:
    """The nights of one week far from any holiday list: only their weekdays matter here."""
    monday = date(2030, 1, 7)
    return [monday + timedelta(days=n) for n in range(7)]


@pytest.mark.cases(addon="addons")
def test_each_add_on_price_equals_the_profile(
    page: Page, pack: ModuleType, site_lang: str, money: MoneyFormat, addon: object
):
    """Each meal, transfer or other add-on is stated with its approved price."""
    statement = pack.FeeStatementPage(page).open()

    expect(statement.addon_price(addon.name(site_lang))).to_have_text(money.pattern(addon.price))


def test_handling_fees_equal_the_profile(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str, money: MoneyFormat
):
    """Every payment method's handling fee is stated, as approved (zero included)."""
    statement = pack.FeeStatementPage(page).open()

    for method in each(profile.payment_methods, "payment methods"):
        expect(statement.handling_fee(method.name(site_lang))).to_have_text(money.pattern(method.handling_fee))


def test_service_charge_and_tax_are_stated_as_approved(page: Page, pack: ModuleType, profile: Profile):
    """The service charge rate, if any, and how business tax is treated are stated."""
    tariff = profile.tariff
    each([rule for rule in (tariff.service_charge, tariff.tax) if rule], "approved service charge or tax rules")
    statement = pack.FeeStatementPage(page).open()

    if tariff.service_charge:
        percent = f"{tariff.service_charge.percent.normalize():f}"
        expect(statement.service_charge_rate()).to_have_text(re.compile(rf"^\s*{re.escape(percent)}\s*%"))
    if tariff.tax:
        expect(statement.tax_rate()).to_contain_text(f"{tariff.tax.business_tax_percent.normalize():f}%")
        if tariff.tax.included:
            expect(statement.tax_included).to_be_visible()


def test_the_statement_is_linked_from_every_page(page: Page, pack: ModuleType, site_map: SiteMap):
    """Every page the crawler reached links to the fee statement, and the link leads there."""
    for visit in each(site_map.html_pages(), "pages reached by the crawler"):
        any_page = pack.AnyPage(page).open(visit.url)
        expect(any_page.footer.fee_statement, f"{visit.url} should link to the fee statement").to_be_visible()
    expect(pack.AnyPage(page).open(site_map.html_pages()[0].url).open_fee_statement().heading).to_be_visible()
