"""What a stay costs on this site and how it is paid: fee lines, deposit, deadlines, refunds.

Whole NT dollars, tax included. Defect switches that misprice something are applied here, where
a careless change to the tariff code would have done it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from demo_site.hotel import Hotel, RefundBand


@dataclass(frozen=True)
class StayRequest:
    """What the guest asked for on the booking form, already validated."""

    room_type: str
    check_in: date
    check_out: date
    rooms: int
    guests: int
    breakfast: bool
    dinner: bool
    transfer: str  # "" for none, else a transfer code
    transfer_trips: int
    payment_method: str

    @property
    def nights(self) -> int:
        """How many nights the stay lasts."""
        return (self.check_out - self.check_in).days

    @property
    def meals(self) -> tuple[str, ...]:
        """The meal codes chosen, in menu order."""
        return tuple(code for code, chosen in (("breakfast", self.breakfast), ("dinner", self.dinner)) if chosen)


@dataclass(frozen=True)
class FeeLine:
    """One fee: its kind (room, breakfast, dinner, transfer, service_charge, handling_fee) and amount."""

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

    def amount(self, kind: str) -> int:
        """The amount of the line of this kind, 0 when there is none."""
        return sum(line.amount for line in self.lines if line.kind == kind)


@dataclass(frozen=True)
class PaymentPlan:
    """How the total is paid: what is prepaid and by when, what is left for check-in, how long rooms are held."""

    plan: str  # full, deposit, none
    prepay: int
    prepay_by: datetime | None  # None: charged when the guest confirms
    balance: int
    hold_until: datetime | None

    def final_payment_date(self, stay: StayRequest, booked_at: datetime) -> date:
        """The day the last amount is due: check-in when a balance is left, else the prepayment day."""
        if self.balance:
            return stay.check_in
        return (self.prepay_by or booked_at).date()


def nightly_rates(hotel: Hotel, stay: StayRequest) -> list[tuple[date, int]]:
    """Each night of the stay with the rate of one room that night (weekend or weekday)."""
    room_type = hotel.room_type(stay.room_type)
    nights = [stay.check_in + timedelta(days=n) for n in range(stay.nights)]
    return [
        (night, room_type.weekend_rate if night.weekday() in hotel.weekend_nights else room_type.weekday_rate)
        for night in nights
    ]


def quote(hotel: Hotel, stay: StayRequest, defects: frozenset[str] = frozenset()) -> Quote:
    """Price the stay: rooms, meals, service charge on both, transfer trips, the payment handling fee."""
    room = sum(rate for _, rate in nightly_rates(hotel, stay)) * stay.rooms
    lines = [FeeLine("room", room)]
    meals = 0
    for code in stay.meals:
        price = hotel.meal(code).per_person_night
        if code == "breakfast" and "review-breakfast-mispriced" in defects:
            price = 350  # last year's breakfast price, still in a template somewhere
        amount = price * stay.guests * stay.nights
        meals += amount
        lines.append(FeeLine(code, amount))
    if hotel.service_charge_percent:
        lines.append(FeeLine("service_charge", percent_of(room + meals, hotel.service_charge_percent)))
    if stay.transfer:
        lines.append(FeeLine("transfer", hotel.transfer(stay.transfer).per_trip * stay.transfer_trips))
    fee = hotel.payment_method(stay.payment_method).handling_fee
    if fee:
        lines.append(FeeLine("handling_fee", fee))
    return Quote(tuple(lines))


def payment_plan(
    hotel: Hotel, stay: StayRequest, priced: Quote, now: datetime, defects: frozenset[str] = frozenset()
) -> PaymentPlan:
    """What the guest's payment method collects, when, and how long the rooms are held for it."""
    method = hotel.payment_method(stay.payment_method)
    deadline = pay_by(hotel, stay, now, defects)
    if method.plan == "none":
        hour, minute = (int(part) for part in (method.hold_until or "18:00").split(":"))
        return PaymentPlan("none", 0, None, priced.total, datetime.combine(stay.check_in, time(hour, minute)))
    if method.plan == "deposit":
        percent = 40 if "deposit-40-percent" in defects else hotel.deposit_percent
        deposit = percent_of(priced.amount("room"), percent)
        return PaymentPlan("deposit", deposit, deadline, priced.total - deposit, deadline)
    return PaymentPlan("full", priced.total, deadline, 0, deadline)


def pay_by(hotel: Hotel, stay: StayRequest, now: datetime, defects: frozenset[str] = frozenset()) -> datetime | None:
    """The deadline of a pay-later method (the room hold date): N days from now, never past check-in eve."""
    days = hotel.payment_method(stay.payment_method).pay_within_days
    if days is None:
        return None
    deadline = min(now.date() + timedelta(days=days), stay.check_in - timedelta(days=1))
    if "hold-date-late" in defects:
        deadline += timedelta(days=1)
    return datetime.combine(deadline, time(23, 59))


def offers(hotel: Hotel, method_code: str, total: int, defects: frozenset[str] = frozenset()) -> bool:
    """Whether the method can take a total this size (a store payment code has a ceiling, itself included)."""
    limit = hotel.payment_method(method_code).max_amount
    if limit is not None and "cvs-ceiling-off-by-one" in defects:
        return total < limit  # `<` where the rule says "at most"
    return limit is None or total <= limit


def refund_percent(bands: tuple[RefundBand, ...], days_before: int) -> int:
    """The percentage refunded when cancelling `days_before` days before check-in (0 = on the day)."""
    for band in bands:
        if days_before >= band.days_before:
            return band.percent
    return 0


def cancellation_percent(hotel: Hotel, plan: str, days_before: int, defects: frozenset[str] = frozenset()) -> int:
    """The share of what was paid that cancelling gives back: the full-prepayment or the deposit schedule."""
    bands = hotel.refund_full if plan == "full" else hotel.refund_deposit
    if "refund-10-13-days-60" in defects and plan == "deposit" and 10 <= days_before <= 13:
        return 60
    return refund_percent(bands, days_before)


def percent_of(amount: int, percent: int) -> int:
    """`percent`% of `amount`, rounded half up to a whole dollar."""
    return (amount * percent + 50) // 100


def refund_of(paid: int, percent: int, defects: frozenset[str] = frozenset()) -> int:
    """The refund: `percent`% of what was paid, rounded half up to a whole dollar like every amount."""
    if "refund-truncates" in defects:
        return paid * percent // 100  # integer division: the cents of a half dollar and more are dropped
    return percent_of(paid, percent)
