"""The confirmation page: the booking reference and what was booked, after confirming."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.guest_sees import arrived, read, shown
from pages.guest_text import ShowsGuestText
from pages.lanwan.components.fee_breakdown import FeeBreakdown
from pages.lanwan.components.payment_schedule import PaymentSchedule
from pages.lanwan.components.summary import Summary
from pages.lanwan.stay_info import StayInfoPage
from pages.text import exactly, starting


class BookingConfirmationPage(ShowsGuestText):
    """Shown once the booking is made."""

    booked = True
    REFERENCE = re.compile(r"^\s*LW-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\s*$")  # this site's booking references

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("訂房完成", "Booking confirmed"))
        main = page.get_by_role("main")
        summary = Summary(main)
        self.reference = summary.value(exactly("訂房編號", "Booking reference"))
        self.check_in = summary.date(exactly("入住日期", "Check-in"))
        self.check_out = summary.date(exactly("退房日期", "Check-out"))
        self.room_type = summary.value(exactly("房型", "Room type"))
        self._texts = {"guest_name": summary.value(exactly("訂房人", "Booked by"))}
        self.fees = FeeBreakdown(main)
        self.payment = PaymentSchedule(main.get_by_role("region", name=exactly("付款安排", "Payment schedule")))
        self.stay_info_link = main.get_by_role("link", name=starting("住宿須知", "Your stay and getting here"))

    def reached(self) -> BookingConfirmationPage:
        """The page once the guest sees it; a failure saying the booking was not confirmed otherwise."""
        arrived(self.heading, "no-confirmation-page")
        return self

    def booking_reference(self) -> str:
        """The booking reference the guest is given; a failure saying there is none otherwise."""
        return read(self.reached().reference, "no-booking-reference")

    def open_stay_info(self) -> StayInfoPage:
        """Follow the confirmation's link to the after-stay information."""
        shown(self.stay_info_link, "no-stay-info-link-on-confirmation").click()
        return StayInfoPage(self.page)

    def reload(self) -> BookingConfirmationPage:
        """Reload the confirmation, as a guest pressing F5 on it."""
        self.page.reload()
        return self.reached()

    def go_back(self):  # noqa: ANN201 - the pack's BookingReviewPage
        """The browser's Back: the review this booking was confirmed from, as the browser kept it."""
        from pages.lanwan.booking_review import BookingReviewPage  # the two pages lead to each other

        self.page.go_back()
        return BookingReviewPage(self.page).reached()
