"""The site header: main navigation and the language switch."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.text import exactly


class MainNavigation:
    """The main navigation every page carries."""

    def __init__(self, page: Page) -> None:
        self.root = page.get_by_role("navigation", name=exactly("主選單", "Main navigation"))
        self.home = self.root.get_by_role("link", name=exactly("首頁", "Home"))
        self.rooms = self.root.get_by_role("link", name=exactly("客房介紹", "Rooms"))
        self.book = self.root.get_by_role("link", name=exactly("線上訂房", "Book online"))
        self.terms = self.root.get_by_role("link", name=exactly("訂房條款", "Booking terms"))
