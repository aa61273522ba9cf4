"""A product page: price, food label (net weight, shelf life, storage, maker, registration), withdrawal terms."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.lanwan.cart import CartPage
from pages.lanwan.components.order_summary import SEVEN_DAY_RIGHT
from pages.lanwan.components.summary import Summary
from pages.text import exactly

NOT_APPLICABLE = re.compile("不適用|does not apply")


class ProductPage:
    """One product, everything the law asks a shop to say before purchase, and a way to add it to the cart."""

    QUANTITY_SAYS = CartPage.QUANTITY_SAYS  # the same rule, worded the same, on both pages

    URL_TEMPLATE = "shop/{code}"

    def __init__(self, page: Page) -> None:
        self.page = page
        main = page.get_by_role("main")
        self.heading = main.get_by_role("heading", level=1)
        facts = Summary(main)
        self.price = facts.value(exactly("售價（含稅）", "Price (tax included)"))
        self.net_weight = facts.value(exactly("淨重", "Net weight"))
        self.shelf_life = facts.value(exactly("保存期限", "Shelf life"))
        self.storage = facts.value(exactly("保存方式", "Storage"))
        self.maker = facts.value(exactly("製造商", "Maker"))
        self.registration = facts.value(exactly("食品業者登錄字號", "Food business registration number"))
        self.withdrawal = main.get_by_role("region", name=exactly("退貨與解除契約", "Returns and withdrawal"))
        self.withdrawal_right = self.withdrawal.filter(has_text=SEVEN_DAY_RIGHT).filter(has_not_text=NOT_APPLICABLE)
        self.withdrawal_excluded = self.withdrawal.filter(has_text=NOT_APPLICABLE)
        self.quantity = page.get_by_label(exactly("數量", "Quantity"))
        self.add_button = page.get_by_role("button", name=exactly("加入購物車", "Add to cart"))
        self.alerts = page.get_by_role("alert")

    @staticmethod
    def grams(weight: int) -> re.Pattern[str]:
        """A net weight of `weight` grams as the page writes it."""
        return re.compile(rf"(?<!\d){weight}\s?(?:g|公克)")

    def open(self, code: str) -> ProductPage:
        """Go to the page of the product with this code."""
        self.page.goto(self.URL_TEMPLATE.format(code=code))
        return self

    def add_to_cart(self, quantity: str) -> CartPage:
        """Type a quantity (as the guest would, so also a wrong one) and add it to the cart."""
        self.quantity.fill(quantity)
        self.add_button.click()
        return CartPage(self.page)
