"""Any page of the site, for checks every page must pass: navigation, footer, links, images."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from playwright.sync_api import Page

from pages.browsing import Browsing
from pages.lanwan.components.footer import SiteFooter
from pages.lanwan.components.navigation import MainNavigation
from pages.lanwan.fee_statement import FeeStatementPage


class AnyPage(Browsing):
    """Whichever page is open; what all pages share."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.navigation = MainNavigation(page)
        self.footer = SiteFooter(page)
        self.main = page.get_by_role("main")

    def open(self, url: str) -> AnyPage:
        """Go to `url` (absolute, as the crawler found it, or relative to the site's base URL)."""
        self.page.goto(url)
        return self

    @staticmethod
    def same_page(url: str) -> str:
        """The address without its fragment and the language query (`?lang=en`), so one page is visited once."""
        parts = urlsplit(url)
        query = "&".join(part for part in parts.query.split("&") if part and not part.startswith("lang="))
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))

    def open_fee_statement(self) -> FeeStatementPage:
        """Follow the footer's link to the fee statement."""
        self.footer.fee_statement.click()
        return FeeStatementPage(self.page)
