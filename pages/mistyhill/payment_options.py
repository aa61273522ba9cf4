"""The payment options page (P1.2.2): the two ways to pay the booking wizard offers."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.text import exactly


class PaymentOptionsPage:
    """The page listing the payment methods, one table row each."""

    PATH = "payment/"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("付款方式", "お支払い方法"))
        self.methods = page.get_by_role("main").get_by_role("table").get_by_role("rowheader")

    def open(self) -> PaymentOptionsPage:
        """Go to the payment options."""
        self.page.goto(self.PATH)
        return self
