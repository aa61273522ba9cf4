"""P1.4.4: the booking form turns bad input away where the guest typed it, and loses nothing.

Each kind of bad input gets a specific message tied to its field (its accessible description),
the guest stays on the form, and everything else they typed is still there.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from pages.booking_form import BookingFormPage
from scenarios.book_stay import fill_booking_form, review_stay
from support.data import Guest, TestData, variation
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.destructive]


@variation
def _past_check_in(data: TestData, guest: Guest):
    yesterday = data.today - timedelta(days=1)
    return data.stay("standard-double", check_in=yesterday), guest


@variation
def _check_out_not_after_check_in(data: TestData, guest: Guest):
    return data.stay("standard-double", nights=0), guest


@variation
def _too_many_guests(data: TestData, guest: Guest):
    return data.stay("standard-double", rooms=1, guests=3), guest


@variation
def _more_rooms_than_exist(data: TestData, guest: Guest):
    return data.stay("ocean-suite", rooms=9, guests=9), guest


@variation
def _malformed_email(data: TestData, guest: Guest):
    return data.stay("standard-double"), dataclasses.replace(guest, email="guest.example.com")


@variation
def _malformed_phone(data: TestData, guest: Guest):
    return data.stay("standard-double"), dataclasses.replace(guest, phone="12-34")


@variation
def _missing_name(data: TestData, guest: Guest):
    return data.stay("standard-double"), dataclasses.replace(guest, name="")


@variation
def _transfer_without_trips(data: TestData, guest: Guest):
    return data.stay("standard-double", transfer="airport", transfer_trips=0), guest


SAYS = {  # what each field's message must be about, in either language
    "check_in": re.compile("早於今天|before today"),
    "check_out": re.compile("晚於入住|after check-in"),
    "guests": re.compile("最多可入住|sleep at most"),
    "rooms": re.compile("共 \\d+ 間|There are \\d+ rooms"),
    "email": re.compile("電子郵件格式|email address"),
    "phone": re.compile("電話格式|phone number"),
    "guest_name": re.compile("必填|required"),
    "transfer_trips": re.compile("接送趟數|how many transfer trips"),
}
BAD_INPUT = [
    pytest.param(_past_check_in, "check_in", id="check-in-in-the-past"),
    pytest.param(_check_out_not_after_check_in, "check_out", id="check-out-not-after-check-in"),
    pytest.param(_too_many_guests, "guests", id="more-guests-than-the-room-takes"),
    pytest.param(_more_rooms_than_exist, "rooms", id="more-rooms-than-the-hotel-has"),
    pytest.param(_malformed_email, "email", id="malformed-email"),
    pytest.param(_malformed_phone, "phone", id="malformed-phone"),
    pytest.param(_missing_name, "guest_name", id="missing-name"),
    pytest.param(_transfer_without_trips, "transfer_trips", id="transfer-without-trips"),
]


@pytest.mark.parametrize(("make_input", "field"), BAD_INPUT)
def test_booking_form_rejects_bad_input_beside_the_field(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest, make_input, field: str
):
    """The bad field is marked invalid with a specific message; the form keeps what else was typed."""
    stay, typed_guest = make_input(data, guest)

    fill_booking_form(page, profile, site_lang, stay, typed_guest).submit()

    form = BookingFormPage(page)
    expect(form.heading).to_be_visible()
    expect(getattr(form, field)).to_have_attribute("aria-invalid", "true")
    expect(getattr(form, field)).to_have_accessible_description(SAYS[field])
    expect(form.alerts.first).to_be_visible()
    if field != "email":
        expect(form.email).to_have_value(typed_guest.email)
    if field != "guest_name":
        expect(form.guest_name).to_have_value(typed_guest.name)


def test_tampered_review_is_refused_and_nothing_is_booked(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """A review altered in the browser is refused with a message that nothing was booked."""
    review = review_stay(page, profile, site_lang, data.stay("standard-double"), guest)

    review.tamper_with_review()
    outcome = review.accept_and_confirm_expecting_refusal()

    expect(outcome.heading).to_be_visible()
    expect(outcome.alert).to_have_text(re.compile("無效.*尚未完成訂房|could not be verified.*nothing has been booked"))
