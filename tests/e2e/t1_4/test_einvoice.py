"""P1.4.4: the e-invoice choice takes exactly one destination and checks its number by the Ministry's rules.

Real vectors: company tax IDs with the weighted checksum (the 7th-digit-7 rule and the new mod-5
pool included), mobile barcodes, citizen certificates and donation codes. The oracle confirms
each vector first, so a mistyped vector cannot pass for a site defect.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from scenarios.order_goods import fill_checkout, review_order
from support.data import Guest
from support.oracle import einvoice
from support.oracle.order import Invoice, Item, Order
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.nondestructive]

COMPANY = "嵐灣測試股份有限公司"
VALID = [  # the order matrix (test_order_completion.py) places orders with one plain vector of each kind
    pytest.param(Invoice("company", "10458574", COMPANY), id="tax-id-7th-digit-7-passes-by-the-plus-one-rule"),
    pytest.param(Invoice("company", "10000004", COMPANY), id="tax-id-from-the-new-mod-5-pool"),
    pytest.param(Invoice("donation", "88888"), id="donation-code-five-digits"),
]
INVALID = [
    pytest.param(Invoice("company", "12345678", COMPANY), id="tax-id-bad-checksum"),
    pytest.param(Invoice("company", "10458573", COMPANY), id="tax-id-7th-digit-7-failing-both-rules"),
    pytest.param(Invoice("company", "1234567", COMPANY), id="tax-id-seven-digits"),
    pytest.param(Invoice("mobile-barcode", "ABC12345"), id="mobile-barcode-without-slash"),
    pytest.param(Invoice("mobile-barcode", "/abc1234"), id="mobile-barcode-lower-case"),
    pytest.param(Invoice("mobile-barcode", "/ABC123"), id="mobile-barcode-too-short"),
    pytest.param(Invoice("citizen-certificate", "A123456789012345"), id="citizen-certificate-one-letter"),
    pytest.param(Invoice("donation", "12"), id="donation-code-two-digits"),
    pytest.param(Invoice("donation", "12345678"), id="donation-code-eight-digits"),
]
SAYS = re.compile("格式|不正確|碼|not valid|is / and|capital|digits")


def _order(invoice: Invoice) -> Order:
    return Order((Item("mug"),), "front-desk", invoice)


@pytest.mark.parametrize("invoice", VALID)
def test_a_valid_invoice_number_is_accepted_and_shown_for_review(
    page: Page, profile: Profile, site_lang: str, guest: Guest, invoice: Invoice
):
    """The number reaches the review page, under the destination chosen."""
    assert einvoice.valid(invoice.kind, invoice.number), "the vector itself should be valid"

    review = review_order(page, profile, site_lang, _order(invoice), guest)

    expect(review.summary.invoice).to_contain_text(invoice.number)


@pytest.mark.parametrize("invoice", INVALID)
def test_an_invalid_invoice_number_is_refused_beside_its_field(
    page: Page, profile: Profile, site_lang: str, guest: Guest, invoice: Invoice
):
    """The guest stays at checkout; the number field is marked invalid with what a valid one looks like."""
    assert not einvoice.valid(invoice.kind, invoice.number), "the vector itself should be invalid"

    checkout = fill_checkout(page, profile, site_lang, _order(invoice), guest)
    checkout.submit()

    expect(checkout.heading).to_be_visible()
    expect(checkout.invoice.number(invoice.kind)).to_have_attribute("aria-invalid", "true")
    expect(checkout.invoice.number(invoice.kind)).to_have_accessible_description(SAYS)
    expect(checkout.invoice.number(invoice.kind)).to_have_value(invoice.number)


def test_only_the_chosen_invoice_destination_is_used(page: Page, profile: Profile, site_lang: str, guest: Guest):
    """With a barcode also typed, choosing donation gives a donated invoice and no carrier."""
    chosen, typed = Invoice("donation", "168001"), Invoice("mobile-barcode", "/ABC+123")
    checkout = fill_checkout(page, profile, site_lang, _order(chosen), guest)
    checkout.invoice.type_number(typed.kind, typed.number)

    review = checkout.continue_to_review()

    expect(review.heading).to_be_visible()
    expect(review.summary.invoice).to_contain_text(chosen.number)
    expect(review.summary.invoice).not_to_contain_text(typed.number)
