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
