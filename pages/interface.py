"""What a page-object pack exports, and what scenarios and tests may ask of its pages.

A pack is one module (a package) that exports a class for every name in `PAGES`, each built as
`Page(page: playwright.sync_api.Page)`. The Protocols below are the contract, one per page:
every public attribute and method the suite uses. Attributes are Playwright `Locator`s unless
typed otherwise; CAPITAL class attributes are the site's own wording a check looks for (a
`re.Pattern` in every language the site speaks, or a mapping of them). Paths are relative to the
base URL (`rooms`, never `/rooms`), so a site served under a path works.

Writing a pack for a new site: start from `pages/lanwan/` (plain server-rendered forms) or
`pages/mistyhill/` (a client-rendered wizard), keep every class name and public member named here,
and change locators and wording to the site's markup. Pages of a feature the property does not
offer (`PAGES_OF_FEATURE`: a shop, a back office, …) may be left out. What reading any page takes
(links, images, responses) is `pages.browsing.Browsing`, which a pack's `AnyPage` inherits.
Values from the profile (room, add-on, method, product and carrier names) are handed in by the
scenarios as strings in the site's language. Where the standard demands something the guest must
see (a booking reference, the cancellation terms, a link to the after-stay information), read it
through `pages.guest_sees`, so a site that lacks it fails with a plain sentence, not a timeout.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from playwright.sync_api import APIResponse, Locator, Page, Response

from support.money import MoneyFormat

PAGES = (
    # every page: navigation, footer, what the crawler reads
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
    "AdminLoginPage", "AdminCaseListPage", "AdminCasePage", "AdminBookingListPage",
)  # fmt: skip


# The pages only a property offering a feature has (support/features.yaml); a pack for a property
# without a shop, say, need not write the shop's pages.
PAGES_OF_FEATURE = {
    "manage-booking": ("ManageLookupPage",),
    "online-cancellation": ("ManagedBookingPage", "CancellationPreviewPage", "CancellationEmailPage"),
    "contact-form": ("ContactPage", "FeedbackAcknowledgementPage", "FeedbackEmailPage"),
    "shop": ("ShopPage", "ProductPage", "CartPage", "CheckoutPage", "OrderReviewPage", "OrderConfirmationPage",
             "OrderEmailPage"),
    "back-office": ("AdminLoginPage", "AdminCaseListPage", "AdminCasePage", "AdminBookingListPage"),
}  # fmt: skip


def needed_pages(features: Collection[str] | None = None) -> list[str]:
    """The pages a pack must export for a property offering `features` (None: every page)."""
    if features is None:
        return list(PAGES)
    optional = {name for feature, names in PAGES_OF_FEATURE.items() if feature not in features for name in names}
    return [name for name in PAGES if name not in optional]


def missing_pages(pack: ModuleType, features: Collection[str] | None = None) -> list[str]:
    """The page classes `pack` does not export, of those a property offering `features` needs."""
    return [name for name in needed_pages(features) if not isinstance(getattr(pack, name, None), type)]


# Regions several pages share


class ShowsGuestText(Protocol):
    """A page that shows (review, confirmation, email, back office) or takes (a form) text the guest typed.

    Field names are the profile's (`guest_text`: `guest_name`, `special_request`, `name`,
    `message`, `address`, `company_name`); a view need only know the fields the profile says it shows.
    """

    def guest_text(self, field: str) -> Locator:
        """Where this page shows, or takes, the guest's text of `field` (KeyError for a field it has not)."""


class TakesGuestText(ShowsGuestText, Protocol):
    """A form with fields of guest text, each refused beside it when over its limit."""

    TOO_LONG: re.Pattern[str]  # the message beside a field whose text is over its limit


class Footer(Protocol):
    """The footer every page carries: company details, legal and service links."""

    root: Locator
    copyright: Locator
    fee_statement: Locator
    service_standards: Locator

    def open_legal(self, notice: str) -> None:
        """Follow the link to a legal notice: privacy, terms, disclaimer or security."""

    def open_service_standards(self) -> ServiceStandardsPage:
        """Follow the link to the service standards."""


class FeeTable(Protocol):
    """A fee table (review, confirmation, email): one line per fee and the total."""

    total: Locator
    lines: Locator

    def amount(self, kind: str, name: str | None = None) -> Locator:
        """The amount of one fee: kind room, addon (by its name), service_charge or handling_fee."""

    def line_amounts(self, money: MoneyFormat) -> list[Decimal]:
        """Every line's amount as read off the page."""

    def expect_lines(self, lines: list[tuple[str, str | None]]) -> None:
        """Assert the table lists exactly these fees (kind, add-on name) and no other."""


