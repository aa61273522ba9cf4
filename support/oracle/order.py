"""The order oracle: what a shop order costs, which delivery modes may carry it and why not, and when it arrives.

From the profile and the delivery rules alone (REQUIREMENTS.md rules 6, 13): chilled and frozen
food never goes by an ambient-only mode; vouchers are used at the hotel and never shipped;
convenience-store parcels stay under the weight limit with no side over the size limit; delivery
is free once the goods reach the mode's threshold. No site code is imported or copied.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from support.profile import DeliveryMode, Product, Profile

# How an item must travel, by product kind.
HANDLING = {
    "ambient-food": "ambient",
    "merchandise": "ambient",
    "chilled-food": "chilled",
    "frozen-food": "frozen",
    "voucher": "voucher",
}
PERISHABLE = ("chilled-food", "frozen-food")


@dataclass(frozen=True)
class Item:
    """A product code and how many of it."""

    product: str
    quantity: int = 1


@dataclass(frozen=True)
class Invoice:
    """Where the e-invoice goes: its kind and number (and the company's name for a tax ID)."""

    kind: str  # mobile-barcode, citizen-certificate, donation, company
    number: str
    company_name: str | None = None


@dataclass(frozen=True)
class Order:
    """The choices a guest makes from cart to checkout."""

    items: tuple[Item, ...]
    delivery_mode: str
    invoice: Invoice
    store: str | None = None
    postcode: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class Quote:
    """The expected amounts of an order."""

    lines: dict[str, Decimal]  # product code → quantity × unit price
    delivery_fee: Decimal

    @property
    def subtotal(self) -> Decimal:
        """What the goods cost."""
        return sum(self.lines.values(), Decimal(0))

    @property
    def total(self) -> Decimal:
        """Goods and delivery."""
        return self.subtotal + self.delivery_fee


def products(profile: Profile, items: tuple[Item, ...]) -> list[tuple[Product, int]]:
    """Each ordered product from the profile with its quantity."""
    return [(profile.shop.product(item.product), item.quantity) for item in items]


def refusal(profile: Profile, items: tuple[Item, ...], mode_code: str) -> str | None:
    """Why the mode may not carry these items: voucher, temperature, weight or size; None when it may."""
    mode = profile.shop.delivery_mode(mode_code)
    ordered = products(profile, items)
    handlings = {HANDLING[product.kind] for product, _ in ordered}
    voucher_mode = set(mode.accepts) == {"voucher"}
    if ("voucher" in handlings or voucher_mode) and not (handlings == {"voucher"} and voucher_mode):
        return "voucher"  # vouchers are used at the hotel: they go alone, and only they go that way
    if not handlings <= set(mode.accepts):
        return "temperature"
    weight = sum(product.weight_g * quantity for product, quantity in ordered)
    if mode.weight_under_g is not None and weight >= mode.weight_under_g:
        return "weight"
    longest = max((product.longest_side_cm for product, _ in ordered), default=0)
    if mode.longest_side_cm is not None and longest > mode.longest_side_cm:
        return "size"
    return None


def allowed_modes(profile: Profile, items: tuple[Item, ...]) -> list[DeliveryMode]:
    """The delivery modes the profile lets carry these items, in the profile's order."""
    return [mode for mode in profile.shop.delivery_modes if refusal(profile, items, mode.code) is None]


def price(profile: Profile, items: tuple[Item, ...], mode_code: str) -> Quote:
    """Each line at the profile's price, and the mode's fee unless the goods reach its free threshold."""
    lines = {product.code: Decimal(product.price * quantity) for product, quantity in products(profile, items)}
    mode = profile.shop.delivery_mode(mode_code)
    subtotal = sum(lines.values(), Decimal(0))
    free = mode.free_from is not None and subtotal >= mode.free_from
    return Quote(lines, Decimal(0) if free else Decimal(mode.fee))


def expected_on(profile: Profile, mode_code: str, ordered_on: date) -> date:
    """The day the order is delivered, ready to pick up or usable at the hotel."""
    return ordered_on + timedelta(days=profile.shop.delivery_mode(mode_code).lead_days)


def excluded_from_withdrawal(profile: Profile, items: tuple[Item, ...]) -> list[Product]:
    """The perishable foods in the order: the only items the 7-day withdrawal right may exclude (rule 6)."""
    return [product for product, _ in products(profile, items) if product.kind in PERISHABLE]
