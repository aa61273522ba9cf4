"""Cancelling a booking as its guest: find it, see the refund, cancel, read the cancellation email."""

from __future__ import annotations

import allure
from playwright.sync_api import BrowserContext

from pages import interface as ui
from scenarios.visit import Visit
from support import findings
from support.mailbox import Mailbox


def preview_cancellation(visit: Visit, reference: str, email: str) -> ui.CancellationPreviewPage:
    """Find the booking with its reference and email and ask to cancel it, stopping before confirming."""
    with allure.step(f"Ask to cancel booking {reference}"):
        return visit.pack.ManageLookupPage(visit.page).open().find(reference, email).start_cancelling()


def open_cancellation_email(
    context: BrowserContext, visit: Visit, mailbox: Mailbox, email: str, reference: str
) -> ui.CancellationEmailPage:
    """Wait for the email confirming the cancellation of `reference` and open it in a new tab."""
    with allure.step(f"Read the cancellation email for {reference} sent to {email}"):
        mail = visit.pack.CancellationEmailPage
        message = mailbox.wait_for(
            to=email, subject=mail.subject(reference), missing=findings.say("no-cancellation-email")
        )
        return mail(context.new_page()).show(message.html)
