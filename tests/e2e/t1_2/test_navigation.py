"""P1.2.1: from every page, links lead to the appropriate information, and none is broken.

A crawler starts at the home page and visits every page under the base URL (bounded); each must
have the main navigation and the footer, and every link must lead to a page that exists. The
site map is attached to the report.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from playwright.sync_api import BrowserContext, Page

from scenarios.crawl_site import crawl_site

pytestmark = [pytest.mark.requirement("P1.2.1"), pytest.mark.nondestructive]


def test_every_page_has_the_navigation_and_the_footer_and_no_link_is_broken(
    page: Page, pack: ModuleType, context: BrowserContext, base_url: str
):
    """Every reachable page answers, carries the main navigation and the footer; no link leads to an error."""
    site_map = crawl_site(context, pack, base_url)

    broken = {visit.url: f"{visit.status}, linked from {visit.found_on}" for visit in site_map.pages.values()
              if visit.status >= 400}  # fmt: skip
    no_navigation = [visit.url for visit in site_map.html_pages() if not visit.has_navigation]
    no_footer = [visit.url for visit in site_map.html_pages() if not visit.has_footer]
    assert len(site_map.html_pages()) > 1, f"the crawler reached only {list(site_map.pages)}"
    for evidence in [*broken, *no_navigation, *no_footer][:1]:
        pack.AnyPage(page).open(evidence)  # the report's screenshot then shows the first offending page
    assert not broken, f"broken links: {broken}"
    assert not no_navigation, f"pages without the main navigation: {no_navigation}"
    assert not no_footer, f"pages without the footer: {no_footer}"
