"""P1.4.4: two guests racing for the last room: exactly one gets it, the other is told why.

The room type with the fewest rooms in the profile is booked up but for one room; then two
browsers confirm that last room at the same moment.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from pages.booking_confirmation import BookingConfirmationPage
from pages.booking_form import BookingFormPage
from scenarios.book_stay import book_stay, race_to_confirm, review_stay
from support.data import TestData
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.destructive]


def test_two_guests_confirming_the_last_room_exactly_one_gets_it(
    page: Page, new_context, profile: Profile, site_lang: str, data: TestData
):
    """One confirmation, one sold-out message beside the room type, never two bookings."""
    scarcest = min(profile.room_types, key=lambda room_type: room_type.count)
    taken = scarcest.count - 1
    first = data.stay(scarcest.code, rooms=taken, guests=taken) if taken else None
    last_room = data.stay(scarcest.code, rooms=1, guests=1, check_in=first.check_in if first else None)
    if first:
        book_stay(page, profile, site_lang, first, data.guest())

    reviews = [review_stay(new_context().new_page(), profile, site_lang, last_room, data.guest()) for _ in range(2)]
    outcomes = race_to_confirm(reviews)

    winners = [outcome for outcome in outcomes if isinstance(outcome, BookingConfirmationPage)]
    losers = [outcome for outcome in outcomes if isinstance(outcome, BookingFormPage)]
    assert len(winners) == 1, f"expected exactly one booking of the last room, got {len(winners)}"
    expect(winners[0].heading).to_be_visible()
    expect(losers[0].room_type).to_have_accessible_description(re.compile("空房|no longer has enough rooms"))
