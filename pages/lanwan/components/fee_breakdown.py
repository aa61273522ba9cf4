"""The fee breakdown table: one row per fee with its amount, and the total."""

from __future__ import annotations

import re
from decimal import Decimal

from playwright.sync_api import Locator, expect

from pages.text import starting
from support.money import MoneyFormat

FEE_ROWS = {
    "room": starting("房價", "Room"),
    "service_charge": starting("服務費", "Service charge"),
    "handling_fee": starting("付款手續費", "Payment handling fee"),
}
TOTAL_ROW = starting("應付總額", "Total to pay")


def row_name(kind: str, name: str | None = None) -> re.Pattern[str]:
    """A fee row's accessible name: by its kind, or for an add-on, containing the add-on's name."""
    return re.compile(re.escape(name)) if kind == "addon" else FEE_ROWS[kind]


class FeeBreakdown:
    """A fee table inside `root` (the review page, the confirmation, an email)."""

    def __init__(self, root: Locator) -> None:
        self.root = root
        page = root.page  # filter(has=…) takes locators relative to the element filtered, built from the page
        self.table = root.get_by_role("table").filter(has=page.get_by_role("rowheader", name=TOTAL_ROW))
        self.total = self.table.get_by_role("row", name=TOTAL_ROW).get_by_role("cell")
        self.lines = (
            self.table.get_by_role("row")
            .filter(has=page.get_by_role("rowheader"))
            .filter(has_not=page.get_by_role("rowheader", name=TOTAL_ROW))
        )
        self.labels = self.lines.get_by_role("rowheader")

    def amount(self, kind: str, name: str | None = None) -> Locator:
        """The amount cell of one fee: room, addon (by its name), service_charge or handling_fee."""
        return self.table.get_by_role("row", name=row_name(kind, name)).get_by_role("cell")

    def line_amounts(self, money: MoneyFormat) -> list[Decimal]:
        """Every fee line's amount, read off the page, for checks that reconcile them."""
        return [money.parse(text) for text in self.lines.get_by_role("cell").all_inner_texts()]

    def expect_lines(self, lines: list[tuple[str, str | None]]) -> None:
        """Assert the table lists exactly these fees (kind, add-on name), each once, and nothing else.

        The order is the site's to choose (this one lists transfers after the service charge).
        """
        expect(self.labels, f"fee lines should be {lines}").to_have_count(len(lines))
        for line in lines:
            expect(self.labels.filter(has_text=row_name(*line)), f"fee line {line}").to_have_count(1)
