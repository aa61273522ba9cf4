"""Cancelling a booking as its guest: reach it, see the refund, cancel, read the cancellation email."""

from __future__ import annotations

import allure
from playwright.sync_api import BrowserContext

from pages import interface as ui
from scenarios.visit import Visit
from support import findings
from support.mailbox import Mailbox


def open_own_booking(visit: Visit, mailbox: Mailbox, reference: str, email: str) -> ui.ManagedBookingPage:
    """The guest's own booking, reached the way the property offers: a lookup form, else the email's link."""
    if visit.profile.offers("manage-booking"):
        return visit.pack.ManageLookupPage(visit.page).open().find(reference, email)
    acknowledgement = visit.pack.BookingEmailPage
    message = mailbox.wait_for(
        to=email, subject=acknowledgement.subject(reference), missing=findings.say("no-booking-email")
    )
    return acknowledgement(visit.page).show(message.html).open_manage_booking()


def preview_cancellation(visit: Visit, mailbox: Mailbox, reference: str, email: str) -> ui.CancellationPreviewPage:
    """Reach the booking and ask to cancel it, stopping before confirming."""
    with allure.step(findings.step("ask-to-cancel", reference=reference)):
        return open_own_booking(visit, mailbox, reference, email).start_cancelling()


def open_cancellation_email(
    context: BrowserContext, visit: Visit, mailbox: Mailbox, email: str, reference: str
) -> ui.CancellationEmailPage:
    """Wait for the email confirming the cancellation of `reference` and open it in a new tab."""
    with allure.step(findings.step("read-cancellation-email", reference=reference, email=email)):
        mail = visit.pack.CancellationEmailPage
        message = mailbox.wait_for(
            to=email, subject=mail.subject(reference), missing=findings.say("no-cancellation-email")
        )
        return mail(context.new_page()).show(message.html)


def cancel_every_way(visit: Visit, mailbox: Mailbox, reference: str, email: str) -> dict[str, ui.ManagedBookingPage]:
    """Cancel the booking every way a guest sends it twice; the booking as shown after each, by how.

    From a second tab first (this tab keeps the refund and the button), then in this tab with a
    double-click, then reloading the booking, then Back (to the refund and the button, where the
    site shows them again) and cancelling again.
    """
    with allure.step(findings.step("cancel-every-way", reference=reference)):
        preview = open_own_booking(visit, mailbox, reference, email).start_cancelling()
        shown = {"second tab": preview.confirm_in_new_tab()}
        booking = preview.confirm_twice()
        shown["double-click"] = booking
        shown["reload"] = booking.reload()
        shown["Back, then cancel"] = booking.back_and_cancel_again()
    return shown
