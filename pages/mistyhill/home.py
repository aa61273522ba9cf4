"""The home page: the valley, the three room types from their lowest rate, and the way to book."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.mistyhill.any_page import AnyPage
from pages.text import exactly, starting


class HomePage(AnyPage):
    """The site's front page, with what every page has (navigation, footer)."""

    PATH = "./"

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.book_now = self.main.get_by_role("link", name=exactly("查空房與訂房", "空室確認・ご予約"))

    def open(self) -> HomePage:  # type: ignore[override] - the home page has one address
        """Go to the home page."""
        self.page.goto(self.PATH)
        return self

    def room_price(self, room_name: str) -> Locator:
        """The "from" price on a room type's card (per person per night)."""
        card = self.main.get_by_role("listitem").filter(has=self.page.get_by_role("heading", name=exactly(room_name)))
        return card.get_by_text(starting("每人每晚", "1名1泊"))
