"""Cancelling a booking as its guest: find it, see the refund, cancel, read the cancellation email."""

from __future__ import annotations

import re

import allure
from playwright.sync_api import BrowserContext, Page

from pages.cancellation_email import CancellationEmailPage
from pages.cancellation_preview import CancellationPreviewPage
from pages.manage_lookup import ManageLookupPage
from support.mailbox import Mailbox


def preview_cancellation(page: Page, reference: str, email: str) -> CancellationPreviewPage:
    """Find the booking with its reference and email and ask to cancel it, stopping before confirming."""
    with allure.step(f"Ask to cancel booking {reference}"):
        return ManageLookupPage(page).open().find(reference, email).start_cancelling()


def open_cancellation_email(
    context: BrowserContext, mailbox: Mailbox, email: str, reference: str
) -> CancellationEmailPage:
    """Wait for the email confirming the cancellation of `reference` and open it in a new tab."""
    with allure.step(f"Read the cancellation email for {reference} sent to {email}"):
        subject = re.compile(rf"(?:取消訂房|cancelled).*{re.escape(reference)}", re.IGNORECASE)
        message = mailbox.wait_for(to=email, subject=subject)
        return CancellationEmailPage(context.new_page()).show(message.html)
