"""Benchmark tests (not part of the suite): what the harness adds to a test, and to a booking.

Run by scripts/bench.py, which reads each test's total time (setup, call and teardown) from JUnit XML.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from scenarios.book_stay import book_stay
from scenarios.visit import Visit
from support.data import TestData
from support.profile import Profile

REPEAT = 10


@pytest.mark.parametrize("n", range(REPEAT))
def test_empty_page_plain(page: Page, pack: ModuleType, n: int):
    """Only pytest-playwright's page: open the home page."""
    expect(pack.HomePage(page).open().navigation.root).to_be_visible()


@pytest.mark.parametrize("n", range(REPEAT))
def test_empty_page_with_the_harness(page: Page, pack: ModuleType, profile: Profile, data: TestData, n: int):
    """The same page, with everything a requirement test gets: profile, seeded data, its own mailbox."""
    data.guest()
    expect(pack.HomePage(page).open().navigation.root).to_be_visible()


@pytest.mark.parametrize("n", range(REPEAT))
def test_booking_journey(page: Page, pack: ModuleType, profile: Profile, site_lang: str, data: TestData, n: int):
    """The booking journey through the suite's scenario, page objects and fixtures."""
    first_night_addon = next(addon.code for addon in profile.tariff.addons if addon.per == "night")
    stay = data.stay(profile.room_types[1].code, addons={first_night_addon: 1})
    visit = Visit(page, pack, profile, site_lang)
    expect(book_stay(visit, stay, data.guest()).confirmation.heading).to_be_visible()
