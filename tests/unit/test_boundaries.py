"""The boundary builder: its picks really sit on the edges, and Hypothesis finds nothing nearer.

Hypothesis searches the oracles over a wider space than the builder's grid (longer stays, any
add-ons, any day of the week) for a total nearer a ceiling or a threshold than the builder's pick.
It runs derandomized with a fixed seed and no example database, so a failure replays exactly.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from support import boundaries, oracle
from support.oracle import order as orders
from support.oracle import refund
from support.oracle.order import Item
from support.profile import load

ROOT = Path(__file__).parents[2]
DEMO = load(ROOT / "profiles" / "demo-hotel.yaml")
MISTY = load(ROOT / "profiles" / "misty-hill.yaml")
TODAY = date(2026, 12, 3)  # a Thursday; the builder is given the day, so these tests do not move with the clock
SEARCH = settings(derandomize=True, database=None, max_examples=120, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])  # fmt: skip


def test_a_share_with_cents_rounds_three_ways():
    share = boundaries.rounding(DEMO.money_format, 1677, 70)

    assert (share.exact, share.half_up, share.truncated, share.half_even) == (Decimal("1173.9"), 1174, 1173, 1174)
    assert share.bites
    assert not share.bites_both
    assert boundaries.rounding(DEMO.money_format, 1677, 50).bites_both  # 838.5: up 839, down and to even 838
    assert not boundaries.rounding(DEMO.money_format, 960, 70).bites  # 672: the old tests' deposit


@pytest.mark.parametrize("offset", range(7), ids=lambda n: (TODAY + timedelta(days=n)).strftime("%A").lower())
def test_every_refund_share_of_the_demo_hotel_gets_a_stay_whose_refund_has_cents(offset: int):
    """Whatever the weekday, each band's share that is neither 0 nor 100% rounds differently truncated."""
    today = TODAY + timedelta(days=offset)
    cases = boundaries.refund_cases(DEMO, today)

    assert [repr(case) for case in cases][:2] == ["deposit-14-days-ahead", "deposit-13-days-ahead"]
    for case in cases:
        bands = DEMO.cancellation.bands_for(case.plan)
        percent = refund.percent(bands, case.days_ahead)
        stay = case.stay.on(today + timedelta(days=case.days_ahead), case.method)
        paid = oracle.schedule(DEMO, stay, today).charged_on_booking
        assert case.rounding.paid == paid
        assert case.rounding.percent == percent
        assert refund.refund(paid, bands, case.days_ahead, DEMO.money_format) == case.rounding.half_up
        if 0 < percent < 100:
            assert case.rounding.truncated == int(paid * percent / 100) != case.rounding.half_up, repr(case)


def test_where_the_share_allows_a_half_the_pick_splits_half_even_too():
    """70%, 50% and 30% can end in exactly half a dollar: the builder prefers such a stay when one is near."""
    cases = {repr(case): case for case in boundaries.refund_cases(DEMO, TODAY)}

    assert cases["deposit-9-days-ahead"].rounding.bites_both
    assert cases["full-1-days-ahead"].rounding.bites_both


def test_misty_hill_reaches_cents_at_70_percent_only_with_a_holiday_night_in_reach():
    """Cancelling a day ahead at 70% has cents only when the stay can reach a holiday night.

    Misty Hill's per-person rates are round but for the holiday surcharge on TWD 3,250 (4,225);
    without a holiday in reach the case books the plainest stay, and says so.
    """
    far = {repr(case): case for case in boundaries.refund_cases(MISTY, TODAY)}
    near = {repr(case): case for case in boundaries.refund_cases(MISTY, date(2026, 12, 29))}

    assert not far["full-1-days-ahead"].rounding.bites
    assert far["full-1-days-ahead"].stay == boundaries.plain_shape(MISTY)
    assert near["full-1-days-ahead"].rounding.bites


def test_the_store_code_ceiling_is_reached_exactly_and_the_nearest_totals_either_side_are_found():
    method = DEMO.payment_method("cvs-code")
    edges = {case.edge.side: case for case in boundaries.ceiling_edges(DEMO, method, TODAY)}

    assert edges["at"].edge.exact
    assert edges["at"].edge.reached == 6000
    assert edges["under"].edge.reached < 6000 < edges["over"].edge.reached
    for case in edges.values():
        assert oracle.price(DEMO, case.stay.on(case.check_in, method.code)).total == case.edge.reached
        assert oracle.accepts(DEMO, case.stay.on(case.check_in, method.code)) is case.offered
    assert [repr(case) for case in boundaries.ceiling_cases(DEMO, "within")] == ["cvs-code-at-the-ceiling"]
    assert [repr(case) for case in boundaries.ceiling_cases(DEMO, "over")] == ["cvs-code-just-over-the-ceiling"]


