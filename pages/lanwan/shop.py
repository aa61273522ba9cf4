"""The shop's front page: every product with its price."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.lanwan.product import ProductPage
from pages.text import exactly


class ShopPage:
    """The list of products a guest can order."""

    PATH = "shop"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("線上商店", "Shop"))
        self.products = page.get_by_role("main").get_by_role("listitem")

    def open(self) -> ShopPage:
        """Go to the shop."""
        self.page.goto(self.PATH)
        return self

    def open_product(self, name: str) -> ProductPage:
        """Follow the link to one product's page."""
        self.page.get_by_role("link", name=exactly(f"查看{name}", f"View {name}")).click()
        return ProductPage(self.page)
