"""The confirmation page: the booking reference and what was booked, after confirming."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.components.fee_breakdown import FeeBreakdown
from pages.components.summary import Summary
from pages.text import exactly


class BookingConfirmationPage:
    """Shown once the booking is made."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("訂房完成", "Booking confirmed"))
        main = page.get_by_role("main")
        summary = Summary(main)
        self.reference = summary.value(exactly("訂房編號", "Booking reference"))
        self.check_in = summary.date(exactly("入住日期", "Check-in"))
        self.check_out = summary.date(exactly("退房日期", "Check-out"))
        self.room_type = summary.value(exactly("房型", "Room type"))
        self.fees = FeeBreakdown(main)
        self.virtual_account = summary.value(exactly("虛擬帳號", "Virtual account"))
        self.pay_by = summary.date(exactly("付款期限", "Pay by"))
