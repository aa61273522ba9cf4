"""The stay guide (P1.3.3): check-in and check-out, what is in the room, access, what is nearby, house rules."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.mistyhill.components.info_facts import FactTable, section
from pages.text import exactly

SECTIONS = {  # the profile's stay_info lists, as the guide heads them
    "amenities": exactly("房內備品", "お部屋の備品"),
    "transport": exactly("怎麼到山霧", "アクセス"),
    "surroundings": exactly("附近走走", "周辺のみどころ"),
    "notes": exactly("住宿規則", "ご滞在のきまり"),
}


class StayInfoPage:
    """What a booked guest needs to know."""

    PATH = "your-stay/"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("入住指南", "ご滞在のしおり"))
        self.main = page.get_by_role("main")
        times = FactTable(section(self.main, exactly("入住與退房", "チェックイン・チェックアウト")))
        self.check_in = times.value(exactly("入住", "チェックイン"))
        self.check_out = times.value(exactly("退房", "チェックアウト"))

    def open(self) -> StayInfoPage:
        """Go to the stay guide."""
        self.page.goto(self.PATH)
        return self

    def items(self, section_name: str) -> Locator:
        """The entries of one list: amenities, transport, surroundings, notes."""
        return section(self.main, SECTIONS[section_name]).get_by_role("listitem")