class PaymentTerms(Protocol):
    """How and by when the stay is paid (the site's dates carry an ISO `datetime` attribute)."""

    PAYMENT_CODE: re.Pattern[str]
    plan: Locator
    prepay: Locator
    prepay_by: Locator
    prepay_on_confirm: Locator
    prepay_deadline: Locator
    balance: Locator
    final_payment_date: Locator
    hold_until: Locator
    payment_code: Locator


class OrderDetails(Protocol):
    """An order on its review, confirmation and email: items, delivery, invoice, total, withdrawal terms."""

    number: Locator
    item_names: Locator
    subtotal: Locator
    fee_line: Locator
    total: Locator
    mode: Locator
    carrier: Locator
    store: Locator
    address: Locator
    expected_on: Locator
    fee: Locator
    invoice: Locator
    withdrawal_right: Locator
    excluded_from_withdrawal: Locator

    def item(self, name: str) -> Locator:
        """The unit price, quantity and amount cells of one item."""


class DeliveryChoice(Protocol):
    """The delivery modes at checkout, each with its fee or why it is not offered."""

    WHY_NOT: Mapping[str, re.Pattern[str]]  # by the order oracle's refusal: temperature, voucher, weight, size
    STORE_MISSING: re.Pattern[str]

    def option(self, mode: str, carrier: str) -> Locator:
        """The choice of one mode and carrier."""

    def fee_stated(self, fee: str | None) -> re.Pattern[str]:
        """A description stating this fee as written by the site (None: free)."""

    def store(self, mode: str, carrier: str) -> Locator:
        """The pickup-store list of a store-pickup mode."""

    def choose(self, mode: str, carrier: str) -> None:
        """Pick the mode and carrier."""

    def choose_store(self, mode: str, carrier: str, store: str) -> None:
        """Pick the store to collect from."""


class InvoiceChoice(Protocol):
    """Where the e-invoice goes (mobile-barcode, citizen-certificate, donation, company) and its number."""

    SAYS_INVALID: re.Pattern[str]

    def number(self, kind: str) -> Locator:
        """The number field of one destination."""

    def choose(self, kind: str, number: str, company_name: str | None = None) -> None:
        """Send the invoice there, with its number."""

    def type_number(self, kind: str, number: str) -> None:
        """Type a number for a destination without choosing it."""


# Pages anyone can open


class AnyPage(Protocol):
    """Whichever page is open: what every page shares, and what the crawler reads."""

    page: Page
    main: Locator
    navigation: Any  # has `root`, the main navigation
    footer: Footer

    def open(self, url: str) -> AnyPage:
        """Go to `url` (absolute, or relative to the base URL)."""

    def visit(self, url: str) -> Response | None:
        """Go to `url` and return the response, for its status."""

    @staticmethod
    def same_page(url: str) -> str:
        """The address with whatever does not change the page (fragment, a language query) left out."""

    def open_fee_statement(self) -> FeeStatementPage:
        """Follow the footer's link to the fee statement."""

    def link_targets(self) -> list[str]:
        """The address of every link on the page."""

    def images(self) -> list[Any]:
        """Every image as loaded: objects with `src`, `alt` and `loaded`."""

    def fetch(self, url: str) -> tuple[int, str]:
        """The status and content type of `url`."""


class HomePage(AnyPage, Protocol):
    """The front page."""

    def open(self) -> HomePage:  # type: ignore[override]
        """Go to the home page."""

    def room_price(self, room_name: str) -> Locator:
        """The advertised "from" price of a room type."""

    def generator(self) -> str | None:
        """What the page says generated it, often the site's version."""


class RoomsPage(Protocol):
    """The room list."""

    total: Locator

    def open(self) -> RoomsPage:
        """Go to the room list."""

    def expect_room(
        self, room_name: str, count: int | None, max_guests: int, weekday: re.Pattern[str],
        weekend: re.Pattern[str] | None,
    ) -> None:  # fmt: skip
        """Assert a room type's row: its count (if approved), capacity and rates."""


