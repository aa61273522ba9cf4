"""Fixtures the requirement tests share: the oracle's view of a stay, and a guest who books."""

from __future__ import annotations

import pytest

from support.data import Guest, TestData


@pytest.fixture
def guest(data: TestData) -> Guest:
    """A guest with a mailbox address only this test reads."""
    return data.guest()
