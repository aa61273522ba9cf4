"""P1.4.4: two guests racing for the last room: exactly one gets it, the other is told why.

The room type with the fewest rooms in the profile is booked up but for one room; then two
browsers confirm that last room at the same moment.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from scenarios.book_stay import book_stay, race_to_confirm, review_stay
from scenarios.visit import Visit
from support.checks import each
from support.data import TestData

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.destructive, pytest.mark.offers("online-booking")]


def test_two_guests_confirming_the_last_room_exactly_one_gets_it(visit: Visit, new_context, data: TestData):
    """One confirmation, one sold-out message beside the room type, never two bookings."""
    counted = each([room for room in visit.profile.room_types if room.count], "room types with a number of rooms")
    scarcest = min(counted, key=lambda room_type: room_type.count)
    taken = scarcest.count - 1
    first = data.stay(scarcest.code, rooms=taken, guests=taken) if taken else None
    last_room = data.stay(scarcest.code, rooms=1, guests=1, check_in=first.check_in if first else None)
    if first:
        book_stay(visit, first, data.guest())

    reviews = [review_stay(visit.on(new_context().new_page()), last_room, data.guest()) for _ in range(2)]
    outcomes = race_to_confirm(reviews)

    winners = [outcome for outcome in outcomes if outcome.booked]
    losers = [outcome for outcome in outcomes if not outcome.booked]
    assert len(winners) == 1, f"expected exactly one booking of the last room, got {len(winners)}"
    expect(winners[0].heading).to_be_visible()
    expect(losers[0].room_type).to_have_accessible_description(losers[0].SOLD_OUT)
