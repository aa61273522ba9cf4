"""What a page-object pack exports, and what scenarios and tests may ask of its pages.

A pack is one module (a package) that exports a class for every name in `PAGES`, each built as
`Page(page: playwright Page)`. Pages that can be opened directly have `open()` returning self
(paths relative to the base URL, never absolute); navigation returns the next page object.
Attributes named here are Playwright `Locator`s unless a type says otherwise, and class-level
`re.Pattern` attributes in CAPITALS are the site's wording a test looks for (the pack's copy, in
every language the site speaks). The Protocols below are the contract in code; a pack passes
when the suite's own tests pass through it.

Writing a pack for a new site: copy `pages/lanwan/`, keep every class name and public
attribute, and change the locators and wording to the site's markup. Values that come from the
profile (room, add-on, method and product names) are handed in by the scenarios as strings.
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import Protocol

from playwright.sync_api import Locator, Page

PAGES = (
    # every page: navigation, footer, crawler's reads
    "AnyPage", "HomePage", "RoomsPage", "AboutPage", "LegalPage", "PaymentOptionsPage",
    # booking, review, confirmation, mail (P1.3, P1.4.4)
    "FeeStatementPage", "BookingFormPage", "BookingReviewPage", "BookingConfirmationPage", "BookingEmailPage",
    "StayInfoPage", "CancellationPolicyPage",
    # looking a booking up and cancelling it
    "ManageLookupPage", "ManagedBookingPage", "CancellationPreviewPage", "CancellationEmailPage",
    # contact and feedback (P1.4.1–P1.4.3)
    "ServiceStandardsPage", "ContactPage", "FeedbackAcknowledgementPage", "FeedbackEmailPage",
    # shop (P1.4.4)
    "ShopPage", "ProductPage", "CartPage", "CheckoutPage", "OrderReviewPage", "OrderConfirmationPage",
    "OrderEmailPage",
    # back office (T3)
    "AdminLoginPage", "AdminCaseListPage", "AdminCasePage",
)  # fmt: skip


def missing_pages(pack: ModuleType) -> list[str]:
    """The page classes `pack` does not export."""
    return [name for name in PAGES if not isinstance(getattr(pack, name, None), type)]


class FeeTable(Protocol):
    """A fee table (review, confirmation, email): one line per fee and the total."""

    total: Locator
    lines: Locator

    def amount(self, kind: str, name: str | None = None) -> Locator:
        """The amount of one fee: kind room, addon (by its name), service_charge or handling_fee."""
        ...

    def expect_lines(self, lines: list[tuple[str, str | None]]) -> None:
        """Assert the table lists exactly these fees (kind, add-on name), in this order."""
        ...


class PaymentTerms(Protocol):
    """How and by when the stay is paid: plan, prepayment and its deadline, balance, final date, hold."""

    plan: Locator
    prepay: Locator
    prepay_by: Locator
    balance: Locator
    payment_code: Locator

    def prepay_deadline(self) -> Locator:
        """The prepayment deadline, whose `datetime` attribute is the ISO date and time."""
        ...


class BookingForm(Protocol):
    """The form a guest fills in to book (it may span several steps)."""

    heading: Locator
    room_type: Locator
    payment_choices: Locator
    alerts: Locator
    live_total: Locator

    def open(self) -> BookingForm: ...
    def payment_option(self, name: str) -> Locator: ...
    def field(self, name: str) -> Locator:
        """A field by its role in the form: check_in, check_out, rooms, guests, guest_name, email, phone, ..."""
        ...


class BookingReview(Protocol):
    """The last screen before the booking is final (P1.3.2)."""

    heading: Locator
    fees: FeeTable
    payment: PaymentTerms
    services: Locator
    contact_phone: Locator
    accept_terms: Locator
    confirm_button: Locator
    MUST_ACCEPT: re.Pattern[str]


class Navigator(Protocol):
    """What every page object is built from."""

    def __init__(self, page: Page) -> None: ...
