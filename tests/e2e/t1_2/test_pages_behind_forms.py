"""P1.2.1: the pages a guest reaches only through a form keep the navigation and the footer; none links to an error.

The crawler of test_navigation starts at the home page and follows links: it never fills in a
form. The confirmation of a booking, the booking looked up, the order placed, the message sent
and the links inside their emails are reached here by doing those things (`behind_forms`), and
every page their links lead to is visited.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from playwright.sync_api import BrowserContext, Page

from scenarios.journey_pages import JourneyMap
from support.checks import each

pytestmark = [pytest.mark.requirement("P1.2.1"), pytest.mark.destructive]


def test_pages_behind_forms_have_the_navigation_and_the_footer_and_no_link_is_broken(
    page: Page, context: BrowserContext, pack: ModuleType, behind_forms: JourneyMap
):
    """Every page reached through a form or an email answers, carries the navigation and the footer; no link fails."""
    pages = each(behind_forms.pages(), "pages behind forms")
    broken = behind_forms.broken_links()
    no_navigation = [visit.url for visit in pages if not visit.has_navigation]
    no_footer = [visit.url for visit in pages if not visit.has_footer]

    for evidence in [*broken, *no_navigation, *no_footer][:1]:
        context.add_cookies(behind_forms.cookies)  # the guest's own pages open only for the guest
        pack.AnyPage(page).open(evidence)  # the report's screenshot then shows the first offending page
    assert not broken, f"broken links behind forms: {broken}"
    assert not no_navigation, f"pages behind forms without the main navigation: {no_navigation}"
    assert not no_footer, f"pages behind forms without the footer: {no_footer}"
