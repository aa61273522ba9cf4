"""P1.4.4: checkout offers each cart exactly the delivery modes that may carry it, and says why not for the rest.

Every product kind against every delivery mode of the profile: an allowed mode is offered with
its fee; a forbidden one (chilled or frozen food by an ambient-only mode, a voucher shipped,
goods sent as a voucher) cannot be chosen and its reason is tied to it.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from scenarios.order_goods import check_out
from support import money
from support.oracle import order as orders
from support.oracle.order import Item
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.nondestructive]

CARTS = [
    pytest.param((Item("xo-sauce"),), id="ambient-food"),
    pytest.param((Item("mullet-roe"),), id="chilled-food"),
    pytest.param((Item("frozen-dumplings"),), id="frozen-food"),
    pytest.param((Item("mug"),), id="merchandise"),
    pytest.param((Item("dinner-voucher"),), id="voucher"),
    pytest.param((Item("mug"), Item("frozen-dumplings")), id="merchandise-with-frozen-food"),
]
WHY = {  # what the reason beside a mode that is not offered must be about, in either language
    "temperature": re.compile("冷藏|冷凍|常溫|chilled|frozen|ambient", re.IGNORECASE),
    "voucher": re.compile("餐券|voucher", re.IGNORECASE),
    "weight": re.compile("公斤|kg"),
    "size": re.compile("公分|cm"),
}


def fee_stated(fee: object) -> re.Pattern[str]:
    """A description that states this delivery fee (or that there is none)."""
    if not fee:
        return re.compile("免運費|No delivery fee")
    return re.compile(rf"{re.escape(money.format_ntd(fee))}(?![\d,])")


@pytest.mark.parametrize("items", CARTS)
def test_checkout_offers_only_the_modes_that_may_carry_the_cart_and_says_why_not(
    page: Page, profile: Profile, site_lang: str, items: tuple[Item, ...]
):
    """Allowed modes are offered with their fee; the others are disabled with the reason beside them."""
    checkout = check_out(page, items)

    for mode in profile.shop.delivery_modes:
        option = checkout.delivery.option(mode.name(site_lang), mode.carrier(site_lang))
        why = orders.refusal(profile, items, mode.code)
        if why is None:
            expect(option, f"{mode.code} should be offered").to_be_enabled()
            fee = orders.price(profile, items, mode.code).delivery_fee
            expect(option, f"{mode.code} should state its fee").to_have_accessible_description(fee_stated(fee))
        else:
            expect(option, f"{mode.code} must not be offered ({why})").to_be_disabled()
            expect(option, f"{mode.code} should say why not").to_have_accessible_description(WHY[why])
