"""A published refund table read as numbers, the same for every pack: only the wording of its rows differs.

A pack names, as patterns in its site's languages, how a row header states the notice
("10 days or more", "7–9 days", "1 day before", "the check-in day"); `read_bands` turns the rows
into `PublishedBand`s for the cancellation policy check to compare with the statutory schedule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PERCENT = re.compile(r"(\d+)\s*%")


@dataclass(frozen=True)
class PublishedBand:
    """A row of a published refund table: notice from `low` to `high` days before check-in, `percent` back."""

    low: int
    high: int | None  # None: and any number of days more
    percent: int


@dataclass(frozen=True)
class NoticeWording:
    """How a site's row headers state the notice: `N or more`, `N–M`, the same day, one day `N`."""

    or_more: re.Pattern[str]
    range: re.Pattern[str]
    same_day: re.Pattern[str]
    single: re.Pattern[str]


def read_bands(wording: NoticeWording, headers: list[str], cells: list[str]) -> list[PublishedBand]:
    """Each row (its header and its refund cell) as a band; a header in no known shape is an error, not a guess."""
    return [_band(wording, header, cell) for header, cell in zip(headers, cells, strict=True)]


def _band(wording: NoticeWording, header: str, cell: str) -> PublishedBand:
    percent = int(match.group(1)) if (match := PERCENT.search(cell)) else -1
    if match := wording.or_more.search(header):
        return PublishedBand(int(match.group(1)), None, percent)
    if match := wording.range.search(header):
        return PublishedBand(int(match.group(1)), int(match.group(2)), percent)
    if wording.same_day.search(header):
        return PublishedBand(0, 0, percent)
    if match := wording.single.search(header):
        return PublishedBand(int(match.group(1)), int(match.group(1)), percent)
    raise ValueError(f"cannot read the notice period in {header!r}")
