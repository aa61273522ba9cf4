"""The order confirmation: the order number and the same details the review showed."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.guest_sees import arrived, read
from pages.guest_text import ShowsGuestText
from pages.lanwan.components.order_summary import OrderSummary
from pages.text import exactly


class OrderConfirmationPage(ShowsGuestText):
    """Shown once the order is placed."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("訂購完成", "Order placed"))
        self.summary = summary = OrderSummary(page.get_by_role("main"))
        self._texts = {"address": summary.address, "company_name": summary.invoice}

    def order_number(self) -> str:
        """The order number the customer is given; a failure saying there is none otherwise."""
        arrived(self.heading, "no-order-confirmation")
        return read(self.summary.number, "no-order-number")

    def reload(self) -> OrderConfirmationPage:
        """Reload the confirmation, as a customer pressing F5 on it."""
        self.page.reload()
        return self

    def go_back(self):  # noqa: ANN201 - the pack's OrderReviewPage
        """The browser's Back: the review the order was placed from, as the browser kept it."""
        from pages.lanwan.order_review import OrderReviewPage  # the two pages lead to each other

        self.page.go_back()
        return OrderReviewPage(self.page)
