"""What a stay costs and how it is paid: the house's tariff applied to one request.

Rooms are priced per person per night; the night of a Friday or Saturday costs 20 % more, a
holiday night 30 % more (a holiday that falls on a weekend is a holiday). Add-ons are priced per
stay or per night, for each guest or for the whole party. There is no service charge and tax is
included. Card pays everything at booking; a bank transfer pays a 30 % deposit of the whole total
within three days (never later than the day before check-in) and the rest at check-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from misty_hill import house
from misty_hill.i18n import T
from misty_hill.money import percent_of


@dataclass(frozen=True)
class StayRequest:
    """A guest's choice of stay: room type, how many rooms and guests, the dates and the add-ons."""

    room_type: str
    check_in: date
    check_out: date
    rooms: int
    guests: int
    addons: tuple[str, ...] = ()
    payment_method: str = "card"

    @property
    def nights(self) -> int:
        """How many nights the stay lasts."""
        return (self.check_out - self.check_in).days

    def night_dates(self) -> list[date]:
        """The date each night starts on."""
        return [self.check_in + timedelta(days=n) for n in range(self.nights)]


@dataclass(frozen=True)
class FeeLine:
    """One line of the bill: room or add-on, its code, the quantities it was priced by, the amount."""

    kind: str  # room, addon
    code: str
    amount: int
    units: int  # guests (per person) or 1 (for the party)
    times: int  # nights (per night) or 1 (per stay)

    def as_dict(self) -> dict:
        """The line as stored with a booking and sent to the wizard."""
        return {"kind": self.kind, "code": self.code, "amount": self.amount, "units": self.units, "times": self.times}


@dataclass(frozen=True)
class Quote:
    """The fee lines of a stay and their total."""

    lines: list[FeeLine]

    @property
    def total(self) -> int:
        """The sum of the lines: what the stay costs, tax included."""
        return sum(line.amount for line in self.lines)


@dataclass(frozen=True)
class Schedule:
    """How the total is paid: what now (or by a deadline), the balance, the last day to pay, the room hold."""

    plan: str
    prepay: int
    prepay_by: datetime | None  # None: charged when the booking is confirmed
    balance: int
    final_payment_date: date
    hold_until: datetime | None  # None: nothing to wait for, the room is paid for


def night_rate(room: house.RoomType, night: date, defects: frozenset[str] = frozenset()) -> int:
    """One person's price for one night: holiday, else weekend, else the weekday rate."""
    holiday = night - timedelta(days=1) if "holiday-surcharge-a-night-late" in defects else night
    if holiday in house.HOLIDAY_NIGHTS:  # the switch looks up the night before: the surcharge lands a night late
        return percent_of(room.weekday_rate, 100 + house.HOLIDAY_SURCHARGE_PERCENT)
    weekend = (5, 6) if "weekend-surcharge-on-sunday" in defects else house.WEEKEND_NIGHTS
    if night.weekday() in weekend:
        return percent_of(room.weekday_rate, 100 + house.WEEKEND_SURCHARGE_PERCENT)
    return room.weekday_rate


def addon_line(extra: house.AddOn, stay: StayRequest) -> FeeLine:
    """An add-on's line: its price × nights (or once) × guests (or once for the party)."""
    times = stay.nights if extra.per == "night" else 1
    units = stay.guests if extra.for_ == "person" else 1
    return FeeLine("addon", extra.code, extra.price * times * units, units, times)


def quote(stay: StayRequest, defects: frozenset[str] = frozenset()) -> Quote:
    """The bill for `stay`: the room line first, then each add-on chosen in the house's order."""
    room = house.room_type(stay.room_type)
    per_person = sum(night_rate(room, night, defects) for night in stay.night_dates())
    lines = [FeeLine("room", room.code, per_person * stay.guests, stay.guests, stay.nights)]
    lines += [addon_line(extra, stay) for extra in house.ADDONS if extra.code in stay.addons]
    return Quote(lines)


def deposit_deadline(booked_on: date, check_in: date, method: house.PaymentMethod) -> datetime:
    """A transfer is due N days after booking at 23:59, and never later than the day before check-in."""
    due = min(booked_on + timedelta(days=method.pay_within_days), check_in - timedelta(days=1))
    hour, minute = (int(part) for part in method.deadline_time.split(":"))
    return datetime.combine(due, time(hour, minute))


def schedule(stay: StayRequest, bill: Quote, booked_on: date, defects: frozenset[str] = frozenset()) -> Schedule:
    """How the guest's payment method collects the total."""
    method = house.payment_method(stay.payment_method)
    if method.plan == "full":
        return Schedule("full", bill.total, None, 0, booked_on, None)
    base = bill.lines[0].amount if "deposit-on-room-only" in defects else bill.total
    deposit = percent_of(base, house.DEPOSIT_PERCENT)
    deadline = deposit_deadline(booked_on, stay.check_in, method)
    balance = bill.total - deposit
    return Schedule("deposit", deposit, deadline, balance, stay.check_in if balance else deadline.date(), deadline)


def refund_percent(plan: str, days_before: int, statutory: bool = False) -> int:
    """The share refunded when cancelling `days_before` days before check-in, by the published schedule."""
    if statutory:
        bands = _STATUTORY_DEPOSIT if plan == "deposit" else _STATUTORY_FULL
    else:
        bands = house.DEPOSIT_SCHEDULE if plan == "deposit" else house.FULL_PREPAYMENT_SCHEDULE
    return next((percent for days, percent in bands if days_before >= days), 0)


# The minimum the law requires (MOTC standard contract); the defect 'statutory-refund-schedule' applies it.
_STATUTORY_DEPOSIT = ((14, 100), (10, 70), (7, 50), (4, 40), (2, 30), (1, 20), (0, 0))
_STATUTORY_FULL = ((3, 100), (1, 50), (0, 0))

PLAN_NAMES = {"full": T("全額付清", "全額前払い"), "deposit": T("先付訂金", "手付金のお支払い")}
