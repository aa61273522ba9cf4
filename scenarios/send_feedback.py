"""Sending feedback: fill in the contact form, send it, read the acknowledgement on screen and by email."""

from __future__ import annotations

import allure
from playwright.sync_api import BrowserContext, Page

from pages.contact import ContactPage
from pages.feedback_acknowledgement import FeedbackAcknowledgementPage
from pages.feedback_email import FeedbackEmailPage
from support.guest_data import Feedback
from support.mailbox import Mailbox
from support.profile import Profile


def fill_contact_form(page: Page, profile: Profile, lang: str, feedback: Feedback, consent: bool = True) -> ContactPage:
    """Open the contact page and fill in the form, ticking the consent box only if `consent`, without sending."""
    contact = ContactPage(page).open()
    category = profile.service_standards.category(feedback.category).name(lang)
    contact.fill_message(
        category, feedback.name, feedback.email, feedback.phone, feedback.booking_reference, feedback.message
    )
    contact.consent.set_checked(consent)
    return contact


def send_feedback(page: Page, profile: Profile, lang: str, feedback: Feedback) -> FeedbackAcknowledgementPage:
    """Send a message of `feedback.category` through the contact form; returns the acknowledgement shown."""
    with allure.step(f"Send {feedback.category} feedback from {feedback.email}"):
        return fill_contact_form(page, profile, lang, feedback).send()


def open_feedback_email(
    context: BrowserContext, mailbox: Mailbox, feedback: Feedback, case_number: str | None = None
) -> FeedbackEmailPage:
    """Wait for the acknowledgement to the sender (its subject carrying `case_number`) and open it in a new tab."""
    with allure.step(f"Read the feedback acknowledgement {case_number or ''} sent to {feedback.email}"):
        message = mailbox.wait_for(to=feedback.email, subject=case_number)
        return FeedbackEmailPage(context.new_page()).show(message.html)
