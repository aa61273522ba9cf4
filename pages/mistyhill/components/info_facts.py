"""A fact table (`<th scope=row>` label, `<td>` value), the way Misty Hill's pages state single facts."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from pages.text import exactly


class FactTable:
    """The rows of the tables inside `root`: each value found by the row header that labels it."""

    def __init__(self, root: Locator) -> None:
        self.root = root

    def row(self, label: str | re.Pattern[str]) -> Locator:
        """The row whose header is `label`."""
        return self.root.get_by_role("row").filter(has=self.root.page.get_by_role("rowheader", name=label))

    def value(self, label: str | re.Pattern[str]) -> Locator:
        """The first value cell of the row labelled `label`."""
        return self.row(label).get_by_role("cell").first

    def date(self, label: str | re.Pattern[str]) -> Locator:
        """The machine-readable `<time>` in the value labelled `label`."""
        return self.value(label).get_by_role("time")


def guest_rows(facts: FactTable) -> dict[str, Locator]:
    """Who booked and their special request, as the booking's facts repeat them (review, confirmation, email)."""
    return {"guest_name": facts.value(exactly("訂房人", "ご予約者")),
            "special_request": facts.value(exactly("特殊需求", "ご要望"))}  # fmt: skip


def section(root: Locator, name: str | re.Pattern[str]) -> Locator:
    """A titled part of a page (a `<section>` named by its heading): the page's way of grouping facts."""
    return root.get_by_role("region", name=name)
