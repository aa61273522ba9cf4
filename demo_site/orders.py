"""The shop's rules: the cart, which delivery modes a cart may use and why not, what an order costs, and storing it.

The cart lives in a signed cookie, so a guest's bad input never touches the database; an order
is stored only when the guest confirms what they reviewed.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from demo_site.booking_form import FieldError
from demo_site.db import ShopOrder, ShopOrderLine
from demo_site.settings import Settings
from demo_site.shop_catalogue import (
    CHILLED,
    DELIVERY_MODES,
    FROZEN,
    MAX_QUANTITY,
    PRODUCTS,
    VOUCHER,
    DeliveryMode,
    Product,
    delivery_mode,
    product,
)

if TYPE_CHECKING:
    from demo_site.checkout_form import Checkout

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class CartLine:
    """A product in the cart and how many of it."""

    product: Product
    quantity: int

    @property
    def amount(self) -> int:
        """Quantity times the unit price."""
        return self.product.price * self.quantity


@dataclass(frozen=True)
class Cart:
    """What the guest is about to order."""

    lines: tuple[CartLine, ...]

    @classmethod
    def of(cls, items: Mapping[str, int]) -> Cart:
        """The cart holding `items` (product code → quantity), unknown codes dropped."""
        known = {item.code for item in PRODUCTS}
        return cls(tuple(CartLine(product(code), qty) for code, qty in items.items() if code in known and qty > 0))

    @property
    def items(self) -> dict[str, int]:
        """Product code → quantity, as the cookie keeps it."""
        return {line.product.code: line.quantity for line in self.lines}

    @property
    def subtotal(self) -> int:
        """What the goods cost, before delivery."""
        return sum(line.amount for line in self.lines)

    @property
    def weight_g(self) -> int:
        """The parcel's weight."""
        return sum(line.product.weight_g * line.quantity for line in self.lines)

    @property
    def longest_side_cm(self) -> int:
        """The longest side of any item: the parcel cannot be shorter."""
        return max((line.product.longest_side_cm for line in self.lines), default=0)


@dataclass(frozen=True)
class Refusal:
    """Why a delivery mode is not offered for this cart: a catalogue key and its parameters."""

    key: str
    params: dict[str, object]


def refusal(mode: DeliveryMode, cart: Cart, settings: Settings) -> Refusal | None:
    """None when `mode` may carry this cart; otherwise the reason it may not, for the guest to read."""
    handlings = {line.product.handling for line in cart.lines}
    accepts = mode.accepts
    if mode.code == "store-711" and settings.has_defect("frozen-offered-store-pickup"):
        accepts = accepts | {FROZEN}
    if VOUCHER in handlings and accepts != {VOUCHER}:
        return Refusal("delivery.refused.voucher", {})
    if handlings - accepts:
        return _handling_refusal(accepts)
    if mode.weight_under_g is not None and cart.weight_g >= mode.weight_under_g:
        return Refusal("delivery.refused.too_heavy", {"kg": mode.weight_under_g // 1000, "weight": _kg(cart.weight_g)})
    if mode.longest_side_cm is not None and cart.longest_side_cm > mode.longest_side_cm:
        return Refusal("delivery.refused.too_long", {"cm": mode.longest_side_cm})
    return None


def _handling_refusal(accepts: frozenset[str]) -> Refusal:
    if accepts == {VOUCHER}:
        return Refusal("delivery.refused.vouchers_only", {})
    if accepts == {FROZEN}:
        return Refusal("delivery.refused.frozen_only", {})
    if not accepts & {CHILLED, FROZEN}:
        return Refusal("delivery.refused.ambient_only", {})
    return Refusal("delivery.refused.goods_only", {})


def offers(cart: Cart, settings: Settings) -> list[tuple[DeliveryMode, Refusal | None]]:
    """Every delivery mode with the reason it is refused for this cart (None when it is offered)."""
    return [(mode, refusal(mode, cart, settings)) for mode in DELIVERY_MODES]


def delivery_fee(mode: DeliveryMode, cart: Cart) -> int:
    """The mode's fee, or nothing once the goods reach its free-delivery threshold."""
    if mode.free_from is not None and cart.subtotal >= mode.free_from:
        return 0
    return mode.fee


def expected_on(mode: DeliveryMode, ordered_on: date) -> date:
    """When the guest gets the order: delivered, ready to pick up, or usable at the hotel."""
    return ordered_on + timedelta(days=mode.lead_days)


def total(mode: DeliveryMode, cart: Cart, settings: Settings) -> int:
    """What the guest pays: goods and delivery."""
    if settings.has_defect("delivery-fee-not-in-total"):
        return cart.subtotal
    return cart.subtotal + delivery_fee(mode, cart)


def check_quantity(raw: str, already: int = 0) -> tuple[int | None, FieldError | None]:
    """A quantity of 1 to MAX_QUANTITY (counting what the cart already holds), or the error to show beside it."""
    if not raw:
        return None, FieldError("error.required")
    if not raw.isdigit():
        return None, FieldError("error.quantity_whole")
    quantity = int(raw)
    if quantity < 1:
        return None, FieldError("error.quantity_at_least_one")
    if quantity + already > MAX_QUANTITY:
        return None, FieldError("error.quantity_too_many", {"max": MAX_QUANTITY, "already": already})
    return quantity, None


def new_number(now: datetime) -> str:
    """An unguessable order number: LS-261127-7K3M9Q."""
    return f"LS-{now:%y%m%d}-{''.join(secrets.choice(_ALPHABET) for _ in range(6))}"


def store_order(
    session: Session, checkout: Checkout, cart: Cart, settings: Settings, now: datetime, lang: str
) -> ShopOrder:
    """Store the reviewed order with its lines, at the prices and fee the guest saw."""
    mode = delivery_mode(checkout.delivery_mode)
    order = ShopOrder(
        number=new_number(now),
        customer_name=checkout.name,
        email=checkout.email,
        phone=checkout.phone,
        delivery_mode=mode.code,
        store_code=checkout.store_code,
        postcode=checkout.postcode,
        address=checkout.address,
        expected_on=expected_on(mode, now.date()),
        invoice_type=checkout.invoice_type,
        invoice_value=checkout.invoice_value,
        company_name=checkout.company_name,
        subtotal=cart.subtotal,
        delivery_fee=delivery_fee(mode, cart),
        total=total(mode, cart, settings),
        lang=lang,
        created_at=now.replace(tzinfo=None),
        lines=[
            ShopOrderLine(position=i, product=line.product.code, quantity=line.quantity, unit_price=line.product.price)
            for i, line in enumerate(cart.lines)
        ],
    )
    session.add(order)
    return order


def find(session: Session, number: str) -> ShopOrder | None:
    """The order with this number, if any."""
    return session.scalars(select(ShopOrder).where(ShopOrder.number == number)).first()


def _kg(grams: int) -> str:
    return f"{grams / 1000:g}"
