"""P1.1.2 and P1.1.3: every page shows the approved company details; rooms, facilities and services are stated.

The crawler visits every page reachable from the home page; each one's footer must carry the
legal name, licence number, address, phone and email exactly as the profile approves them.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from scenarios.crawl_site import SiteMap
from support.checks import each
from support.money import MoneyFormat
from support.profile import Profile
from tests.e2e.checks import company_details

pytestmark = [pytest.mark.requirement("P1.1.2", "P1.1.3"), pytest.mark.nondestructive]


def test_every_page_shows_the_approved_company_details(
    page: Page, pack: ModuleType, site_map: SiteMap, profile: Profile, site_lang: str
):
    """Legal name, licence, address, phone and email are in the footer of every page the site links to."""
    details = each(company_details(profile, site_lang), "approved company details")

    for visit in each(site_map.html_pages(), "pages reached by the crawler"):
        footer = pack.AnyPage(page).open(visit.url).footer
        for detail in details:
            expect(footer.root, f"{visit.url} should show {detail}").to_contain_text(detail)


def test_the_about_page_states_the_approved_company_facts(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str
):
    """Company name, representative, licence, address, phone and email on the about page are the approved ones."""
    about = pack.AboutPage(page).open()
    facts = profile.property
    approved = {
        about.legal_name: facts.legal_name(site_lang) if facts.legal_name else None,
        about.representative: facts.representative(site_lang) if facts.representative else None,
        about.licence: facts.licence(site_lang) if facts.licence else None,
        about.address: facts.address(site_lang) if facts.address else None,
        about.phone: facts.service_phone,
        about.email: facts.service_email,
    }

    for shown, text in each([(shown, text) for shown, text in approved.items() if text], "approved company facts"):
        expect(shown).to_have_text(text)


def test_room_types_and_the_number_of_rooms_are_stated(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str, money: MoneyFormat
):
    """Each room type's count and the total are on the about page and the room list, as approved."""
    counted = each([room for room in profile.room_types if room.count], "room types with an approved number of rooms")
    about = pack.AboutPage(page).open()
    for room in counted:
        expect(about.room_count(room.name(site_lang))).to_contain_text(str(room.count))
    if profile.total_rooms:
        expect(about.total_rooms).to_contain_text(str(profile.total_rooms))

    rooms = pack.RoomsPage(page).open()
    for room in profile.room_types:
        rates = room.rates
        weekend = money.pattern(rates.weekend) if rates.weekend is not None else None
        rooms.expect_room(room.name(site_lang), room.count, room.max_guests, money.pattern(rates.weekday), weekend)
    if profile.total_rooms:
        expect(rooms.total).to_contain_text(str(profile.total_rooms))


def test_facilities_and_social_channels_are_the_approved_ones(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str
):
    """The facilities listed and the social channels linked are exactly the approved ones."""
    facilities = each(profile.facilities, "approved facilities")
    about = pack.AboutPage(page).open()

    expect(about.facilities).to_have_text([facility(site_lang) for facility in facilities])
    expect(about.social).to_have_count(len(profile.social))
    for channel, url in profile.social.items():
        expect(about.social.filter(has_text=channel)).to_have_attribute("href", url)
