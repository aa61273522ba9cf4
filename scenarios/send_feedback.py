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
    _fill(contact, visit, feedback)
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


def send_every_way(visit: Visit, feedback: Feedback) -> dict[str, str]:
    """Send one message every way a guest sends it twice; the case number shown after each, by how.

    From a second tab first (this tab keeps the filled-in form), then in this tab with a
    double-click, then reloading the acknowledgement, then Back to the form and sending the same
    words again.
    """
    with allure.step(findings.step("send-every-way", category=feedback.category, email=feedback.email)):
        contact = fill_contact_form(visit, feedback)
        shown = {"second tab": contact.send_in_new_tab().case_reference()}
        acknowledgement = contact.send_twice()
        shown["double-click"] = acknowledgement.case_reference()
        shown["reload"] = acknowledgement.reload().case_reference()
        form = acknowledgement.go_back()
        _fill(form, visit, feedback)
        form.consent.set_checked(True)
        shown["Back, then send"] = form.send().case_reference()
    return shown


def _fill(contact: ui.ContactPage, visit: Visit, feedback: Feedback) -> None:
    category = visit.profile.service_standards.category(feedback.category).name(visit.lang)
    contact.fill_message(
        category, feedback.name, feedback.email, feedback.phone, feedback.booking_reference, feedback.message
    )
