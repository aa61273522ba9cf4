"""P1.3.2: before the booking is final, one screen shows everything about it.

Stay, rooms and guests; each fee on its own line with the total; for every payment method the
prepayment or deposit, its deadline or room hold date, the balance and the final payment date;
the services covered; the service contact phone; the fee and cancellation terms one click away
without losing the review; terms not pre-ticked; a confirm button that says the guest commits
to pay. Expected values come from the profile and the oracle, never from the page.
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
ON_CONFIRM = re.compile("確認訂房時|when you confirm")


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


def test_review_page_shows_the_service_contact_phone(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The service contact phone is on the review page, as a link that dials the profile's number."""
    phone = profile.property.phones["service"]

    review = review_stay(page, profile, site_lang, data.stay("standard-double"), guest)

    expect(review.contact_phone).to_have_text(phone)
    expect(review.contact_phone).to_have_attribute("href", tel_href(phone))


@pytest.mark.parametrize(
    ("room_type", "rooms", "guests", "extras"),
    [
        pytest.param("standard-double", 1, 2, {}, id="standard-double-nothing-extra"),
        pytest.param("deluxe-twin", 1, 2, {"breakfast": True, "dinner": True}, id="deluxe-twin-both-meals"),
        pytest.param("family-quad", 2, 6, {"breakfast": True, "transfer": "hsr", "transfer_trips": 2},
                     id="2-family-quads-breakfast-hsr-round-trip"),
        pytest.param("ocean-suite", 1, 3, {"dinner": True, "transfer": "airport", "transfer_trips": 1},
                     id="ocean-suite-dinner-airport-one-way"),
    ],
)  # fmt: skip
def test_review_page_lists_every_fee_as_the_tariff_prices_it(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest, room_type, rooms, guests, extras
):
    """Each fee the oracle expects is its own line with the tariff's amount, and no other fee appears."""
    stay = data.stay(room_type, rooms=rooms, guests=guests, weekday=THURSDAY, payment_method="atm", **extras)
    expected = oracle.price(profile, stay)

    review = review_stay(page, profile, site_lang, stay, guest)

    review.fees.expect_kinds(list(expected.lines))
    for kind, amount in expected.lines.items():
        expect(review.fees.amount(kind), f"fee line {kind!r}").to_have_text(money.pattern(amount))


def test_review_page_lines_add_up_to_the_oracle_total(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The fee lines add up to the total shown, and that total is the oracle's price."""
    stay = data.stay("deluxe-twin", guests=2, breakfast=True, transfer="airport", transfer_trips=2, weekday=THURSDAY)

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.fees.total).to_have_text(money.pattern(oracle.price(profile, stay).total))
    expect(review.fees.total, "sum of the fee lines").to_have_text(money.pattern(sum(review.fees.line_amounts())))


@pytest.mark.parametrize("method", ["credit-card", "line-pay", "atm", "cvs-code", "pay-at-hotel"])
def test_review_page_shows_how_and_by_when_each_payment_method_pays(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest, method: str
):
    """Prepayment or deposit, its deadline, the room hold date, the balance and the final payment date."""
    stay = data.stay("standard-double", nights=1, guests=1, payment_method=method)
    plan = oracle.schedule(profile, stay, booked_on=data.today)

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.payment.plan).to_contain_text(profile.payment_method(method).name(site_lang))
    expect(review.payment.prepay).to_have_text(money.pattern(plan.prepay))
    expect(review.payment.balance).to_have_text(money.pattern(plan.balance))
    expect(review.payment.final_payment_date).to_have_attribute("datetime", plan.final_payment_date.isoformat())
    if plan.prepay_by:
        expect(review.payment.prepay_deadline).to_have_attribute(
            "datetime", plan.prepay_by.isoformat(timespec="minutes")
        )
    elif plan.plan != "none":
        expect(review.payment.prepay_by).to_have_text(ON_CONFIRM)
    if plan.hold_until:
        expect(review.payment.hold_until).to_have_attribute("datetime", plan.hold_until.isoformat(timespec="minutes"))
    else:
        expect(review.payment.hold_until).to_have_count(0)


def test_a_deposit_is_never_more_than_the_statutory_share_of_the_room_price(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """A deposit method asks for the profile's share of the room price, within the 30% ceiling."""
    stay = data.stay("ocean-suite", nights=2, guests=2, payment_method="line-pay")
    room_price = oracle.price(profile, stay).lines["room"]

    review = review_stay(page, profile, site_lang, stay, guest)

    expect(review.payment.prepay).to_have_text(money.pattern(oracle.schedule(profile, stay, data.today).prepay))
    assert oracle.schedule(profile, stay, data.today).prepay <= money.round_half_up(room_price * 30 / 100)


def test_review_page_lists_the_services_covered(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The room, the meals and transfer chosen, and every service included with a room are listed as covered."""
    stay = data.stay("family-quad", guests=4, breakfast=True, dinner=True, transfer="hsr", transfer_trips=1)

    review = review_stay(page, profile, site_lang, stay, guest)

    covered = [
        profile.room_type(stay.room_type).name(site_lang),
        *(profile.tariff.meals[meal].name(site_lang) for meal in stay.meals),
        profile.tariff.transfers["hsr"].name(site_lang),
        *(service(site_lang) for service in profile.services.included_with_every_room),
    ]
    for service in covered:
        expect(review.services.filter(has_text=service), service).to_have_count(1)


def test_fee_and_cancellation_terms_open_without_losing_the_review(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The fee statement and the cancellation policy open in new windows; the review stays and still confirms."""
    review = review_stay(page, profile, site_lang, data.stay("standard-double"), guest)

    fees = review.open_fee_statement()
    policy = review.open_cancellation_policy()

    expect(fees.heading).to_be_visible()
    expect(policy.heading).to_be_visible()
    expect(review.heading).to_be_visible()
    expect(review.accept_and_confirm().heading).to_be_visible()


def test_terms_are_not_pre_ticked_and_must_be_accepted(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The terms box starts unticked; confirming without it keeps the guest on the review page with an error."""
    review = review_stay(page, profile, site_lang, data.stay("standard-double"), guest)
    expect(review.accept_terms).not_to_be_checked()

    review.confirm_without_accepting()

    expect(review.heading).to_be_visible()
    expect(review.accept_terms).to_have_accessible_description(re.compile("同意|agree"))


def test_confirm_button_says_the_guest_commits_to_pay(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The final button names the obligation to pay, and the full terms open in a new window."""
    review = review_stay(page, profile, site_lang, data.stay("standard-double"), guest)

    expect(review.confirm_button).to_be_enabled()
    expect(review.terms_link).to_have_attribute("target", "_blank")
