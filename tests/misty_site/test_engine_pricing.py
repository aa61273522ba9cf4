"""Pricing, payment schedules and refunds: the house's tariff, as the profile approves it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from misty_hill import house
from misty_hill.money import percent_of
from misty_hill.stay import pricing, validation
from misty_hill.stay.pricing import StayRequest

WEDNESDAY = date(2027, 3, 10)


def stay(check_in: date, nights: int, guests: int = 2, room: str = "cedar", addons=(), method="card") -> StayRequest:
    """A stay of `nights` nights from `check_in`."""
    return StayRequest(
        room, check_in, date.fromordinal(check_in.toordinal() + nights), 1, guests, tuple(addons), method
    )


@pytest.mark.parametrize(
    ("night", "rate"),
    [
        pytest.param(date(2027, 3, 10), 3250, id="wednesday-weekday"),
        pytest.param(date(2027, 3, 12), 3900, id="friday-plus-20"),
        pytest.param(date(2027, 3, 13), 3900, id="saturday-plus-20"),
        pytest.param(date(2027, 3, 14), 3250, id="sunday-weekday"),
        pytest.param(date(2027, 2, 5), 4225, id="holiday-friday-plus-30-not-20"),
        pytest.param(date(2027, 2, 8), 4225, id="holiday-monday-plus-30"),
    ],
)
def test_a_night_costs_the_weekday_rate_the_weekend_or_the_holiday_surcharge(night: date, rate: int):
    """Per person: Friday and Saturday nights +20 %, holiday nights +30 % (a holiday on a weekend is a holiday)."""
    assert pricing.night_rate(house.room_type("cedar"), night) == rate


def test_the_holiday_switch_moves_the_surcharge_to_the_night_after():
    """Off by a night: 2027-02-09, the Tuesday after the holidays, gets the surcharge; Friday 2027-02-05 loses it."""
    late, cedar = frozenset({"holiday-surcharge-a-night-late"}), house.room_type("cedar")
    assert pricing.night_rate(cedar, date(2027, 2, 9)) == 3250
    assert pricing.night_rate(cedar, date(2027, 2, 9), late) == 4225
    assert pricing.night_rate(cedar, date(2027, 2, 5), late) == 3900  # a Friday, no longer a holiday


def test_the_room_line_is_guests_times_each_nights_rate():
    """Thursday + Friday for two in the valley room: 2 × (3,600 + 4,320)."""
    quote = pricing.quote(stay(date(2027, 3, 11), 2, room="valley"))
    assert [(line.kind, line.amount) for line in quote.lines] == [("room", 15_840)]


def test_tea_is_per_person_per_stay_and_bicycles_per_night_for_the_party():
    """Three nights for two: tea 2 × 450, bicycles 3 × 300."""
    quote = pricing.quote(stay(WEDNESDAY, 3, addons=("tea", "bike")))
    assert [(line.code, line.amount) for line in quote.lines] == [("cedar", 2 * 3250 * 2 + 2 * 3900), ("tea", 900),
                                                                  ("bike", 900)]  # fmt: skip
    assert quote.total == sum(line.amount for line in quote.lines)


def test_card_pays_everything_at_booking_and_holds_nothing():
    """Full plan: the total now, no deadline, no balance, the last payment on the booking day."""
    request = stay(WEDNESDAY, 1)
    plan = pricing.schedule(request, pricing.quote(request), booked_on=date(2027, 2, 3))
    assert (plan.plan, plan.prepay, plan.prepay_by, plan.balance, plan.hold_until) == ("full", 6500, None, 0, None)
    assert plan.final_payment_date == date(2027, 2, 3)


def test_a_transfer_pays_30_percent_of_the_whole_total_within_three_days_and_the_rest_at_check_in():
    """Deposit of room and add-ons, rounded half up; due three days after booking at 23:59."""
    request = stay(WEDNESDAY, 1, guests=1, addons=("tea", "bike"), method="wire")  # 3,250 + 450 + 300 = 4,000
    plan = pricing.schedule(request, pricing.quote(request), booked_on=date(2027, 2, 3))
    assert (plan.prepay, plan.balance) == (1200, 2800)
    assert plan.prepay_by == plan.hold_until == datetime(2027, 2, 6, 23, 59)
    assert plan.final_payment_date == WEDNESDAY


def test_a_transfer_deadline_is_never_later_than_the_day_before_check_in():
    """Booked two days ahead: the deposit is due the day before arrival, not three days later."""
    request = stay(date(2027, 2, 5), 1, method="wire")
    plan = pricing.schedule(request, pricing.quote(request), booked_on=date(2027, 2, 3))
    assert plan.prepay_by == datetime(2027, 2, 4, 23, 59)


def test_deposits_round_half_up():
    """30 % of 3,255 is 976.5: 977 (Python's round() would give 976, to even)."""
    assert percent_of(3255, 30) == 977


@pytest.mark.parametrize(
    ("plan", "days", "percent"),
    [("full", 5, 100), ("full", 2, 100), ("full", 1, 70), ("full", 0, 20),
     ("deposit", 10, 100), ("deposit", 9, 80), ("deposit", 7, 80), ("deposit", 6, 60), ("deposit", 2, 40),
     ("deposit", 1, 30), ("deposit", 0, 10)],
)  # fmt: skip
def test_refunds_follow_the_published_schedule(plan: str, days: int, percent: int):
    """Both edges of every band of the schedules the policy page publishes."""
    assert pricing.refund_percent(plan, days) == percent


def test_the_statutory_schedule_is_only_the_defect_switchs():
    """The law's minimum (full prepayment 1–2 days before: 50 %) is less than what we promise (70–100 %)."""
    assert pricing.refund_percent("full", 1, statutory=True) == 50
    assert pricing.refund_percent("full", 1) == 70


def test_check_in_is_open_to_the_horizons_last_day_and_the_switch_closes_it_a_day_early():
    """179 days ahead is the last of the 180 bookable days; the switch makes it 178."""
    today = date(2026, 12, 4)
    assert validation.bounds(today).latest == today + timedelta(days=house.HORIZON_DAYS - 1)
    assert validation.bounds(today, frozenset({"last-bookable-day-refused"})).latest == today + timedelta(days=178)
