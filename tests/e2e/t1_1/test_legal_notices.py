"""P1.1.4: privacy, security and legal-liability notices and the copyright line are shown correctly.

Every legal notice is one click from the footer and has real content; the privacy notice gives
all six elements PDPA §8 requires; every page carries the copyright line of the legal name.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from pages.any_page import AnyPage
from pages.legal_page import PRIVACY_ELEMENTS, LegalPage
from scenarios.crawl_site import SiteMap
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.1.4"), pytest.mark.nondestructive]


@pytest.mark.parametrize("notice", ["privacy", "terms", "disclaimer", "security"])
def test_each_legal_notice_is_linked_from_the_footer_and_has_content(page: Page, notice: str):
    """The footer links to the notice, and the notice has a heading and real text."""
    AnyPage(page).open("/").footer.legal_links[notice].click()

    legal = LegalPage(page)
    expect(legal.heading).to_be_visible()
    expect(legal.main).to_have_text(re.compile(r"\S[\s\S]{150,}"))


def test_the_privacy_notice_gives_all_six_pdpa_elements(page: Page):
    """Who collects, why, what, how long/where/by whom/how, the person's rights, what declining means."""
    AnyPage(page).open("/").footer.legal_links["privacy"].click()

    privacy = LegalPage(page)
    for element in PRIVACY_ELEMENTS:
        expect(privacy.privacy_element(element), f"privacy notice: {element}").to_have_text(re.compile(r"\S{10,}"))


def test_every_page_carries_the_copyright_line(page: Page, site_map: SiteMap, profile: Profile, site_lang: str):
    """A © line with a year and the legal name is in the footer of every page."""
    line = re.compile(rf"©\s?\d{{4}}(?:[–-]\d{{4}})?\s*{re.escape(profile.property.legal_name(site_lang))}")

    for visit in site_map.html_pages():
        expect(AnyPage(page).open(visit.url).footer.copyright, visit.url).to_have_text(line)
