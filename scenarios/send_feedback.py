"""Sending feedback: fill in the contact form, send it, read the acknowledgement on screen and by email."""

from __future__ import annotations

import allure
from playwright.sync_api import BrowserContext

from pages import interface as ui
from scenarios.visit import Visit
from support import findings
from support.guest_data import Feedback
from support.mailbox import Mailbox


def fill_contact_form(visit: Visit, feedback: Feedback, consent: bool = True) -> ui.ContactPage:
    """Open the contact page and fill in the form, ticking the consent box only if `consent`, without sending."""
    contact = visit.pack.ContactPage(visit.page).open()
    category = visit.profile.service_standards.category(feedback.category).name(visit.lang)
    contact.fill_message(
        category, feedback.name, feedback.email, feedback.phone, feedback.booking_reference, feedback.message
    )
    contact.consent.set_checked(consent)
    return contact


def send_feedback(visit: Visit, feedback: Feedback) -> ui.FeedbackAcknowledgementPage:
    """Send a message of `feedback.category` through the contact form; returns the acknowledgement shown."""
    with allure.step(findings.step("send-feedback", category=feedback.category, email=feedback.email)):
        return fill_contact_form(visit, feedback).send()


def open_feedback_email(
    context: BrowserContext, visit: Visit, mailbox: Mailbox, feedback: Feedback, case_number: str | None = None
) -> ui.FeedbackEmailPage:
    """Wait for the acknowledgement to the sender (its subject carrying `case_number`) and open it in a new tab."""
    with allure.step(
        findings.step("read-feedback-acknowledgement", case_number=case_number or "", email=feedback.email)
    ):
        message = mailbox.wait_for(to=feedback.email, subject=case_number, missing=findings.say("no-feedback-email"))
        return visit.pack.FeedbackEmailPage(context.new_page()).show(message.html)
