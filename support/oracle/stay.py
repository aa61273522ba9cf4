"""The stay oracle: what a stay must cost and when it must be paid, from the profile alone.

Independent of the site on purpose: the site's own pricing code is never imported or copied,
so a site that charges something the operator did not approve cannot agree with itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from support.money import round_half_up
from support.profile import Profile


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

    @property
    def nights(self) -> int:
        """How many nights the stay lasts."""
        return (self.check_out - self.check_in).days

    def night_dates(self) -> list[date]:
        """The date each night of the stay starts on."""
        return [self.check_in + timedelta(days=n) for n in range(self.nights)]


@dataclass(frozen=True)
class Quote:
    """The expected fee lines, by kind (room, breakfast, service_charge, handling_fee), and total."""

    lines: dict[str, Decimal]

    @property
    def total(self) -> Decimal:
        """The sum of the expected fee lines."""
        return sum(self.lines.values(), Decimal(0))


def price(profile: Profile, stay: Stay) -> Quote:
    """The price of `stay`: rooms per night at the weekday or weekend rate, meals, service charge, fee."""
    rates = profile.room_type(stay.room_type).rates
    room = (
        sum(
            (
                Decimal(rates.weekend if profile.tariff.is_weekend(night) else rates.weekday)
                for night in stay.night_dates()
            ),
            Decimal(0),
        )
        * stay.rooms
    )
    lines = {"room": room}
    meals = Decimal(0)
    if stay.breakfast:
        meals = Decimal(profile.tariff.meals["breakfast"].per_person_per_night) * stay.guests * stay.nights
        lines["breakfast"] = meals
    charge = profile.tariff.service_charge
    if charge.percent:
        base = (room if "room" in charge.applies_to else 0) + (meals if "meals" in charge.applies_to else 0)
        lines["service_charge"] = round_half_up(base * charge.percent / 100)
    fee = profile.payment_method(stay.payment_method).handling_fee
    if fee:
        lines["handling_fee"] = Decimal(fee)
    return Quote(lines)


def pay_by(profile: Profile, stay: Stay, booked_on: date) -> datetime | None:
    """The payment deadline / room hold date: N days after booking, never later than check-in eve."""
    method = profile.payment_method(stay.payment_method)
    if method.pay_within_days is None:
        return None
    deadline = min(booked_on + timedelta(days=method.pay_within_days), stay.check_in - timedelta(days=1))
    hour, minute = (int(part) for part in (method.deadline_time or "23:59").split(":"))
    return datetime.combine(deadline, time(hour, minute))
