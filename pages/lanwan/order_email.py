"""The order acknowledgement email, opened in the browser so it is read like a page."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.guest_text import ShowsGuestText
from pages.lanwan.components.order_summary import OrderSummary
from pages.lanwan.feedback_email import GREETING


class OrderEmailPage(ShowsGuestText):
    """The HTML part of the order email: the same details as the confirmation."""

    def __init__(self, page: Page) -> None:
        self.page = page
        body = page.locator("body")
        self.summary = summary = OrderSummary(body)
        self._texts = {"name": body.get_by_role("paragraph").filter(has_text=GREETING),
                       "address": summary.address, "company_name": summary.invoice}  # fmt: skip

    @staticmethod
    def subject(number: str) -> re.Pattern[str]:
        """The subject of this order's acknowledgement: it carries the order number."""
        return re.compile(re.escape(number))

    def show(self, html: str) -> OrderEmailPage:
        """Render the email's HTML in this page."""
        self.page.set_content(html)
        return self
