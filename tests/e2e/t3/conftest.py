"""Fixtures for the customer-service tests: a complaint filed by a guest (staff browsers: tests/e2e/conftest.py)."""

from __future__ import annotations

import pytest

from scenarios.send_feedback import send_feedback
from scenarios.visit import Visit
from support.checks import not_applicable
from support.data import TestData
from support.guest_data import Feedback, feedback


@pytest.fixture
def complaint(data: TestData, visit: Visit) -> Feedback:
    """A complaint from this test's guest, about a stay."""
    category = visit.profile.service_standards.complaint
    if category is None:
        not_applicable("kind of feedback for complaints")
    return feedback(data, category.code)


@pytest.fixture
def case_number(visit: Visit, complaint: Feedback) -> str:
    """The case number of the complaint, filed through the contact form."""
    return send_feedback(visit, complaint).case_reference()
