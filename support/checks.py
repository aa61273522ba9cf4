"""Checks that cannot pass vacuously: a loop over nothing is a failure, not a pass."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NoReturn, TypeVar

import pytest

from support import findings

T = TypeVar("T")


def each(items: Iterable[T], what: str) -> list[T]:
    """`items` as a list to check one by one; a failure naming `what` when there is nothing to check."""
    found = list(items)
    if not found:
        raise AssertionError(findings.say("nothing-to-compare", what=what))
    return found


def not_applicable(what: str) -> NoReturn:
    """End the test as not applicable: the property has no `what` for it to check (never a pass)."""
    pytest.skip(findings.say("not-in-profile", what=what))
