"""Public information pages: home, the room list and each room's details."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from demo_site.hotel import HOTEL
from demo_site.web import render

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """The welcome page with the room types and a way into booking."""
    return render(request, "home.html", room_types=HOTEL.room_types)


@router.get("/rooms", response_class=HTMLResponse)
def rooms(request: Request) -> HTMLResponse:
    """Every room type: how many there are, who fits, what a night costs."""
    return render(request, "rooms.html", room_types=HOTEL.room_types)


@router.get("/rooms/{code}", response_class=HTMLResponse)
def room_detail(request: Request, code: str) -> HTMLResponse:
    """One room type in full, with a link to book it."""
    try:
        room_type = HOTEL.room_type(code)
    except KeyError:
        raise HTTPException(status_code=404) from None
    return render(request, "room_detail.html", room_type=room_type)


@router.get("/terms", response_class=HTMLResponse)
def terms(request: Request) -> HTMLResponse:
    """The booking terms the guest agrees to before confirming."""
    return render(request, "terms.html")


@router.get("/fees", response_class=HTMLResponse)
def fees(request: Request) -> HTMLResponse:
    """Every fee the site can charge: rooms, meals, transfers, handling fees, service charge, tax."""
    return render(request, "fees.html", defects=request.app.state.settings.defects)


@router.get("/stay-info", response_class=HTMLResponse)
def stay_info(request: Request) -> HTMLResponse:
    """What a guest needs for the stay: times, amenities, transport and surroundings, house notes."""
    return render(request, "stay_info.html", defects=request.app.state.settings.defects)


@router.get("/cancellation", response_class=HTMLResponse)
def cancellation(request: Request) -> HTMLResponse:
    """The cancellation and refund policy: the statutory schedules, force majeure, how and when."""
    return render(request, "cancellation.html")
