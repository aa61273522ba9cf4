"""The refund oracle and the payment schedule: every boundary of the statutory tables and the ceilings."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from support import oracle
from support.money import MoneyFormat
from support.oracle import refund
from support.oracle.stay import ROOM, SERVICE_CHARGE, Fee
from support.profile import ProfileError, load

DEMO = Path(__file__).parents[2] / "profiles" / "demo-hotel.yaml"
PROFILE = load(DEMO)


@pytest.mark.parametrize(
    ("days", "percent"),
    [(30, 100), (14, 100), (13, 70), (10, 70), (9, 50), (7, 50), (6, 40), (4, 40), (3, 30), (2, 30), (1, 20), (0, 0),
     (-1, 0)],
)  # fmt: skip
def test_deposit_schedule_boundaries(days, percent):
    assert refund.percent(refund.STATUTORY_DEPOSIT, days) == percent


@pytest.mark.parametrize(("days", "percent"), [(10, 100), (3, 100), (2, 50), (1, 50), (0, 0)])
def test_full_prepayment_schedule_boundaries(days, percent):
    assert refund.percent(refund.STATUTORY_FULL, days) == percent


def test_refunds_round_half_up_to_the_dollar():
    whole = MoneyFormat()
    assert refund.refund(Decimal(2835), refund.STATUTORY_DEPOSIT, 12, whole) == Decimal(1985)  # 1,984.5
    assert refund.refund(Decimal(2835), refund.STATUTORY_DEPOSIT, 1, whole) == Decimal(567)


def test_refunds_round_half_up_to_the_cent_in_a_two_decimal_currency():
    cents = MoneyFormat(code="USD", symbol="$", decimals=2)
    assert refund.refund(Decimal("283.55"), refund.STATUTORY_DEPOSIT, 12, cents) == Decimal("198.49")  # 198.485


def test_a_more_generous_schedule_has_no_shortfall_and_a_meaner_one_does():
    generous = (refund.Band(7, 100), refund.Band(1, 80), refund.Band(0, 10))
    mean = (refund.Band(14, 100), refund.Band(10, 60), refund.Band(0, 0))

    assert refund.shortfalls(generous, refund.STATUTORY_DEPOSIT) == []
    assert refund.shortfalls(mean, refund.STATUTORY_DEPOSIT)[:4] == [1, 2, 3, 4]


def test_a_profile_below_the_statutory_schedule_is_refused(tmp_path):
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    data["cancellation"]["deposit_schedule"][1]["refund_percent"] = 60
    mean = tmp_path / "mean.yaml"
    mean.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    with pytest.raises(ProfileError, match="deposit_schedule refunds less than the statutory schedule"):
        load(mean)


def test_a_deposit_above_the_ceiling_is_refused(tmp_path):
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    data["tariff"]["deposit"]["percent"] = 40
    greedy = tmp_path / "greedy.yaml"
    greedy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    with pytest.raises(ProfileError, match=r"deposit\.percent"):
        load(greedy)


def stay(**changes) -> oracle.Stay:
    values = dict(room_type="deluxe-twin", check_in=date(2026, 12, 20), check_out=date(2026, 12, 22), rooms=1,
                  guests=2, payment_method="credit-card")  # fmt: skip
    values.update(changes)
    return oracle.Stay(**values)


def test_meals_and_transfers_are_priced_from_the_tariff():
    quote = oracle.price(PROFILE, stay(addons={"breakfast": 1, "dinner": 1, "airport": 2}))

    assert quote.lines[Fee("addon", "dinner")] == 880 * 2 * 2
    assert quote.lines[Fee("addon", "airport")] == 1350 * 2
    assert quote.lines[SERVICE_CHARGE] == round((quote.lines[ROOM] + 380 * 4 + 880 * 4) / 10)


def test_card_payment_is_the_full_amount_on_confirming():
    plan = oracle.schedule(PROFILE, stay(), booked_on=date(2026, 12, 1))

    assert (plan.plan, plan.prepay_by, plan.balance, plan.hold_until) == ("full", None, 0, None)
    assert plan.prepay == oracle.price(PROFILE, stay()).total
    assert plan.final_payment_date == date(2026, 12, 1)


def test_line_pay_takes_thirty_percent_of_the_room_and_leaves_the_rest_for_check_in():
    line_pay = stay(payment_method="line-pay", addons={"breakfast": 1})
    plan = oracle.schedule(PROFILE, line_pay, booked_on=date(2026, 12, 1))

    assert plan.prepay == round(oracle.price(PROFILE, line_pay).room * Decimal("0.3"))
    assert plan.balance == oracle.price(PROFILE, line_pay).total - plan.prepay
    assert plan.final_payment_date == line_pay.check_in


def test_an_atm_deposit_is_due_and_the_room_held_until_the_deadline():
    plan = oracle.schedule(PROFILE, stay(payment_method="atm"), booked_on=date(2026, 12, 1))

    assert plan.prepay_by == plan.hold_until == datetime(2026, 12, 4, 23, 59)


def test_paying_at_the_hotel_holds_the_room_until_the_evening_of_check_in():
    plan = oracle.schedule(PROFILE, stay(payment_method="pay-at-hotel"), booked_on=date(2026, 12, 1))

    assert (plan.prepay, plan.hold_until) == (0, datetime(2026, 12, 20, 18, 0))


@pytest.mark.parametrize(("total", "accepted"), [(6000, True), (6001, False)])
def test_the_store_code_ceiling_is_inclusive(total, accepted, monkeypatch):
    monkeypatch.setattr(oracle.stay, "price", lambda profile, stay: oracle.Quote({ROOM: Decimal(total)}))

    assert oracle.accepts(PROFILE, stay(payment_method="cvs-code")) is accepted
