"""Test data for the contact form and the shop: feedback, addresses, invoices and orders, from Faker and the profile.

Built on `TestData` (support/data.py), so they follow the test's seed and its mailbox address.
`guest_text` writes what a careless release loses: text at a field's limit in mixed scripts
(Traditional Chinese, Japanese, accented Latin, emoji outside the BMP), with markup that must
stay text, replayable from the test's seed.
"""

from __future__ import annotations

import random
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


HOSTILE = (  # markup a site must show as text: were any of it run, the page would open a dialog
    '"><img src=x onerror=alert(1)>',
    "<script>alert(2)</script>",
    "<b>粗體</b> & &amp; 'quoted' \"double\"",
)
_SCRIPTS = (
    ("嵐灣", "海景", "訂房", "謝謝您", "臺灣", "花蓮", "溫泉", "早餐", "山霧", "請安排"),
    ("ありがとう", "ございます", "お部屋", "静か", "ミスティ", "ヒル", "予約"),
    ("Zoë", "Ångström", "café", "naïve", "façade", "Øresund", "crème", "brûlée", "Łódź"),
    ("🏨", "🌊", "😀", "🍵", "🌸"),  # one code point each, two UTF-16 units: what a browser's maxlength miscounts
)
_ROOM_FOR_WORDS = 20


def guest_text(data: TestData, length: int) -> str:
    """Text of exactly `length` characters (code points): hostile markup, then words of every script.

    As much of the markup as leaves room for words, then a word of each script (Han, kana, accented
    Latin, emoji), then words at random up to the length. Single spaces only and none at either
    end, so a site that trims, or a check that collapses whitespace, reads it unchanged. Seeded by
    the test's data seed, so a failure replays exactly.
    """
    pick = random.Random(data.seed)
    parts: list[str] = []
    for piece in HOSTILE:
        if len(" ".join([*parts, piece])) <= length - _ROOM_FOR_WORDS:
            parts.append(piece)
    parts += [pick.choice(words) for words in pick.sample(_SCRIPTS, len(_SCRIPTS))]
    every_word = [word for words in _SCRIPTS for word in words]
    while len(" ".join(parts)) < length:
        parts.append(pick.choice(every_word))
    text = " ".join(parts)[:length]
    return text if not text.endswith(" ") else f"{text[:-1]}嵐"


def one_character_more(text: str) -> str:
    """The text and one character more: a field's limit plus one."""
    return f"{text}嵐"
