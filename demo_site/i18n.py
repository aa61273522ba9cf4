"""The message catalogue: every visible string in Traditional Chinese (default) and English."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

LANGUAGES = ("zh-TW", "en")
DEFAULT_LANGUAGE = "zh-TW"
_LOCALES = Path(__file__).parent / "locales"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All messages of one language, flattened to dotted keys (`review.title`).

    Each area of the site keeps its messages in its own file (`locales/zh-TW/booking.toml`);
    a key defined in two files is an error rather than a silent override.
    """
    messages: dict[str, str] = {}
    for path in sorted((_LOCALES / lang).glob("*.toml")):
        with path.open("rb") as handle:
            area = _flatten(tomllib.load(handle))
        clashes = messages.keys() & area.keys()
        if clashes:
            raise ValueError(f"{path} redefines {', '.join(sorted(clashes))}")
        messages.update(area)
    return messages


def translate(lang: str, key: str, **params: object) -> str:
    """The message `key` in `lang` with `params` filled in; KeyError for a missing key."""
    message = catalogue(lang)[key]
    return message.format(**params) if params else message


def negotiate(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The page language: `?lang=`, then the cookie, then Accept-Language, then zh-TW."""
    for candidate in (query, cookie):
        if candidate in LANGUAGES:
            return candidate
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("en"):
            return "en"
        if tag.startswith("zh"):
            return "zh-TW"
    return DEFAULT_LANGUAGE


def _flatten(tree: dict, prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat
