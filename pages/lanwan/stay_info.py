"""The after-stay information (P1.3.3): times, amenities, transport, surroundings, house notes."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.lanwan.components.summary import Summary
from pages.text import exactly

SECTIONS = {  # the profile's stay_info lists, as this site heads them
    "amenities": exactly("客房備品", "In your room"),
    "transport": exactly("交通方式", "Getting here"),
    "surroundings": exactly("周邊景點", "Nearby"),
    "notes": exactly("入住須知", "House notes"),
}


class StayInfoPage:
    """What a guest needs to know for the stay."""

    PATH = "stay-info"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role(
            "heading", level=1, name=exactly("住宿須知與交通", "Your stay and getting here")
        )
        main = page.get_by_role("main")
        times = Summary(main.get_by_role("region", name=exactly("入住與退房時間", "Check-in and check-out")))
        self.check_in = times.value(exactly("入住時間", "Check-in"))
        self.check_out = times.value(exactly("退房時間", "Check-out"))
        self._main = main

    def open(self) -> StayInfoPage:
        """Go to the after-stay information."""
        self.page.goto(self.PATH)
        return self

    def items(self, section: str) -> Locator:
        """The entries listed under one section (amenities, transport, surroundings, notes)."""
        return self._main.get_by_role("region", name=SECTIONS[section]).get_by_role("listitem")
