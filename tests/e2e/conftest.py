"""Fixtures the requirement tests share: the oracle's view of a stay, and a guest who books."""

from __future__ import annotations

import pytest

from support.data import Guest, TestData


@pytest.fixture
def guest(data: TestData) -> Guest:
    """A guest with a mailbox address only this test reads."""
    return data.guest()


@pytest.fixture(autouse=True)
def _record_environment(run_environment: dict[str, str]) -> None:
    """Every requirement test's run records what it checked (P1.1.1), once per session."""
