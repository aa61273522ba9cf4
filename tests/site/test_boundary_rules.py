"""The reference site's rules at their edges: refunds rounded half up, the store-code ceiling, the last bookable day.

Each edge with its defect switch (issue 13): the switch breaks the rule by a dollar or a day, which
only data at that edge shows.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from site_helpers import Site

from demo_site.booking_form import validate
from demo_site.hotel import HOTEL
from demo_site.pricing import offers, refund_of


@pytest.mark.parametrize(
    ("paid", "percent", "rounded", "truncated"),
    [(1677, 70, 1174, 1173), (1677, 50, 839, 838), (3861, 50, 1931, 1930), (2184, 20, 437, 436), (960, 70, 672, 672)],
)
def test_refunds_round_half_up_and_the_switch_truncates(paid: int, percent: int, rounded: int, truncated: int):
    assert refund_of(paid, percent) == rounded
    assert refund_of(paid, percent, frozenset({"refund-truncates"})) == truncated


def test_the_store_code_takes_a_total_of_exactly_its_ceiling():
    assert offers(HOTEL, "cvs-code", 6000)
    assert not offers(HOTEL, "cvs-code", 6001)
    assert not offers(HOTEL, "cvs-code", 6000, frozenset({"cvs-ceiling-off-by-one"}))
    assert offers(HOTEL, "cvs-code", 5999, frozenset({"cvs-ceiling-off-by-one"}))


def test_a_store_code_review_at_the_ceiling_goes_through(site: Site):
    """A Deluxe Twin weekday night for one with one airport trip: NT$4,200 + NT$420 + NT$1,350 + NT$30 = NT$6,000."""
    monday = site.today + timedelta(days=30 + (-(site.today + timedelta(days=30)).weekday()) % 7)
    stay = {"check_in": monday.isoformat(), "check_out": (monday + timedelta(days=1)).isoformat(),
            "guests": "1", "transfer": "airport", "transfer_trips": "1", "payment_method": "cvs-code"}  # fmt: skip

    assert site.review(**stay).status_code == 200


@pytest.mark.parametrize(("ahead", "switches", "accepted"), [
    (364, (), True), (365, (), False), (364, ("last-bookable-day-refused",), False),
    (363, ("last-bookable-day-refused",), True),
])  # fmt: skip
def test_check_in_is_open_for_the_horizons_days_from_today(site: Site, ahead: int, switches: tuple, accepted: bool):
    """`booking_horizon_days` days from today, today the first: 0 to 364 days ahead; the switch refuses the 364th."""
    check_in = site.today + timedelta(days=ahead)
    values = site.form(check_in=check_in.isoformat(), check_out=(check_in + timedelta(days=1)).isoformat())

    _, errors = validate(values, HOTEL, site.today, frozenset(switches))

    assert ("check_in" not in errors) is accepted
