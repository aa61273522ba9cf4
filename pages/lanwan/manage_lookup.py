"""Find a booking by its reference and the email it was made with."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.lanwan.managed_booking import ManagedBookingPage
from pages.text import exactly


class ManageLookupPage:
    """The form that finds a booking to view or cancel."""

    WELL_FORMED_REFERENCE = "LW-0000-0000-0000"  # this site's reference format, matching no booking

    PATH = "manage"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("查詢或取消訂房", "Find or cancel a booking"))
        self.reference = page.get_by_label(exactly("訂房編號", "Booking reference"))
        self.email = page.get_by_label(exactly("電子郵件", "Email"))
        self.find_button = page.get_by_role("button", name=exactly("查詢訂房", "Find my booking"))
        self.alert = page.get_by_role("alert")
        self.no_match = self.alert.filter(has_text=re.compile("查無符合|No booking matches"))
        self.main = page.get_by_role("main")

    def open(self) -> ManageLookupPage:
        """Go to the lookup form."""
        self.page.goto(self.PATH)
        return self

    def find(self, reference: str, email: str) -> ManagedBookingPage:
        """Look the booking up; the next page is the booking if the pair matches."""
        self.reference.fill(reference)
        self.email.fill(email)
        self.find_button.click()
        return ManagedBookingPage(self.page)
