"""The order review: every item, the delivery mode, carrier, fee and date, the invoice and total, before paying."""

from __future__ import annotations

from playwright.sync_api import Page

from pages import again
from pages.guest_text import ShowsGuestText
from pages.lanwan.components.order_summary import OrderSummary
from pages.lanwan.order_confirmation import OrderConfirmationPage
from pages.text import exactly


class OrderReviewPage(ShowsGuestText):
    """The last screen before the order is placed."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("確認訂購內容", "Review your order"))
        main = page.get_by_role("main")
        self.summary = summary = OrderSummary(main)
        self._texts = {"address": summary.address, "company_name": summary.invoice}
        self.seller = main.get_by_role("region", name=exactly("賣方資訊", "Seller"))
        self.confirm_button = page.get_by_role("button", name=exactly("確認訂購並付款", "Place order and pay"))

    def place_order(self) -> OrderConfirmationPage:
        """Press the button that places the order and pays for it."""
        self.confirm_button.click()
        return OrderConfirmationPage(self.page)

    def place_order_twice(self) -> OrderConfirmationPage:
        """Double-click the button that places the order, as a customer unsure the first press took."""
        again.double_click(self.confirm_button)
        return OrderConfirmationPage(self.page)

    def place_order_in_new_tab(self) -> OrderConfirmationPage:
        """Place the order into a new tab (Ctrl-click); this tab still shows the review."""
        return OrderConfirmationPage(again.click_into_new_tab(self.page, self.confirm_button))
