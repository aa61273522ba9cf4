"""P1.4.4: the shop turns bad input away where the guest typed it, and orders nothing.

An empty cart cannot be checked out; a quantity that is not a whole number from 1 to the
profile's per-order limit is refused beside its field; store pickup without a store is refused
beside the store list. The cart keeps what it held.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from pages.cart import CartPage
from pages.checkout import CheckoutPage
from pages.product import ProductPage
from scenarios.order_goods import fill_checkout
from support import money
from support.data import Guest
from support.oracle.order import Invoice, Item, Order
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.nondestructive]

QUANTITY_SAYS = re.compile("整數|至少|最多|whole number|at least|at most", re.IGNORECASE)


def test_an_empty_cart_cannot_be_checked_out(page: Page):
    """The empty cart says so and offers no checkout; going to checkout anyway says the cart is empty."""
    cart = CartPage(page).open()
    expect(cart.empty_notice).to_be_visible()
    expect(cart.checkout_link).to_have_count(0)

    checkout = CheckoutPage(page).open()

    expect(checkout.heading).to_have_count(0)
    expect(checkout.alerts.first).to_have_text(re.compile("購物車是空的|cart is empty"))


@pytest.mark.parametrize(
    "quantity",
    [
        pytest.param("0", id="zero"),
        pytest.param("-1", id="negative"),
        pytest.param("1.5", id="fraction"),
        pytest.param("over-the-limit", id="over-the-per-order-limit"),
    ],
)
def test_a_bad_quantity_on_the_product_page_is_refused_beside_it(
    page: Page, profile: Profile, site_lang: str, quantity: str
):
    """The quantity is marked invalid with what is allowed, and nothing goes into the cart."""
    typed = str(profile.shop.max_quantity_per_product + 1) if quantity == "over-the-limit" else quantity
    product = ProductPage(page).open("mug")

    product.add_to_cart(typed)

    expect(product.heading).to_have_text(profile.shop.product("mug").name(site_lang))
    expect(product.quantity).to_have_attribute("aria-invalid", "true")
    expect(product.quantity).to_have_accessible_description(QUANTITY_SAYS)
    expect(CartPage(page).open().empty_notice).to_be_visible()


def test_a_bad_quantity_in_the_cart_is_refused_and_the_cart_kept(page: Page, profile: Profile, site_lang: str):
    """Changing a quantity to zero is refused beside it; the cart still holds what it held."""
    mug = profile.shop.product("mug")
    cart = CartPage(page).add_items({"mug": 2}).open()

    cart.change_quantity(mug.name(site_lang), "0")

    expect(cart.quantity(mug.name(site_lang))).to_have_attribute("aria-invalid", "true")
    expect(cart.quantity(mug.name(site_lang))).to_have_accessible_description(QUANTITY_SAYS)
    expect(CartPage(page).open().subtotal).to_have_text(money.pattern(mug.price * 2))


def test_store_pickup_without_a_store_is_refused_beside_the_store_list(
    page: Page, profile: Profile, site_lang: str, guest: Guest
):
    """Choosing 7-ELEVEN pickup but no store keeps the guest at checkout with the store list marked."""
    mode = profile.shop.delivery_mode("store-711")
    order = Order((Item("mug"),), mode.code, Invoice("mobile-barcode", "/ABC+123"))

    checkout = fill_checkout(page, profile, site_lang, order, guest)
    checkout.submit()

    stores = checkout.delivery.store(mode.name(site_lang), mode.carrier(site_lang))
    expect(checkout.heading).to_be_visible()
    expect(stores).to_have_attribute("aria-invalid", "true")
    expect(stores).to_have_accessible_description(re.compile("門市|store"))
