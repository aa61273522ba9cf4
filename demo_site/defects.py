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
    # P1.3: fees, the pre-confirmation summary, after-stay information, cancellation and refunds
    Defect("fees-no-transfer", "P1.3.1", "The fee statement leaves out the pick-up transfer fees."),
    Defect("fees-stale-dinner", "P1.3.1", "The fee statement shows last year's dinner price (NT$780, not NT$880)."),
    Defect("review-breakfast-mispriced", "P1.3.2", "Breakfast is priced at NT$350 a person, not the tariff's NT$380."),
    Defect("hold-date-late", "P1.3.2", "Pay-later deadlines and room hold dates come a day late."),
    Defect("hold-date-missing", "P1.3.2", "The review page no longer shows the room hold date."),
    Defect("deposit-40-percent", "P1.3.2", "Deposits are 40% of the room price, over the 30% ceiling."),
    Defect(
        "no-after-stay-link", "P1.3.3", "The confirmation page and email lose the link to the after-stay information."
    ),
    Defect("stay-info-wrong-check-out", "P1.3.3", "The after-stay information gives check-out as 12:00, not 11:00."),
    Defect("refund-10-13-days-60", "P1.3.4", "Deposits cancelled 10–13 days ahead refund 60%, not 70%."),
    Defect("cancel-email-no-amount", "P1.3.4", "The cancellation email does not say how much is refunded."),
    Defect("cancel-keeps-rooms", "P1.3.4", "Cancelled nights are not given back to inventory."),
    Defect("cvs-over-limit", "P1.2.2", "The store payment code is offered above its NT$6,000 ceiling."),
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
