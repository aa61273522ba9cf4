"""P1.4.2: a guest can reach the hotel through every channel the site offers.

The phone, email and LINE links go where the profile says; the contact form sends, with the
personal-data notice's six elements shown and consent left for the guest to give; bad input is
named beside its field and nothing else typed is lost.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from playwright.sync_api import Page, expect

from pages.contact import PRIVACY_ELEMENTS, ContactPage
from scenarios.send_feedback import fill_contact_form, send_feedback
from support.data import TestData, variation
from support.guest_data import Feedback, feedback
from support.phone import tel_href
from support.profile import Profile

pytestmark = pytest.mark.requirement("P1.4.2")


@pytest.mark.nondestructive
def test_phone_email_and_line_links_reach_the_approved_channels(page: Page, profile: Profile):
    """The contact page dials the service phone, mails the service address and opens the official LINE account."""
    phone, email = profile.property.phones["service"], profile.property.emails["service"]

    contact = ContactPage(page).open()

    expect(contact.phone_link).to_have_text(phone)
    expect(contact.phone_link).to_have_attribute("href", tel_href(phone))
    expect(contact.email_link).to_have_text(email)
    expect(contact.email_link).to_have_attribute("href", f"mailto:{email}")
    expect(contact.line_link).to_have_attribute("href", profile.contact.line_official_account)


@pytest.mark.destructive
def test_the_contact_form_sends_a_message(page: Page, profile: Profile, site_lang: str, data: TestData):
    """A complete message is sent and the guest lands on its acknowledgement."""
    acknowledgement = send_feedback(page, profile, site_lang, feedback(data, "enquiry"))

    expect(acknowledgement.heading).to_be_visible()


@pytest.mark.nondestructive
def test_personal_data_notice_has_six_elements_and_consent_starts_unticked(
    page: Page, profile: Profile, site_lang: str
):
    """Who collects, why, what, how long and where, the guest's rights, and what declining means; consent unticked."""
    contact = ContactPage(page).open()

    for element in PRIVACY_ELEMENTS:
        expect(contact.privacy_element(element), f"notice element {element!r}").to_have_text(re.compile(r"\S{4}"))
    expect(contact.privacy_element("who")).to_contain_text(profile.property.legal_name(site_lang))
    expect(contact.consent).not_to_be_checked()


@variation
def _no_consent(message: Feedback) -> tuple[Feedback, bool]:
    return message, False


@variation
def _no_message(message: Feedback) -> tuple[Feedback, bool]:
    return dataclasses.replace(message, message=""), True


@variation
def _malformed_email(message: Feedback) -> tuple[Feedback, bool]:
    return dataclasses.replace(message, email="guest.example.com"), True


@variation
def _booking_change_without_reference(message: Feedback) -> tuple[Feedback, bool]:
    return dataclasses.replace(message, category="booking-change", booking_reference=""), True


SAYS = {  # what each field's message must be about, in either language
    "consent": re.compile("個人資料|personal data"),
    "message": re.compile("必填|required"),
    "email": re.compile("電子郵件格式|email address"),
    "booking_reference": re.compile("訂房編號|booking reference"),
}
BAD_INPUT = [
    pytest.param(_no_consent, "consent", id="consent-not-given"),
    pytest.param(_no_message, "message", id="empty-message"),
    pytest.param(_malformed_email, "email", id="malformed-email"),
    pytest.param(_booking_change_without_reference, "booking_reference", id="booking-change-without-reference"),
]


@pytest.mark.destructive
@pytest.mark.parametrize(("make_input", "field"), BAD_INPUT)
def test_contact_form_rejects_bad_input_beside_the_field(
    page: Page, profile: Profile, site_lang: str, data: TestData, make_input, field: str
):
    """The bad field is marked invalid with a specific message; the form keeps the rest of the message."""
    message, consent = make_input(feedback(data, "enquiry"))

    fill_contact_form(page, profile, site_lang, message, consent=consent).submit()

    contact = ContactPage(page)
    expect(contact.heading).to_be_visible()
    expect(getattr(contact, field)).to_have_attribute("aria-invalid", "true")
    expect(getattr(contact, field)).to_have_accessible_description(SAYS[field])
    expect(contact.alerts.first).to_be_visible()
    expect(contact.name).to_have_value(message.name)
    if field != "message":
        expect(contact.message).to_have_value(message.message)
