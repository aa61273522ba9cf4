"""Report readability and history: titles from docstrings, parameters that are the same every run.

Operators read titles, not function names: "The fee lines add up to the total shown, and that
total is the oracle's price [deluxe-twin-atm-breakfast]".

Allure follows a test from run to run (history, trends, flaky marks, merged shards) by a hash of
its parameters' values. A value whose repr holds a memory address (a plain function, an object
without a repr) hashes differently every run, so each run would show that test as new: such a
parameter is a collection error that names it. Give it a repr (a dataclass, a string, or
`support.data.variation` for a function).
"""

from __future__ import annotations

import re

import allure
import pytest

from support.data import Variation

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def pytest_make_parametrize_id(val: object) -> str | None:
    """A variation's name is its test ID too, where the test does not give one."""
    return val.name if isinstance(val, Variation) else None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    unstable = [
        f"{item.nodeid}: {name} = {value!r}"
        for item in items
        for name, value in getattr(getattr(item, "callspec", None), "params", {}).items()
        if _ADDRESS.search(repr(value))
    ]
    if unstable:
        raise pytest.UsageError(
            "these parameters change their value every run, so the report's history cannot follow their tests; "
            "give them a repr:\n  " + "\n  ".join(unstable)
        )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    title = _title(item)
    if title:
        allure.dynamic.title(title)


def _title(item: pytest.Item) -> str | None:
    doc = getattr(getattr(item, "obj", None), "__doc__", None)
    if not doc or not doc.strip():
        return None
    first_line = doc.strip().splitlines()[0].strip()
    callspec = getattr(item, "callspec", None)
    return f"{first_line} [{callspec.id}]" if callspec else first_line
