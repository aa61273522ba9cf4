"""The about page: who runs the hotel, how to reach them, its rooms, facilities and services."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.lanwan.components.summary import Summary
from pages.text import exactly


class AboutPage:
    """The company and property facts in one place."""

    PATH = "about"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("關於我們", "About us"))
        main = page.get_by_role("main")
        company = Summary(main.get_by_role("region", name=exactly("公司資訊", "Company")))
        self.legal_name = company.value(exactly("公司名稱", "Company name"))
        self.representative = company.value(exactly("負責人", "Representative"))
        self.licence = company.value(exactly("旅館業登記證", "Hotel registration"))
        self.address = company.value(exactly("地址", "Address"))
        self.phone = company.value(exactly("客服電話", "Service phone"))
        self.email = company.value(exactly("客服信箱", "Service email"))
        self._rooms = Summary(main.get_by_role("region", name=exactly("客房數量", "Rooms")))
        self.total_rooms = self._rooms.value(exactly("客房總數", "Rooms in total"))
        self.facilities = main.get_by_role("region", name=exactly("館內設施", "Facilities")).get_by_role("listitem")
        self.social = main.get_by_role("region", name=exactly("社群帳號", "Social channels")).get_by_role("link")

    def open(self) -> AboutPage:
        """Go to the about page."""
        self.page.goto(self.PATH)
        return self

    def room_count(self, room_name: str) -> Locator:
        """How many rooms of this type the page says there are."""
        return self._rooms.value(exactly(room_name))
