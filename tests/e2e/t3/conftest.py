"""Fixtures for the customer-service tests: a complaint filed by a guest, and staff browsers."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from scenarios.send_feedback import send_feedback
from support.data import TestData
from support.guest_data import Feedback, feedback
from support.profile import Profile


@pytest.fixture
def complaint(data: TestData) -> Feedback:
    """A complaint from this test's guest, about a stay."""
    return feedback(data, "complaint")


@pytest.fixture
def case_number(page: Page, profile: Profile, site_lang: str, complaint: Feedback) -> str:
    """The case number of the complaint, filed through the contact form."""
    acknowledgement = send_feedback(page, profile, site_lang, complaint)
    return acknowledgement.case_number.inner_text().strip()


@pytest.fixture
def staff_page(new_context) -> Page:
    """A browser of its own for the staff side, so guest and staff sessions never mix."""
    return new_context().new_page()
