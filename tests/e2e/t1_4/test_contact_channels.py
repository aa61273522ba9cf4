"""P1.4.2: a guest can reach the hotel through every channel the site offers.

The phone, email and LINE links go where the profile says; the contact form sends, with the
personal-data notice's six elements shown and consent left for the guest to give; bad input is
named beside its field and nothing else typed is lost.
"""

from __future__ import annotations

import dataclasses
import re
from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from scenarios.send_feedback import fill_contact_form, send_feedback
from scenarios.visit import Visit
from support.checks import each, not_applicable
from support.data import TestData, variation
from support.guest_data import Feedback, feedback
from support.phone import tel_href
from support.profile import Profile

pytestmark = pytest.mark.requirement("P1.4.2")


def _plain_category(profile: Profile) -> str:
    """A kind of feedback that needs nothing but a message."""
    return next(
        category.code for category in profile.service_standards.feedback if not category.needs_booking_reference
    )


@pytest.mark.nondestructive
def test_phone_email_and_line_links_reach_the_approved_channels(page: Page, pack: ModuleType, profile: Profile):
    """The contact page dials the service phone, mails the service address and opens the official LINE account."""
    phone, email = profile.property.service_phone, profile.property.service_email
    line = profile.contact.line_official_account
    each([channel for channel in (phone, email, line) if channel], "approved contact channels")

    contact = pack.ContactPage(page).open()

    if phone:
        expect(contact.phone_link).to_have_text(phone)
        expect(contact.phone_link).to_have_attribute("href", tel_href(phone))
    if email:
        expect(contact.email_link).to_have_text(email)
        expect(contact.email_link).to_have_attribute("href", f"mailto:{email}")
    if line:
        expect(contact.line_link).to_have_attribute("href", line)


@pytest.mark.destructive
@pytest.mark.offers("contact-form")
def test_the_contact_form_sends_a_message(visit: Visit, data: TestData):
    """A complete message is sent and the guest lands on its acknowledgement."""
    acknowledgement = send_feedback(visit, feedback(data, _plain_category(visit.profile)))

    expect(acknowledgement.heading).to_be_visible()


@pytest.mark.nondestructive
@pytest.mark.offers("contact-form")
def test_personal_data_notice_has_six_elements_and_consent_starts_unticked(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str
):
    """Who collects, why, what, how long and where, the guest's rights, and what declining means; consent unticked."""
    contact = pack.ContactPage(page).open()

    for element in each(contact.PRIVACY_ELEMENTS, "elements of the personal data notice"):
        expect(contact.privacy_element(element), f"notice element {element!r}").to_have_text(
            re.compile(r"(?:\S\s*){4,}")
        )
    collector = profile.property.legal_name or profile.property.name
    expect(contact.privacy_element("who")).to_contain_text(collector(site_lang))
    expect(contact.consent).not_to_be_checked()


@variation
def _no_consent(message: Feedback, profile: Profile) -> tuple[Feedback, bool]:
    return message, False


@variation
def _no_message(message: Feedback, profile: Profile) -> tuple[Feedback, bool]:
    return dataclasses.replace(message, message=""), True


@variation
def _malformed_email(message: Feedback, profile: Profile) -> tuple[Feedback, bool]:
    return dataclasses.replace(message, email="guest.example.com"), True


@variation
def _reference_missing(message: Feedback, profile: Profile) -> tuple[Feedback, bool]:
    category = next((c for c in profile.service_standards.feedback if c.needs_booking_reference), None)
    if category is None:
        not_applicable("kind of feedback that needs a booking reference")
    return dataclasses.replace(message, category=category.code, booking_reference=""), True


BAD_INPUT = [
    pytest.param(_no_consent, "consent", id="consent-not-given"),
    pytest.param(_no_message, "message", id="empty-message"),
    pytest.param(_malformed_email, "email", id="malformed-email"),
    pytest.param(_reference_missing, "booking_reference", id="booking-reference-missing"),
]


@pytest.mark.destructive
@pytest.mark.offers("contact-form")
@pytest.mark.parametrize(("make_input", "field"), BAD_INPUT)
def test_contact_form_rejects_bad_input_beside_the_field(visit: Visit, data: TestData, make_input, field: str):
    """The bad field is marked invalid with a specific message; the form keeps the rest of the message."""
    message, consent = make_input(feedback(data, _plain_category(visit.profile)), visit.profile)

    fill_contact_form(visit, message, consent=consent).submit()

    contact = visit.pack.ContactPage(visit.page)
    expect(contact.heading).to_be_visible()
    expect(getattr(contact, field)).to_have_attribute("aria-invalid", "true")
    expect(getattr(contact, field)).to_have_accessible_description(contact.SAYS[field])
    expect(contact.alerts.first).to_be_visible()
    expect(contact.name).to_have_value(message.name)
    if field != "message":
        expect(contact.message).to_have_value(message.message)
