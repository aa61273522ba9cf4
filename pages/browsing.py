"""What reading any page of any site takes, the same for every pack: its links, images, responses.

A pack's `AnyPage` inherits `Browsing` and adds what is its site's own: the navigation, the
footer, which addresses show the same page. The crawler (scenarios/crawl_site.py) and the image
checks read pages through these methods, so a new pack need not write them again.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Page, Response


@dataclass(frozen=True)
class ImageOnPage:
    """An `<img>` as the browser loaded it."""

    src: str
    alt: str | None
    loaded: bool


class Browsing:
    """The page-independent reading of whichever page is open."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def visit(self, url: str) -> Response | None:
        """Go to `url` and return the server's response, for audits that need the status."""
        return self.page.goto(url)

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
        """What the page says generated it (`<meta name="generator">`), often the site's software version."""
        meta = self.page.locator('meta[name="generator"]')
        return meta.get_attribute("content") if meta.count() else None
