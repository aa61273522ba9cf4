"""Booking a stay: fill in the form, reach the review page, confirm, read the acknowledgement."""

from __future__ import annotations

from dataclasses import dataclass

import allure
from playwright.sync_api import BrowserContext, Page

from pages.booking_confirmation import BookingConfirmationPage
from pages.booking_email import BookingEmailPage
from pages.booking_form import BookingFormPage
from pages.booking_review import BookingReviewPage
from support.data import Guest
from support.mailbox import Mailbox, Message
from support.oracle import Stay
from support.profile import Profile


@dataclass(frozen=True)
class Booked:
    """What booking a stay produced: the confirmation page and the reference it shows."""

    confirmation: BookingConfirmationPage
    reference: str


def fill_booking_form(page: Page, profile: Profile, lang: str, stay: Stay, guest: Guest) -> BookingFormPage:
    """Open the booking form and enter the stay, the guest and the payment method, without sending it."""
    form = BookingFormPage(page).open()
    form.fill_stay(stay.check_in, stay.check_out, stay.rooms, stay.guests)
    form.choose_room_type(profile.room_type(stay.room_type).name(lang))
    for code, meal in profile.tariff.meals.items():
        form.set_meal(meal.name(lang), code in stay.meals)
    if stay.transfer:
        form.choose_transfer(profile.tariff.transfers[stay.transfer].name(lang), stay.transfer_trips)
    form.fill_guest(guest.name, guest.email, guest.phone)
    form.choose_payment(profile.payment_method(stay.payment_method).name(lang))
    return form


def review_stay(page: Page, profile: Profile, lang: str, stay: Stay, guest: Guest) -> BookingReviewPage:
    """Fill in the booking form and go on to the review page before confirmation."""
    room = profile.room_type(stay.room_type).name(lang)
    with allure.step(
        f"Review a stay: {room} × {stay.rooms}, {stay.check_in} → {stay.check_out}, {stay.payment_method}"
    ):
        fill_booking_form(page, profile, lang, stay, guest).submit()
        return BookingReviewPage(page)


def book_stay(page: Page, profile: Profile, lang: str, stay: Stay, guest: Guest) -> Booked:
    """Book the stay end to end: form, review, accept the terms, confirm."""
    room = profile.room_type(stay.room_type).name(lang)
    with allure.step(f"Book a stay: {room} × {stay.rooms}, {stay.check_in} → {stay.check_out}, {stay.payment_method}"):
        fill_booking_form(page, profile, lang, stay, guest).submit()
        confirmation = BookingReviewPage(page).accept_and_confirm()
        return Booked(confirmation, confirmation.reference.inner_text().strip())


def open_booking_email(context: BrowserContext, mailbox: Mailbox, guest: Guest, reference: str) -> BookingEmailPage:
    """Wait for the acknowledgement email carrying `reference` and open it in a new tab."""
    with allure.step(f"Read the booking acknowledgement for {reference} sent to {guest.email}"):
        message: Message = mailbox.wait_for(to=guest.email, subject=reference)
        return BookingEmailPage(context.new_page()).show(message.html)


def race_to_confirm(reviews: list[BookingReviewPage]) -> list[BookingConfirmationPage | BookingFormPage]:
    """Several guests press confirm at the same moment; returns where each of them landed."""
    with allure.step(f"{len(reviews)} guests confirm the same rooms at once"):
        for review in reviews:
            review.accept_terms_and_press_confirm()
        return [review.outcome() for review in reviews]
