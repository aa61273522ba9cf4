"""Any page of the site, seen as every page is: header navigation, footer, and the links it carries."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Page

from pages.components.footer import SiteFooter
from pages.components.navigation import MainNavigation


class SitePage:
    """Whatever page is at `path`, for checks every page must pass."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.navigation = MainNavigation(page)
        self.footer = SiteFooter(page)
        self.links = page.get_by_role("link")

    def open(self, path: str) -> SitePage:
        """Go to `path` on the site."""
        self.page.goto(path)
        return self

    def internal_paths(self) -> list[str]:
        """The paths of this site that the page links to, without query or fragment."""
        hrefs = self.links.evaluate_all("links => links.map(link => link.href)")
        here = urlsplit(self.page.url).netloc
        return sorted({urlsplit(href).path for href in hrefs if urlsplit(href).netloc == here})
