"""Walking the whole public site the way a guest's clicks could, to audit every page at once.

Breadth-first from the home page, following every same-origin link (bounded), recording for
each page its status, whether it has the main navigation and the footer, its links and images.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import allure
from playwright.sync_api import BrowserContext

from pages.any_page import AnyPage, ImageOnPage


@dataclass
class PageVisit:
    """What the crawler saw on one page."""

    url: str
    status: int
    has_navigation: bool = False
    has_footer: bool = False
    links: list[str] = field(default_factory=list)
    images: list[ImageOnPage] = field(default_factory=list)
    found_on: str = ""


@dataclass
class SiteMap:
    """Every page reached from the home page, and every link that pointed somewhere."""

    pages: dict[str, PageVisit]
    external_links: set[str]

    def html_pages(self) -> list[PageVisit]:
        """The pages that answered with a page (not an error)."""
        return [visit for visit in self.pages.values() if visit.status < 400]

    def as_text(self) -> str:
        """The site map as JSON, for the report."""
        return json.dumps(
            {url: {"status": v.status, "found_on": v.found_on, "links": v.links} for url, v in self.pages.items()},
            ensure_ascii=False,
            indent=2,
        )


def crawl_site(context: BrowserContext, base_url: str, limit: int = 80) -> SiteMap:
    """Visit every same-origin page reachable from the home page, up to `limit` pages."""
    with allure.step(f"Crawl {base_url} (at most {limit} pages)"):
        page = AnyPage(context.new_page())
        origin = urlsplit(base_url).netloc
        queue, pages, external = deque([(_normal(base_url + "/"), "")]), {}, set()
        while queue and len(pages) < limit:
            url, found_on = queue.popleft()
            if url in pages:
                continue
            pages[url] = visit = _visit(page, url, found_on)
            for link in visit.links:
                target = _normal(urljoin(url, link))
                if urlsplit(target).scheme not in ("http", "https"):
                    continue
                if urlsplit(target).netloc != origin:
                    external.add(target)
                elif target not in pages:
                    queue.append((target, url))
        site_map = SiteMap(pages, external)
        allure.attach(site_map.as_text(), name="site map", attachment_type=allure.attachment_type.JSON)
        page.page.close()
        return site_map


def _visit(page: AnyPage, url: str, found_on: str) -> PageVisit:
    response = page.visit(url)
    status = response.status if response else 0
    visit = PageVisit(url, status, found_on=found_on)
    if status < 400:
        visit.has_navigation = page.navigation.root.count() == 1
        visit.has_footer = page.footer.root.count() == 1
        visit.links = page.link_targets()
        visit.images = page.images()
    return visit


def _normal(url: str) -> str:
    """Drop the fragment and the language query, so one page is visited once."""
    parts = urlsplit(url)
    query = "&".join(part for part in parts.query.split("&") if part and not part.startswith("lang="))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))
