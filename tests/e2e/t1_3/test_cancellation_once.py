"""P1.3.4: a booking cancelled twice is cancelled once: one refund, one cancellation email.

A guest unsure the cancellation took presses again: a double-click, a second tab, a reload of
the cancelled booking, Back to the refund and cancel again. Each time the guest sees the same
booking, cancelled with its refund, and exactly one cancellation email arrives. A later booking
by the same guest is the known later email: what arrived before it is all the repeats sent.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from scenarios.book_stay import book_stay, mail_before_another_booking
from scenarios.cancel_booking import cancel_every_way
from scenarios.visit import Visit
from support.data import Guest, TestData
from support.mailbox import RecordingMailbox

pytestmark = [pytest.mark.requirement("P1.3.4"), pytest.mark.destructive, pytest.mark.offers("online-cancellation")]


def test_a_booking_cancelled_twice_is_cancelled_once(
    visit: Visit, data: TestData, guest: Guest, mailbox: RecordingMailbox
):
    """Double-click, a second tab, a reload and Back-then-cancel show the one cancelled booking; one email is sent."""
    booked = book_stay(visit, data.stay(), guest)

    shown = cancel_every_way(visit, mailbox, booked.reference, guest.email)
    for booking in shown.values():
        expect(booking.reference).to_have_text(booked.reference)
        expect(booking.refund).to_be_visible()
    earlier = mail_before_another_booking(visit, mailbox, data.stay(), guest)

    cancellation = visit.pack.CancellationEmailPage.subject(booked.reference)
    cancelled = [message.subject for message in earlier if cancellation.search(message.subject)]
    assert len(cancelled) == 1, f"expected one cancellation email, got {[message.subject for message in earlier]}"
