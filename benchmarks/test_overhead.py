"""Benchmark tests (not part of the suite): what the harness adds to a test, and to a booking.

Run by scripts/bench.py, which reads each test's total time (setup, call and teardown) from JUnit XML.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.lanwan.any_page import AnyPage
from scenarios.book_stay import book_stay
from support.data import TestData
from support.profile import Profile

REPEAT = 10


@pytest.mark.parametrize("n", range(REPEAT))
def test_empty_page_plain(page: Page, base_url: str, n: int):
    """Only pytest-playwright's page: open the home page."""
    AnyPage(page).open("/")
    expect(AnyPage(page).navigation.root).to_be_visible()


@pytest.mark.parametrize("n", range(REPEAT))
def test_empty_page_with_the_harness(page: Page, profile: Profile, data: TestData, n: int):
    """The same page, with everything a requirement test gets: profile, seeded data, its own mailbox."""
    data.guest()
    AnyPage(page).open("/")
    expect(AnyPage(page).navigation.root).to_be_visible()


@pytest.mark.parametrize("n", range(REPEAT))
def test_booking_journey(page: Page, profile: Profile, site_lang: str, data: TestData, n: int):
    """The booking journey through the suite's scenario, page objects and fixtures."""
    stay = data.stay("deluxe-twin", breakfast=True, payment_method="credit-card")
    expect(book_stay(page, profile, site_lang, stay, data.guest()).confirmation.heading).to_be_visible()
