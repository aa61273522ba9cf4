"""P1.1.4: privacy, security and legal-liability notices and the copyright line are shown correctly.

Every legal notice is one click from the footer and has real content; the privacy notice gives
all six elements PDPA §8 requires; every page carries the copyright line of the legal name.
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from scenarios.crawl_site import SiteMap
from support.checks import each
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.1.4"), pytest.mark.nondestructive]

NOTICES = ["privacy", "terms", "disclaimer", "security"]  # the notices every pack's footer names
SUBSTANTIAL = re.compile(r"\S[\s\S]{150,}")
SAYS_SOMETHING = re.compile(r"(?:\S\s*){10,}")  # ten characters, spaced or not (Chinese has no spaces)


@pytest.mark.parametrize("notice", NOTICES)
def test_each_legal_notice_is_linked_from_the_footer_and_has_content(page: Page, pack: ModuleType, notice: str):
    """The footer links to the notice, and the notice has a heading and real text."""
    pack.HomePage(page).open().footer.open_legal(notice)

    legal = pack.LegalPage(page)
    expect(legal.heading).to_be_visible()
    expect(legal.main).to_have_text(SUBSTANTIAL)


def test_the_privacy_notice_gives_all_six_pdpa_elements(page: Page, pack: ModuleType):
    """Who collects, why, what, how long/where/by whom/how, the person's rights, what declining means."""
    pack.HomePage(page).open().footer.open_legal("privacy")

    privacy = pack.LegalPage(page)
    for element in each(privacy.PRIVACY_ELEMENTS, "elements of the privacy notice"):
        expect(privacy.privacy_element(element), f"privacy notice: {element}").to_have_text(SAYS_SOMETHING)


def test_every_page_carries_the_copyright_line(
    page: Page, pack: ModuleType, site_map: SiteMap, profile: Profile, site_lang: str
):
    """A © line with a year and the legal name (or the property's name) is in the footer of every page."""
    owner = (profile.property.legal_name or profile.property.name)(site_lang)
    line = re.compile(rf"©\s?\d{{4}}(?:[–-]\d{{4}})?\s*{re.escape(owner)}")

    for visit in each(site_map.html_pages(), "pages reached by the crawler"):
        expect(pack.AnyPage(page).open(visit.url).footer.copyright, visit.url).to_have_text(line)
