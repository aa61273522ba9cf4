"""Defect switches: each breaks one requirement on purpose, the way a careless release would.

`python -m demo_site --defect NAME` turns one on. The suite's `tests/meta/` starts the site
with each switch and proves that a test carrying the broken requirement's ID fails.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Defect:
    """One switch: its name, the requirement ID it breaks and what it does."""

    name: str
    requirement: str
    description: str


DEFECTS: tuple[Defect, ...] = (
    Defect(
        "review-no-contact-phone",
        "P1.3.2",
        "The review page before confirmation no longer shows the service contact phone.",
    ),
    Defect(
        "no-booking-email",
        "P1.4.4",
        "The booking acknowledgement email is never sent.",
    ),
    # P1.4 (issue 4): service standards, contact channels, feedback acknowledgement, shop orders
    Defect(
        "standards-unlinked-from-product-pages",
        "P1.4.1",
        "Product pages lose the footer link to the service standards.",
    ),
    Defect(
        "line-link-to-wrong-account",
        "P1.4.2",
        "The contact page's LINE link opens another LINE account than the hotel's official one.",
    ),
    Defect(
        "consent-pre-ticked",
        "P1.4.2",
        "The contact form's personal-data consent box is ticked before the guest ticks it.",
    ),
    Defect(
        "no-complaint-email",
        "P1.4.3",
        "Complaints get no acknowledgement email (other feedback still does).",
    ),
    Defect(
        "acknowledgement-without-case-number",
        "P1.4.3",
        "The acknowledgement screen after sending feedback gives no case number.",
    ),
    Defect(
        "reply-date-past-the-standard",
        "P1.4.3",
        "The acknowledgement promises a reply 20 days out, past the service standard and the law's 15 days.",
    ),
    Defect(
        "perishables-without-withdrawal-exclusion",
        "P1.4.4",
        "Chilled and frozen food pages state the 7-day withdrawal right instead of saying it does not apply.",
    ),
    Defect(
        "frozen-offered-store-pickup",
        "P1.4.4",
        "Frozen food is offered 7-ELEVEN store pickup, an ambient-only mode.",
    ),
    Defect(
        "wrong-carrier-on-confirmation",
        "P1.4.4",
        "The order confirmation page names another carrier than the one chosen.",
    ),
    Defect(
        "delivery-fee-not-in-total",
        "P1.4.4",
        "The delivery fee is listed but left out of the order total.",
    ),
    Defect(
        "tax-id-checksum-ignored",
        "P1.4.4",
        "A company tax ID of eight digits is accepted without checking its checksum.",
    ),
)

BY_NAME = {defect.name: defect for defect in DEFECTS}


def validate(names: list[str]) -> frozenset[str]:
    """The switches asked for, or ValueError naming the unknown ones."""
    unknown = sorted(set(names) - BY_NAME.keys())
    if unknown:
        raise ValueError(f"unknown defect switch: {', '.join(unknown)} (see --list-defects)")
    return frozenset(names)


def listing() -> str:
    """One line per switch: name, tab, requirement ID, tab, what it does."""
    return "\n".join(f"{d.name}\t{d.requirement}\t{d.description}" for d in DEFECTS)
