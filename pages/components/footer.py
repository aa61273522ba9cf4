"""The site footer: who runs the site, how to reach them, and the links every page carries."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.text import exactly


class SiteFooter:
    """The footer at the bottom of every page."""

    def __init__(self, page: Page) -> None:
        self.root = page.get_by_role("contentinfo")
        self.links = self.root.get_by_role("link")
        self.fee_statement = self.link("費用說明", "Fees")

    def link(self, *names: str) -> Locator:
        """The footer link with one of these accessible names (give the Chinese and the English)."""
        return self.root.get_by_role("link", name=exactly(*names))
