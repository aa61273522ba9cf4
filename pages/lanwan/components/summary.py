"""A summary list (`<dl>`): each value found by the term that labels it."""

from __future__ import annotations

import re

from playwright.sync_api import Locator


class Summary:
    """The terms and values of a description list inside `root`."""

    def __init__(self, root: Locator) -> None:
        self.root = root

    def value(self, term: str | re.Pattern[str]) -> Locator:
        """The value labelled by `term` (the `<dd>` names its `<dt>` with aria-labelledby)."""
        return self.root.get_by_label(term)

    def date(self, term: str | re.Pattern[str]) -> Locator:
        """The machine-readable `<time>` inside the value labelled by `term`."""
        return self.value(term).get_by_role("time")
