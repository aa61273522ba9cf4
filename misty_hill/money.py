"""Amounts as the site writes them everywhere (pages, wizard, emails): `TWD 3,250`."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def twd(amount: int | Decimal) -> str:
    """`TWD 3,250`: the currency, a space, thousands commas, no decimals (amounts are whole dollars)."""
    return f"TWD {int(amount):,}"


def round_half_up(amount: Decimal) -> int:
    """To the whole dollar, halves up, as the fee rules say (Python's round() would round halves to even)."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_of(amount: int, percent: int) -> int:
    """`percent` % of `amount`, rounded half up."""
    return round_half_up(Decimal(amount) * percent / 100)
