"""What a stay costs on this site: one line per fee, tax included, whole NT dollars."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from demo_site.hotel import Hotel


@dataclass(frozen=True)
class StayRequest:
    """What the guest asked for on the booking form, already validated."""

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


@dataclass(frozen=True)
class FeeLine:
    """One fee: its kind (room, breakfast, service_charge, handling_fee) and amount."""

    kind: str
    amount: int


@dataclass(frozen=True)
class Quote:
    """The fee lines of a stay and their total."""

    lines: tuple[FeeLine, ...]

    @property
    def total(self) -> int:
        """The sum of the fee lines."""
        return sum(line.amount for line in self.lines)


def nightly_rates(hotel: Hotel, stay: StayRequest) -> list[tuple[date, int]]:
    """Each night of the stay with the rate of one room that night (weekend or weekday)."""
    room_type = hotel.room_type(stay.room_type)
    nights = [stay.check_in + timedelta(days=n) for n in range(stay.nights)]
    return [
        (night, room_type.weekend_rate if night.weekday() in hotel.weekend_nights else room_type.weekday_rate)
        for night in nights
    ]


def quote(hotel: Hotel, stay: StayRequest) -> Quote:
    """Price the stay: rooms, breakfast, service charge on both, the payment handling fee."""
    room = sum(rate for _, rate in nightly_rates(hotel, stay)) * stay.rooms
    lines = [FeeLine("room", room)]
    meals = 0
    if stay.breakfast:
        meals = hotel.breakfast_per_person_night * stay.guests * stay.nights
        lines.append(FeeLine("breakfast", meals))
    if hotel.service_charge_percent:
        lines.append(FeeLine("service_charge", _percent(room + meals, hotel.service_charge_percent)))
    fee = hotel.payment_method(stay.payment_method).handling_fee
    if fee:
        lines.append(FeeLine("handling_fee", fee))
    return Quote(tuple(lines))


def pay_by(hotel: Hotel, stay: StayRequest, now: datetime) -> datetime | None:
    """The payment deadline (room hold date) for transfers: N days from now, never past check-in eve."""
    days = hotel.payment_method(stay.payment_method).pay_within_days
    if days is None:
        return None
    deadline = min(now.date() + timedelta(days=days), stay.check_in - timedelta(days=1))
    return datetime.combine(deadline, time(23, 59))


def _percent(amount: int, percent: int) -> int:
    """`percent`% of `amount`, rounded half up to a whole dollar."""
    return (amount * percent + 50) // 100
