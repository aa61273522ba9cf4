"""P1.2.2: the payment options, and the limits that come with them, are shown where the guest chooses.

A payment method with a ceiling (a convenience-store code takes at most NT$6,000 an order) is not
offered above it, and the guest is told why before choosing. The stays are the ones whose totals
come nearest the ceiling from each side (support/boundaries.py): exactly the ceiling where the
tariff reaches it, and the least it reaches over it, so a ceiling off by a dollar shows.
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from scenarios.book_stay import fill_booking_form
from scenarios.visit import Visit
from support import boundaries, oracle
from support.boundaries import CeilingCase
from support.data import Guest, TestData
from support.money import MoneyFormat
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.2.2"), pytest.mark.nondestructive]


def test_the_payment_options_page_and_the_checkout_list_the_same_approved_methods(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str
):
    """The options page lists exactly the methods the checkout offers, and both are the approved ones."""
    approved = [method.name(site_lang) for method in profile.payment_methods]

    expect(pack.PaymentOptionsPage(page).open().methods).to_have_text(approved)
    form = pack.BookingFormPage(page).open()
    expect(form.payment_choices).to_have_count(len(approved))
    for name in approved:
        expect(form.payment_option(name)).to_have_count(1)


def _other_method(profile: Profile, capped: str) -> str:
    return next(method.code for method in profile.payment_methods if method.code != capped)


@pytest.mark.offers("online-booking")
@pytest.mark.cases(case="stays_over_the_ceiling")
def test_a_capped_method_is_not_offered_above_its_ceiling_and_says_why(
    visit: Visit, data: TestData, guest: Guest, money: MoneyFormat, case: CeilingCase
):
    """A stay costing just more than the method's ceiling disables that option and names the ceiling."""
    method = visit.profile.payment_method(case.method)
    boundaries.show(f"{case.stay!r} {case.check_in}: {case.edge.describe(money)}")
    assert not oracle.accepts(visit.profile, case.stay.on(case.check_in, method.code)), "the stay is over the ceiling"
    stay = case.stay.on(case.check_in, _other_method(visit.profile, method.code))

    form = fill_booking_form(visit, stay, guest)

    option = form.payment_option(method.name(visit.lang))
    expect(option).to_be_disabled()
    expect(option).to_have_accessible_description(re.compile(re.escape(money.format(method.max_amount))))


@pytest.mark.offers("online-booking")
@pytest.mark.cases(case="stays_within_the_ceiling")
def test_a_capped_method_is_offered_within_its_ceiling(
    visit: Visit, data: TestData, guest: Guest, money: MoneyFormat, case: CeilingCase
):
    """A stay costing exactly the ceiling (where the tariff reaches it, else the nearest under) can be paid with it."""
    method = visit.profile.payment_method(case.method)
    boundaries.show(f"{case.stay!r} {case.check_in}: {case.edge.describe(money)}")
    assert oracle.accepts(visit.profile, case.stay.on(case.check_in, method.code)), "the stay is within the ceiling"
    stay = case.stay.on(case.check_in, _other_method(visit.profile, method.code))

    form = fill_booking_form(visit, stay, guest)  # another method first: a refused option could not be chosen
    expect(form.live_total).to_be_visible()
    expect(form.payment_option(method.name(visit.lang))).to_be_enabled()
    form.choose_payment(method.name(visit.lang))

    expect(form.payment_option(method.name(visit.lang))).to_be_checked()
