"""P1.1.2 and P1.1.3: every page shows the approved company details; rooms, facilities and services are stated.

The crawler visits every page reachable from the home page; each one's footer must carry the
legal name, licence number, address, phone and email exactly as the profile approves them.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.about import AboutPage
from pages.any_page import AnyPage
from pages.rooms import RoomsPage
from scenarios.crawl_site import SiteMap
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.1.2", "P1.1.3"), pytest.mark.nondestructive]


def test_every_page_shows_the_approved_company_details(page: Page, site_map: SiteMap, profile: Profile, site_lang: str):
    """Legal name, licence, address, phone and email are in the footer of every page the site links to."""
    facts = profile.property
    details = [facts.legal_name(site_lang), facts.licence(site_lang), facts.address(site_lang),
               facts.phones["service"], facts.emails["service"]]  # fmt: skip

    for visit in site_map.html_pages():
        footer = AnyPage(page).open(visit.url).footer
        for detail in details:
            expect(footer.root, f"{visit.url} should show {detail}").to_contain_text(detail)


def test_the_about_page_states_the_approved_company_facts(page: Page, profile: Profile, site_lang: str):
    """Company name, representative, licence, address, phone and email on the about page are the approved ones."""
    about = AboutPage(page).open()
    facts = profile.property

    expect(about.legal_name).to_have_text(facts.legal_name(site_lang))
    expect(about.representative).to_have_text(facts.representative(site_lang))
    expect(about.licence).to_have_text(facts.licence(site_lang))
    expect(about.address).to_have_text(facts.address(site_lang))
    expect(about.phone).to_have_text(facts.phones["service"])
    expect(about.email).to_have_text(facts.emails["service"])


def test_room_types_and_the_number_of_rooms_are_stated(page: Page, profile: Profile, site_lang: str):
    """Each room type's count and the total are on the about page and the room list, as approved."""
    about = AboutPage(page).open()
    for room in profile.room_types:
        expect(about.room_count(room.name(site_lang))).to_contain_text(str(room.count))
    expect(about.total_rooms).to_contain_text(str(profile.total_rooms))

    rooms = RoomsPage(page).open()
    for room in profile.room_types:
        rooms.expect_room(room.name(site_lang), room.count, room.max_guests, room.rates.weekday, room.rates.weekend)
    expect(rooms.total).to_contain_text(str(profile.total_rooms))


def test_facilities_and_social_channels_are_the_approved_ones(page: Page, profile: Profile, site_lang: str):
    """The facilities listed and the social channels linked are exactly the approved ones."""
    about = AboutPage(page).open()

    expect(about.facilities).to_have_text([facility(site_lang) for facility in profile.facilities])
    expect(about.social).to_have_count(len(profile.social))
    for channel, url in profile.social.items():
        expect(about.social.filter(has_text=channel)).to_have_attribute("href", url)
