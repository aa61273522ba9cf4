"""Taiwanese phone numbers as links: `07-525-8888` dials as `tel:+88675258888` or `tel:07-525-8888`."""

from __future__ import annotations

import re


def tel_href(phone: str) -> re.Pattern[str]:
    """A pattern for any `tel:` link that dials `phone`, in national or +886 form, with or without dashes."""
    digits = re.sub(r"\D", "", phone)
    national = digits[1:] if digits.startswith("0") else digits
    spaced = "[-\\s]?".join(national)
    return re.compile(rf"^tel:(?:\+886[-\s]?|0){spaced}$")