class AboutPage(Protocol):
    """The company and property facts."""

    legal_name: Locator
    representative: Locator
    licence: Locator
    address: Locator
    phone: Locator
    email: Locator
    total_rooms: Locator
    facilities: Locator
    social: Locator

    def open(self) -> AboutPage:
        """Go to the about page."""

    def room_count(self, room_name: str) -> Locator:
        """How many rooms of a type the page states."""


class LegalPage(Protocol):
    """A legal notice reached from the footer."""

    PRIVACY_ELEMENTS: Mapping[str, re.Pattern[str]]  # the six items of PDPA §8, by name
    heading: Locator
    main: Locator

    def privacy_element(self, element: str) -> Locator:
        """The part of the privacy notice giving one of the six items."""


class PaymentOptionsPage(Protocol):
    """The list of payment options."""

    methods: Locator

    def open(self) -> PaymentOptionsPage:
        """Go to the payment options."""


class FeeStatementPage(Protocol):
    """The statement of every fee (P1.3.1)."""

    heading: Locator
    tax_included: Locator

    def open(self) -> FeeStatementPage:
        """Go to the fee statement."""

    def section(self, kind: str) -> Locator:
        """The section of one kind of fee: room, addons, handling_fees, service_charge, tax, deposit."""

    def room_rate(self, room_name: str, weekend: bool) -> Locator:
        """A room type's weekday or weekend rate."""

    def addon_price(self, name: str) -> Locator:
        """An add-on's price."""

    def handling_fee(self, method_name: str) -> Locator:
        """A payment method's handling fee."""

    def service_charge_rate(self) -> Locator:
        """The service charge percentage."""

    def tax_rate(self) -> Locator:
        """How business tax is treated."""


# Booking


class BookingFormPage(TakesGuestText, Protocol):
    """The booking form (it may span several steps of the site)."""

    SAYS: Mapping[str, re.Pattern[str]]  # what each field's error is about
    SOLD_OUT: re.Pattern[str]  # the room type's message when the last rooms were taken
    booked: bool  # False: confirming did not book
    heading: Locator
    room_type: Locator
    payment_choices: Locator
    live_total: Locator
    alerts: Locator
    nothing_booked: Locator

    def open(self) -> BookingFormPage:
        """Go to the empty form."""

    def fill_stay(self, check_in: date, check_out: date, rooms: int, guests: int) -> None:
        """Enter the dates, rooms and guests."""

    def choose_room_type(self, name: str) -> None:
        """Pick the room type."""

    def set_addon(self, name: str, per: str, count: int | None) -> None:
        """Add an add-on (priced per night, stay or trip; count: trips, 0 leaving them unanswered) or not (None)."""

    def fill_guest(self, name: str, email: str, phone: str) -> None:
        """Enter who books."""

    def choose_payment(self, name: str) -> None:
        """Pick the payment method."""

    def payment_option(self, name: str) -> Locator:
        """One payment method's choice (its description says why it is off, if it is)."""

    def field(self, name: str) -> Locator:
        """A field by its part: check_in, check_out, rooms, guests, guest_name, email, phone, trips."""

    def submit(self) -> None:
        """Send the form, wherever it leads."""

    def continue_to_review(self) -> BookingReviewPage:
        """Send the form, expecting the review."""


class BookingReviewPage(ShowsGuestText, Protocol):
    """The last screen before the booking is final (P1.3.2)."""

    MUST_ACCEPT: re.Pattern[str]
    page: Page
    heading: Locator
    check_in: Locator
    check_out: Locator
    nights: Locator
    room_type: Locator
    rooms: Locator
    guests: Locator
    fees: FeeTable
    payment: PaymentTerms
    services: Locator
    contact_phone: Locator
    terms_link: Locator
    accept_terms: Locator
    confirm_button: Locator

    def reached(self) -> BookingReviewPage:
        """The page once the guest sees it."""

    def accept_and_confirm(self) -> BookingConfirmationPage:
        """Tick the terms and confirm."""

    def accept_terms_and_press_confirm(self) -> None:
        """Tick the terms and press confirm, not waiting for the outcome."""

    def outcome(self) -> BookingConfirmationPage | BookingFormPage:
        """Where confirming led (its `booked` says which)."""

    def accept_and_confirm_twice(self) -> BookingConfirmationPage:
        """Tick the terms and double-click confirm."""

    def accept_and_confirm_in_new_tab(self) -> BookingConfirmationPage:
        """Confirm this same review from a second tab; this tab keeps showing the review."""

    def accept_and_confirm_expecting_refusal(self) -> BookingFormPage:
        """Confirm when the site should refuse."""

    def confirm_without_accepting(self) -> None:
        """Press confirm with the terms left as they are."""

    def open_fee_statement(self) -> FeeStatementPage:
        """Open the fee statement without losing the review."""

    def open_cancellation_policy(self) -> CancellationPolicyPage:
        """Open the cancellation terms without losing the review."""

    def tamper_with_review(self) -> None:
        """Alter what the review carries, as a guest with developer tools could."""


