"""P1.3.3: after-stay information, and the guest is guided to it from the confirmation and the email.

Check-in and check-out times, amenities and supplies, transport and surroundings, and other
check-in notes, all as the profile approves them.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from scenarios.book_stay import book_stay, open_booking_email
from scenarios.visit import Visit
from support.checks import each
from support.data import Guest, TestData
from support.mailbox import RecordingMailbox
from support.profile import Profile

pytestmark = pytest.mark.requirement("P1.3.3")

SECTIONS = ("amenities", "transport", "surroundings", "notes")  # the profile's stay_info lists


def _expect_matches_profile(info: object, profile: Profile, lang: str) -> None:
    times = each([time for time in (profile.property.check_in_from, profile.property.check_out_by) if time],
                 "approved check-in and check-out times")  # fmt: skip
    expect(info.check_in).to_contain_text(times[0])
    expect(info.check_out).to_contain_text(times[-1])
    for section in each([section for section in SECTIONS if getattr(profile.stay_info, section)],
                        "approved after-stay information"):  # fmt: skip
        approved = [item(lang) for item in getattr(profile.stay_info, section)]
        expect(info.items(section), f"the {section} listed").to_have_text(approved)


@pytest.mark.nondestructive
def test_the_after_stay_information_equals_the_profile(page: Page, pack: ModuleType, profile: Profile, site_lang: str):
    """Times, amenities, transport, surroundings and house notes are exactly the approved ones."""
    _expect_matches_profile(pack.StayInfoPage(page).open(), profile, site_lang)


@pytest.mark.destructive
@pytest.mark.offers("online-booking")
def test_the_confirmation_page_guides_the_guest_to_it(visit: Visit, data: TestData, guest: Guest):
    """The confirmation page links to the after-stay information."""
    booked = book_stay(visit, data.stay(), guest)

    info = booked.confirmation.open_stay_info()

    expect(info.heading).to_be_visible()
    _expect_matches_profile(info, visit.profile, visit.lang)


@pytest.mark.destructive
@pytest.mark.offers("online-booking")
def test_the_acknowledgement_email_guides_the_guest_to_it(
    visit: Visit, context: BrowserContext, data: TestData, guest: Guest, mailbox: RecordingMailbox
):
    """The booking email links to the after-stay information on the site."""
    booked = book_stay(visit, data.stay(), guest)

    info = open_booking_email(context, visit, mailbox, guest, booked.reference).open_stay_info()

    expect(info.heading).to_be_visible()
    _expect_matches_profile(info, visit.profile, visit.lang)
