"""The fee breakdown table: one row per fee with its NT$ amount, and the total."""

from __future__ import annotations

from decimal import Decimal

from playwright.sync_api import Locator, expect

from pages.text import starting
from support import money

FEE_ROWS = {
    "room": starting("房價", "Room"),
    "breakfast": starting("早餐", "Breakfast"),
    "dinner": starting("晚餐", "Dinner"),
    "transfer": starting("接送", "Transfer"),
    "service_charge": starting("服務費", "Service charge"),
    "handling_fee": starting("付款手續費", "Payment handling fee"),
}
TOTAL_ROW = starting("應付總額", "Total to pay")


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

    def amount(self, kind: str) -> Locator:
        """The amount cell of the fee of this kind (room, breakfast, service_charge, handling_fee)."""
        return self.table.get_by_role("row", name=FEE_ROWS[kind]).get_by_role("cell")

    def line_amounts(self) -> list[Decimal]:
        """Every fee line's amount, read off the page, for checks that reconcile them."""
        return [money.parse(text) for text in self.lines.get_by_role("cell").all_inner_texts()]

    def expect_kinds(self, kinds: list[str]) -> None:
        """Assert the table lists exactly these kinds of fee, in this order, and nothing else."""
        expect(self.labels, f"fee lines should be {kinds}").to_have_text([FEE_ROWS[kind] for kind in kinds])
