"""P1.4.3 and P1.4.4: what one guest sent or booked is not shown to another guest who has its address.

The confirmation and acknowledgement pages live at addresses that carry a number; another browser
opening the same address must see neither the page nor the guest's details.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from scenarios.book_stay import book_stay
from scenarios.send_feedback import send_feedback
from scenarios.visit import Visit
from support.data import Guest, TestData
from support.guest_data import feedback

pytestmark = pytest.mark.destructive


@pytest.mark.requirement("P1.4.4")
@pytest.mark.offers("online-booking")
def test_another_browser_cannot_open_a_booking_confirmation(visit: Visit, new_context, data: TestData, guest: Guest):
    """The confirmation's address, opened in another browser, shows neither the booking nor the guest."""
    booked = book_stay(visit, data.stay(), guest)
    expect(booked.confirmation.heading).to_be_visible()

    stranger = visit.pack.AnyPage(new_context().new_page()).open(booked.confirmation.page.url)

    expect(visit.pack.BookingConfirmationPage(stranger.page).heading).to_have_count(0)
    expect(stranger.main).not_to_contain_text(booked.reference)
    expect(stranger.main).not_to_contain_text(guest.name)


@pytest.mark.requirement("P1.4.3")
@pytest.mark.offers("contact-form")
def test_another_browser_cannot_open_a_feedback_acknowledgement(visit: Visit, new_context, data: TestData):
    """The acknowledgement's address, opened in another browser, shows neither the case nor the sender."""
    complaint = visit.profile.service_standards.complaint or visit.profile.service_standards.feedback[0]
    message = feedback(data, complaint.code)
    acknowledgement = send_feedback(visit, message)
    expect(acknowledgement.heading).to_be_visible()

    stranger = visit.pack.AnyPage(new_context().new_page()).open(acknowledgement.page.url)

    expect(visit.pack.FeedbackAcknowledgementPage(stranger.page).heading).to_have_count(0)
    expect(stranger.main).not_to_contain_text(message.name)
