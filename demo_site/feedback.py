"""The contact form's rules and the cases it opens: every field checked, then a case with a number and a due date.

Errors are message keys so the page shows them in the guest's language. Bad input never
reaches the database; a valid message becomes one stored case.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from demo_site.booking_form import FieldError, _email, _phone, _required  # the booking form's own checks
from demo_site.bookings import REFERENCE
from demo_site.db import FeedbackCase
from demo_site.service import ServiceStandards

FIELDS = ("category", "booking_reference", "name", "email", "phone", "message", "consent")
MAX_MESSAGE = 2000
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class Feedback:
    """A contact-form message that passed every check."""

    category: str
    booking_reference: str | None
    name: str
    email: str
    phone: str | None
    message: str


def raw_values(form: Mapping[str, str]) -> dict[str, str]:
    """The form's fields as typed, trimmed, so a re-shown form loses nothing."""
    return {name: str(form.get(name, "")).strip() for name in FIELDS}


def validate(values: Mapping[str, str], standards: ServiceStandards) -> tuple[Feedback | None, dict[str, FieldError]]:
    """The checked message, or the errors by field name."""
    errors: dict[str, FieldError] = {}
    category = _category(values, standards, errors)
    reference = _booking_reference(values, standards, category, errors)
    name = _required(values, "name", errors, max_length=100)
    email = _email(values, errors)
    phone = _phone(values, errors) if values.get("phone") else None
    message = _required(values, "message", errors, max_length=MAX_MESSAGE)
    if values.get("consent") != "on":
        errors["consent"] = FieldError("error.consent_required")
    if errors:
        return None, errors
    return Feedback(category, reference, name, email, phone, message), {}


def _category(values: Mapping[str, str], standards: ServiceStandards, errors: dict[str, FieldError]) -> str:
    code = values.get("category", "")
    if not code:
        errors["category"] = FieldError("error.required")
    elif code not in {category.code for category in standards.categories}:
        errors["category"] = FieldError("error.category_unknown")
    return code


def _booking_reference(
    values: Mapping[str, str], standards: ServiceStandards, category: str, errors: dict[str, FieldError]
) -> str | None:
    reference = values.get("booking_reference", "").upper()
    if not reference:
        if "category" not in errors and standards.category(category).needs_booking_reference:
            errors["booking_reference"] = FieldError("error.reference_required")
        return None
    if not REFERENCE.match(reference):
        errors["booking_reference"] = FieldError("error.reference_invalid")
    return reference


def new_case_number(now: datetime) -> str:
    """A case number that says the day it was opened and cannot be guessed: CS-261127-7K3M9Q."""
    return f"CS-{now:%y%m%d}-{''.join(secrets.choice(_ALPHABET) for _ in range(6))}"


def open_case(
    session: Session, feedback: Feedback, standards: ServiceStandards, now: datetime, lang: str
) -> FeedbackCase:
    """Store the message as a new case, due by the category's service standard."""
    case = FeedbackCase(
        case_number=new_case_number(now),
        category=feedback.category,
        booking_reference=feedback.booking_reference,
        name=feedback.name,
        email=feedback.email,
        phone=feedback.phone,
        message=feedback.message,
        reply_by=standards.category(feedback.category).reply_by(now.date()),
        lang=lang,
        created_at=now.replace(tzinfo=None),
    )
    session.add(case)
    return case


def find(session: Session, case_number: str) -> FeedbackCase | None:
    """The case with this number, if any."""
    return session.scalars(select(FeedbackCase).where(FeedbackCase.case_number == case_number)).first()
