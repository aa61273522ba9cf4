"""Walking the whole public site the way a guest's clicks could, to audit every page at once.

Breadth-first from the home page, following every link that stays under the base URL (bounded),
recording for each page its status, whether it has the main navigation and the footer, its
links and images. What makes two addresses the same page (a language query, say) is the pack's.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from types import ModuleType
from urllib.parse import urljoin, urlsplit

import allure
from playwright.sync_api import BrowserContext

from pages import interface as ui
from support import findings


@dataclass
class PageVisit:
    """What the crawler saw on one page."""

    url: str
    status: int
    has_navigation: bool = False
    has_footer: bool = False
    links: list[str] = field(default_factory=list)
    images: list = field(default_factory=list)  # the pack's images: src, alt, loaded
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


def crawl_site(context: BrowserContext, pack: ModuleType, base_url: str, limit: int = 80) -> SiteMap:
    """Visit every page under `base_url` reachable from its home page, up to `limit` pages."""
    with allure.step(findings.step("crawl-site", base_url=base_url, limit=limit)):
        page = pack.AnyPage(context.new_page())
        queue, pages, external = deque([(page.same_page(base_url), "")]), {}, set()
        while queue and len(pages) < limit:
            url, found_on = queue.popleft()
            if url in pages:
                continue
            pages[url] = visit = _visit(page, url, found_on)
            for link in visit.links:
                target = page.same_page(urljoin(url, link))
                if urlsplit(target).scheme not in ("http", "https"):
                    continue
                if not target.startswith(base_url):
                    external.add(target)
                elif target not in pages:
                    queue.append((target, url))
        site_map = SiteMap(pages, external)
        allure.attach(site_map.as_text(), name="site map", attachment_type=allure.attachment_type.JSON)
        page.page.close()
        return site_map


def _visit(page: ui.AnyPage, url: str, found_on: str) -> PageVisit:
    response = page.visit(url)
    status = response.status if response else 0
    visit = PageVisit(url, status, found_on=found_on)
    if status < 400:
        visit.has_navigation = page.navigation.root.count() == 1
        visit.has_footer = page.footer.root.count() == 1
        visit.links = page.link_targets()
        visit.images = page.images()
    return visit
