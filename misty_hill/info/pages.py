"""The hotel's published pages: each route gathers the facts its template states, nothing more.

The templates hold the wording (both languages side by side, via `say`); the facts come from
`house.py` and `info/facts.py`, so a price or a promise changed there changes every page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from starlette.responses import HTMLResponse

from misty_hill import house
from misty_hill.info import facts
from misty_hill.info.defects import defect_on
from misty_hill.money import percent_of
from misty_hill.web import language, render

router = APIRouter()

LEGAL_NOTICES = ("privacy", "terms", "disclaimer", "security")


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """`render` with `say(zh, ja)`, so a template writes both languages of a sentence side by side."""
    lang = language(request)
    return render(
        request,
        template,
        status_code=status_code,
        say=lambda zh, ja: zh if lang == "zh-TW" else ja,
        facts=facts,
        defect_on=lambda name: defect_on(request, name),
        **context,
    )


def weekend_rate(weekday: int) -> int:
    """A Friday or Saturday night per person: the weekday rate plus the weekend surcharge, rounded half up."""
    return percent_of(weekday, 100 + house.WEEKEND_SURCHARGE_PERCENT)


def holiday_rate(weekday: int) -> int:
    """A holiday night per person: the weekday rate plus the holiday surcharge (it replaces the weekend one)."""
    return percent_of(weekday, 100 + house.HOLIDAY_SURCHARGE_PERCENT)


def room_rates() -> list[dict[str, Any]]:
    """Each room type with its three nightly rates per person, as the rooms and fee pages publish them."""
    return [
        {"room": room, "weekday": room.weekday_rate, "weekend": weekend_rate(room.weekday_rate),
         "holiday": holiday_rate(room.weekday_rate)}
        for room in house.ROOM_TYPES
    ]  # fmt: skip


def upcoming_holidays(today: date) -> list[date]:
    """The holiday nights still ahead, so the fee page does not list last year's."""
    return sorted(night for night in house.HOLIDAY_NIGHTS if night >= today)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """The front page: the valley, the three room types from their lowest rate, and the way to book."""
    return page(request, "info/home.html", rooms=room_rates())


@router.get("/rooms/", response_class=HTMLResponse)
def rooms(request: Request) -> HTMLResponse:
    """Every room type: how many, who fits, and its rate on each kind of night."""
    total = sum(room.count for room in house.ROOM_TYPES)
    return page(request, "info/rooms.html", rooms=room_rates(), total=total)


@router.get("/about/", response_class=HTMLResponse)
def about(request: Request) -> HTMLResponse:
    """Who runs the house (the facts the law asks a B&B to publish), its rooms, facilities and social accounts."""
    total = sum(room.count for room in house.ROOM_TYPES)
    return page(request, "info/about.html", total=total)


@router.get("/rates-and-fees/", response_class=HTMLResponse)
def fees(request: Request) -> HTMLResponse:
    """Every fee a guest may be charged, before they book."""
    today = request.app.state.clock().date()
    return page(request, "info/fees.html", rooms=room_rates(), holidays=upcoming_holidays(today))


@router.get("/payment/", response_class=HTMLResponse)
def payment(request: Request) -> HTMLResponse:
    """The ways to pay, the same two the booking wizard offers."""
    return page(request, "info/payment.html")


@router.get("/cancellation-policy/", response_class=HTMLResponse)
def cancellation(request: Request) -> HTMLResponse:
    """The refund schedules the site applies, and how to cancel."""
    return page(request, "info/cancellation.html", deposit_rows=refund_rows(house.DEPOSIT_SCHEDULE, request),
                full_rows=refund_rows(house.FULL_PREPAYMENT_SCHEDULE, request))  # fmt: skip


def refund_rows(schedule: tuple[tuple[int, int], ...], request: Request) -> list[dict[str, int | None]]:
    """A schedule as table rows: notice from `low` to `high` days (None: or more), and the share refunded."""
    rows, higher = [], None
    for days, percent in schedule:
        rows.append({"low": days, "high": higher, "percent": percent})
        higher = days - 1
    if schedule is house.DEPOSIT_SCHEDULE and defect_on(request, "policy-drops-day-before-row"):
        rows = [row for row in rows if row["low"] != 1]
    return rows


@router.get("/your-stay/", response_class=HTMLResponse)
def stay_info(request: Request) -> HTMLResponse:
    """What a booked guest needs: times, what is in the room, how to get here, what is nearby, house rules."""
    return page(request, "info/stay_info.html")


@router.get("/service-standards/", response_class=HTMLResponse)
def service_standards(request: Request) -> HTMLResponse:
    """How fast each channel and each kind of message is answered, and how a complaint is handled."""
    return page(request, "info/service_standards.html")


@router.get("/legal/{notice}/", response_class=HTMLResponse)
def legal(request: Request, notice: str) -> HTMLResponse:
    """A legal notice; its wording is prose, so each language has its own template."""
    if notice not in LEGAL_NOTICES:
        raise HTTPException(status_code=404)
    return page(request, f"info/legal/{notice}.{language(request)}.html", notice=notice)
