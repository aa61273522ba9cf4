"""Any page of the site, for checks every page must pass: navigation, footer, links."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.components.footer import SiteFooter
from pages.components.navigation import MainNavigation
from pages.fee_statement import FeeStatementPage


class AnyPage:
    """Whichever page is open; what all pages share."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.navigation = MainNavigation(page)
        self.footer = SiteFooter(page)

    def open(self, path: str) -> AnyPage:
        """Go to `path` (relative to the site's base URL)."""
        self.page.goto(path)
        return self

    def open_fee_statement(self) -> FeeStatementPage:
        """Follow the footer's link to the fee statement."""
        self.footer.fee_statement.click()
        return FeeStatementPage(self.page)
