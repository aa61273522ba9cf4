"""P1.4.3: whoever sends feedback is told it arrived and what the hotel will do about it, by when.

For every kind of feedback, the screen after sending and the acknowledgement email give the same
case number, the next step the profile approved, a reply date no later than the service standard
(and for complaints no later than the law's 15 days), and another way to reach the hotel.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import BrowserContext, expect

from scenarios.book_stay import book_stay
from scenarios.send_feedback import open_feedback_email, send_feedback
from scenarios.visit import Visit
from support.data import TestData
from support.guest_data import feedback
from support.mailbox import RecordingMailbox
from support.oracle import feedback as reply_rules
from support.phone import tel_href
from support.profile import FeedbackCategory

pytestmark = [pytest.mark.requirement("P1.4.3"), pytest.mark.destructive, pytest.mark.offers("contact-form")]


def any_day(first: date, last: date) -> re.Pattern[str]:
    """An ISO date from `first` to `last`, both included: the reply dates the standard allows."""
    days = [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
    return re.compile(rf"^(?:{'|'.join(days)})$")


def _booking_reference(visit: Visit, data: TestData) -> str:
    """A real booking of this test's guest, for feedback that is about one."""
    return book_stay(visit, data.stay(), data.guest()).reference


@pytest.mark.cases(category="feedback_categories")
def test_feedback_is_acknowledged_with_case_next_step_and_reply_date(
    visit: Visit, context: BrowserContext, data: TestData, mailbox: RecordingMailbox, category: FeedbackCategory
):
    """Screen and email give the same case number, the approved next step and a reply date within the standard."""
    reference = _booking_reference(visit, data) if category.needs_booking_reference else ""
    message = feedback(data, category.code, booking_reference=reference)
    allowed = any_day(data.today, reply_rules.latest_reply(visit.profile, category.code, data.today))

    acknowledgement = send_feedback(visit, message)
    case_number = acknowledgement.case_reference()
    email = open_feedback_email(context, visit, mailbox, message, case_number)

    for view in (acknowledgement, email):
        expect(view.case_number).to_have_text(case_number)
        expect(view.category).to_have_text(category.name(visit.lang))
        expect(view.next_step).to_contain_text(category.next_step(visit.lang))
        expect(view.reply_by).to_have_attribute("datetime", allowed)


@pytest.mark.cases(category="plain_feedback_categories")
def test_acknowledgement_offers_another_channel(
    visit: Visit, context: BrowserContext, data: TestData, mailbox: RecordingMailbox, category: FeedbackCategory
):
    """Screen and email name another way to reach the hotel: the service phone and the LINE account, where approved."""
    phone, line = visit.profile.property.service_phone, visit.profile.contact.line_official_account
    message = feedback(data, category.code)

    acknowledgement = send_feedback(visit, message)
    email = open_feedback_email(context, visit, mailbox, message)

    for view in (acknowledgement, email):
        expect(view.other_links).not_to_have_count(0)
        if phone:
            expect(view.other_links.filter(has_text=phone)).to_have_attribute("href", tel_href(phone))
        if line:
            expect(view.line_link).to_have_attribute("href", line)
