"""P1.3.3: after-stay information, and the guest is guided to it from the confirmation and the email.

Check-in and check-out times, amenities and supplies, transport and surroundings, and other
check-in notes, all as the profile approves them.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from pages.stay_info import SECTIONS, StayInfoPage
from scenarios.book_stay import book_stay, open_booking_email
from support.data import Guest, TestData
from support.mailbox import RecordingMailbox
from support.profile import Profile

pytestmark = pytest.mark.requirement("P1.3.3")


def _expect_matches_profile(info: StayInfoPage, profile: Profile, lang: str) -> None:
    expect(info.check_in).to_contain_text(profile.property.check_in_from)
    expect(info.check_out).to_contain_text(profile.property.check_out_by)
    for section in SECTIONS:
        approved = [item(lang) for item in getattr(profile.stay_info, section)]
        expect(info.items(section), f"the {section} listed").to_have_text(approved)


@pytest.mark.nondestructive
def test_the_after_stay_information_equals_the_profile(page: Page, profile: Profile, site_lang: str):
    """Times, amenities, transport, surroundings and house notes are exactly the approved ones."""
    _expect_matches_profile(StayInfoPage(page).open(), profile, site_lang)


@pytest.mark.destructive
def test_the_confirmation_page_guides_the_guest_to_it(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The confirmation page links to the after-stay information."""
    booked = book_stay(page, profile, site_lang, data.stay("standard-double"), guest)

    info = booked.confirmation.open_stay_info()

    expect(info.heading).to_be_visible()
    _expect_matches_profile(info, profile, site_lang)


@pytest.mark.destructive
def test_the_acknowledgement_email_guides_the_guest_to_it(
    page: Page, context: BrowserContext, profile: Profile, site_lang: str, data: TestData, guest: Guest,
    mailbox: RecordingMailbox,
):  # fmt: skip
    """The booking email links to the after-stay information on the site."""
    booked = book_stay(page, profile, site_lang, data.stay("standard-double"), guest)

    info = open_booking_email(context, mailbox, guest, booked.reference).open_stay_info()

    expect(info.heading).to_be_visible()
    _expect_matches_profile(info, profile, site_lang)
