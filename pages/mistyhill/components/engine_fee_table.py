"""The fee table of the booking engine (review, confirmation, guest's booking, email): one row per fee, the total."""

from __future__ import annotations

import re
from decimal import Decimal

from playwright.sync_api import Locator, expect

from pages.text import exactly, starting
from support.money import MoneyFormat

CAPTION = exactly("費用明細", "料金明細")
ROOM_ROW = starting("房價", "宿泊料金")
TOTAL_ROW = starting("總金額", "合計")


def row_name(kind: str, name: str | None = None) -> re.Pattern[str]:
    """A fee row's header: the room line by its lead word, an add-on by its name (this site has no other fees)."""
    if kind == "room":
        return ROOM_ROW
    if kind == "addon" and name:
        return starting(name)
    return re.compile(r"(?!)")  # service charge, handling fee: this site charges none, so no row may match


class EngineFeeTable:
    """The fee table inside `root`, found by its caption."""

    def __init__(self, root: Locator) -> None:
        page = root.page
        self.table = root.get_by_role("table", name=CAPTION)
        self.total = (
            self.table.get_by_role("row").filter(has=page.get_by_role("rowheader", name=TOTAL_ROW)).get_by_role("cell")
        )
        self.lines = (
            self.table.get_by_role("row")
            .filter(has=page.get_by_role("rowheader"))
            .filter(has_not=page.get_by_role("rowheader", name=TOTAL_ROW))
        )
        self.labels = self.lines.get_by_role("rowheader")

    def amount(self, kind: str, name: str | None = None) -> Locator:
        """The amount cell of one fee: room, or addon by its name."""
        header = self.table.page.get_by_role("rowheader", name=row_name(kind, name))
        return self.lines.filter(has=header).get_by_role("cell")

    def line_amounts(self, money: MoneyFormat) -> list[Decimal]:
        """Every fee line's amount as the page shows it (read once the table is there)."""
        expect(self.total).to_be_visible()
        return [money.parse(text) for text in self.lines.get_by_role("cell").all_inner_texts()]

    def expect_lines(self, lines: list[tuple[str, str | None]]) -> None:
        """Exactly these fees (kind, add-on name), each once, and no other line."""
        expect(self.labels, f"fee lines should be {lines}").to_have_count(len(lines))
        for line in lines:
            expect(self.labels.filter(has_text=row_name(*line)), f"fee line {line}").to_have_count(1)
