"""P1.1.2 and P1.1.3: the pages a guest reaches only through a form show the approved company details too.

The confirmation of a booking, the booking looked up, the order placed and the message sent are
where a guest looks for whom they are dealing with; the public crawl never reaches them. Each
footer must carry the legal name, licence number, address, phone and email the profile approves.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from playwright.sync_api import BrowserContext, Page

from scenarios.journey_pages import JourneyMap
from support.checks import each
from support.profile import Profile
from tests.e2e.checks import company_details

pytestmark = [pytest.mark.requirement("P1.1.2", "P1.1.3"), pytest.mark.destructive]


def test_pages_behind_forms_show_the_approved_company_details(
    page: Page, context: BrowserContext, pack: ModuleType, behind_forms: JourneyMap, profile: Profile, site_lang: str
):
    """Legal name, licence, address, phone and email are in the footer of every page reached through a form."""
    details = each(company_details(profile, site_lang), "approved company details")
    pages = each(behind_forms.pages(), "pages behind forms")
    missing = {visit.url: [detail for detail in details if detail not in visit.footer_text] for visit in pages}
    missing = {url: lacking for url, lacking in missing.items() if lacking}

    for evidence in list(missing)[:1]:
        context.add_cookies(behind_forms.cookies)  # the guest's own pages open only for the guest
        pack.AnyPage(page).open(evidence)  # the report's screenshot then shows the first page lacking them
    assert not missing, f"pages behind forms without approved company details: {missing}"
