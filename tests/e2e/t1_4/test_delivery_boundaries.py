"""P1.4.4: the delivery rules hold at their edges: free delivery, the store-pickup weight and size limits, the area.

At the free-delivery threshold the fee goes; a parcel at the store-pickup weight limit or with a
side over the size limit is not offered store pickup, one below it is; local delivery takes a
postcode in its area and turns one outside away beside the field. Limits come from the profile.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from scenarios.order_goods import check_out, fill_checkout, review_order
from support import money
from support.data import Guest, TestData
from support.guest_data import street_address
from support.oracle import order as orders
from support.oracle.order import Invoice, Item, Order
from support.profile import Profile

pytestmark = pytest.mark.requirement("P1.4.4")

BARCODE = Invoice("mobile-barcode", "/ABC+123")


@pytest.mark.nondestructive
@pytest.mark.parametrize(
    ("quantity", "free"),
    [
        pytest.param(4, True, id="goods-at-the-threshold-go-free"),
        pytest.param(3, False, id="goods-below-it-pay-the-fee"),
    ],
)
def test_free_delivery_starts_at_the_threshold(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest, quantity: int, free: bool
):
    """Goods worth the threshold travel free, goods worth less pay the mode's fee, and the total says so."""
    items = (Item("beach-towel", quantity),)
    mode = profile.shop.delivery_mode("home-tcat")
    quote = orders.price(profile, items, mode.code)
    assert (quote.subtotal >= (mode.free_from or 0)) is free, "the cart should sit on the side of the threshold named"
    order = Order(items, mode.code, BARCODE, postcode="100", address=street_address(data))

    review = review_order(page, profile, site_lang, order, guest)

    expect(review.summary.fee).to_have_text(money.pattern(quote.delivery_fee))
    expect(review.summary.total).to_have_text(money.pattern(quote.total))


@pytest.mark.nondestructive
@pytest.mark.parametrize(
    "items",
    [
        pytest.param((Item("beach-towel", 10),), id="parcel-at-the-weight-limit"),
        pytest.param((Item("beach-towel", 9),), id="parcel-just-under-the-weight-limit"),
        pytest.param((Item("framed-print"),), id="parcel-longer-than-the-size-limit"),
    ],
)
def test_store_pickup_is_offered_only_within_its_weight_and_size_limits(
    page: Page, profile: Profile, site_lang: str, items: tuple[Item, ...]
):
    """7-ELEVEN and FamilyMart pickup are offered only for parcels under the weight limit and within the size limit."""
    checkout = check_out(page, items)

    for code in ("store-711", "store-family"):
        mode = profile.shop.delivery_mode(code)
        option = checkout.delivery.option(mode.name(site_lang), mode.carrier(site_lang))
        why = orders.refusal(profile, items, code)
        if why is None:
            expect(option, f"{code} should be offered").to_be_enabled()
        else:
            expect(option, f"{code} must not be offered").to_be_disabled()
            expect(option).to_have_accessible_description(re.compile("公斤|kg" if why == "weight" else "公分|cm"))


@pytest.mark.destructive
def test_local_delivery_takes_a_postcode_in_its_area(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """A postcode in the stated area reaches the review, with the address shown."""
    mode = profile.shop.delivery_mode("local")
    address = street_address(data)
    order = Order((Item("xo-sauce"),), mode.code, BARCODE, postcode=mode.postcodes[-1], address=address)

    review = review_order(page, profile, site_lang, order, guest)

    expect(review.summary.address).to_contain_text(address)
    expect(review.summary.address).to_contain_text(mode.postcodes[-1])


@pytest.mark.destructive
def test_local_delivery_turns_away_a_postcode_outside_its_area(
    page: Page, profile: Profile, site_lang: str, data: TestData, guest: Guest
):
    """A postcode outside the area is refused beside the field, and the address typed is kept."""
    mode = profile.shop.delivery_mode("local")
    outside = next(code for code in ("806", "100", "970") if code not in mode.postcodes)
    address = street_address(data)
    order = Order((Item("xo-sauce"),), mode.code, BARCODE, postcode=outside, address=address)

    checkout = fill_checkout(page, profile, site_lang, order, guest)
    checkout.submit()

    expect(checkout.heading).to_be_visible()
    expect(checkout.postcode).to_have_attribute("aria-invalid", "true")
    expect(checkout.postcode).to_have_accessible_description(re.compile("範圍|area"))
    expect(checkout.address).to_have_value(address)
