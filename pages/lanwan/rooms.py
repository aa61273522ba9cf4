"""The room list: every room type with its count, capacity and rates."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from pages.text import exactly, starting


class RoomsPage:
    """The page listing all room types."""

    PATH = "rooms"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("客房介紹", "Rooms"))
        self.table = page.get_by_role("main").get_by_role("table")
        self.total = self.table.get_by_text(starting("客房總數", "Rooms in total"))

    def open(self) -> RoomsPage:
        """Go to the room list."""
        self.page.goto(self.PATH)
        return self

    def row(self, room_name: str) -> Locator:
        """The table row of one room type."""
        return self.table.get_by_role("row").filter(has=self.page.get_by_role("rowheader", name=exactly(room_name)))

    def expect_room(
        self, room_name: str, count: int | None, max_guests: int, weekday: re.Pattern[str],
        weekend: re.Pattern[str] | None,
    ) -> None:  # fmt: skip
        """Assert the row of a room type shows its count (if approved), capacity and weekday and weekend rates."""
        any_text = re.compile(r"\S")
        expect(self.row(room_name).get_by_role("cell"), room_name).to_have_text(
            [
                re.compile(rf"\b{count}\b") if count is not None else any_text,
                re.compile(rf"\b{max_guests}\b"),
                weekday,
                weekend or any_text,
            ]
        )
