"""The price oracle, computed from the profile alone: rates by night, meals, service charge, fees."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from support import oracle
from support.oracle.stay import HANDLING_FEE, ROOM, SERVICE_CHARGE, Fee
from support.profile import load

PROFILE = load(Path(__file__).parents[2] / "profiles" / "demo-hotel.yaml")
THURSDAY = date(2026, 12, 3)


def stay(**changes) -> oracle.Stay:
    values = dict(room_type="deluxe-twin", check_in=THURSDAY, check_out=date(2026, 12, 5), rooms=1, guests=2,
                  payment_method="credit-card")  # fmt: skip
    values.update(changes)
    return oracle.Stay(**values)


def test_thursday_and_friday_nights_are_one_weekday_and_one_weekend_rate():
    quote = oracle.price(PROFILE, stay())

    assert quote.lines[ROOM] == 4200 + 5200
    assert quote.lines[SERVICE_CHARGE] == Decimal(940)
    assert quote.total == 4200 + 5200 + 940


def test_breakfast_is_per_person_per_night_and_bears_service_charge():
    quote = oracle.price(PROFILE, stay(addons={"breakfast": 1}, guests=2))

    assert quote.lines[Fee("addon", "breakfast")] == 380 * 2 * 2
    assert quote.lines[SERVICE_CHARGE] == Decimal(round((9400 + 1520) / 10))


def test_rooms_multiply_the_room_line():
    assert oracle.price(PROFILE, stay(rooms=3, guests=3)).lines[ROOM] == 3 * (4200 + 5200)


def test_the_transfer_handling_fee_is_its_own_line_without_service_charge():
    card, atm = oracle.price(PROFILE, stay()), oracle.price(PROFILE, stay(payment_method="atm"))

    assert HANDLING_FEE not in card.lines
    assert atm.lines[HANDLING_FEE] == 15
    assert atm.total - card.total == 15


def test_service_charge_rounds_half_up():
    quote = oracle.price(PROFILE, stay(room_type="standard-double", check_out=date(2026, 12, 4),
                                       addons={"breakfast": 1}, guests=1))  # fmt: skip
    # 3,200 + 380 = 3,580 → 10% = 358
    assert quote.lines[SERVICE_CHARGE] == 358


@pytest.mark.parametrize(
    ("booked_on", "check_in", "deadline"),
    [
        (date(2026, 12, 1), date(2026, 12, 20), date(2026, 12, 4)),  # three days after booking
        (date(2026, 12, 1), date(2026, 12, 4), date(2026, 12, 3)),  # but never later than check-in eve
        (date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 1)),  # booked the day before: pay today
    ],
)
def test_transfer_hold_date_is_three_days_or_check_in_eve(booked_on, check_in, deadline):
    atm = stay(payment_method="atm", check_in=check_in, check_out=date(2026, 12, 25))

    assert oracle.pay_by(PROFILE, atm, booked_on) == datetime(deadline.year, deadline.month, deadline.day, 23, 59)


def test_card_payments_have_no_hold_date():
    assert oracle.pay_by(PROFILE, stay(), date(2026, 12, 1)) is None
