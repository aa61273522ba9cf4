"""Report readability: each test's Allure title is the behaviour its docstring states.

Operators read titles, not function names: "The fee lines add up to the total shown, and that
total is the oracle's price [deluxe-twin-atm-breakfast]".
"""

from __future__ import annotations

import allure
import pytest


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
