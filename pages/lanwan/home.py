"""The home page: where a guest arrives and starts booking."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.lanwan.any_page import AnyPage
from pages.lanwan.booking_form import BookingFormPage
from pages.text import exactly, starting


class HomePage(AnyPage):
    """The site's front page, with what every page has (navigation, footer)."""

    PATH = "./"

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.book_now = page.get_by_role("main").get_by_role("link", name=exactly("立即訂房", "Book now"))

    def room_price(self, room_name: str) -> Locator:
        """The advertised "from" price on a room type's card."""
        card = self.page.get_by_role("listitem").filter(has=self.page.get_by_role("heading", name=exactly(room_name)))
        return card.get_by_text(starting("平日每晚", "Weeknights from"))

    def open(self) -> HomePage:  # type: ignore[override] - the home page has one address
        """Go to the home page."""
        self.page.goto(self.PATH)
        return self

    def start_booking(self) -> BookingFormPage:
        """Follow the home page's call to book."""
        self.book_now.click()
        return BookingFormPage(self.page)
