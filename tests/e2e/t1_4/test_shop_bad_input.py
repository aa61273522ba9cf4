"""P1.4.4: the shop turns bad input away where the guest typed it, and orders nothing.

An empty cart cannot be checked out; a quantity that is not a whole number from 1 to the
profile's per-order limit is refused beside its field; store pickup without a store is refused
beside the store list. The cart keeps what it held.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from scenarios.order_goods import fill_checkout
from scenarios.visit import Visit
from support.data import Guest, TestData
from support.guest_data import invoice
from support.money import MoneyFormat
from support.oracle import order as orders
from support.oracle.order import Item, Order
from support.profile import DeliveryMode

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.nondestructive, pytest.mark.offers("shop")]


def _first_product(visit: Visit):
    return next(product for product in visit.profile.shop.products if product.kind != "voucher")


def test_an_empty_cart_cannot_be_checked_out(visit: Visit):
    """The empty cart says so and offers no checkout; going to checkout anyway says the cart is empty."""
    cart = visit.pack.CartPage(visit.page).open()
    expect(cart.empty_notice).to_be_visible()
    expect(cart.checkout_link).to_have_count(0)

    checkout = visit.pack.CheckoutPage(visit.page).open()

    expect(checkout.heading).to_have_count(0)
    expect(checkout.cart_is_empty).to_be_visible()


@pytest.mark.parametrize(
    "quantity",
    [
        pytest.param("0", id="zero"),
        pytest.param("-1", id="negative"),
        pytest.param("1.5", id="fraction"),
        pytest.param(None, id="over-the-per-order-limit"),
    ],
)
def test_a_bad_quantity_on_the_product_page_is_refused_beside_it(visit: Visit, quantity: str | None):
    """The quantity is marked invalid with what is allowed, and nothing goes into the cart (None: over the limit)."""
    typed = str(visit.profile.shop.max_quantity_per_product + 1) if quantity is None else quantity
    product = _first_product(visit)
    shown = visit.pack.ProductPage(visit.page).open(product.code)

    shown.add_to_cart(typed)

    expect(shown.heading).to_have_text(product.name(visit.lang))
    expect(shown.quantity).to_have_attribute("aria-invalid", "true")
    expect(shown.quantity).to_have_accessible_description(shown.QUANTITY_SAYS)
    expect(visit.pack.CartPage(visit.page).open().empty_notice).to_be_visible()


def test_a_bad_quantity_in_the_cart_is_refused_and_the_cart_kept(visit: Visit, money: MoneyFormat):
    """Changing a quantity to zero is refused beside it; the cart still holds what it held."""
    product = _first_product(visit)
    name = product.name(visit.lang)
    cart = visit.pack.CartPage(visit.page).add_items({product.code: 2}).open()

    cart.change_quantity(name, "0")

    expect(cart.quantity(name)).to_have_attribute("aria-invalid", "true")
    expect(cart.quantity(name)).to_have_accessible_description(cart.QUANTITY_SAYS)
    expect(visit.pack.CartPage(visit.page).open().subtotal).to_have_text(money.pattern(product.price * 2))


@pytest.mark.cases(mode="store_pickup_modes")
def test_store_pickup_without_a_store_is_refused_beside_the_store_list(
    visit: Visit, data: TestData, guest: Guest, mode: DeliveryMode
):
    """Choosing store pickup but no store keeps the guest at checkout with the store list marked."""
    product = next(p for p in visit.profile.shop.products
                   if orders.refusal(visit.profile, (Item(p.code),), mode.code) is None)  # fmt: skip
    order = Order((Item(product.code),), mode.code, invoice(data, "mobile-barcode"))

    checkout = fill_checkout(visit, order, guest)
    checkout.submit()

    stores = checkout.delivery.store(mode.name(visit.lang), mode.carrier(visit.lang))
    expect(checkout.heading).to_be_visible()
    expect(stores).to_have_attribute("aria-invalid", "true")
    expect(stores).to_have_accessible_description(checkout.delivery.STORE_MISSING)
