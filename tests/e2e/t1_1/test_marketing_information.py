"""P1.1.5: the prices published in marketing (home page, room pages) are the approved tariff."""

from __future__ import annotations

from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from support.money import MoneyFormat
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.1.5"), pytest.mark.nondestructive]


def test_the_home_page_advertises_each_room_from_its_lowest_approved_rate(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str, money: MoneyFormat
):
    """Each room card's "from" price is the lowest of its approved rates."""
    home = pack.HomePage(page).open()

    for room in profile.room_types:
        rates = [rate for rate in (room.rates.weekday, room.rates.weekend, room.rates.holiday) if rate is not None]
        expect(home.room_price(room.name(site_lang)), room.code).to_contain_text(money.format(min(rates)))


def test_the_room_list_states_the_approved_rates(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str, money: MoneyFormat
):
    """The room list's weekday and weekend rates are the approved tariff."""
    rooms = pack.RoomsPage(page).open()

    for room in profile.room_types:
        rates = room.rates
        weekend = money.pattern(rates.weekend) if rates.weekend is not None else None
        rooms.expect_room(room.name(site_lang), room.count, room.max_guests, money.pattern(rates.weekday), weekend)
