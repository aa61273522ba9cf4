"""P1.3.4: cancelling refunds exactly the approved share (at least the statutory one), shown before and mailed after.

For each way of paying when booking (a deposit, the full price), a booking is made for check-in
on both edges of every refund band of the profile's schedule and cancelled at once. The stay is
one whose refund at that band's share is not a whole amount, so rounding half up, truncating and
rounding half to even give different refunds (support/boundaries.py, where the tariff has one).
The refund on the preview, on the cancelled booking and in the email equals the oracle's.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import BrowserContext, expect

from scenarios.book_stay import book_stay
from scenarios.cancel_booking import open_cancellation_email, preview_cancellation
from scenarios.visit import Visit
from support import boundaries, oracle
from support.cases import RefundCase
from support.data import Guest, TestData
from support.mailbox import RecordingMailbox
from support.money import MoneyFormat
from support.oracle import refund

pytestmark = [
    pytest.mark.requirement("P1.3.4"),
    pytest.mark.destructive,
    pytest.mark.offers("online-booking"),
]


@pytest.mark.offers("manage-booking")
def test_a_wrong_reference_and_email_pair_reveals_nothing(visit: Visit, data: TestData, guest: Guest):
    """Right reference, wrong email: the same message as an unknown booking, and no booking shown."""
    stay = data.stay()
    booked = book_stay(visit, stay, guest)

    lookup = visit.pack.ManageLookupPage(visit.page).open()
    lookup.find(booked.reference, f"not-{guest.email}")

    expect(lookup.no_match).to_be_visible()
    expect(lookup.heading).to_be_visible()
    expect(lookup.main).not_to_contain_text(visit.profile.room_type(stay.room_type).name(visit.lang))


@pytest.mark.offers("online-cancellation")
@pytest.mark.cases(room="counted_room_types")
def test_cancelled_nights_go_back_on_sale(visit: Visit, data: TestData, mailbox: RecordingMailbox, room: object):
    """After the last rooms of a night are cancelled, the next guest can book them."""
    stay = data.stay(room.code, rooms=room.count, guests=room.count)
    first, second = data.guest(), data.guest()
    booked = book_stay(visit, stay, first)
    preview_cancellation(visit, mailbox, booked.reference, first.email).confirm()

    again = book_stay(visit, stay, second)

    expect(again.confirmation.heading).to_be_visible()


@pytest.mark.offers("manage-booking")
@pytest.mark.parametrize(
    ("reference", "email", "field"),
    [
        pytest.param("", "guest@guest.example", "reference", id="missing-reference"),
        pytest.param("12345", "guest@guest.example", "reference", id="malformed-reference"),
        pytest.param(None, "guest@", "email", id="malformed-email"),
    ],
)
def test_the_lookup_form_names_the_bad_field(visit: Visit, reference: str | None, email: str, field: str):
    """A missing or malformed reference or email is named beside its field (None: a well-formed reference)."""
    lookup = visit.pack.ManageLookupPage(visit.page).open()
    lookup.find(lookup.WELL_FORMED_REFERENCE if reference is None else reference, email)

    expect(getattr(lookup, field)).to_have_attribute("aria-invalid", "true")
    expect(getattr(lookup, field)).to_have_accessible_description(re.compile(r"\S"))


@pytest.mark.offers("online-cancellation")
@pytest.mark.cases(case="refund_cases")
def test_cancelling_refunds_the_oracles_share_on_screen_and_by_email(
    visit: Visit, context: BrowserContext, data: TestData, guest: Guest, mailbox: RecordingMailbox,
    money: MoneyFormat, case: RefundCase,
):  # fmt: skip
    """The refund shown before confirming, on the cancelled booking and in the email is the oracle's."""
    profile = visit.profile
    shape = case.stay
    stay = shape.on(data.today + timedelta(days=case.days_ahead), case.method)
    boundaries.show(f"{shape!r}: {case.rounding.describe(money)}")
    plan = oracle.schedule(profile, stay, data.today)
    expected = refund.refund(plan.charged_on_booking, profile.cancellation.bands_for(plan.plan), case.days_ahead, money)
    booked = book_stay(visit, stay, guest)

    preview = preview_cancellation(visit, mailbox, booked.reference, guest.email)
    expect(preview.refund).to_have_text(money.pattern(expected))
    cancelled = preview.confirm()
    email = open_cancellation_email(context, visit, mailbox, guest.email, booked.reference)

    expect(cancelled.refund).to_have_text(money.pattern(expected))
    expect(email.refund).to_have_text(money.pattern(expected))
    if profile.cancellation.refund_within_days:
        refund_by = data.today + timedelta(days=profile.cancellation.refund_within_days)
        expect(email.refund_by).to_have_attribute("datetime", refund_by.isoformat())
