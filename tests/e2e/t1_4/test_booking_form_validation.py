"""P1.4.4: the booking form turns bad input away where the guest typed it, and loses nothing.

Each kind of bad input gets a specific message tied to its field (its accessible description),
the guest stays on the form, and everything else they typed is still there. The limits come from
the profile: a room's capacity, how many rooms of a type there are, the earliest bookable day.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from scenarios.book_stay import fill_booking_form, review_stay
from scenarios.visit import Visit
from support.checks import not_applicable
from support.data import Guest, TestData, variation

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.destructive, pytest.mark.offers("online-booking")]


@variation
def _past_check_in(data: TestData, guest: Guest):
    yesterday = data.today - timedelta(days=1)
    return data.stay(check_in=yesterday), guest


@variation
def _check_out_not_after_check_in(data: TestData, guest: Guest):
    return data.stay(nights=0), guest


@variation
def _too_many_guests(data: TestData, guest: Guest):
    room = min(data.profile.room_types, key=lambda room_type: room_type.max_guests)
    return data.stay(room.code, rooms=1, guests=room.max_guests + 1), guest


@variation
def _more_rooms_than_exist(data: TestData, guest: Guest):
    counted = [room for room in data.profile.room_types if room.count]
    if not counted:
        not_applicable("published number of rooms to exceed")
    room = min(counted, key=lambda room_type: room_type.count)
    return data.stay(room.code, rooms=room.count + 1, guests=room.count + 1), guest


@variation
def _malformed_email(data: TestData, guest: Guest):
    return data.stay(), dataclasses.replace(guest, email="guest.example.com")


@variation
def _malformed_phone(data: TestData, guest: Guest):
    return data.stay(), dataclasses.replace(guest, phone="12-34")


@variation
def _missing_name(data: TestData, guest: Guest):
    return data.stay(), dataclasses.replace(guest, name="")


@variation
def _trips_not_chosen(data: TestData, guest: Guest):
    addon = next((addon for addon in data.profile.tariff.addons if addon.per == "trip" and len(addon.choices) > 1),
                 None)  # fmt: skip
    if addon is None:
        not_applicable("add-on priced per trip")
    return data.stay(addons={addon.code: 0}), guest


BAD_INPUT = [
    pytest.param(_past_check_in, "check_in", id="check-in-in-the-past"),
    pytest.param(_check_out_not_after_check_in, "check_out", id="check-out-not-after-check-in"),
    pytest.param(_too_many_guests, "guests", id="more-guests-than-the-room-takes"),
    pytest.param(_more_rooms_than_exist, "rooms", id="more-rooms-than-the-hotel-has"),
    pytest.param(_malformed_email, "email", id="malformed-email"),
    pytest.param(_malformed_phone, "phone", id="malformed-phone"),
    pytest.param(_missing_name, "guest_name", id="missing-name"),
    pytest.param(_trips_not_chosen, "trips", id="trips-not-chosen"),
]


@pytest.mark.parametrize(("make_input", "field"), BAD_INPUT)
def test_booking_form_rejects_bad_input_beside_the_field(
    visit: Visit, data: TestData, guest: Guest, make_input, field: str
):
    """The bad field is marked invalid with a specific message; the form keeps what else was typed."""
    stay, typed_guest = make_input(data, guest)

    fill_booking_form(visit, stay, typed_guest).submit()

    form = visit.pack.BookingFormPage(visit.page)
    expect(form.heading).to_be_visible()
    expect(form.field(field)).to_have_attribute("aria-invalid", "true")
    expect(form.field(field)).to_have_accessible_description(form.SAYS[field])
    expect(form.alerts.first).to_be_visible()
    if field != "email":
        expect(form.field("email")).to_have_value(typed_guest.email)
    if field != "guest_name":
        expect(form.field("guest_name")).to_have_value(typed_guest.name)


def test_tampered_review_is_refused_and_nothing_is_booked(visit: Visit, data: TestData, guest: Guest):
    """A review altered in the browser is refused with a message that nothing was booked."""
    review = review_stay(visit, data.stay(), guest)

    review.tamper_with_review()
    outcome = review.accept_and_confirm_expecting_refusal()

    expect(outcome.heading).to_be_visible()
    expect(outcome.nothing_booked).to_be_visible()
