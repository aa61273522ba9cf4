"""The order oracle, from the profile alone: which modes may carry a cart and why not, fees, dates, exclusions."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from support.oracle import order as orders
from support.oracle.order import Item
from support.profile import load

PROFILE = load(Path(__file__).parents[2] / "profiles" / "demo-hotel.yaml")
AMBIENT_ONLY = ["home-tcat", "home-hct", "home-post", "store-711", "store-family"]


@pytest.mark.parametrize("product", ["mullet-roe", "frozen-dumplings"])
@pytest.mark.parametrize("mode", AMBIENT_ONLY)
def test_chilled_and_frozen_food_never_goes_by_an_ambient_only_mode(product, mode):
    assert orders.refusal(PROFILE, (Item(product),), mode) == "temperature"


def test_only_familymart_takes_frozen_food_to_a_store_and_never_chilled():
    assert orders.refusal(PROFILE, (Item("frozen-dumplings"),), "store-family-frozen") is None
    assert orders.refusal(PROFILE, (Item("mullet-roe"),), "store-family-frozen") == "temperature"
    assert orders.refusal(PROFILE, (Item("mug"),), "store-family-frozen") == "temperature"


def test_vouchers_go_alone_and_only_to_be_used_at_the_hotel():
    assert [mode.code for mode in orders.allowed_modes(PROFILE, (Item("dinner-voucher"),))] == ["on-site"]
    assert orders.refusal(PROFILE, (Item("mug"),), "on-site") == "voucher"
    assert orders.allowed_modes(PROFILE, (Item("dinner-voucher"), Item("mug"))) == []


def test_store_pickup_stops_at_the_weight_limit_and_the_size_limit():
    assert orders.refusal(PROFILE, (Item("beach-towel", 9),), "store-711") is None  # 4.5 kg
    assert orders.refusal(PROFILE, (Item("beach-towel", 10),), "store-711") == "weight"  # 5 kg is not under 5 kg
    assert orders.refusal(PROFILE, (Item("framed-print"),), "store-family") == "size"  # 60 cm > 45 cm
    assert orders.refusal(PROFILE, (Item("framed-print"),), "home-tcat") is None


def test_delivery_is_free_from_the_threshold_and_charged_below_it():
    at = orders.price(PROFILE, (Item("beach-towel", 4),), "home-tcat")
    below = orders.price(PROFILE, (Item("beach-towel", 3),), "home-tcat")

    assert (at.subtotal, at.delivery_fee, at.total) == (2000, 0, 2000)
    assert (below.subtotal, below.delivery_fee, below.total) == (1500, 150, 1650)


def test_lines_are_quantity_times_unit_price():
    quote = orders.price(PROFILE, (Item("xo-sauce", 2), Item("mug")), "cold-tcat")

    assert quote.lines == {"xo-sauce": Decimal(1160), "mug": Decimal(480)}
    assert quote.delivery_fee == 250


def test_expected_date_is_the_modes_lead_time_after_ordering():
    assert orders.expected_on(PROFILE, "home-post", date(2026, 12, 30)) == date(2027, 1, 3)
    assert orders.expected_on(PROFILE, "on-site", date(2026, 12, 30)) == date(2026, 12, 30)


def test_only_perishable_food_is_excluded_from_withdrawal():
    excluded = orders.excluded_from_withdrawal(PROFILE, (Item("mug"), Item("xo-sauce"), Item("mullet-roe")))

    assert [product.code for product in excluded] == ["mullet-roe"]
