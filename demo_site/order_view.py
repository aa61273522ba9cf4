"""An order as the review page, the confirmation and the acknowledgement email show it: the same facts on all three."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from demo_site.checkout_form import Checkout
from demo_site.db import ShopOrder
from demo_site.hotel import Localized
from demo_site.orders import Cart, delivery_fee, expected_on, total
from demo_site.settings import Settings
from demo_site.shop_catalogue import DELIVERY_MODES, DeliveryMode, Product, Store, delivery_mode, product


@dataclass(frozen=True)
class OrderLine:
    """A product, how many, and the unit price agreed."""

    product: Product
    quantity: int
    unit_price: int

    @property
    def amount(self) -> int:
        """Quantity times unit price."""
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class OrderView:
    """Everything the guest is shown about an order, before and after confirming it."""

    lines: tuple[OrderLine, ...]
    mode: DeliveryMode
    carrier: Localized
    store: Store | None
    postcode: str | None
    address: str | None
    expected_on: date
    invoice_type: str
    invoice_value: str
    company_name: str | None
    subtotal: int
    delivery_fee: int
    total: int
    customer: tuple[str, str, str]
    number: str | None = None

    @property
    def perishables(self) -> tuple[Product, ...]:
        """The chilled and frozen products ordered: excluded from the 7-day withdrawal right."""
        return tuple(line.product for line in self.lines if line.product.perishable)

    def with_wrong_carrier(self) -> OrderView:
        """The same order naming another mode's carrier (the `wrong-carrier-on-confirmation` defect)."""
        other = next(mode.carrier for mode in DELIVERY_MODES if mode.carrier != self.carrier and mode.fee)
        return replace(self, carrier=other)


def of_checkout(checkout: Checkout, cart: Cart, settings: Settings, today: date) -> OrderView:
    """The order the guest is about to confirm."""
    mode = delivery_mode(checkout.delivery_mode)
    return OrderView(
        lines=tuple(OrderLine(line.product, line.quantity, line.product.price) for line in cart.lines),
        mode=mode,
        carrier=mode.carrier,
        store=mode.store(checkout.store_code) if checkout.store_code else None,
        postcode=checkout.postcode,
        address=checkout.address,
        expected_on=expected_on(mode, today),
        invoice_type=checkout.invoice_type,
        invoice_value=checkout.invoice_value,
        company_name=checkout.company_name,
        subtotal=cart.subtotal,
        delivery_fee=delivery_fee(mode, cart),
        total=total(mode, cart, settings),
        customer=(checkout.name, checkout.email, checkout.phone),
    )


def of_order(order: ShopOrder) -> OrderView:
    """An order as it was stored."""
    mode = delivery_mode(order.delivery_mode)
    return OrderView(
        lines=tuple(OrderLine(product(line.product), line.quantity, line.unit_price) for line in order.lines),
        mode=mode,
        carrier=mode.carrier,
        store=mode.store(order.store_code) if order.store_code else None,
        postcode=order.postcode,
        address=order.address,
        expected_on=order.expected_on,
        invoice_type=order.invoice_type,
        invoice_value=order.invoice_value,
        company_name=order.company_name,
        subtotal=order.subtotal,
        delivery_fee=order.delivery_fee,
        total=order.total,
        customer=(order.customer_name, order.email, order.phone),
        number=order.number,
    )
