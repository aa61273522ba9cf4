"""Walking the site: every page reachable from the home page by its own links, each handed to a check."""

from __future__ import annotations

from collections.abc import Callable

import allure
from playwright.sync_api import Page

from pages.site_page import SitePage


def visit_every_page(page: Page, check: Callable[[SitePage, str], None], limit: int = 60) -> list[str]:
    """Follow the site's links from `/`, run `check` on each page once, and return the paths visited."""
    with allure.step("Visit every page reachable from the home page"):
        seen, queue = {"/"}, ["/"]
        while queue and len(seen) <= limit:
            path = queue.pop(0)
            visited = SitePage(page).open(path)
            check(visited, path)
            for found in visited.internal_paths():
                if found not in seen and not found.startswith("/static/"):
                    seen.add(found)
                    queue.append(found)
        return sorted(seen)
