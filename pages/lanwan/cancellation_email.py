"""The cancellation email, opened in the browser so it is read like a page."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.lanwan.components.summary import Summary
from pages.text import exactly


class CancellationEmailPage:
    """The HTML part of the email that confirms a cancellation and its refund."""

    def __init__(self, page: Page) -> None:
        self.page = page
        summary = Summary(page.locator("body"))
        self.reference = summary.value(exactly("訂房編號", "Booking reference"))
        self.refund = summary.value(exactly("退款金額", "Refund"))
        self.refund_by = summary.date(exactly("預計退款日", "Refund expected by"))

    @staticmethod
    def subject(reference: str) -> re.Pattern[str]:
        """The subject of the email confirming this booking's cancellation."""
        return re.compile(rf"(?:取消訂房|cancelled).*{re.escape(reference)}", re.IGNORECASE)

    def show(self, html: str) -> CancellationEmailPage:
        """Render the email's HTML in this page."""
        self.page.set_content(html)
        return self
