"""P1.4.4: booking a room online works end to end and is acknowledged.

The confirmation page and the acknowledgement email carry the same booking reference, stay,
fee lines and total, and all of them equal the oracle's price from the profile.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from scenarios.book_stay import book_stay, open_booking_email
from support import money, oracle
from support.data import Guest, TestData
from support.mailbox import RecordingMailbox
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.destructive]

REFERENCE = re.compile(r"^[A-Z0-9][A-Z0-9-]{7,}$")


@pytest.mark.parametrize("method", ["credit-card", "atm"])
def test_confirmation_and_email_carry_the_same_reference_and_total(
    page: Page, context: BrowserContext, profile: Profile, site_lang: str, data: TestData, guest: Guest,
    mailbox: RecordingMailbox, method: str,
):  # fmt: skip
    """The reference, stay, fee lines and total agree on the confirmation, in the email and with the oracle."""
    stay = data.stay("deluxe-twin", breakfast=True, payment_method=method, weekday=4)
    expected = oracle.price(profile, stay)

    booked = book_stay(page, profile, site_lang, stay, guest)
    expect(booked.confirmation.reference).to_have_text(REFERENCE)
    email = open_booking_email(context, mailbox, guest, booked.reference)

    for view in (booked.confirmation, email):
        expect(view.reference).to_have_text(booked.reference)
        expect(view.check_in).to_have_attribute("datetime", stay.check_in.isoformat())
        expect(view.check_out).to_have_attribute("datetime", stay.check_out.isoformat())
        expect(view.fees.total).to_have_text(money.pattern(expected.total))
        view.fees.expect_kinds(list(expected.lines))
        for kind, amount in expected.lines.items():
            expect(view.fees.amount(kind)).to_have_text(money.pattern(amount))


def test_email_text_part_carries_the_reference_and_total(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest, mailbox: RecordingMailbox
):
    """Mail clients without HTML show the same reference and total in the plain-text part."""
    stay = data.stay("standard-double", payment_method="credit-card")

    booked = book_stay(page, profile, site_lang, stay, guest)
    message = mailbox.wait_for(to=guest.email, subject=booked.reference)

    assert booked.reference in message.text
    assert money.format_ntd(oracle.price(profile, stay).total) in message.text


def test_transfer_confirmation_gives_the_account_and_deadline(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """Paying by ATM transfer, the confirmation gives a virtual account and the oracle's deadline."""
    stay = data.stay("standard-double", payment_method="atm")

    booked = book_stay(page, profile, site_lang, stay, guest)

    expect(booked.confirmation.virtual_account).to_have_text(re.compile(r"^\s*\d{10,16}\s*$"))
    deadline = oracle.pay_by(profile, stay, booked_on=data.today)
    expect(booked.confirmation.pay_by).to_have_attribute("datetime", deadline.isoformat(timespec="minutes"))
