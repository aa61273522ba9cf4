"""Booking a stay: fill in the form, reach the review page, confirm, read the acknowledgement."""

from __future__ import annotations

from dataclasses import dataclass

import allure
from playwright.sync_api import BrowserContext

from pages import interface as ui
from scenarios.visit import Visit
from support import findings
from support.data import Guest
from support.mailbox import Mailbox, Message, RecordingMailbox
from support.oracle import Stay


@dataclass(frozen=True)
class Booked:
    """What booking a stay produced: the confirmation page and the reference it shows."""

    confirmation: ui.BookingConfirmationPage
    reference: str


def fill_booking_form(visit: Visit, stay: Stay, guest: Guest) -> ui.BookingFormPage:
    """Open the booking form and enter the stay, its add-ons, the guest and the payment method, without sending it."""
    profile, lang = visit.profile, visit.lang
    form = visit.pack.BookingFormPage(visit.page).open()
    form.fill_stay(stay.check_in, stay.check_out, stay.rooms, stay.guests)
    form.choose_room_type(profile.room_type(stay.room_type).name(lang))
    for addon in profile.tariff.addons:
        form.set_addon(addon.name(lang), addon.per, stay.addons.get(addon.code))
    form.fill_guest(guest.name, guest.email, guest.phone)
    if guest.special_request:
        form.guest_text("special_request").fill(guest.special_request)
    form.choose_payment(profile.payment_method(stay.payment_method).name(lang))
    return form


def _describe(visit: Visit, stay: Stay) -> str:
    room = visit.profile.room_type(stay.room_type).name(visit.lang)
    return f"{room} × {stay.rooms}, {stay.check_in} → {stay.check_out}, {stay.payment_method}"


def review_stay(visit: Visit, stay: Stay, guest: Guest) -> ui.BookingReviewPage:
    """Fill in the booking form and go on to the review page before confirmation."""
    with allure.step(findings.step("review-stay", stay=_describe(visit, stay))):
        return fill_booking_form(visit, stay, guest).continue_to_review()


def book_stay(visit: Visit, stay: Stay, guest: Guest) -> Booked:
    """Book the stay end to end: form, review, accept the terms, confirm, read the reference."""
    with allure.step(findings.step("book-stay", stay=_describe(visit, stay))):
        confirmation = fill_booking_form(visit, stay, guest).continue_to_review().accept_and_confirm().reached()
    return Booked(confirmation, confirmation.booking_reference())


def open_booking_email(
    context: BrowserContext, visit: Visit, mailbox: Mailbox, guest: Guest, reference: str
) -> ui.BookingEmailPage:
    """Wait for the acknowledgement email carrying `reference` and open it in a new tab."""
    with allure.step(findings.step("read-booking-email", reference=reference, email=guest.email)):
        email = visit.pack.BookingEmailPage
        subject = email.subject(reference)
        message = mailbox.wait_for(to=guest.email, subject=subject, missing=findings.say("no-booking-email"))
        return email(context.new_page()).show(message.html)


def race_to_confirm(
    reviews: list[ui.BookingReviewPage],
) -> list[ui.BookingConfirmationPage | ui.BookingFormPage]:
    """Several guests press confirm at the same moment; returns where each of them landed."""
    with allure.step(findings.step("confirm-at-once", guests=len(reviews))):
        for review in reviews:
            review.accept_terms_and_press_confirm()
        return [review.outcome() for review in reviews]


def confirm_every_way(visit: Visit, stay: Stay, guest: Guest) -> dict[str, str]:
    """Confirm one review every way a guest sends it twice; the reference shown after each, by how.

    From a second tab first (this tab keeps the review), then in this tab with a double-click,
    then reloading the confirmation, then Back to the review and confirming it again.
    """
    with allure.step(findings.step("confirm-every-way", stay=_describe(visit, stay))):
        review = review_stay(visit, stay, guest)
        shown = {"second tab": review.accept_and_confirm_in_new_tab().booking_reference()}
        confirmation = review.accept_and_confirm_twice()
        shown["double-click"] = confirmation.booking_reference()
        shown["reload"] = confirmation.reload().booking_reference()
        shown["Back, then confirm"] = confirmation.go_back().accept_and_confirm().booking_reference()
    return shown


def mail_before_another_booking(visit: Visit, mailbox: RecordingMailbox, stay: Stay, guest: Guest) -> list[Message]:
    """Book `stay` too and wait for its acknowledgement; every message the guest had before it, oldest first.

    The later booking's email is a known message sent after everything the test did before, so
    what arrived before it is all those steps sent: no waiting for mail that might still come.
    """
    later = book_stay(visit, stay, guest)
    with allure.step(findings.step("read-booking-email", reference=later.reference, email=guest.email)):
        marker = mailbox.wait_for(
            to=guest.email, subject=visit.pack.BookingEmailPage.subject(later.reference),
            missing=findings.say("no-booking-email"),
        )  # fmt: skip
    return mailbox.received_before(guest.email, marker)
