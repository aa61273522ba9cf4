"""Money as a property's site shows it, described by its profile: `NT$3,280`, `TWD 3,250`, `$1,234.50`, `12,50 €`.

A `MoneyFormat` holds the currency's symbol and where it stands, its decimals and separators,
and the other notations a site may also use (`TWD`, `新台幣…元`). Every amount check of the suite
goes through one: `pattern` for `expect(...).to_have_text`, `parse` to read an amount off a page,
`format` for text that must contain an amount, `round` for the oracles (halves up, 四捨五入).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal


@dataclass(frozen=True)
class MoneyFormat:
    """How one currency is written: symbol and its side, decimals, separators, other accepted notations."""

    code: str = "TWD"
    symbol: str = "NT$"
    position: Literal["before", "after"] = "before"
    spaced: bool = False  # `TWD 3,250` rather than `TWD3,250` (a symbol after the number is always spaced)
    decimals: int = 0
    thousands: str = ","
    decimal_point: str = "."
    also: tuple[str, ...] = ()  # other notations of the currency, e.g. 新台幣 (the ISO code is always accepted)
    suffixes: tuple[str, ...] = ()  # words that may follow the amount, e.g. 元

    def round(self, value: Decimal | int) -> Decimal:
        """`value` rounded to the currency's decimals, halves up (四捨五入)."""
        return Decimal(value).quantize(Decimal(1).scaleb(-self.decimals), rounding=ROUND_HALF_UP)

    def format(self, amount: Decimal | int) -> str:
        """The amount in the site's own notation: `NT$3,280`, `$1,234.50`, `-NT$80`."""
        value = self.round(amount)
        whole, _, fraction = f"{abs(value):,.{self.decimals}f}".partition(".")
        number = whole.replace(",", self.thousands) + (f"{self.decimal_point}{fraction}" if fraction else "")
        space = " " if self.spaced else ""
        text = f"{self.symbol}{space}{number}" if self.position == "before" else f"{number} {self.symbol}"
        return f"-{text}" if value < 0 else text

    def pattern(self, amount: Decimal | int) -> re.Pattern[str]:
        """Exactly this amount in any accepted notation, with or without thousands separators."""
        value = self.round(amount)
        whole, _, fraction = f"{abs(value):.{self.decimals}f}".partition(".")
        grouped = f"{int(whole):,}".replace(",", f"(?:{re.escape(self.thousands)})?")
        digits = grouped + (f"{re.escape(self.decimal_point)}{fraction}" if fraction else "")
        sign = r"-\s?" if value < 0 else ""
        return re.compile(rf"^\s*{sign}{self._before(required=True)}{sign}{digits}{self._after()}\s*$")

    def parse(self, text: str) -> Decimal:
        """The amount written in `text` in an accepted notation; ValueError otherwise."""
        number = rf"(\d{{1,3}}(?:{re.escape(self.thousands)}\d{{3}})*|\d+)"
        fraction = rf"{re.escape(self.decimal_point)}(\d{{{self.decimals}}})" if self.decimals else "()"
        match = re.match(rf"^\s*(-)?\s?{self._before()}(-)?{number}{fraction}{self._after()}\s*$", text)
        if not match:
            raise ValueError(f"not an amount in {self.code} as {self.format(1234)} writes it: {text!r}")
        whole = match.group(3).replace(self.thousands, "")
        amount = Decimal(f"{whole}.{match.group(4)}" if match.group(4) else whole)
        return -amount if match.group(1) or match.group(2) else amount

    def _notations(self) -> str:
        names = sorted({self.symbol, self.code, *self.also}, key=len, reverse=True)
        return "|".join(re.escape(name) for name in names if name)

    def _before(self, required: bool = False) -> str:
        """The notations that may stand before the amount; `required` when it is the symbol's side."""
        if self.position == "before" and required:
            return rf"(?:{self._notations()})\s?"
        return rf"(?:(?:{self._notations()})\s?)?" if self.position == "before" or self.also else ""

    def _after(self) -> str:
        words = [self.symbol, self.code] if self.position == "after" else list(self.suffixes)
        words += [suffix for suffix in self.suffixes if suffix not in words]
        alternatives = "|".join(re.escape(word) for word in words if word)
        return rf"(?:\s?(?:{alternatives}))?" if alternatives else ""


NTD = MoneyFormat(code="TWD", symbol="NT$", also=("新台幣", "新臺幣"), suffixes=("元",))