class BookingConfirmationPage(ShowsGuestText, Protocol):
    """Shown once the booking is made."""

    REFERENCE: re.Pattern[str]  # the site's booking reference format
    booked: bool  # True
    page: Page
    heading: Locator
    reference: Locator
    fees: FeeTable
    payment: PaymentTerms

    def reached(self) -> BookingConfirmationPage:
        """The page once the guest sees it."""

    def booking_reference(self) -> str:
        """The reference the guest is given."""

    def open_stay_info(self) -> StayInfoPage:
        """Follow the link to the after-stay information."""

    def reload(self) -> BookingConfirmationPage:
        """Reload the page (F5)."""

    def go_back(self) -> BookingReviewPage:
        """The browser's Back, to the review that was confirmed."""


class BookingEmailPage(ShowsGuestText, Protocol):
    """The acknowledgement email, shown in a browser page."""

    reference: Locator
    check_in: Locator
    fees: FeeTable
    payment: PaymentTerms

    @staticmethod
    def subject(reference: str) -> re.Pattern[str]:
        """The subject of the acknowledgement of this booking."""

    def show(self, html: str) -> BookingEmailPage:
        """Render the email's HTML."""

    def open_stay_info(self) -> StayInfoPage:
        """Follow the email's link to the after-stay information."""

    def open_manage_booking(self) -> ManagedBookingPage:
        """Follow the email's link to the guest's own booking (sites without a lookup form cancel this way)."""


class StayInfoPage(Protocol):
    """The after-stay information (P1.3.3)."""

    heading: Locator
    check_in: Locator
    check_out: Locator

    def open(self) -> StayInfoPage:
        """Go to the after-stay information."""

    def items(self, section: str) -> Locator:
        """The entries of one list of the profile's stay_info: amenities, transport, surroundings, notes."""


class CancellationPolicyPage(Protocol):
    """The cancellation and refund policy (P1.3.4)."""

    heading: Locator
    force_majeure_full_refund: Locator
    how_to_cancel: Locator
    how_to_cancel_links: Locator
    refund_period: Locator
    rounding_half_up: Locator

    def open(self) -> CancellationPolicyPage:
        """Go to the policy."""

    def published_bands(self, schedule: str) -> list[Any]:
        """A refund table as published (`deposit` or `full`): rows with `low`, `high` and `percent`."""


class ManageLookupPage(Protocol):
    """Finding a booking by its reference and email."""

    WELL_FORMED_REFERENCE: str  # a reference in the site's format that matches no booking
    heading: Locator
    main: Locator
    reference: Locator
    email: Locator
    no_match: Locator

    def open(self) -> ManageLookupPage:
        """Go to the lookup form."""

    def find(self, reference: str, email: str) -> ManagedBookingPage:
        """Look a booking up."""


class ManagedBookingPage(Protocol):
    """A guest's own booking, and after cancelling, its refund."""

    reference: Locator
    status: Locator
    refund: Locator

    def start_cancelling(self) -> CancellationPreviewPage:
        """Ask to cancel; the refund is shown before anything is cancelled."""

    def reload(self) -> ManagedBookingPage:
        """Reload the page (F5)."""

    def back_and_cancel_again(self) -> ManagedBookingPage:
        """The browser's Back, and cancel again where the page it shows still offers it."""


class CancellationPreviewPage(Protocol):
    """What cancelling now would refund."""

    refund: Locator

    def confirm(self) -> ManagedBookingPage:
        """Cancel for good."""

    def confirm_twice(self) -> ManagedBookingPage:
        """Double-click the button that cancels."""

    def confirm_in_new_tab(self) -> ManagedBookingPage:
        """Cancel from a second tab; this tab keeps showing the refund and the button."""


class CancellationEmailPage(Protocol):
    """The email confirming a cancellation and its refund."""

    refund: Locator
    refund_by: Locator

    @staticmethod
    def subject(reference: str) -> re.Pattern[str]:
        """The subject of the cancellation email of this booking."""

    def show(self, html: str) -> CancellationEmailPage:
        """Render the email's HTML."""


