"""The stay oracle: what a stay must cost and how it must be paid, from the profile alone.

Independent of the site on purpose: the site's own pricing code is never imported or copied,
so a site that charges something the operator did not approve cannot agree with itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from support.money import round_half_up

if TYPE_CHECKING:  # the profile module uses the refund oracle to check its schedules
    from support.profile import PaymentMethod, Profile


@dataclass(frozen=True)
class Stay:
    """The choices a guest makes on the booking form."""

    room_type: str
    check_in: date
    check_out: date
    rooms: int
    guests: int
    breakfast: bool
    payment_method: str
    dinner: bool = False
    transfer: str | None = None
    transfer_trips: int = 0

    @property
    def nights(self) -> int:
        """How many nights the stay lasts."""
        return (self.check_out - self.check_in).days

    @property
    def meals(self) -> list[str]:
        """The meals chosen, in menu order."""
        return [meal for meal, chosen in (("breakfast", self.breakfast), ("dinner", self.dinner)) if chosen]

    def night_dates(self) -> list[date]:
        """The date each night of the stay starts on."""
        return [self.check_in + timedelta(days=n) for n in range(self.nights)]


@dataclass(frozen=True)
class Quote:
    """The expected fee lines by kind (room, breakfast, dinner, service_charge, transfer, handling_fee)."""

    lines: dict[str, Decimal]

    @property
    def total(self) -> Decimal:
        """The sum of the expected fee lines."""
        return sum(self.lines.values(), Decimal(0))


@dataclass(frozen=True)
class Schedule:
    """How the total must be paid: the prepayment and its deadline, the balance, the last day, the hold.

    `prepay_by` is None when the method charges on confirmation; `hold_until` is None when the room
    needs no holding (it is paid for already).
    """

    plan: str
    prepay: Decimal
    prepay_by: datetime | None
    balance: Decimal
    final_payment_date: date
    hold_until: datetime | None

    @property
    def charged_on_booking(self) -> Decimal:
        """What the guest has paid once the booking is confirmed (pay-later methods: nothing yet)."""
        return self.prepay if self.prepay_by is None else Decimal(0)


def price(profile: Profile, stay: Stay) -> Quote:
    """The price of `stay`: rooms by night, meals per person per night, service charge, transfers, fee."""
    tariff = profile.tariff
    rates = profile.room_type(stay.room_type).rates
    nightly = [Decimal(rates.weekend if tariff.is_weekend(night) else rates.weekday) for night in stay.night_dates()]
    room = sum(nightly, Decimal(0)) * stay.rooms
    lines = {"room": room}
    for meal in stay.meals:
        lines[meal] = Decimal(tariff.meals[meal].per_person_per_night) * stay.guests * stay.nights
    meals = sum((lines[meal] for meal in stay.meals), Decimal(0))
    charge = tariff.service_charge
    if charge.percent:
        base = (room if "room" in charge.applies_to else 0) + (meals if "meals" in charge.applies_to else 0)
        lines["service_charge"] = round_half_up(base * charge.percent / 100)
    if stay.transfer:
        lines["transfer"] = Decimal(tariff.transfers[stay.transfer].per_trip) * stay.transfer_trips
    fee = profile.payment_method(stay.payment_method).handling_fee
    if fee:
        lines["handling_fee"] = Decimal(fee)
    return Quote(lines)


def pay_by(profile: Profile, stay: Stay, booked_on: date) -> datetime | None:
    """The deadline of a pay-later method (the room hold date): N days after booking, never past check-in eve."""
    method = profile.payment_method(stay.payment_method)
    if method.pay_within_days is None:
        return None
    deadline = min(booked_on + timedelta(days=method.pay_within_days), stay.check_in - timedelta(days=1))
    return datetime.combine(deadline, _clock(method.deadline_time or "23:59"))


def schedule(profile: Profile, stay: Stay, booked_on: date) -> Schedule:
    """What the guest's payment method must collect, when, and how long the room must be held for it."""
    method = profile.payment_method(stay.payment_method)
    total = price(profile, stay).total
    prepay = _prepayment(profile, method, stay, total)
    deadline = pay_by(profile, stay, booked_on)
    balance = total - prepay
    at_hotel = datetime.combine(stay.check_in, _clock(method.hold_until or "18:00"))
    hold = at_hotel if method.plan == "none" else deadline
    final = stay.check_in if balance else (deadline.date() if deadline else booked_on)
    return Schedule(method.plan, prepay, deadline, balance, final, hold)


def accepts(profile: Profile, stay: Stay) -> bool:
    """Whether the stay's payment method can take its total (a store payment code has a ceiling)."""
    limit = profile.payment_method(stay.payment_method).max_amount
    return limit is None or price(profile, stay).total <= limit


def _prepayment(profile: Profile, method: PaymentMethod, stay: Stay, total: Decimal) -> Decimal:
    if method.plan == "none":
        return Decimal(0)
    if method.plan == "deposit":
        room = price(profile, stay).lines["room"]
        return round_half_up(room * profile.tariff.deposit.percent / 100)
    return total


def _clock(text: str) -> time:
    hour, minute = (int(part) for part in text.split(":"))
    return time(hour, minute)
