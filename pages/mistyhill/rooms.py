"""The rooms page: every room type with its count, capacity and rate on each kind of night."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from pages.mistyhill.components.info_facts import FactTable
from pages.text import exactly

ANY_TEXT = re.compile(r"\S")


class RoomsPage:
    """The page listing all room types and their per-person rates."""

    PATH = "rooms/"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("房型與房價", "客室と料金"))
        self.table = FactTable(page.get_by_role("main").get_by_role("table"))
        self.total = self.table.value(exactly("全館合計", "全客室数"))

    def open(self) -> RoomsPage:
        """Go to the rooms page."""
        self.page.goto(self.PATH)
        return self

    def row(self, room_name: str) -> Locator:
        """The table row of one room type."""
        return self.table.row(exactly(room_name))

    def expect_room(
        self, room_name: str, count: int | None, max_guests: int, weekday: re.Pattern[str],
        weekend: re.Pattern[str] | None,
    ) -> None:  # fmt: skip
        """Assert a room type's row: count, capacity, and its weekday, weekend and holiday rates per person."""
        expect(self.row(room_name).get_by_role("cell"), room_name).to_have_text(
            [
                re.compile(rf"(?<!\d){count}(?!\d)") if count is not None else ANY_TEXT,
                re.compile(rf"(?<!\d){max_guests}(?!\d)"),
                weekday,
                weekend or ANY_TEXT,
                ANY_TEXT,  # the holiday rate
            ]
        )