# Contact and feedback


class ServiceStandardsPage(Protocol):
    """The service standards (P1.4.1)."""

    LIVE: re.Pattern[str]  # how a channel answered live states its reply time
    heading: Locator
    opening_times: Locator
    complaint_steps: Locator
    complaint_deadline: Locator
    consumer_hotline: Locator

    def open(self) -> ServiceStandardsPage:
        """Go to the service standards."""

    def reply_time(self, channel: str) -> Locator:
        """How fast a channel answers."""

    def staffed_times(self, channel: str) -> Locator:
        """When a channel is staffed (none when it takes messages any time)."""

    def feedback_standard(self, category: str) -> Locator:
        """How fast and how a kind of feedback is answered."""


class ContactPage(TakesGuestText, Protocol):
    """Every contact channel and the feedback form (P1.4.2)."""

    PRIVACY_ELEMENTS: Mapping[str, re.Pattern[str]]  # the personal data notice's six items; one is `who`
    SAYS: Mapping[str, re.Pattern[str]]
    heading: Locator
    phone_link: Locator
    email_link: Locator
    line_link: Locator
    booking_reference: Locator
    name: Locator
    email: Locator
    message: Locator
    consent: Locator
    alerts: Locator

    def open(self) -> ContactPage:
        """Go to the contact page."""

    def privacy_element(self, element: str) -> Locator:
        """One item of the personal data notice."""

    def fill_message(self, category: str, name: str, email: str, phone: str, reference: str, message: str) -> None:
        """Fill in the form without sending it."""

    def submit(self) -> None:
        """Send the form, wherever it leads."""

    def send(self) -> FeedbackAcknowledgementPage:
        """Send the form, expecting the acknowledgement."""

    def send_twice(self) -> FeedbackAcknowledgementPage:
        """Double-click send."""

    def send_in_new_tab(self) -> FeedbackAcknowledgementPage:
        """Send from a second tab; this tab keeps showing the filled-in form."""


class FeedbackAcknowledgementPage(ShowsGuestText, Protocol):
    """What the sender is told on screen (P1.4.3)."""

    page: Page
    heading: Locator
    case_number: Locator
    category: Locator
    next_step: Locator
    reply_by: Locator
    other_links: Locator
    line_link: Locator

    def case_reference(self) -> str:
        """The case number the sender is given."""

    def reload(self) -> FeedbackAcknowledgementPage:
        """Reload the page (F5)."""

    def go_back(self) -> ContactPage:
        """The browser's Back, to the form the message was sent from, ready to send again."""


class FeedbackEmailPage(ShowsGuestText, Protocol):
    """The acknowledgement email: the same facts as the screen."""

    case_number: Locator
    category: Locator
    next_step: Locator
    reply_by: Locator
    other_links: Locator
    line_link: Locator

    def show(self, html: str) -> FeedbackEmailPage:
        """Render the email's HTML."""


# Shop


class ShopPage(Protocol):
    """The products."""

    def open(self) -> ShopPage:
        """Go to the shop."""

    def open_product(self, name: str) -> ProductPage:
        """Follow the link to one product."""


class ProductPage(Protocol):
    """One product and what must be said before purchase."""

    QUANTITY_SAYS: re.Pattern[str]
    heading: Locator
    price: Locator
    net_weight: Locator
    shelf_life: Locator
    storage: Locator
    maker: Locator
    registration: Locator
    withdrawal_right: Locator
    withdrawal_excluded: Locator
    quantity: Locator
    add_button: Locator

    @staticmethod
    def grams(weight: int) -> re.Pattern[str]:
        """A net weight in grams as the page writes it."""

    def open(self, code: str) -> ProductPage:
        """Go to the product with this profile code."""

    def add_to_cart(self, quantity: str) -> CartPage:
        """Type a quantity and add it to the cart."""


class CartPage(Protocol):
    """The cart."""

    QUANTITY_SAYS: re.Pattern[str]
    empty_notice: Locator
    checkout_link: Locator
    subtotal: Locator

    def open(self) -> CartPage:
        """Go to the cart."""

    def add_items(self, items: Mapping[str, int]) -> CartPage:
        """Put products (by profile code) in the cart."""

    def quantity(self, product: str) -> Locator:
        """One product's quantity field, by its name."""

    def change_quantity(self, product: str, quantity: str) -> None:
        """Type a new quantity and update the cart."""


