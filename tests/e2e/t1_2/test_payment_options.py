"""P1.2.2: the payment options, and the limits that come with them, are shown where the guest chooses.

A convenience-store payment code takes at most its ceiling per order: above it the option is
not offered, and the guest is told why before choosing.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from playwright.sync_api import Page, expect

from pages.booking_form import BookingFormPage
from pages.payment_options import PaymentOptionsPage
from scenarios.book_stay import fill_booking_form
from support import oracle
from support.data import Guest, TestData
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.2.2"), pytest.mark.nondestructive]


def test_the_payment_options_page_and_the_checkout_list_the_same_approved_methods(
    page: Page, profile: Profile, site_lang: str
):
    """The options page lists exactly the methods the checkout offers, and both are the approved ones."""
    approved = [method.name(site_lang) for method in profile.payment_methods]

    expect(PaymentOptionsPage(page).open().methods).to_have_text(approved)
    expect(BookingFormPage(page).open().payment_choices).to_have_count(len(approved))
    for name in approved:
        expect(BookingFormPage(page).payment_option(name)).to_have_count(1)


def _store_code(profile: Profile):
    return next(method for method in profile.payment_methods if method.max_amount)


def test_a_store_payment_code_is_not_offered_above_its_ceiling_and_says_why(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """A stay costing more than the store code's ceiling disables that option and names the ceiling."""
    method = _store_code(profile)
    stay = data.stay("ocean-suite", nights=2, guests=2, payment_method="credit-card")
    assert not oracle.accepts(profile, dataclasses.replace(stay, payment_method=method.code)), "test data too cheap"

    form = fill_booking_form(page, profile, site_lang, stay, guest)

    option = form.payment_option(method.name(site_lang))
    expect(option).to_be_disabled()
    expect(option).to_have_accessible_description(re.compile(f"{method.max_amount:,}"))


def test_a_store_payment_code_is_offered_within_its_ceiling(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """A stay within the ceiling can be paid with a store code."""
    method = _store_code(profile)
    stay = data.stay("standard-double", nights=1, guests=1, payment_method=method.code)
    assert oracle.accepts(profile, stay), "test data too expensive"

    form = fill_booking_form(page, profile, site_lang, stay, guest)

    expect(form.live_total).to_be_visible()
    expect(form.payment_option(method.name(site_lang))).to_be_enabled()
    expect(form.payment_option(method.name(site_lang))).to_be_checked()
