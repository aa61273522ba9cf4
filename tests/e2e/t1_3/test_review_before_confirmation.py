"""P1.3.2: before the booking is final, one screen shows everything about it.

Stay, rooms and guests; each fee on its own line with the total; the payment deadline or room
hold date; the services covered; the service contact phone; terms not pre-ticked; a confirm
button that says the guest commits to pay. Expected values come from the profile and the oracle.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from scenarios.book_stay import review_stay
from support import money, oracle
from support.data import Guest, TestData
from support.phone import tel_href
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.3.2"), pytest.mark.destructive]

THURSDAY = 3  # a Thursday check-in for two nights prices one weekday and one weekend night
STAYS = [
    pytest.param("standard-double", 1, 2, False, "credit-card", id="standard-double-card-no-breakfast"),
    pytest.param("deluxe-twin", 1, 2, True, "atm", id="deluxe-twin-atm-breakfast"),
    pytest.param("family-quad", 2, 6, True, "credit-card", id="2-family-quads-card-breakfast"),
]


def test_review_page_shows_the_stay_before_confirming(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """Dates, nights, room type, number of rooms and guests are on the review page."""
    stay = data.stay("deluxe-twin", nights=3, rooms=2, guests=3)

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.heading).to_be_visible()
    expect(review.check_in).to_have_attribute("datetime", stay.check_in.isoformat())
    expect(review.check_out).to_have_attribute("datetime", stay.check_out.isoformat())
    expect(review.nights).to_contain_text(str(stay.nights))
    expect(review.room_type).to_have_text(profile.room_type(stay.room_type).name(site_lang))
    expect(review.rooms).to_contain_text(str(stay.rooms))
    expect(review.guests).to_contain_text(str(stay.guests))


@pytest.mark.parametrize(("room_type", "rooms", "guests", "breakfast", "method"), STAYS)
def test_review_page_lists_every_fee_as_the_tariff_prices_it(
    page: Page,
    profile: Profile,
    site_lang: str,
    data: TestData,
    guest: Guest,
    room_type,
    rooms,
    guests,
    breakfast,
    method,
):
    """Each fee the oracle expects is its own line with the tariff's amount, and no other fee appears."""
    stay = data.stay(
        room_type, rooms=rooms, guests=guests, breakfast=breakfast, payment_method=method, weekday=THURSDAY
    )
    expected = oracle.price(profile, stay)

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.fees.total).to_be_visible()
    for kind, amount in expected.lines.items():
        expect(review.fees.amount(kind), f"fee line {kind!r}").to_have_text(money.pattern(amount))
    review.fees.expect_kinds(list(expected.lines))


@pytest.mark.parametrize(("room_type", "rooms", "guests", "breakfast", "method"), STAYS)
def test_review_page_lines_add_up_to_the_oracle_total(
    page: Page,
    profile: Profile,
    site_lang: str,
    data: TestData,
    guest: Guest,
    room_type,
    rooms,
    guests,
    breakfast,
    method,
):
    """The fee lines add up to the total shown, and that total is the oracle's price."""
    stay = data.stay(
        room_type, rooms=rooms, guests=guests, breakfast=breakfast, payment_method=method, weekday=THURSDAY
    )

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.fees.total).to_have_text(money.pattern(oracle.price(profile, stay).total))
    expect(review.fees.total, "sum of the fee lines").to_have_text(money.pattern(sum(review.fees.line_amounts())))


def test_review_page_shows_the_room_hold_date_for_transfers(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """An ATM transfer shows the payment deadline the room is held until, as the profile sets it."""
    stay = data.stay("standard-double", payment_method="atm")
    deadline = oracle.pay_by(profile, stay, booked_on=data.today)

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.hold_until).to_have_attribute("datetime", deadline.isoformat(timespec="minutes"))


def test_review_page_says_a_card_is_charged_on_confirming(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """Paying by card, the review page says the full total is charged when the guest confirms."""
    stay = data.stay("standard-double", payment_method="credit-card")
    total = oracle.price(profile, stay).total

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.payment_terms).to_contain_text(money.format_ntd(total))
    expect(review.hold_until).to_have_count(0)


def test_review_page_lists_the_services_covered(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The room, the breakfast chosen and every service included with a room are listed as covered."""
    stay = data.stay("family-quad", guests=4, breakfast=True)

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.services.filter(has_text=profile.room_type(stay.room_type).name(site_lang))).to_have_count(1)
    expect(review.services.filter(has_text=re.compile("早餐|Breakfast"))).to_have_count(1)
    for service in profile.services.included_with_every_room:
        expect(review.services.filter(has_text=service(site_lang))).to_have_count(1)


def test_review_page_shows_the_service_contact_phone(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The service contact phone is on the review page, as a link that dials the profile's number."""
    phone = profile.property.phones["service"]
    stay = data.stay("standard-double")

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.contact_phone).to_have_text(phone)
    expect(review.contact_phone).to_have_attribute("href", tel_href(phone))


def test_terms_are_not_pre_ticked_and_must_be_accepted(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The terms box starts unticked; confirming without it keeps the guest on the review page with an error."""
    stay = data.stay("standard-double")
    review = review_stay(page, profile, site_lang, stay, guest)
    expect(review.accept_terms).not_to_be_checked()

    review.confirm_without_accepting()

    expect(review.heading).to_be_visible()
    expect(review.accept_terms).to_have_accessible_description(re.compile("同意|agree"))


def test_confirm_button_says_the_guest_commits_to_pay(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The final button names the obligation to pay, and the full terms open without leaving the review."""
    review = review_stay(page, profile, site_lang, data.stay("standard-double"), guest)

    expect(review.confirm_button).to_be_enabled()
    expect(review.terms_link).to_have_attribute("target", "_blank")
