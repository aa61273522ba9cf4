"""The stay oracle: what a stay must cost and how it must be paid, from the profile alone.

Independent of the site on purpose: the site's own pricing code is never imported or copied,
so a site that charges something the operator did not approve cannot agree with itself.
Nothing here names a particular room, meal or payment method: rates are per room or per person,
weekend and holiday nights a fixed price or a surcharge, add-ons per night, stay or trip and for
each person or the party, all as the profile says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the profile module uses the refund oracle to check its schedules
    from support.profile import Addon, PaymentMethod, Profile, RoomType


@dataclass(frozen=True)
class Stay:
    """The choices a guest makes on the booking form.

    `addons` maps an add-on code to how many: the trips of a per-trip add-on, 1 for the others.
    """

    room_type: str
    check_in: date
    check_out: date
    rooms: int
    guests: int
    payment_method: str
    addons: dict[str, int] = field(default_factory=dict)

    @property
    def nights(self) -> int:
        """How many nights the stay lasts."""
        return (self.check_out - self.check_in).days

    def night_dates(self) -> list[date]:
        """The date each night of the stay starts on."""
        return [self.check_in + timedelta(days=n) for n in range(self.nights)]


@dataclass(frozen=True)
class Fee:
    """One line of a stay's price: the room, an add-on (by its code), the service charge or a handling fee."""

    kind: str  # room, addon, service_charge, handling_fee
    code: str | None = None

    def __str__(self) -> str:
        return f"{self.kind}:{self.code}" if self.code else self.kind


ROOM, SERVICE_CHARGE, HANDLING_FEE = Fee("room"), Fee("service_charge"), Fee("handling_fee")


@dataclass(frozen=True)
class Quote:
    """The expected fee lines, in the order a fee table lists them, and their total."""

    lines: dict[Fee, Decimal]

    @property
    def total(self) -> Decimal:
        """The sum of the expected fee lines."""
        return sum(self.lines.values(), Decimal(0))

    @property
    def room(self) -> Decimal:
        """What the rooms cost, without add-ons or fees."""
        return self.lines[ROOM]


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


def night_price(profile: Profile, room_type: RoomType, night: date) -> Decimal:
    """The price of one night for one room (or one person): holiday, else weekend, else weekday."""
    rates, tariff = room_type.rates, profile.tariff
    if tariff.is_holiday(night):
        if rates.holiday is not None:
            return rates.holiday
        if tariff.holidays.surcharge_percent is not None:
            return _surcharged(profile, rates.weekday, tariff.holidays.surcharge_percent)
    if tariff.is_weekend(night):
        if rates.weekend is not None:
            return rates.weekend
        return _surcharged(profile, rates.weekday, tariff.weekend.surcharge_percent)
    return rates.weekday


def addon_price(addon: Addon, stay: Stay) -> Decimal:
    """An add-on's price for this stay: its unit price × nights, trips or once, × guests or once."""
    times = {"night": stay.nights, "stay": 1, "trip": stay.addons.get(addon.code, 0)}[addon.per]
    people = stay.guests if addon.for_ == "person" else 1
    return addon.price * times * people


def price(profile: Profile, stay: Stay) -> Quote:
    """The price of `stay`: rooms by night, each add-on chosen, service charge, the method's handling fee."""
    room_type = profile.room_type(stay.room_type)
    units = stay.guests if room_type.rates.per == "person" else stay.rooms
    lines = {ROOM: sum((night_price(profile, room_type, night) for night in stay.night_dates()), Decimal(0)) * units}
    for addon in profile.tariff.addons:
        if stay.addons.get(addon.code):
            lines[Fee("addon", addon.code)] = addon_price(addon, stay)
    charge = profile.tariff.service_charge
    if charge and charge.percent:
        charged = {fee: amount for fee, amount in lines.items() if (fee.code or fee.kind) in charge.applies_to}
        base = sum(charged.values(), Decimal(0))
        service = {SERVICE_CHARGE: profile.money_format.round(base * charge.percent / 100)}
        lines = {**charged, **service, **{fee: amount for fee, amount in lines.items() if fee not in charged}}
    fee = profile.payment_method(stay.payment_method).handling_fee
    if fee:
        lines[HANDLING_FEE] = fee
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
    quote = price(profile, stay)
    prepay = _prepayment(profile, method, quote)
    deadline = pay_by(profile, stay, booked_on)
    balance = quote.total - prepay
    at_hotel = datetime.combine(stay.check_in, _clock(method.hold_until or "18:00"))
    hold = at_hotel if method.plan == "none" else deadline
    final = stay.check_in if balance else (deadline.date() if deadline else booked_on)
    return Schedule(method.plan, prepay, deadline, balance, final, hold)


def accepts(profile: Profile, stay: Stay) -> bool:
    """Whether the stay's payment method can take its total (a store payment code has a ceiling)."""
    limit = profile.payment_method(stay.payment_method).max_amount
    return limit is None or price(profile, stay).total <= limit


def _prepayment(profile: Profile, method: PaymentMethod, quote: Quote) -> Decimal:
    if method.plan == "none":
        return Decimal(0)
    if method.plan == "deposit":
        deposit = profile.tariff.deposit
        base = quote.room if deposit.of == "room" else quote.total
        return profile.money_format.round(base * deposit.percent / 100)
    return quote.total


def _surcharged(profile: Profile, weekday: Decimal, percent: Decimal) -> Decimal:
    return profile.money_format.round(weekday * (100 + percent) / 100)


def _clock(text: str) -> time:
    hour, minute = (int(part) for part in text.split(":"))
    return time(hour, minute)
