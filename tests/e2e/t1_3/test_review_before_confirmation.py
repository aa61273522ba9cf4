"""P1.3.2: before the booking is final, one screen shows everything about it.

Stay, rooms and guests; each fee on its own line with the total; for every payment method the
prepayment or deposit, its deadline or room hold date, the balance and the final payment date;
the services covered; the service contact phone; the fee and cancellation terms one click away
without losing the review; terms not pre-ticked; a confirm button that says the guest commits
to pay. Expected values come from the profile and the oracle, never from the page.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from scenarios.book_stay import review_stay
from scenarios.visit import Visit
from support import boundaries, oracle
from support.cases import PricedStay, every_addon
from support.data import Guest, TestData
from support.money import MoneyFormat
from support.oracle import refund
from support.phone import tel_href
from support.profile import PaymentMethod
from tests.e2e.checks import expect_fees, expect_schedule

pytestmark = [pytest.mark.requirement("P1.3.2"), pytest.mark.destructive, pytest.mark.offers("online-booking")]

THURSDAY = 3  # a Thursday check-in for two nights prices a weekday and a weekend night in Taiwan's usual tariff


def test_review_page_shows_the_stay_before_confirming(visit: Visit, data: TestData, guest: Guest):
    """Dates, nights, room type, number of rooms and guests are on the review page (a party needing two rooms)."""
    two_rooms = [room_type for room_type in visit.profile.room_types if (room_type.count or 2) >= 2]
    room = max(two_rooms or visit.profile.room_types, key=lambda room_type: room_type.max_guests)
    rooms = 2 if two_rooms else 1  # a party needing two rooms, where the property has two of a kind
    stay = data.stay(room.code, nights=3, rooms=rooms, guests=room.max_guests * (rooms - 1) + 1)

    review = review_stay(visit, stay, guest)

    expect(review.heading).to_be_visible()
    expect(review.check_in).to_have_attribute("datetime", stay.check_in.isoformat())
    expect(review.check_out).to_have_attribute("datetime", stay.check_out.isoformat())
    expect(review.nights).to_contain_text(str(stay.nights))
    expect(review.room_type).to_have_text(room.name(visit.lang))
    expect(review.rooms).to_contain_text(str(stay.rooms))
    expect(review.guests).to_contain_text(str(stay.guests))


def test_review_page_shows_the_service_contact_phone(visit: Visit, data: TestData, guest: Guest):
    """The service contact phone is on the review page, as a link that dials the profile's number."""
    phone = visit.profile.property.service_phone
    assert phone, "the profile approves no service phone, and the review must show one"

    review = review_stay(visit, data.stay(), guest)

    expect(review.contact_phone).to_have_text(phone)
    expect(review.contact_phone).to_have_attribute("href", tel_href(phone))


@pytest.mark.cases(case="priced_stays")
def test_review_page_lists_every_fee_as_the_tariff_prices_it(
    visit: Visit, data: TestData, guest: Guest, money: MoneyFormat, case: PricedStay
):
    """Each fee the oracle expects is its own line with the tariff's amount, and no other fee appears.

    The nights straddle the weekend, a run of holidays or fall on the last bookable day, where the
    profile has them (support/boundaries.py), so a price or a horizon off by a night shows.
    """
    method = visit.profile.payment_methods[-1].code
    when = {"check_in": case.window.check_in, "nights": case.window.nights} if case.window else {"weekday": THURSDAY}
    stay = data.stay(case.room_type, rooms=case.rooms, guests=case.guests, addons=dict(case.addons),
                     payment_method=method, **when)  # fmt: skip
    boundaries.show(f"{stay.check_in} → {stay.check_out}")

    review = review_stay(visit, stay, guest)

    expect_fees(review.fees, visit.profile, visit.lang, oracle.price(visit.profile, stay), money)


