"""Walking the whole public site the way a guest's clicks could, to audit every page at once.

Breadth-first from the home page, following every link that stays under the base URL (bounded),
recording for each page its status, whether it has the main navigation and the footer, its
links and images. What makes two addresses the same page (a language query, say) is the pack's.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Collection
from dataclasses import dataclass, field
from types import ModuleType
from urllib.parse import urljoin, urlsplit

import allure
from playwright.sync_api import BrowserContext

from pages import interface as ui
from scenarios.visit import Visit
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
    footer_text: str = ""


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


def crawl_site(
    context: BrowserContext,
    pack: ModuleType,
    base_url: str,
    limit: int = 80,
    *,
    start: list[tuple[str, str]] | None = None,
    known: Collection[str] = (),
) -> SiteMap:
    """Visit every page under `base_url` reachable from its home page (or from `start`), up to `limit` pages.

    `start` gives other first addresses, each with where it was found; addresses in `known` were
    judged by an earlier crawl and are not visited again.
    """
    with allure.step(findings.step("crawl-site", base_url=base_url, limit=limit)):
        page = pack.AnyPage(context.new_page())
        queue, pages, external = deque(), {}, set()
        for url, found_on in start or [(base_url, "")]:
            _follow(page.same_page(url), found_on, base_url, queue, external)
        while queue and len(pages) < limit:
            url, found_on = queue.popleft()
            if url in pages or url in known:
                continue
            pages[url] = visit = _visit(page, url, found_on)
            for link in visit.links:
                _follow(page.same_page(urljoin(url, link)), url, base_url, queue, external, pages)
        site_map = SiteMap(pages, external)
        allure.attach(site_map.as_text(), name="site map", attachment_type=allure.attachment_type.JSON)
        page.page.close()
        return site_map


def _follow(
    target: str, found_on: str, base_url: str, queue: deque, external: set, pages: Collection[str] = ()
) -> None:
    """Queue a web address under `base_url` not yet visited; note one elsewhere as external."""
    if urlsplit(target).scheme not in ("http", "https"):
        return
    if not target.startswith(base_url):
        external.add(target)
    elif target not in pages:
        queue.append((target, found_on))


def read_open_page(visit: Visit) -> PageVisit:
    """The page a journey left open, read where it stands: a form led there, so it cannot be visited again."""
    page = visit.pack.AnyPage(visit.page)
    return _read(page, PageVisit(visit.page.url, 200))


def _visit(page: ui.AnyPage, url: str, found_on: str) -> PageVisit:
    response = page.visit(url)
    status = response.status if response else 0
    visit = PageVisit(url, status, found_on=found_on)
    return _read(page, visit) if status < 400 else visit


def _read(page: ui.AnyPage, visit: PageVisit) -> PageVisit:
    """What an answered page offers the guest: navigation, footer (and what it says), links, images."""
    visit.has_navigation = page.navigation.root.count() == 1
    visit.has_footer = page.footer.root.count() == 1
    visit.footer_text = page.footer.root.inner_text() if visit.has_footer else ""
    visit.links = page.link_targets()
    visit.images = page.images()
    return visit
