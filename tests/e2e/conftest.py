"""Fixtures the requirement tests share: the oracle's view of a stay, and a guest who books."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from scenarios.crawl_site import SiteMap, crawl_site
from support.data import Guest, TestData


@pytest.fixture
def guest(data: TestData) -> Guest:
    """A guest with a mailbox address only this test reads."""
    return data.guest()


@pytest.fixture(autouse=True)
def _record_environment(run_environment: dict[str, str]) -> None:
    """Every requirement test's run records what it checked (P1.1.1), once per session."""


@pytest.fixture(scope="session")
def site_map(browser: Browser, browser_context_args: dict, base_url: str) -> SiteMap:
    """Every page reachable from the home page, crawled once per worker for the checks that visit them all.

    The navigation test (P1.2.1) crawls on its own, so its report carries the site map it judged.
    """
    context = browser.new_context(**browser_context_args)
    try:
        return crawl_site(context, base_url)
    finally:
        context.close()
