"""The back office's booking list: every booking with who made it, newest first."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.guest_text import ShowsGuestText
from pages.text import exactly


class AdminBookingRow(ShowsGuestText):
    """One booking's row in the list, as staff read it."""

    def __init__(self, row: Locator) -> None:
        self.root = row
        self._texts = {"guest_name": row.get_by_test_id("booking-guest")}


class AdminBookingListPage:
    """All bookings, for staff."""

    PATH = "admin/bookings"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("訂房紀錄", "Bookings"))
        self.table = page.get_by_role("main").get_by_role("table")

    def open(self) -> AdminBookingListPage:
        """Go to the booking list (signed in)."""
        self.page.goto(self.PATH)
        return self

    def booking(self, reference: str) -> AdminBookingRow:
        """The row of the booking with this reference."""
        rowheader = self.page.get_by_role("rowheader", name=exactly(reference))
        return AdminBookingRow(self.table.get_by_role("row").filter(has=rowheader))
