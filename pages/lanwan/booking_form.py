"""The booking form: stay, guest and payment method, checked before the review step."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from playwright.sync_api import Locator, Page

from pages.guest_text import ShowsGuestText
from pages.text import exactly, starting

if TYPE_CHECKING:
    from pages.lanwan.booking_review import BookingReviewPage


class BookingFormPage(ShowsGuestText):
    """The form a guest fills in to book a room."""

    PATH = "book"
    booked = False  # where a guest lands when confirming did not book (sold out, review no longer valid)
    SAYS: ClassVar[dict[str, re.Pattern[str]]] = {  # what each field's message is about, in either language
        "check_in": re.compile("早於今天|before today"),
        "check_out": re.compile("晚於入住|after check-in"),
        "guests": re.compile("最多可入住|sleep at most"),
        "rooms": re.compile("共 \\d+ 間|There are \\d+ rooms"),
        "email": re.compile("電子郵件格式|email address"),
        "phone": re.compile("電話格式|phone number"),
        "guest_name": re.compile("必填|required"),
        "trips": re.compile("接送趟數|how many transfer trips"),
    }
    SOLD_OUT = re.compile("空房|no longer has enough rooms")
    TOO_LONG = re.compile(r"最多 \d+ 個字|At most \d+ characters")  # a guest's text over the field's limit

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
        self.nothing_booked = self.alert.filter(
            has_text=re.compile("無效.*尚未完成訂房|could not be verified.*nothing has been booked")
        )
        self._fields = {
            "check_in": self.check_in, "check_out": self.check_out, "rooms": self.rooms, "guests": self.guests,
            "guest_name": self.guest_name, "email": self.email, "phone": self.phone, "trips": self.transfer_trips,
        }  # fmt: skip
        self._texts = {"guest_name": self.guest_name}

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

    def field(self, name: str) -> Locator:
        """A field by its part in the form: check_in, check_out, rooms, guests, guest_name, email, phone, trips."""
        return self._fields[name]

    def set_addon(self, name: str, per: str, count: int | None) -> None:
        """Add (count given) or leave out (None) the add-on the site calls `name`.

        This site offers add-ons per night or stay as a checkbox each (its meals) and add-ons per
        trip in one list with a choice of trips (its transfers); a count of 0 chooses the transfer
        and leaves its trips unanswered.
        """
        if per != "trip":
            self.page.get_by_label(starting(f"加購{name}", f"Add {name}")).set_checked(count is not None)
        elif count is not None:
            option = self.transfer.get_by_role("option", name=starting(name))
            self.transfer.select_option(label=option.inner_text().strip())
            if count:
                self.transfer_trips.get_by_role("radio", name=starting(f"{count} 趟", f"{count} trip")).check()

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

    def continue_to_review(self) -> BookingReviewPage:
        """Send the form, expecting the review of the booking before it is final."""
        from pages.lanwan.booking_review import BookingReviewPage  # the two pages lead to each other

        self.submit()
        return BookingReviewPage(self.page).reached()
