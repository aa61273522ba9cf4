"""The cart: quantities to change, the subtotal and the way to checkout."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from pages.lanwan.checkout import CheckoutPage
from pages.text import exactly, starting


class CartPage:
    """What the guest is about to order."""

    QUANTITY_SAYS = re.compile("整數|至少|最多|whole number|at least|at most", re.IGNORECASE)

    PATH = "cart"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("購物車", "Cart"))
        self.update_button = page.get_by_role("button", name=exactly("更新數量", "Update quantities"))
        self.checkout_link = page.get_by_role("link", name=exactly("前往結帳", "Go to checkout"))
        subtotal = starting("商品小計", "Goods")
        self.subtotal = page.get_by_role("main").get_by_role("row", name=subtotal).get_by_role("cell")
        self.empty_notice = page.get_by_role("main").get_by_text(exactly("購物車是空的。", "Your cart is empty."))
        self.alerts = page.get_by_role("alert")

    def open(self) -> CartPage:
        """Go to the cart."""
        self.page.goto(self.PATH)
        return self

    def add_items(self, items: dict[str, int]) -> CartPage:
        """Put products in the cart by code and quantity, straight through the shop's add-to-cart endpoint.

        Arranging the cart off the UI keeps tests about checkout fast; the product pages' own form
        is exercised by the tests about them.
        """
        for code, quantity in items.items():
            self.page.request.post("cart/add", form={"product": code, "quantity": str(quantity)})
        return self

    def quantity(self, product: str) -> Locator:
        """The quantity field of one product in the cart."""
        return self.page.get_by_label(exactly(f"{product} 數量", f"Quantity of {product}"))

    def change_quantity(self, product: str, quantity: str) -> None:
        """Type a new quantity for one product and update the cart."""
        self.quantity(product).fill(quantity)
        self.update_button.click()

    def go_to_checkout(self) -> CheckoutPage:
        """Follow the link to the checkout."""
        self.checkout_link.click()
        return CheckoutPage(self.page)
