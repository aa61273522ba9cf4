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
    # P1.1, P1.2 and T2: approved facts on every page, navigation, payment options, images
    Defect("licence-missing-on-rooms", "P1.1.3", "The rooms page footer drops the hotel licence number."),
    Defect(
        "privacy-notice-incomplete", "P1.1.4", "The privacy notice leaves out the person's rights (PDPA §8 item 5)."
    ),
    Defect(
        "home-price-stale", "P1.1.5", "The home page advertises the Standard Double from NT$2,980, not the tariff's."
    ),
    Defect("footer-link-404", "P1.2.1", "The footer's disclaimer link points to a page that does not exist."),
    Defect("terms-without-navigation", "P1.2.1", "The booking terms page has no main navigation."),
    Defect(
        "payment-options-omit-line-pay", "P1.2.2", "The payment options page omits LINE Pay, which checkout offers."
    ),
    Defect("image-without-alt", "P2.2.1", "The home page's hero image has no alt text."),
    Defect("unapproved-image", "P2.2.3", "The home page shows a stock photo that is not in the approved media list."),
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
