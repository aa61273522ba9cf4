"""The booking form: stay, guest and payment method, checked before the review step."""

from __future__ import annotations

from datetime import date

from playwright.sync_api import Locator, Page

from pages.text import exactly, starting


class BookingFormPage:
    """The form a guest fills in to book a room."""

    PATH = "/book"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("線上訂房", "Book online"))
        self.check_in = page.get_by_label(exactly("入住日期", "Check-in date"))
        self.check_out = page.get_by_label(exactly("退房日期", "Check-out date"))
        self.room_type = page.get_by_label(exactly("房型", "Room type"))
        self.rooms = page.get_by_label(exactly("房間數", "Rooms"))
        self.guests = page.get_by_label(exactly("入住人數", "Guests"))
        self.transfer = page.get_by_label(exactly("接送服務", "Transfer"))
        self.transfer_trips = page.get_by_role("group", name=exactly("接送趟數", "Transfer trips"))
        self.live_total = page.get_by_text(starting("目前選擇的預估總額", "Estimated total for your choices"))
        self.guest_name = page.get_by_label(exactly("訂房人姓名", "Full name"))
        self.email = page.get_by_label(exactly("電子郵件", "Email"))
        self.phone = page.get_by_label(exactly("聯絡電話", "Phone"))
        self.payment_methods = page.get_by_role("group", name=exactly("付款方式", "Payment method"))
        self.payment_choices = self.payment_methods.get_by_role("radio")
        self.alert = page.get_by_role("alert").first
        self.alerts = page.get_by_role("alert")
        self.submit_button = page.get_by_role("button", name=starting("下一步", "Next"))

    def open(self) -> BookingFormPage:
        """Go straight to the empty form."""
        self.page.goto(self.PATH)
        return self

    def fill_stay(self, check_in: date, check_out: date, rooms: int, guests: int) -> None:
        """Enter the dates, rooms and guests."""
        self.check_in.fill(check_in.isoformat())
        self.check_out.fill(check_out.isoformat())
        self.rooms.fill(str(rooms))
        self.guests.fill(str(guests))

    def meal(self, name: str) -> Locator:
        """The checkbox that adds the meal the site calls `name`."""
        return self.page.get_by_label(starting(f"加購{name}", f"Add {name}"))

    def set_meal(self, name: str, wanted: bool) -> None:
        """Add or leave out a meal."""
        self.meal(name).set_checked(wanted)

    def choose_transfer(self, name: str, trips: int) -> None:
        """Ask for the pick-up the site calls `name`, one or two trips (0: leave the trips unanswered)."""
        option = self.transfer.get_by_role("option", name=starting(name))
        self.transfer.select_option(label=option.inner_text().strip())
        if trips:
            self.transfer_trips.get_by_role("radio", name=starting(f"{trips} 趟", f"{trips} trip")).check()

    def choose_room_type(self, name: str) -> None:
        """Pick the room type by the name the site shows."""
        self.room_type.select_option(label=name)

    def fill_guest(self, name: str, email: str, phone: str) -> None:
        """Enter who books and how to reach them."""
        self.guest_name.fill(name)
        self.email.fill(email)
        self.phone.fill(phone)

    def choose_payment(self, name: str) -> None:
        """Pick the payment method by the name the site shows."""
        self.payment_methods.get_by_role("radio", name=exactly(name)).check()

    def payment_option(self, name: str) -> Locator:
        """The radio button of one payment method (its description says why it is off, if it is)."""
        return self.payment_methods.get_by_role("radio", name=exactly(name))

    def submit(self) -> None:
        """Send the form to the review step (or back with errors)."""
        self.submit_button.click()
