"""The order acknowledgement email, opened in the browser so it is read like a page."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.lanwan.components.order_summary import OrderSummary


class OrderEmailPage:
    """The HTML part of the order email: the same details as the confirmation."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.summary = OrderSummary(page.locator("body"))

    @staticmethod
    def subject(number: str) -> re.Pattern[str]:
        """The subject of this order's acknowledgement: it carries the order number."""
        return re.compile(re.escape(number))

    def show(self, html: str) -> OrderEmailPage:
        """Render the email's HTML in this page."""
        self.page.set_content(html)
        return self