class CheckoutPage(TakesGuestText, Protocol):
    """Who orders, delivery, invoice."""

    OUTSIDE_AREA: re.Pattern[str]
    heading: Locator
    postcode: Locator
    address: Locator
    cart_is_empty: Locator
    delivery: DeliveryChoice
    invoice: InvoiceChoice

    def open(self) -> CheckoutPage:
        """Go to the checkout."""

    def fill_customer(self, name: str, email: str, phone: str) -> None:
        """Enter who orders."""

    def fill_address(self, postcode: str, address: str) -> None:
        """Enter where the order goes."""

    def submit(self) -> None:
        """Send the form, wherever it leads."""

    def continue_to_review(self) -> OrderReviewPage:
        """Send the form, expecting the review."""


class OrderReviewPage(ShowsGuestText, Protocol):
    """The order before it is placed."""

    heading: Locator
    summary: OrderDetails

    def place_order(self) -> OrderConfirmationPage:
        """Place and pay for the order."""

    def place_order_twice(self) -> OrderConfirmationPage:
        """Double-click the button that places the order."""

    def place_order_in_new_tab(self) -> OrderConfirmationPage:
        """Place the order from a second tab; this tab keeps showing the review."""


class OrderConfirmationPage(ShowsGuestText, Protocol):
    """The order once placed."""

    summary: OrderDetails

    def order_number(self) -> str:
        """The order number the customer is given."""

    def reload(self) -> OrderConfirmationPage:
        """Reload the page (F5)."""

    def go_back(self) -> OrderReviewPage:
        """The browser's Back, to the review the order was placed from."""


class OrderEmailPage(ShowsGuestText, Protocol):
    """The order acknowledgement email."""

    summary: OrderDetails

    @staticmethod
    def subject(number: str) -> re.Pattern[str]:
        """The subject of the acknowledgement of this order."""

    def show(self, html: str) -> OrderEmailPage:
        """Render the email's HTML."""


# Back office


class AdminLoginPage(Protocol):
    """Staff sign-in."""

    LOCKED: re.Pattern[str]
    heading: Locator
    alert: Locator

    def open(self) -> AdminLoginPage:
        """Go to the sign-in."""

    def sign_in(self, username: str, password: str) -> AdminCaseListPage:
        """Sign in."""

    def session_cookie(self) -> dict | None:
        """The staff session cookie, with its flags."""


class AdminCaseListPage(Protocol):
    """Every case."""

    heading: Locator
    deadline_column: Locator

    def open(self) -> AdminCaseListPage:
        """Go to the case list."""

    def api_status(self) -> int:
        """What the case API answers this browser."""

    def row(self, case_number: str) -> Locator:
        """One case's row."""

    def open_case(self, case_number: str) -> AdminCasePage:
        """Open one case."""


class AdminCasePage(ShowsGuestText, Protocol):
    """One case: its facts, history and actions (note, reply, refer, document, decide)."""

    DECIDED: re.Pattern[str]
    status: Locator
    reply_by: Locator
    deadline: Locator
    history_edit_controls: Locator

    @staticmethod
    def mail_subject(case_number: str, action: str) -> re.Pattern[str]:
        """The subject of the guest's mail after `action` (reply, decide)."""

    def form(self, action: str) -> Locator:
        """The form of one action."""

    def act(self, action: str, text: str, document: Path | None = None, refer_to: str | None = None) -> AdminCasePage:
        """Take an action (refer_to: a staff role, `supervisor`)."""

    def expect_history(self, actions: list[str]) -> None:
        """Assert the history lists exactly these actions, oldest first."""

    def document_link(self, name: str) -> Locator:
        """A document attached in the history."""

    def download(self, name: str) -> bytes:
        """A document's bytes."""

    def post_as_signed_in(self, case_number: str, action: str, text: str) -> APIResponse:
        """Send an action with the session's token, bypassing the page."""

    def post_without_csrf(self, case_number: str, action: str) -> APIResponse:
        """Send an action as a forged cross-site form would."""


class AdminBookingRow(ShowsGuestText, Protocol):
    """One booking as staff see it in the list."""


class AdminBookingListPage(Protocol):
    """Every booking, for staff."""

    heading: Locator

    def open(self) -> AdminBookingListPage:
        """Go to the booking list."""

    def booking(self, reference: str) -> AdminBookingRow:
        """The row of one booking."""
