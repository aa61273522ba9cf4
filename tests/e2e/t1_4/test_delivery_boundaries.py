"""P1.4.4: the delivery rules hold at their edges: free delivery, the store-pickup weight and size limits, the area.

At each free-delivery threshold the fee goes, and a dollar under it (or as near as the shop's prices
come, support/boundaries.py) it stays; a parcel at the store-pickup weight limit or with a
side over the size limit is not offered store pickup, one below it is; local delivery takes a
postcode in its area and turns one outside away beside the field. Limits come from the profile.
"""

from __future__ import annotations

import dataclasses

import pytest
from playwright.sync_api import expect

from scenarios.order_goods import check_out, fill_checkout, review_order
from scenarios.visit import Visit
from support import boundaries
from support.boundaries import ThresholdCase
from support.cases import Cart
from support.checks import each, not_applicable
from support.data import Guest, TestData
from support.guest_data import invoice, order_for
from support.money import MoneyFormat
from support.oracle import order as orders
from support.profile import DeliveryMode

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.offers("shop")]


@pytest.mark.nondestructive
@pytest.mark.cases(threshold="free_delivery_carts")
def test_free_delivery_starts_at_the_threshold(
    visit: Visit, data: TestData, guest: Guest, money: MoneyFormat, threshold: ThresholdCase
):
    """Goods worth the threshold travel free, goods worth just less pay the mode's fee, and the total says so."""
    boundaries.show(f"{', '.join(f'{i.product}x{i.quantity}' for i in threshold.items)}: "
                    f"{threshold.edge.describe(money)}")  # fmt: skip
    quote = orders.price(visit.profile, threshold.items, threshold.mode)
    assert (quote.delivery_fee == 0) == threshold.free, "the oracle agrees which side of the threshold the goods are"
    order = order_for(data, threshold.items, threshold.mode, invoice(data, "mobile-barcode"))

    review = review_order(visit, order, guest)

    expect(review.summary.fee).to_have_text(money.pattern(quote.delivery_fee))
    expect(review.summary.total).to_have_text(money.pattern(quote.total))


@pytest.mark.nondestructive
@pytest.mark.cases(cart="pickup_limit_carts")
def test_store_pickup_is_offered_only_within_its_weight_and_size_limits(visit: Visit, cart: Cart):
    """Store pickup is offered only for parcels under the weight limit and within the size limit."""
    profile, lang = visit.profile, visit.lang
    modes = each([m for m in profile.shop.delivery_modes if m.weight_under_g or m.longest_side_cm],
                 "store pickup modes with limits")  # fmt: skip
    checkout = check_out(visit, cart.items)

    for mode in modes:
        option = checkout.delivery.option(mode.name(lang), mode.carrier(lang))
        why = orders.refusal(profile, cart.items, mode.code)
        if why is None:
            expect(option, f"{mode.code} should be offered").to_be_enabled()
        elif why in ("weight", "size"):
            expect(option, f"{mode.code} must not be offered").to_be_disabled()
            expect(option).to_have_accessible_description(checkout.delivery.WHY_NOT[why])
        else:
            expect(option, f"{mode.code} must not be offered ({why})").to_be_disabled()


def _local_mode(visit: Visit) -> DeliveryMode:
    mode = next((m for m in visit.profile.shop.delivery_modes if m.postcodes), None)
    if mode is None:
        not_applicable("delivery mode limited to an area")
    return mode


def _cart_for(visit: Visit, mode: DeliveryMode) -> tuple[orders.Item, ...]:
    product = next(p for p in visit.profile.shop.products
                   if orders.refusal(visit.profile, (orders.Item(p.code),), mode.code) is None)  # fmt: skip
    return (orders.Item(product.code),)


@pytest.mark.destructive
def test_local_delivery_takes_a_postcode_in_its_area(visit: Visit, data: TestData, guest: Guest):
    """A postcode in the stated area reaches the review, with the address shown."""
    mode = _local_mode(visit)
    order = order_for(data, _cart_for(visit, mode), mode.code, invoice(data, "mobile-barcode"))
    order = dataclasses.replace(order, postcode=mode.postcodes[-1])

    review = review_order(visit, order, guest)

    expect(review.summary.address).to_contain_text(order.address)
    expect(review.summary.address).to_contain_text(mode.postcodes[-1])


@pytest.mark.destructive
def test_local_delivery_turns_away_a_postcode_outside_its_area(visit: Visit, data: TestData, guest: Guest):
    """A postcode outside the area is refused beside the field, and the address typed is kept."""
    mode = _local_mode(visit)
    outside = next((code for code in visit.profile.shop.postcodes_elsewhere if code not in mode.postcodes), None)
    if outside is None:
        not_applicable("postcode outside the delivery area in the profile")
    order = order_for(data, _cart_for(visit, mode), mode.code, invoice(data, "mobile-barcode"))
    order = dataclasses.replace(order, postcode=outside)

    checkout = fill_checkout(visit, order, guest)
    checkout.submit()

    expect(checkout.heading).to_be_visible()
    expect(checkout.postcode).to_have_attribute("aria-invalid", "true")
    expect(checkout.postcode).to_have_accessible_description(checkout.OUTSIDE_AREA)
    expect(checkout.address).to_have_value(order.address)
