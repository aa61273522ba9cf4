"""Rendering helpers shared by every page: language, catalogue, money and date formats."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context

from demo_site import __version__, i18n, urls
from demo_site.hotel import HOTEL

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
_WEEKDAYS_ZH = "一二三四五六日"


def money(amount: int) -> str:
    """NT dollars, whole, with thousands separators: NT$3,280."""
    sign = "-" if amount < 0 else ""
    return f"{sign}NT${abs(amount):,}"


def long_date(value: date, lang: str) -> str:
    """A date as guests read it: 2026/12/24（四） or Thu, 24 Dec 2026."""
    if lang == "en":
        return value.strftime("%a, %d %b %Y")
    return f"{value:%Y/%m/%d}（{_WEEKDAYS_ZH[value.weekday()]}）"


def date_time(value: datetime, lang: str) -> str:
    """A deadline with its time: 2026/12/24（四）23:59."""
    return f"{long_date(value.date(), lang)} {value:%H:%M}"


def lang_of(request: Request) -> str:
    """The language negotiated for this request by the language middleware."""
    return getattr(request.state, "lang", i18n.DEFAULT_LANGUAGE)


def template_context(lang: str) -> dict[str, object]:
    """What every page and mail template can use: the hotel, the language, the catalogue, formats."""
    return {
        "lang": lang,
        "html_lang": "en" if lang == "en" else "zh-Hant-TW",
        "t": lambda key, **params: i18n.translate(lang, key, **params),
        "hotel": HOTEL,
        "money": money,
        "long_date": lambda value: long_date(value, lang),
        "date_time": lambda value: date_time(value, lang),
    }


def mail_context(request: Request, lang: str) -> dict[str, object]:
    """The template context of a mail in the guest's language, with absolute links back to the site."""
    return {**template_context(lang), "base_url": urls.base_url(request)}


@pass_context
def _url(context: Context, path: str) -> str:
    """`{{ url('/rooms') }}`: a site path as the browser must ask for it (with the prefix the site is served under)."""
    return urls.url(context["request"], path)


TEMPLATES.env.globals["url"] = _url


def render(request: Request, template: str, status_code: int = 200, **context: object) -> HTMLResponse:
    """Render `template` with the hotel, the language and the catalogue available to it."""
    settings = request.app.state.settings
    base = {
        **template_context(lang_of(request)),
        "settings": settings,
        "defects": settings.defects,
        "version": __version__,
    }
    return TEMPLATES.TemplateResponse(request, template, {**base, **context}, status_code=status_code)
