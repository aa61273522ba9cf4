"""P1.3.2 and P1.4.4: booking a room online works end to end, and what was reviewed is what was booked.

For an all-pairs selection of room type × payment method × meals × transfer, the review page,
the confirmation page and the acknowledgement email show the same reference, fee lines, total
and payment schedule, and all of them equal the oracle's, from the profile.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from scenarios.book_stay import book_stay, open_booking_email, review_stay
from support import money, oracle
from support.data import Guest, TestData
from support.mailbox import RecordingMailbox
from support.pairwise import all_pairs
from support.profile import Profile, load

pytestmark = [pytest.mark.requirement("P1.3.2", "P1.4.4"), pytest.mark.destructive]

REFERENCE = re.compile(r"^[A-Z0-9][A-Z0-9-]{7,}$")
THURSDAY = 3


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Room type × payment method × meals × transfer, reduced to all pairs the profile can sell."""
    if "case" not in metafunc.fixturenames:
        return
    profile = load(Path(metafunc.config.getoption("profile")))
    meals = [(), *((meal,) for meal in profile.tariff.meals), tuple(profile.tariff.meals)]
    transfers = [None, *((code, trips) for trips, code in enumerate(profile.tariff.transfers, start=1))]
    factors = {
        "room_type": [room.code for room in profile.room_types],
        "method": [method.code for method in profile.payment_methods],
        "meals": meals,
        "transfer": transfers,
    }
    cases = all_pairs(factors, valid=lambda case: oracle.accepts(profile, _stay_for(case)))
    metafunc.parametrize("case", cases, ids=[_case_id(case) for case in cases])


def _stay_for(case: dict, data: TestData | None = None) -> oracle.Stay:
    """One night, one guest, on a Thursday: cheap enough for every method to take most combinations."""
    transfer, trips = case["transfer"] or (None, 0)
    options = {"breakfast": "breakfast" in case["meals"], "dinner": "dinner" in case["meals"], "transfer": transfer,
               "transfer_trips": trips, "payment_method": case["method"]}  # fmt: skip
    if data is not None:
        return data.stay(case["room_type"], nights=1, guests=1, weekday=THURSDAY, **options)
    return oracle.Stay(case["room_type"], date(2030, 1, 3), date(2030, 1, 4), 1, 1, **options)  # a Thursday


def _case_id(case: dict) -> str:
    meals = "+".join(case["meals"]) or "no-meals"
    transfer = f"{case['transfer'][0]}-x{case['transfer'][1]}" if case["transfer"] else "no-transfer"
    return f"{case['room_type']}_{case['method']}_{meals}_{transfer}"


def _expect_agrees(view, expected: oracle.Quote, plan: oracle.Schedule) -> None:
    view.fees.expect_kinds(list(expected.lines))
    for kind, amount in expected.lines.items():
        expect(view.fees.amount(kind), f"fee line {kind!r}").to_have_text(money.pattern(amount))
    expect(view.fees.total).to_have_text(money.pattern(expected.total))
    expect(view.payment.prepay).to_have_text(money.pattern(plan.prepay))
    expect(view.payment.balance).to_have_text(money.pattern(plan.balance))
    expect(view.payment.final_payment_date).to_have_attribute("datetime", plan.final_payment_date.isoformat())
    if plan.hold_until:
        expect(view.payment.hold_until).to_have_attribute("datetime", plan.hold_until.isoformat(timespec="minutes"))


def test_review_confirmation_and_email_agree_with_the_oracle(
    page: Page, context: BrowserContext, profile: Profile, site_lang: str, data: TestData, guest: Guest,
    mailbox: RecordingMailbox, case: dict,
):  # fmt: skip
    """The fee lines, total and payment schedule are the oracle's on the review, the confirmation and the email."""
    stay = _stay_for(case, data)
    expected, plan = oracle.price(profile, stay), oracle.schedule(profile, stay, data.today)

    review = review_stay(page, profile, site_lang, stay, guest)
    _expect_agrees(review, expected, plan)
    confirmation = review.accept_and_confirm()
    expect(confirmation.reference).to_have_text(REFERENCE)
    reference = confirmation.reference.inner_text().strip()
    _expect_agrees(confirmation, expected, plan)
    email = open_booking_email(context, mailbox, guest, reference)

    expect(email.reference).to_have_text(reference)
    expect(email.check_in).to_have_attribute("datetime", stay.check_in.isoformat())
    _expect_agrees(email, expected, plan)


def test_email_text_part_carries_the_reference_and_total(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest, mailbox: RecordingMailbox
):
    """Mail clients without HTML show the same reference and total in the plain-text part."""
    stay = data.stay("standard-double", payment_method="credit-card")

    booked = book_stay(page, profile, site_lang, stay, guest)
    message = mailbox.wait_for(to=guest.email, subject=booked.reference)

    assert booked.reference in message.text
    assert money.format_ntd(oracle.price(profile, stay).total) in message.text


@pytest.mark.parametrize("method", ["atm", "cvs-code"])
def test_pay_later_confirmation_gives_the_code_to_pay_with_and_the_deadline(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest, method: str
):
    """An ATM transfer or store code booking shows the 14-digit number to pay with and the oracle's deadline."""
    stay = data.stay("standard-double", nights=1, guests=1, payment_method=method)

    booked = book_stay(page, profile, site_lang, stay, guest)

    expect(booked.confirmation.payment.payment_code).to_have_text(re.compile(r"^\s*\d{14}\s*$"))
    deadline = oracle.pay_by(profile, stay, booked_on=data.today)
    expect(booked.confirmation.payment.prepay_deadline).to_have_attribute(
        "datetime", deadline.isoformat(timespec="minutes")
    )
