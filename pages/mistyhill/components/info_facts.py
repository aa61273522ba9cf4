"""A fact table (`<th scope=row>` label, `<td>` value), the way Misty Hill's pages state single facts."""

from __future__ import annotations

import re

from playwright.sync_api import Locator


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


def section(root: Locator, name: str | re.Pattern[str]) -> Locator:
    """A titled part of a page (a `<section>` named by its heading): the page's way of grouping facts."""
    return root.get_by_role("region", name=name)
