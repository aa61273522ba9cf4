"""The checkout form: who orders, the delivery mode and carrier (and store or address), the e-invoice."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.guest_text import ShowsGuestText
from pages.lanwan.components.delivery_selector import DeliverySelector
from pages.lanwan.components.einvoice_selector import EInvoiceSelector
from pages.lanwan.order_review import OrderReviewPage
from pages.text import exactly, starting


class CheckoutPage(ShowsGuestText):
    """Everything the guest chooses before reviewing the order."""

    OUTSIDE_AREA = re.compile("範圍|area")  # a postcode outside local delivery's area
    TOO_LONG = re.compile(r"最多 \d+ 個字|At most \d+ characters")  # a guest's text over the field's limit

    PATH = "checkout"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("結帳", "Checkout"))
        form = page.get_by_role("main")
        customer = form.get_by_role("group", name=exactly("訂購人資料", "Your details"))
        self.name = customer.get_by_label(exactly("訂購人姓名", "Full name"))
        self.email = customer.get_by_label(exactly("電子郵件", "Email"))
        self.phone = customer.get_by_label(exactly("聯絡電話", "Phone"))
        self.delivery = DeliverySelector(form)
        address = form.get_by_role("group", name=exactly("收件地址", "Delivery address"))
        self.postcode = address.get_by_label(exactly("郵遞區號", "Postcode"))
        self.address = address.get_by_label(exactly("地址", "Address"))
        self.invoice = EInvoiceSelector(form)
        self.submit_button = page.get_by_role("button", name=starting("下一步", "Next"))
        self.alerts = page.get_by_role("alert")
        self.cart_is_empty = self.alerts.filter(has_text=re.compile("購物車是空的|cart is empty"))
        self._texts = {"name": self.name, "address": self.address, "company_name": self.invoice.company_name}

    def open(self) -> CheckoutPage:
        """Go to the checkout."""
        self.page.goto(self.PATH)
        return self

    def fill_customer(self, name: str, email: str, phone: str) -> None:
        """Enter who orders and how to reach them."""
        self.name.fill(name)
        self.email.fill(email)
        self.phone.fill(phone)

    def fill_address(self, postcode: str, address: str) -> None:
        """Enter where the order is delivered."""
        self.postcode.fill(postcode)
        self.address.fill(address)

    def submit(self) -> None:
        """Send the form to the review step (or back with errors)."""
        self.submit_button.click()

    def continue_to_review(self) -> OrderReviewPage:
        """Send the form, expecting the review of the order."""
        self.submit()
        return OrderReviewPage(self.page)
