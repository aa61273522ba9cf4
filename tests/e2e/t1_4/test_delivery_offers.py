"""P1.4.4: checkout offers each cart exactly the delivery modes that may carry it, and says why not for the rest.

Every product kind of the shop against every delivery mode of the profile: an allowed mode is
offered with its fee; a forbidden one (chilled or frozen food by an ambient-only mode, a voucher
shipped, goods sent as a voucher, a parcel too heavy or too long) cannot be chosen and its reason
is tied to it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from scenarios.order_goods import check_out
from scenarios.visit import Visit
from support.cases import Cart
from support.money import MoneyFormat
from support.oracle import order as orders

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.nondestructive, pytest.mark.offers("shop")]


@pytest.mark.cases(cart="product_carts")
def test_checkout_offers_only_the_modes_that_may_carry_the_cart_and_says_why_not(
    visit: Visit, money: MoneyFormat, cart: Cart
):
    """Allowed modes are offered with their fee; the others are disabled with the reason beside them."""
    profile, lang = visit.profile, visit.lang
    checkout = check_out(visit, cart.items)

    for mode in profile.shop.delivery_modes:
        option = checkout.delivery.option(mode.name(lang), mode.carrier(lang))
        why = orders.refusal(profile, cart.items, mode.code)
        if why is None:
            expect(option, f"{mode.code} should be offered").to_be_enabled()
            fee = orders.price(profile, cart.items, mode.code).delivery_fee
            stated = checkout.delivery.fee_stated(money.format(fee) if fee else None)
            expect(option, f"{mode.code} should state its fee").to_have_accessible_description(stated)
        else:
            expect(option, f"{mode.code} must not be offered ({why})").to_be_disabled()
            expect(option, f"{mode.code} should say why not").to_have_accessible_description(
                checkout.delivery.WHY_NOT[why]
            )
