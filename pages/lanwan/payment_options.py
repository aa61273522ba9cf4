"""The payment options page (P1.2.2): every way to pay the checkout offers."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.text import exactly


class PaymentOptionsPage:
    """The page listing the payment options."""

    PATH = "payment-options"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("付款方式", "Payment options"))
        self.methods = page.get_by_role("main").get_by_role("table").get_by_role("rowheader")

    def open(self) -> PaymentOptionsPage:
        """Go to the payment options page."""
        self.page.goto(self.PATH)
        return self
