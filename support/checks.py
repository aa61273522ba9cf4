"""Checks that refuse to pass over nothing, and the count of comparisons a test made.

`each(profile.room_types, "room types")` is the list to loop over, or a failure saying the
profile has none: a loop over nothing would otherwise pass having checked nothing.
`not_applicable("pay-later payment methods")` ends a test the property gives nothing to check:
reported *not applicable*, like a feature the property does not offer, never as passed.

The verdicts plugin (support/plugins/verdicts.py) counts every passing comparison (Playwright
`expect(...)` assertions and plain `assert`s) with `count_comparison`, and fails a requirement
test that would pass having made none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NoReturn, TypeVar

import pytest

from support import findings

T = TypeVar("T")
_comparisons = {"count": 0}


def each(items: Iterable[T], what: str) -> list[T]:
    """The items as a list; an AssertionError saying there is nothing to compare when there are none."""
    listed = list(items)
    if not listed:
        raise findings.Finding(findings.say("nothing-to-compare", what=findings.thing(what)))
    return listed


def count_comparison() -> None:
    """Record one passing comparison of the running test."""
    _comparisons["count"] += 1


def comparisons() -> int:
    """How many comparisons passed since the last `reset_comparisons`."""
    return _comparisons["count"]


def reset_comparisons() -> None:
    """Start counting the comparisons of a new test."""
    _comparisons["count"] = 0


class NotApplicable(pytest.skip.Exception):
    """The test has nothing to check on this property (no pay-later method, no published room count)."""

    def __init__(self, what: str) -> None:
        super().__init__(findings.say("not-in-profile", what=findings.thing(what)))
        self.what = what


def not_applicable(what: str) -> NoReturn:
    """End the test as not applicable: the property has no `what` for it to check (never a pass)."""
    raise NotApplicable(what)
