"""Test data for the contact form and the shop: feedback messages and delivery addresses from the test's Faker.

Built on `TestData` (support/data.py), so they follow the test's seed and its mailbox address.
"""

from __future__ import annotations

from dataclasses import dataclass

from support.data import TestData


@dataclass(frozen=True)
class Feedback:
    """A message a guest sends through the contact form."""

    category: str
    name: str
    email: str
    message: str
    phone: str = ""
    booking_reference: str = ""


def feedback(data: TestData, category: str, booking_reference: str = "") -> Feedback:
    """A message of `category` from a realistic guest, to this test's mailbox."""
    guest = data.guest()
    return Feedback(
        category=category,
        name=guest.name,
        email=guest.email,
        message=data.faker.paragraph(nb_sentences=3),
        phone=guest.phone,
        booking_reference=booking_reference,
    )


def street_address(data: TestData) -> str:
    """A street address line in the test's language (the postcode is chosen by the test)."""
    return data.faker.street_address()
