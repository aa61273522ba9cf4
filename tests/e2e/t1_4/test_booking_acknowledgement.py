"""P1.3.2 and P1.4.4: booking a room online works end to end, and what was reviewed is what was booked.

For an all-pairs selection of room type × payment method × add-ons, the review page, the
confirmation page and the acknowledgement email show the same reference, fee lines, total and
payment schedule, and all of them equal the oracle's, from the profile.
"""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import BrowserContext, expect

from scenarios.book_stay import book_stay, open_booking_email, review_stay
from scenarios.visit import Visit
from support import oracle
from support.cases import addon_choices
from support.data import Guest, TestData
from support.mailbox import RecordingMailbox
from support.money import MoneyFormat
from support.pairwise import all_pairs
from support.plugins.site import approved_profile
from support.profile import Profile
from tests.e2e.checks import expect_fees, expect_schedule

pytestmark = [
    pytest.mark.requirement("P1.3.2", "P1.4.4"),
    pytest.mark.destructive,
    pytest.mark.offers("online-booking"),
]

THURSDAY = 3


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Room type × payment method × add-ons, reduced to all pairs the profile can sell."""
    if "case" not in metafunc.fixturenames:
        return
    profile = approved_profile(metafunc.config)
    factors = {
        "room_type": [room.code for room in profile.room_types],
        "method": [method.code for method in profile.payment_methods],
        "addons": addon_choices(profile),
    }
    cases = all_pairs(factors, valid=lambda case: oracle.accepts(profile, _stay_for(profile, case)))
    metafunc.parametrize("case", cases, ids=[_case_id(case) for case in cases])


def _stay_for(profile: Profile, case: dict, data: TestData | None = None) -> oracle.Stay:
    """One night, one guest, on a Thursday: cheap enough for every method to take most combinations."""
    options = {"addons": dict(case["addons"]), "payment_method": case["method"]}
    if data is not None:
        return data.stay(case["room_type"], nights=1, guests=1, weekday=THURSDAY, **options)
    return oracle.Stay(case["room_type"], date(2030, 1, 3), date(2030, 1, 4), 1, 1, **options)  # a Thursday


def _case_id(case: dict) -> str:
    addons = "+".join(f"{code}x{count}" if count > 1 else code for code, count in case["addons"]) or "nothing-extra"
    return f"{case['room_type']}_{case['method']}_{addons}"


def _expect_agrees(view: object, visit: Visit, quote: oracle.Quote, plan: oracle.Schedule, money: MoneyFormat) -> None:
    expect_fees(view.fees, visit.profile, visit.lang, quote, money)
    expect_schedule(view.payment, plan, money)


def test_review_confirmation_and_email_agree_with_the_oracle(
    visit: Visit, context: BrowserContext, data: TestData, guest: Guest, mailbox: RecordingMailbox,
    money: MoneyFormat, case: dict,
):  # fmt: skip
    """The fee lines, total and payment schedule are the oracle's on the review, the confirmation and the email."""
    stay = _stay_for(visit.profile, case, data)
    quote, plan = oracle.price(visit.profile, stay), oracle.schedule(visit.profile, stay, data.today)

    review = review_stay(visit, stay, guest)
    _expect_agrees(review, visit, quote, plan, money)
    confirmation = review.accept_and_confirm()
    reference = confirmation.booking_reference()
    _expect_agrees(confirmation, visit, quote, plan, money)
    email = open_booking_email(context, visit, mailbox, guest, reference)

    expect(email.reference).to_have_text(reference)
    expect(email.check_in).to_have_attribute("datetime", stay.check_in.isoformat())
    _expect_agrees(email, visit, quote, plan, money)


def test_the_booking_is_acknowledged_with_a_reference(visit: Visit, data: TestData, guest: Guest):
    """After confirming, the guest is given a booking reference in the site's own format."""
    booked = book_stay(visit, data.stay(), guest)

    expect(booked.confirmation.reference).to_have_text(booked.confirmation.REFERENCE)


def test_email_text_part_carries_the_reference_and_total(
    visit: Visit, data: TestData, guest: Guest, mailbox: RecordingMailbox, money: MoneyFormat
):
    """Mail clients without HTML show the same reference and total in the plain-text part."""
    stay = data.stay()

    booked = book_stay(visit, stay, guest)
    message = mailbox.wait_for(to=guest.email, subject=visit.pack.BookingEmailPage.subject(booked.reference))

    assert booked.reference in message.text
    assert money.format(oracle.price(visit.profile, stay).total) in message.text


@pytest.mark.cases(method="pay_later_methods")
def test_pay_later_confirmation_gives_the_code_to_pay_with_and_the_deadline(
    visit: Visit, data: TestData, guest: Guest, method: object
):
    """A booking paid later (ATM transfer, store code) shows the number to pay with and the oracle's deadline."""
    stay = data.cheapest_stay(payment_method=method.code)

    booked = book_stay(visit, stay, guest)

    expect(booked.confirmation.payment.payment_code).to_have_text(booked.confirmation.payment.PAYMENT_CODE)
    deadline = oracle.pay_by(visit.profile, stay, booked_on=data.today)
    expect(booked.confirmation.payment.prepay_deadline).to_have_attribute(
        "datetime", deadline.isoformat(timespec="minutes")
    )
