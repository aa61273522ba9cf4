"""The booking acknowledgement email, opened in the browser so it is read like a page."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.guest_sees import shown
from pages.guest_text import ShowsGuestText
from pages.lanwan.components.fee_breakdown import FeeBreakdown
from pages.lanwan.components.payment_schedule import PaymentSchedule
from pages.lanwan.components.summary import Summary
from pages.lanwan.stay_info import StayInfoPage
from pages.text import exactly, starting


class BookingEmailPage(ShowsGuestText):
    """The HTML part of the acknowledgement email."""

    def __init__(self, page: Page) -> None:
        self.page = page
        body = page.locator("body")
        summary = Summary(body)
        self.reference = summary.value(exactly("訂房編號", "Booking reference"))
        self.check_in = summary.date(exactly("入住日期", "Check-in"))
        self.check_out = summary.date(exactly("退房日期", "Check-out"))
        self.room_type = summary.value(exactly("房型", "Room type"))
        self._texts = {"guest_name": summary.value(exactly("訂房人", "Booked by"))}
        self.fees = FeeBreakdown(body)
        self.payment = PaymentSchedule(body)
        self.stay_info_link = body.get_by_role("link", name=starting("住宿須知", "Your stay and getting here"))

    @staticmethod
    def subject(reference: str) -> re.Pattern[str]:
        """The subject of this booking's acknowledgement: it carries the reference."""
        return re.compile(re.escape(reference))

    def show(self, html: str) -> BookingEmailPage:
        """Render the email's HTML in this page."""
        self.page.set_content(html)
        return self

    def open_stay_info(self) -> StayInfoPage:
        """Follow the email's link to the after-stay information on the site."""
        shown(self.stay_info_link, "no-stay-info-link-in-email").click()
        return StayInfoPage(self.page)
