"""The two languages of the site: which one a request gets, and picking a text in it.

The guest's choice (the `lang` cookie set by the header's switch) wins; otherwise the browser's
Accept-Language decides: Japanese first → ja, anything else → the default, Traditional Chinese.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.requests import Request

LANGUAGES = ("zh-TW", "ja")
DEFAULT = "zh-TW"
COOKIE = "lang"


def supported(code: str | None) -> str | None:
    """`code` when the site speaks it, else None."""
    return code if code in LANGUAGES else None


def from_accept_language(header: str | None) -> str:
    """The language of the browser's most preferred tag we can serve (only the first tag counts)."""
    first = (header or "").split(",")[0].strip().lower()
    return "ja" if first.startswith("ja") else DEFAULT


def choose(request: Request) -> str:
    """The language of this request: the guest's cookie, else the browser's preference."""
    return supported(request.cookies.get(COOKIE)) or from_accept_language(request.headers.get("accept-language"))


def pick(texts: Mapping[str, str], lang: str) -> str:
    """The text in `lang`, falling back to the default language rather than showing nothing."""
    return texts.get(lang) or texts[DEFAULT]


def T(zh: str, ja: str) -> dict[str, str]:
    """A text in both languages: `T("訂房", "ご予約")`."""
    return {"zh-TW": zh, "ja": ja}
