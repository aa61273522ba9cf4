"""P1.3.4: cancelling refunds exactly the statutory share, shown before confirming and mailed after.

A deposit booking (LINE Pay) is made for check-in 14, 13, 10, 9, 7, 6, 4, 3, 2, 1 and 0 days
ahead and a full prepayment (card) for 3, 2, 1 and 0 days ahead; each is cancelled at once. The
refund on the preview, on the cancelled booking and in the email equals the oracle's.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from pages.manage_lookup import ManageLookupPage
from scenarios.book_stay import book_stay
from scenarios.cancel_booking import open_cancellation_email, preview_cancellation
from support import money, oracle
from support.data import Guest, TestData
from support.mailbox import RecordingMailbox
from support.oracle import refund
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.3.4"), pytest.mark.destructive]

CASES = [
    *(pytest.param("line-pay", days, id=f"deposit-{days}-days-ahead") for days in (14, 13, 10, 9, 7, 6, 4, 3, 2, 1, 0)),
    *(pytest.param("credit-card", days, id=f"full-prepayment-{days}-days-ahead") for days in (3, 2, 1, 0)),
]


def test_a_wrong_reference_and_email_pair_reveals_nothing(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """Right reference, wrong email: the same message as an unknown booking, and no booking shown."""
    booked = book_stay(page, profile, site_lang, data.stay("standard-double"), guest)

    lookup = ManageLookupPage(page).open()
    lookup.find(booked.reference, f"not-{guest.email}")

    expect(lookup.alert).to_have_text(re.compile("查無符合|No booking matches"))
    expect(lookup.heading).to_be_visible()
    expect(lookup.main).not_to_contain_text(profile.room_type("standard-double").name(site_lang))


def test_cancelled_nights_go_back_on_sale(page: Page, profile: Profile, site_lang: str, data: TestData):
    """After the last rooms of a night are cancelled, the next guest can book them."""
    scarcest = min(profile.room_types, key=lambda room_type: room_type.count)
    stay = data.stay(scarcest.code, rooms=scarcest.count, guests=scarcest.count)
    first, second = data.guest(), data.guest()
    booked = book_stay(page, profile, site_lang, stay, first)
    preview_cancellation(page, booked.reference, first.email).confirm()

    again = book_stay(page, profile, site_lang, stay, second)

    expect(again.confirmation.heading).to_be_visible()


@pytest.mark.parametrize(
    ("reference", "email", "field"),
    [
        pytest.param("", "guest@guest.example", "reference", id="missing-reference"),
        pytest.param("12345", "guest@guest.example", "reference", id="malformed-reference"),
        pytest.param("LW-0000-0000-0000", "guest@", "email", id="malformed-email"),
    ],
)
def test_the_lookup_form_names_the_bad_field(page: Page, reference: str, email: str, field: str):
    """A missing or malformed reference or email is named beside its field."""
    lookup = ManageLookupPage(page).open()
    lookup.find(reference, email)

    expect(getattr(lookup, field)).to_have_attribute("aria-invalid", "true")
    expect(getattr(lookup, field)).to_have_accessible_description(re.compile(r"\S"))


@pytest.mark.parametrize(("method", "days_ahead"), CASES)
def test_cancelling_refunds_the_oracles_share_on_screen_and_by_email(
    page: Page, context: BrowserContext, profile: Profile, site_lang: str, data: TestData, guest: Guest,
    mailbox: RecordingMailbox, method: str, days_ahead: int,
):  # fmt: skip
    """The refund shown before confirming, on the cancelled booking and in the email is the oracle's."""
    stay = data.stay("standard-double", nights=1, guests=1, payment_method=method,
                     check_in=data.today + timedelta(days=days_ahead))  # fmt: skip
    plan = oracle.schedule(profile, stay, data.today)
    expected = refund.refund(plan.charged_on_booking, profile.cancellation.bands_for(plan.plan), days_ahead)
    refund_by = data.today + timedelta(days=profile.cancellation.refund_within_days)
    booked = book_stay(page, profile, site_lang, stay, guest)

    preview = preview_cancellation(page, booked.reference, guest.email)
    expect(preview.refund).to_have_text(money.pattern(expected))
    cancelled = preview.confirm()
    email = open_cancellation_email(context, mailbox, guest.email, booked.reference)

    expect(cancelled.refund).to_have_text(money.pattern(expected))
    expect(email.refund).to_have_text(money.pattern(expected))
    expect(email.refund_by).to_have_attribute("datetime", refund_by.isoformat())
