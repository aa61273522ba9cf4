"""P1.4.3: whoever sends feedback is told it arrived and what the hotel will do about it, by when.

For every kind of feedback, the screen after sending and the acknowledgement email give the same
case number, the next step the profile approved, a reply date no later than the service standard
(and for complaints no later than the law's 15 days), and another way to reach the hotel.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from scenarios.book_stay import book_stay
from scenarios.send_feedback import open_feedback_email, send_feedback
from support.data import TestData
from support.guest_data import feedback
from support.mailbox import RecordingMailbox
from support.oracle import feedback as reply_rules
from support.phone import tel_href
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.4.3"), pytest.mark.destructive]

CASE_NUMBER = re.compile(r"^\s*[A-Z0-9][A-Z0-9-]{5,}\s*$")


def any_day(first: date, last: date) -> re.Pattern[str]:
    """An ISO date from `first` to `last`, both included: the reply dates the standard allows."""
    days = [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
    return re.compile(rf"^(?:{'|'.join(days)})$")


def _booking_reference(page: Page, profile: Profile, site_lang: str, data: TestData) -> str:
    """A real booking of this test's guest, for feedback that is about one."""
    booked = book_stay(page, profile, site_lang, data.stay("standard-double"), data.guest())
    return booked.reference


@pytest.mark.parametrize("category", ["enquiry", "booking-change", "complaint", "compliment"])
def test_feedback_is_acknowledged_with_case_next_step_and_reply_date(
    page: Page, context: BrowserContext, profile: Profile, site_lang: str, data: TestData,
    mailbox: RecordingMailbox, category: str,
):  # fmt: skip
    """Screen and email give the same case number, the approved next step and a reply date within the standard."""
    approved = profile.service_standards.category(category)
    reference = _booking_reference(page, profile, site_lang, data) if approved.needs_booking_reference else ""
    message = feedback(data, category, booking_reference=reference)
    allowed = any_day(data.today, reply_rules.latest_reply(profile, category, data.today))

    acknowledgement = send_feedback(page, profile, site_lang, message)
    expect(acknowledgement.case_number).to_have_text(CASE_NUMBER)
    case_number = acknowledgement.case_number.inner_text().strip()
    email = open_feedback_email(context, mailbox, message, case_number)

    for view in (acknowledgement, email):
        expect(view.case_number).to_have_text(case_number)
        expect(view.category).to_have_text(approved.name(site_lang))
        expect(view.next_step).to_contain_text(approved.next_step(site_lang))
        expect(view.reply_by).to_have_attribute("datetime", allowed)


@pytest.mark.parametrize("category", ["enquiry", "complaint"])
def test_acknowledgement_offers_another_channel(
    page: Page, context: BrowserContext, profile: Profile, site_lang: str, data: TestData,
    mailbox: RecordingMailbox, category: str,
):  # fmt: skip
    """Screen and email name another way to reach the hotel: the service phone and the LINE account."""
    phone = profile.property.phones["service"]
    message = feedback(data, category)

    acknowledgement = send_feedback(page, profile, site_lang, message)
    email = open_feedback_email(context, mailbox, message)

    for view in (acknowledgement, email):
        expect(view.other_links.filter(has_text=phone)).to_have_attribute("href", tel_href(phone))
        line = view.other_links.filter(has_text=re.compile("@"))
        expect(line).to_have_attribute("href", profile.contact.line_official_account)
