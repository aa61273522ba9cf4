"""P1.4.3 and P1.4.4: what one guest sent or booked is not shown to another guest who has its address.

The confirmation and acknowledgement pages live at addresses that carry a number; another browser
opening the same address must see neither the page nor the guest's details.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.any_page import AnyPage
from pages.booking_confirmation import BookingConfirmationPage
from pages.feedback_acknowledgement import FeedbackAcknowledgementPage
from scenarios.book_stay import book_stay
from scenarios.send_feedback import send_feedback
from support.data import Guest, TestData
from support.guest_data import feedback
from support.profile import Profile

pytestmark = pytest.mark.destructive


@pytest.mark.requirement("P1.4.4")
def test_another_browser_cannot_open_a_booking_confirmation(
    page: Page, new_context, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """The confirmation's address, opened in another browser, shows neither the booking nor the guest."""
    booked = book_stay(page, profile, site_lang, data.stay("standard-double"), guest)
    expect(booked.confirmation.heading).to_be_visible()

    stranger = AnyPage(new_context().new_page())
    stranger.open(booked.confirmation.page.url)

    expect(BookingConfirmationPage(stranger.page).heading).to_have_count(0)
    expect(stranger.main).not_to_contain_text(booked.reference)
    expect(stranger.main).not_to_contain_text(guest.name)


@pytest.mark.requirement("P1.4.3")
def test_another_browser_cannot_open_a_feedback_acknowledgement(
    page: Page, new_context, profile: Profile, site_lang: str, data: TestData
):
    """The acknowledgement's address, opened in another browser, shows neither the case nor the sender."""
    message = feedback(data, "complaint")
    acknowledgement = send_feedback(page, profile, site_lang, message)
    expect(acknowledgement.heading).to_be_visible()

    stranger = AnyPage(new_context().new_page())
    stranger.open(acknowledgement.page.url)

    expect(FeedbackAcknowledgementPage(stranger.page).heading).to_have_count(0)
    expect(stranger.main).not_to_contain_text(message.name)
