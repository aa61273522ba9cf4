"""The cancellation and refund policy (P1.3.4): the refund schedules and the terms around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from playwright.sync_api import Locator, Page

from pages.lanwan.components.summary import Summary
from pages.text import exactly

SCHEDULES = {
    "deposit": exactly("預付訂金的訂房", "Bookings with a deposit"),
    "full": exactly("全額預付的訂房", "Bookings paid in full"),
}
_OR_MORE = re.compile(r"(\d+)\s*(?:日（含）以前|or more days)")
_RANGE = re.compile(r"(\d+)\s*[–-]\s*(\d+)\s*(?:日|days)")
_SINGLE = re.compile(r"(\d+)\s*(?:日$|day before)")
_SAME_DAY = re.compile(r"當日|check-in day")
_PERCENT = re.compile(r"(\d+)\s*%")


@dataclass(frozen=True)
class PublishedBand:
    """A row of a published refund table: notice from `low` to `high` days before check-in, `percent` back."""

    low: int
    high: int | None  # None: and any number of days more
    percent: int


class CancellationPolicyPage:
    """The page that states how cancellations are refunded."""

    PATH = "cancellation"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("取消與退款政策", "Cancellation and refunds"))
        self.main = page.get_by_role("main")
        self.force_majeure = self.main.get_by_role("region", name=exactly("不可抗力", "Force majeure"))
        self.force_majeure_full_refund = self.force_majeure.filter(has_text=re.compile("全額退還|refund everything"))
        self.how_to_cancel = self.main.get_by_role("region", name=exactly("如何取消", "How to cancel"))
        self.how_to_cancel_links = self.how_to_cancel.get_by_role("link")
        refunds = Summary(
            self.main.get_by_role("region", name=exactly("退款期限與方式", "When and how refunds are paid"))
        )
        self.refund_period = refunds.value(exactly("退款期限", "Refund period"))
        self.rounding = refunds.value(exactly("金額計算", "Rounding"))
        self.rounding_half_up = self.rounding.filter(has_text=re.compile("四捨五入|halves up"))

    def open(self) -> CancellationPolicyPage:
        """Go to the cancellation policy."""
        self.page.goto(self.PATH)
        return self

    def schedule_rows(self, schedule: str) -> Locator:
        """The body rows of one refund table (`deposit` or `full`)."""
        table = self.main.get_by_role("region", name=SCHEDULES[schedule]).get_by_role("table")
        return table.get_by_role("row").filter(has=self.page.get_by_role("rowheader"))

    def published_bands(self, schedule: str) -> list[PublishedBand]:
        """The refund table as published, read off the page, for comparing with the statutory one."""
        rows = self.schedule_rows(schedule)
        rows.first.wait_for()
        headers = rows.get_by_role("rowheader").all_inner_texts()
        cells = rows.get_by_role("cell").all_inner_texts()
        return [_band(header, cell) for header, cell in zip(headers, cells, strict=True)]


def _band(header: str, cell: str) -> PublishedBand:
    percent = int(_PERCENT.search(cell).group(1)) if _PERCENT.search(cell) else -1
    if match := _OR_MORE.search(header):
        return PublishedBand(int(match.group(1)), None, percent)
    if match := _RANGE.search(header):
        return PublishedBand(int(match.group(1)), int(match.group(2)), percent)
    if _SAME_DAY.search(header):
        return PublishedBand(0, 0, percent)
    if match := _SINGLE.search(header):
        return PublishedBand(int(match.group(1)), int(match.group(1)), percent)
    raise ValueError(f"cannot read the notice period in {header!r}")
