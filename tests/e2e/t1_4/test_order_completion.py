"""P1.4.4: ordering food and merchandise works end to end, with the delivery mode and carrier confirmed.

A representative matrix of product kind × delivery mode: every mode and every kind at least
once, every e-invoice destination once or more. The review before paying, the confirmation and
the acknowledgement email show the same items, delivery mode, carrier, fee, expected date,
invoice, total and withdrawal terms, each as the profile and the order oracle give them.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from scenarios.order_goods import open_order_email, review_order
from support.data import Guest, TestData
from support.guest_data import street_address
from support.mailbox import RecordingMailbox
from support.oracle.order import Invoice, Item, Order
from support.profile import Profile
from tests.e2e.t1_4.shop_checks import expect_order_shows

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.destructive]

BARCODE = Invoice("mobile-barcode", "/ABC+123")
CERTIFICATE = Invoice("citizen-certificate", "AB12345678901234")
DONATION = Invoice("donation", "168001")
COMPANY = Invoice("company", "04595257", "嵐灣測試股份有限公司")

MATRIX = [
    pytest.param((Item("xo-sauce", 2),), "home-tcat", BARCODE, id="ambient-food-home-delivery-t-cat"),
    pytest.param((Item("xo-sauce"),), "store-711", DONATION, id="ambient-food-7-eleven-pickup"),
    pytest.param((Item("mug", 2),), "home-hct", COMPANY, id="merchandise-home-delivery-hct"),
    pytest.param((Item("beach-towel"),), "home-post", CERTIFICATE, id="merchandise-home-delivery-chunghwa-post"),
    pytest.param((Item("mug"),), "store-family", BARCODE, id="merchandise-familymart-pickup"),
    pytest.param((Item("mullet-roe"),), "cold-tcat", DONATION, id="chilled-food-cold-chain-t-cat"),
    pytest.param((Item("mullet-roe"),), "local", COMPANY, id="chilled-food-local-delivery"),
    pytest.param(
        (Item("frozen-dumplings", 3),), "store-family-frozen", BARCODE, id="frozen-food-familymart-frozen-pickup"
    ),
    pytest.param(
        (Item("frozen-dumplings"), Item("mug")), "front-desk", CERTIFICATE, id="frozen-food-and-merchandise-front-desk"
    ),
    pytest.param((Item("dinner-voucher", 2),), "on-site", DONATION, id="voucher-used-at-the-hotel"),
]


def _order(profile: Profile, data: TestData, items: tuple[Item, ...], mode_code: str, invoice: Invoice) -> Order:
    """The checkout choices for this mode: its first store, or an address (in the area, for local delivery)."""
    mode = profile.shop.delivery_mode(mode_code)
    store = mode.stores[0].code if mode.stores else None
    postcode = (mode.postcodes[0] if mode.postcodes else "100") if mode.needs_address else None
    address = street_address(data) if mode.needs_address else None
    return Order(items, mode_code, invoice, store=store, postcode=postcode, address=address)


@pytest.mark.parametrize(("items", "mode", "invoice"), MATRIX)
def test_order_shows_the_same_delivery_fee_carrier_date_and_total_from_review_to_email(
    page: Page, context: BrowserContext, profile: Profile, site_lang: str, data: TestData, guest: Guest,
    mailbox: RecordingMailbox, items: tuple[Item, ...], mode: str, invoice: Invoice,
):  # fmt: skip
    """Review, confirmation and email agree with the oracle on items, mode, carrier, fee, date, invoice and total."""
    order = _order(profile, data, items, mode, invoice)

    review = review_order(page, profile, site_lang, order, guest)
    expect(review.heading).to_be_visible()
    expect_order_shows(review.summary, profile, site_lang, order, data.today)
    confirmation = review.place_order()
    expect(confirmation.heading).to_be_visible()
    expect_order_shows(confirmation.summary, profile, site_lang, order, data.today)
    email = open_order_email(context, mailbox, guest)

    expect_order_shows(email.summary, profile, site_lang, order, data.today)
    expect(email.summary.number).to_have_text(confirmation.summary.number.inner_text())
