"""Money as the site shows it: New Taiwan dollars, whole, `NT$1,234` or `新台幣1,234元`."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

_AMOUNT = re.compile(r"^\s*(-)?\s*(?:NT\$|新[臺台]幣|TWD)?\s*(-)?\s*(\d{1,3}(?:,\d{3})*|\d+)\s*元?\s*$")


def parse(text: str) -> Decimal:
    """The amount in `NT$1,234`, `新台幣1,234元`, `TWD 1234` or `-NT$80`; ValueError otherwise."""
    match = _AMOUNT.match(text)
    if not match:
        raise ValueError(f"not an NT$ amount: {text!r}")
    amount = Decimal(match.group(3).replace(",", ""))
    return -amount if match.group(1) or match.group(2) else amount


def format_ntd(amount: Decimal | int) -> str:
    """`NT$3,280`: the form the suite expects on screen and in mail."""
    value = int(amount)
    return f"-NT${-value:,}" if value < 0 else f"NT${value:,}"


def pattern(amount: Decimal | int) -> re.Pattern[str]:
    """A pattern matching exactly this amount in any of the usual notations, for `expect(...).to_have_text`."""
    digits = f"{int(abs(amount)):,}".replace(",", ",?")
    sign = "-\\s?" if amount < 0 else ""
    return re.compile(rf"^\s*{sign}(?:NT\$\s?|新[臺台]幣\s?|TWD\s?){digits}\s?元?\s*$")


def round_half_up(value: Decimal) -> Decimal:
    """Round to a whole dollar, halves up (四捨五入), as Taiwanese price rules do."""
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
