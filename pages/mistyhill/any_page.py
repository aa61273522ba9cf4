"""Any page of Misty Hill, for checks every page must pass: navigation, footer, links, images."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit, urlunsplit

from playwright.sync_api import Page, Response

from pages.mistyhill.components.info_footer import SiteFooter
from pages.mistyhill.components.info_navigation import MainNavigation

LANGUAGE_SWITCH = re.compile(r"^(?P<root>.*/)lang/[^/]+$")  # `/prefix/lang/ja?next=rooms/`


@dataclass(frozen=True)
class ImageOnPage:
    """An `<img>` as the browser loaded it."""

    src: str
    alt: str | None
    loaded: bool


class AnyPage:
    """Whichever page is open; what all pages share."""

    def __init__(self, page: Page) -> None:
        self.page = page
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

    def visit(self, url: str) -> Response | None:
        """Go to `url` and return the server's response, for audits that need the status."""
        return self.page.goto(url)

    def open_fee_statement(self):  # noqa: ANN201 - the pack's FeeStatementPage
        """Follow the footer's link to the fee statement."""
        from pages.mistyhill.fee_statement import FeeStatementPage  # the pages lead to each other

        self.footer.fee_statement.click()
        return FeeStatementPage(self.page)

    def link_targets(self) -> list[str]:
        """The absolute address of every link on the page, for the crawler."""
        return self.page.get_by_role("link").evaluate_all("links => links.map(link => link.href)")

    def images(self) -> list[ImageOnPage]:
        """Every image element, decorative ones included (which have no role), as loaded."""
        found = self.page.locator("img").evaluate_all(
            "imgs => imgs.map(img => ({src: img.currentSrc || img.src, alt: img.getAttribute('alt'),"
            " loaded: img.complete && img.naturalWidth > 0}))"
        )
        return [ImageOnPage(item["src"], item["alt"], item["loaded"]) for item in found]

    def fetch(self, url: str) -> tuple[int, str]:
        """The status and content type the server gives `url`, fetched with the page's cookies."""
        response = self.page.request.get(url)
        return response.status, response.headers.get("content-type", "")

    def generator(self) -> str | None:
        """What the page says generated it (`<meta name="generator">`), if it says."""
        meta = self.page.locator('meta[name="generator"]')
        return meta.get_attribute("content") if meta.count() else None
