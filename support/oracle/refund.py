"""The refund oracle: what cancelling a booking must give back, by the statutory schedules.

MOTC's standard-form contract for room bookings (訂房定型化契約應記載事項, point 5) fixes how much
of a deposit or of a full prepayment a guest gets back, by how many days before check-in the
notice arrives. A hotel may be more generous, never less; its approved schedule is in the profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from support.money import MoneyFormat


@dataclass(frozen=True)
class Band:
    """Cancel at least `days_before` days before check-in and get `percent` of what was paid back."""

    days_before: int
    percent: int


# With a deposit: 14+ days 100%, 10–13 70%, 7–9 50%, 4–6 40%, 2–3 30%, 1 day 20%, on the day 0%.
STATUTORY_DEPOSIT = (Band(14, 100), Band(10, 70), Band(7, 50), Band(4, 40), Band(2, 30), Band(1, 20), Band(0, 0))
# With the full price prepaid: 3+ days 100%, 1–2 days 50%, on the day 0%.
STATUTORY_FULL = (Band(3, 100), Band(1, 50), Band(0, 0))
DEPOSIT_CEILING_PERCENT = 30


def percent(bands: tuple[Band, ...], days_before: int) -> int:
    """The share refunded when notice arrives `days_before` days before check-in (0 or less: on the day)."""
    for band in sorted(bands, key=lambda band: band.days_before, reverse=True):
        if days_before >= band.days_before:
            return band.percent
    return 0


def refund(paid: Decimal | int, bands: tuple[Band, ...], days_before: int, money: MoneyFormat) -> Decimal:
    """What cancelling gives back of `paid`, rounded half up to the currency's smallest unit."""
    return money.round(Decimal(paid) * percent(bands, days_before) / 100)


def shortfalls(bands: tuple[Band, ...], statutory: tuple[Band, ...], horizon: int = 30) -> list[int]:
    """The days-before counts on which `bands` refund less than the statutory schedule."""
    return [days for days in range(horizon + 1) if percent(bands, days) < percent(statutory, days)]
