"""Test data for the contact form and the shop: feedback, addresses, invoices and orders, from Faker and the profile.

Built on `TestData` (support/data.py), so they follow the test's seed and its mailbox address.
"""

from __future__ import annotations

from dataclasses import dataclass

from support.data import TestData
from support.oracle import einvoice
from support.oracle import order as orders
from support.oracle.order import Invoice, Item, Order


@dataclass(frozen=True)
class Feedback:
    """A message a guest sends through the contact form."""

    category: str
    name: str
    email: str
    message: str
    phone: str = ""
    booking_reference: str = ""


def feedback(data: TestData, category: str, booking_reference: str = "") -> Feedback:
    """A message of `category` from a realistic guest, to this test's mailbox."""
    guest = data.guest()
    return Feedback(
        category=category,
        name=guest.name,
        email=guest.email,
        message=data.faker.paragraph(nb_sentences=3),
        phone=guest.phone,
        booking_reference=booking_reference,
    )


def street_address(data: TestData) -> str:
    """A street address line in the test's language (the postcode is chosen by the test)."""
    return data.faker.street_address()


def invoice(data: TestData, kind: str, number: str | None = None) -> Invoice:
    """An e-invoice destination: the given number (else a valid example), a company name from Faker for a tax ID."""
    company = data.faker.company() if kind == "company" else None
    return Invoice(kind, number or einvoice.EXAMPLES[kind], company)


def order_for(data: TestData, items: tuple[Item, ...], mode_code: str, invoice_to: Invoice) -> Order:
    """The checkout choices for this mode: its first store, or an address (in its area, for local delivery)."""
    shop = data.profile.shop
    mode = shop.delivery_mode(mode_code)
    store = mode.stores[0].code if mode.stores else None
    postcode = None
    if mode.needs_address:
        postcode = mode.postcodes[0] if mode.postcodes else (shop.postcodes_elsewhere or [data.faker.postcode()])[0]
    address = street_address(data) if mode.needs_address else None
    return Order(items, mode_code, invoice_to, store=store, postcode=postcode, address=address)


def plain_order(data: TestData, invoice_to: Invoice) -> Order:
    """The simplest order the shop takes: one of its first product, by the first mode that may carry it."""
    product = next(p for p in data.profile.shop.products if orders.allowed_modes(data.profile, (Item(p.code),)))
    items = (Item(product.code),)
    modes = orders.allowed_modes(data.profile, items)
    mode = next((m for m in modes if not m.needs_address and not m.stores), modes[0])
    return order_for(data, items, mode.code, invoice_to)
