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
    Defect(
        "english-policy-stale",
        "P1.3.4",
        "Only the English cancellation policy still refunds 60 % (last year's table) 10–13 days before, not 70 %.",
    ),
    Defect("deposit-40-percent", "P1.3.2", "Deposits are 40% of the room price, over the 30% ceiling."),
    Defect(
        "no-after-stay-link", "P1.3.3", "The confirmation page and email lose the link to the after-stay information."
    ),
    Defect("stay-info-wrong-check-out", "P1.3.3", "The after-stay information gives check-out as 12:00, not 11:00."),
    Defect("refund-10-13-days-60", "P1.3.4", "Deposits cancelled 10–13 days ahead refund 60%, not 70%."),
    Defect("cancel-email-no-amount", "P1.3.4", "The cancellation email does not say how much is refunded."),
    Defect("cancel-keeps-rooms", "P1.3.4", "Cancelled nights are not given back to inventory."),
    Defect(
        "review-no-cancellation-terms",
        "P1.3.4",
        "The review page before confirmation loses the link to the cancellation and refund policy.",
    ),
    Defect("cvs-over-limit", "P1.2.2", "The store payment code is offered above its NT$6,000 ceiling."),
    # Issue 13: bugs that only data at a boundary shows
    Defect(
        "refund-truncates",
        "P1.3.4",
        "Refunds are truncated to the dollar instead of rounded half up (70% of NT$1,677 refunds NT$1,173).",
    ),
    Defect(
        "cvs-ceiling-off-by-one",
        "P1.2.2",
        "The store payment code is refused for a total of exactly its NT$6,000 ceiling (`<` for 'at most').",
    ),
    Defect(
        "last-bookable-day-refused",
        "P1.3.2",
        "A check-in on the last bookable day (364 days ahead) is refused as too far: the horizon is a day short.",
    ),
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
        "manage-page-broken-link",
        "P1.2.1",
        "The looked-up booking's link to the cancellation policy points to a page that does not exist.",
    ),
    Defect(
        "licence-missing-behind-forms",
        "P1.1.3",
        "The footer of the pages reached through a form (confirmations, the looked-up booking) drops the licence.",
    ),
    Defect(
        "payment-options-omit-line-pay", "P1.2.2", "The payment options page omits LINE Pay, which checkout offers."
    ),
    Defect("image-without-alt", "P2.2.1", "The home page's hero image has no alt text."),
    Defect("unapproved-image", "P2.2.3", "The home page shows a stock photo that is not in the approved media list."),
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
    Defect(
        "confirmation-no-reference",
        "P1.4.4",
        "The booking confirmation page and acknowledgement email give no booking reference.",
    ),
    # Issue 13: what a guest typed comes back whole and as text
    Defect(
        "feedback-message-cut-at-200",
        "P1.4.2",
        "A contact-form message is stored cut after 200 characters, so staff read it cut short.",
    ),
    Defect(
        "staff-case-view-unescaped",
        "P3.1.2",
        "The back office's case page renders the guest's name and message as HTML, so markup in them runs.",
    ),
    # One click, one booking (issue 13): what the guest confirms twice is processed once
    Defect(
        "confirm-token-not-spent",
        "P1.4.4",
        "Confirming a booking does not spend its review: confirming it again (Back, a second tab) books again.",
    ),
    Defect(
        "order-token-not-spent",
        "P1.4.4",
        "Placing an order does not spend its review: placing it again (Back, a second tab) orders again.",
    ),
    Defect(
        "feedback-token-not-spent",
        "P1.4.3",
        "The contact form's token is never spent: the same message sent again opens a second case and email.",
    ),
    Defect(
        "cancellation-repeated",
        "P1.3.4",
        "Cancelling a booking already cancelled cancels it again: a second cancellation email, rooms freed twice.",
    ),
    # T3: handling complaints in the back office
    Defect("decision-never-mailed", "P3.1.6", "The supervisor's decision is recorded but never emailed to the guest."),
    Defect("history-editable", "P3.1.5", "Case history entries can be edited after the fact."),
    Defect("agent-can-decide", "P3.2.2", "Agents can take the supervisor's decision themselves."),
    Defect("referral-drops-document", "P3.2.3", "A referral's attached document is not kept."),
    Defect("case-list-no-deadline", "P3.1.3", "The back office no longer shows cases' 15-day handling deadline."),
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