def test_review_page_lines_add_up_to_the_oracle_total(visit: Visit, data: TestData, guest: Guest, money: MoneyFormat):
    """The fee lines add up to the total shown, and that total is the oracle's price."""
    stay = data.stay(addons=every_addon(visit.profile), weekday=THURSDAY)

    review = review_stay(visit, stay, guest)

    expect(review.fees.total).to_have_text(money.pattern(oracle.price(visit.profile, stay).total))
    expect(review.fees.total, "sum of the fee lines").to_have_text(money.pattern(sum(review.fees.line_amounts(money))))


@pytest.mark.cases(method="payment_methods")
def test_review_page_shows_how_and_by_when_each_payment_method_pays(
    visit: Visit, data: TestData, guest: Guest, money: MoneyFormat, method: PaymentMethod
):
    """Prepayment or deposit, its deadline, the room hold date, the balance and the final payment date."""
    stay = data.cheapest_stay(payment_method=method.code)
    plan = oracle.schedule(visit.profile, stay, booked_on=data.today)

    review = review_stay(visit, stay, guest)

    expect(review.payment.plan).to_contain_text(method.name(visit.lang))
    expect_schedule(review.payment, plan, money)
    if plan.prepay_by:
        expect(review.payment.prepay_deadline).to_have_attribute(
            "datetime", plan.prepay_by.isoformat(timespec="minutes")
        )
    elif plan.plan != "none":
        expect(review.payment.prepay_on_confirm).to_be_visible()
    if not plan.hold_until:
        expect(review.payment.hold_until).to_have_count(0)


@pytest.mark.cases(method="deposit_methods")
def test_a_deposit_is_never_more_than_the_statutory_share_of_the_room_price(
    visit: Visit, data: TestData, guest: Guest, money: MoneyFormat, method: PaymentMethod
):
    """A deposit method asks for the profile's share of the room price, within the statutory ceiling."""
    stay = data.stay(nights=2, payment_method=method.code)
    room_price = oracle.price(visit.profile, stay).room
    plan = oracle.schedule(visit.profile, stay, data.today)

    review = review_stay(visit, stay, guest)

    expect(review.payment.prepay).to_have_text(money.pattern(plan.prepay))
    assert plan.prepay <= money.round(room_price * refund.DEPOSIT_CEILING_PERCENT / 100)


def test_review_page_lists_the_services_covered(visit: Visit, data: TestData, guest: Guest):
    """The room, the add-ons chosen, and every service included with a room are listed as covered."""
    profile, lang = visit.profile, visit.lang
    stay = data.stay(addons=every_addon(profile))

    review = review_stay(visit, stay, guest)

    covered = [
        profile.room_type(stay.room_type).name(lang),
        *(profile.tariff.addon(code).name(lang) for code in stay.addons),
        *(service(lang) for service in profile.services.included_with_every_room),
    ]
    for service in covered:
        expect(review.services.filter(has_text=service), service).to_have_count(1)


def test_fee_and_cancellation_terms_open_without_losing_the_review(visit: Visit, data: TestData, guest: Guest):
    """The fee statement and the cancellation policy open in new windows; the review stays and still confirms."""
    review = review_stay(visit, data.stay(), guest)

    fees = review.open_fee_statement()
    policy = review.open_cancellation_policy()

    expect(fees.heading).to_be_visible()
    expect(policy.heading).to_be_visible()
    expect(review.heading).to_be_visible()
    expect(review.accept_and_confirm().heading).to_be_visible()


def test_terms_are_not_pre_ticked_and_must_be_accepted(visit: Visit, data: TestData, guest: Guest):
    """The terms box starts unticked; confirming without it keeps the guest on the review page with an error."""
    review = review_stay(visit, data.stay(), guest)
    expect(review.accept_terms).not_to_be_checked()

    review.confirm_without_accepting()

    expect(review.heading).to_be_visible()
    expect(review.accept_terms).to_have_accessible_description(review.MUST_ACCEPT)


def test_confirm_button_says_the_guest_commits_to_pay(visit: Visit, data: TestData, guest: Guest):
    """The final button names the obligation to pay, and the full terms open in a new window."""
    review = review_stay(visit, data.stay(), guest)

    expect(review.confirm_button).to_be_enabled()
    expect(review.terms_link).to_have_attribute("target", "_blank")