def _stays(profile):
    """Any stay the profile's form can take, a month out on any weekday, up to five nights and three rooms."""
    room = st.sampled_from(profile.room_types)
    return room.flatmap(
        lambda r: (
            st.builds(
                boundaries.Shape,
                st.just(r.code),
                st.integers(1, 5),
                st.just(1),
                st.integers(1, r.max_guests),
                st.sampled_from(boundaries.addon_sets(profile)),
            )
            | st.integers(2, min(3, r.count or 3)).flatmap(
                lambda rooms: st.builds(
                    boundaries.Shape,
                    st.just(r.code),
                    st.integers(1, 3),
                    st.just(rooms),
                    st.integers(rooms, r.max_guests * rooms),
                    st.sampled_from(boundaries.addon_sets(profile)),
                )
            )
        )
    )


@seed(13)
@SEARCH
@given(shape=_stays(DEMO), day=st.integers(0, 6))
def test_hypothesis_finds_no_total_nearer_the_ceiling_than_the_builder(shape: boundaries.Shape, day: int):
    method = DEMO.payment_method("cvs-code")
    edges = {case.edge.side: case.edge.reached for case in boundaries.ceiling_edges(DEMO, method, TODAY)}
    check_in = TODAY + timedelta(days=30 + day)

    total = oracle.price(DEMO, shape.on(check_in, method.code)).total

    assert not edges["under"] < total < method.max_amount, f"{shape!r} on {check_in}: {total}"
    assert not method.max_amount < total < edges["over"], f"{shape!r} on {check_in}: {total}"


def test_free_delivery_thresholds_are_reached_exactly_with_the_nearest_below_beside_them():
    cases = boundaries.threshold_cases(DEMO)

    assert [repr(case) for case in cases] == [
        "local-goods-at-the-threshold", "local-goods-just-under-the-threshold",
        "home-tcat-goods-at-the-threshold", "home-tcat-goods-just-under-the-threshold",
        "cold-tcat-goods-at-the-threshold", "cold-tcat-goods-just-under-the-threshold",
    ]  # fmt: skip
    for case in cases:
        quote = orders.price(DEMO, case.items, case.mode)
        assert quote.subtotal == case.edge.reached
        assert orders.refusal(DEMO, case.items, case.mode) is None
        assert (quote.delivery_fee == 0) is case.free
        assert case.edge.exact or case.edge.side == "under"


@seed(13)
@SEARCH
@given(picks=st.lists(st.tuples(st.sampled_from(DEMO.shop.products), st.integers(1, 4)), min_size=1, max_size=4,
                      unique_by=lambda pick: pick[0].code))  # fmt: skip
def test_hypothesis_finds_no_cart_nearer_a_threshold_than_the_builder(picks: list):
    items = tuple(Item(product.code, quantity) for product, quantity in picks)
    for case in (c for c in boundaries.threshold_cases(DEMO) if c.edge.side == "under"):
        threshold = DEMO.shop.delivery_mode(case.mode).free_from
        if orders.refusal(DEMO, items, case.mode) is None:
            subtotal = orders.price(DEMO, items, case.mode).subtotal
            assert not case.edge.reached < subtotal < threshold, f"{items} for {case.mode}: {subtotal}"


def test_price_windows_straddle_the_weekend_each_holiday_run_and_end_on_the_last_bookable_day():
    windows = boundaries.price_windows(MISTY, TODAY)
    by_why = {}
    for window in windows:
        by_why.setdefault(window.why, []).append(window)
    tariff = MISTY.tariff

    weekend = by_why["across-the-weekend"][0].dates()
    assert not tariff.is_weekend(weekend[0])
    assert not tariff.is_weekend(weekend[-1])
    assert all(tariff.is_weekend(night) for night in weekend[1:-1])
    for window in by_why["across-a-holiday"]:
        nights = window.dates()
        assert not tariff.is_holiday(nights[0])
        assert not tariff.is_holiday(nights[-1])
        assert all(tariff.is_holiday(night) for night in nights[1:-1])
    assert [w.check_in for w in by_why["across-a-holiday"]] == [date(2026, 12, 30), date(2027, 2, 4), date(2027, 4, 1)]
    assert by_why["on-the-last-bookable-day"][0].check_in == TODAY + timedelta(days=MISTY.booking.horizon_days - 1)
    assert [w.why for w in windows[:3]] == ["across-the-weekend", "across-a-holiday", "on-the-last-bookable-day"]


def test_the_priced_stays_of_the_fee_test_take_the_windows_first():
    from support.cases import priced_stays

    demo = [repr(case) for case in priced_stays(DEMO)]

    assert demo[0].endswith("-across-the-weekend")
    assert demo[1].endswith("-on-the-last-bookable-day")
    assert not demo[2].endswith(("day", "weekend"))
    assert not demo[3].endswith(("day", "weekend"))
