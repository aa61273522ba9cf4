"""P1.4.4: the e-invoice choice takes exactly one destination and checks its number by the Ministry's rules.

Real vectors: company tax IDs with the weighted checksum (the 7th-digit-7 rule and the new mod-5
pool included), mobile barcodes, citizen certificates and donation codes. The oracle confirms
each vector first, so a mistyped vector cannot pass for a site defect.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from scenarios.order_goods import fill_checkout, review_order
from scenarios.visit import Visit
from support.data import Guest, TestData
from support.guest_data import invoice, plain_order
from support.oracle import einvoice

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.nondestructive, pytest.mark.offers("shop")]

VALID = [  # the order matrix (test_order_completion.py) places orders with one plain vector of each kind
    pytest.param("company", "10458574", id="tax-id-7th-digit-7-passes-by-the-plus-one-rule"),
    pytest.param("company", "10000004", id="tax-id-from-the-new-mod-5-pool"),
    # Digits chosen so that a weight one too high or too low at any position but the second changes the sum
    # by other than a multiple of 5 (mutants of the site's weights survived the vectors above: docs/trust.md).
    pytest.param("company", "10111114", id="tax-id-with-every-weight-in-play"),
    # Passes by the plus-one rule with 39 + 1 = 40, where 10458574 has 29 + 1 = 30: a site that checks the
    # plus-one sum against another divisor (6 divides 30 too) accepts the first and refuses this one.
    pytest.param("company", "12345675", id="tax-id-7th-digit-7-plus-one-sum-40"),
    pytest.param("donation", "88888", id="donation-code-five-digits"),
]
INVALID = [pytest.param(kind, number, id=name) for kind, number, name in einvoice.INVALID_EXAMPLES]


@pytest.mark.parametrize(("kind", "number"), VALID)
def test_a_valid_invoice_number_is_accepted_and_shown_for_review(
    visit: Visit, data: TestData, guest: Guest, kind: str, number: str
):
    """The number reaches the review page, under the destination chosen."""
    assert einvoice.valid(kind, number), "the vector itself should be valid"

    review = review_order(visit, plain_order(data, invoice(data, kind, number)), guest)

    expect(review.summary.invoice).to_contain_text(number)


@pytest.mark.parametrize(("kind", "number"), INVALID)
def test_an_invalid_invoice_number_is_refused_beside_its_field(
    visit: Visit, data: TestData, guest: Guest, kind: str, number: str
):
    """The guest stays at checkout; the number field is marked invalid with what a valid one looks like."""
    assert not einvoice.valid(kind, number), "the vector itself should be invalid"

    checkout = fill_checkout(visit, plain_order(data, invoice(data, kind, number)), guest)
    checkout.submit()

    expect(checkout.heading).to_be_visible()
    expect(checkout.invoice.number(kind)).to_have_attribute("aria-invalid", "true")
    expect(checkout.invoice.number(kind)).to_have_accessible_description(checkout.invoice.SAYS_INVALID)
    expect(checkout.invoice.number(kind)).to_have_value(number)


def test_only_the_chosen_invoice_destination_is_used(visit: Visit, data: TestData, guest: Guest):
    """With a barcode also typed, choosing donation gives a donated invoice and no carrier."""
    chosen, typed = invoice(data, "donation"), invoice(data, "mobile-barcode")
    checkout = fill_checkout(visit, plain_order(data, chosen), guest)
    checkout.invoice.type_number(typed.kind, typed.number)

    review = checkout.continue_to_review()

    expect(review.heading).to_be_visible()
    expect(review.summary.invoice).to_contain_text(chosen.number)
    expect(review.summary.invoice).not_to_contain_text(typed.number)
