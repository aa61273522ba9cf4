"""Any page of Misty Hill, for checks every page must pass: navigation, footer, links, images."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit, urlunsplit

from playwright.sync_api import Page

from pages.browsing import Browsing
from pages.mistyhill.components.info_footer import SiteFooter
from pages.mistyhill.components.info_navigation import MainNavigation

LANGUAGE_SWITCH = re.compile(r"^(?P<root>.*/)lang/[^/]+$")  # `/prefix/lang/ja?next=rooms/`


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
        """The address without its fragment; the language switch's link counts as the page it returns to.

        The switch (`lang/ja?next=rooms/`) shows the same page in the other language and remembers
        the choice in a cookie, so a crawler following it would read the rest of the site in the
        wrong language.
        """
        parts = urlsplit(url)
        switch = LANGUAGE_SWITCH.match(parts.path)
        if switch:
            target = parse_qs(parts.query).get("next", [""])[0]
            return urlunsplit((parts.scheme, parts.netloc, switch["root"] + target, "", ""))
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))

    def open_fee_statement(self):  # noqa: ANN201 - the pack's FeeStatementPage
        """Follow the footer's link to the fee statement."""
        from pages.mistyhill.fee_statement import FeeStatementPage  # the pages lead to each other

        self.footer.fee_statement.click()
        return FeeStatementPage(self.page)
