"""P1.1.5: the prices published in marketing (home page, room pages) are the approved tariff."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.home import HomePage
from pages.rooms import RoomsPage
from support import money
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.1.5"), pytest.mark.nondestructive]


def test_the_home_page_advertises_each_room_from_its_lowest_approved_rate(page: Page, profile: Profile, site_lang: str):
    """Each room card's "from" price is the lowest of its approved rates."""
    home = HomePage(page).open()

    for room in profile.room_types:
        lowest = min(room.rates.weekday, room.rates.weekend)
        expect(home.room_price(room.name(site_lang)), room.code).to_contain_text(money.format_ntd(lowest))


def test_the_room_list_states_the_approved_rates(page: Page, profile: Profile, site_lang: str):
    """The room list's weekday and weekend rates are the approved tariff."""
    rooms = RoomsPage(page).open()

    for room in profile.room_types:
        rooms.expect_room(room.name(site_lang), room.count, room.max_guests, room.rates.weekday, room.rates.weekend)
