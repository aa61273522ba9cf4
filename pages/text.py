"""Accessible names in both site languages, as patterns locators can use."""

from __future__ import annotations

import re


def exactly(*names: str) -> re.Pattern[str]:
    """Matches any of `names` exactly (surrounding space ignored): `exactly("入住日期", "Check-in date")`."""
    return re.compile(rf"^\s*(?:{'|'.join(re.escape(name) for name in names)})\s*$")


def starting(*names: str) -> re.Pattern[str]:
    """Matches text that starts with any of `names`: a fee row `早餐：2 位 × 2 晚` by `starting("早餐", …)`."""
    return re.compile(rf"^\s*(?:{'|'.join(re.escape(name) for name in names)})")
