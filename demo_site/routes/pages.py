"""Public information pages: home, the room list and each room's details."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from demo_site import urls
from demo_site.hotel import HOTEL
from demo_site.web import render

router = APIRouter()


LEGAL_PAGES = {
    "privacy": ("collector", "purposes", "categories", "use", "rights", "declining", "security"),
    "disclaimer": ("content", "prices", "links", "liability"),
    "security": ("transport", "payments", "accounts", "reporting"),
}


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """The welcome page with the room types and a way into booking."""
    return render(request, "home.html", room_types=HOTEL.room_types, stale_prices=_defect(request, "home-price-stale"))


@router.get("/rooms", response_class=HTMLResponse)
def rooms(request: Request) -> HTMLResponse:
    """Every room type: how many there are, who fits, what a night costs."""
    hide_licence = _defect(request, "licence-missing-on-rooms")
    return render(request, "rooms.html", room_types=HOTEL.room_types, hide_licence=hide_licence)


@router.get("/about", response_class=HTMLResponse)
def about(request: Request) -> HTMLResponse:
    """Who runs the hotel and how to reach them, the rooms and their numbers, facilities and services."""
    return render(request, "about.html")


@router.get("/payment-options", response_class=HTMLResponse)
def payment_options(request: Request) -> HTMLResponse:
    """Every way to pay the checkout offers, with what it collects, when, and its fee."""
    methods = [
        method
        for method in HOTEL.payment_methods
        if not (method.code == "line-pay" and _defect(request, "payment-options-omit-line-pay"))
    ]
    return render(request, "payment_options.html", methods=methods)


@router.get("/privacy", response_class=HTMLResponse)
@router.get("/disclaimer", response_class=HTMLResponse)
@router.get("/security", response_class=HTMLResponse)
def legal(request: Request) -> HTMLResponse:
    """The privacy notice, the liability disclaimer and the security notice."""
    page = urls.route_path(request).strip("/")
    sections = LEGAL_PAGES[page]
    if page == "privacy" and _defect(request, "privacy-notice-incomplete"):
        sections = tuple(section for section in sections if section != "rights")
    return render(request, "legal.html", page=page, sections=sections)


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
    return render(request, "terms.html", hide_navigation=_defect(request, "terms-without-navigation"))


@router.get("/fees", response_class=HTMLResponse)
def fees(request: Request) -> HTMLResponse:
    """Every fee the site can charge: rooms, meals, transfers, handling fees, service charge, tax."""
    return render(request, "fees.html")


@router.get("/stay-info", response_class=HTMLResponse)
def stay_info(request: Request) -> HTMLResponse:
    """What a guest needs for the stay: times, amenities, transport and surroundings, house notes."""
    return render(request, "stay_info.html")


@router.get("/cancellation", response_class=HTMLResponse)
def cancellation(request: Request) -> HTMLResponse:
    """The cancellation and refund policy: the statutory schedules, force majeure, how and when."""
    return render(request, "cancellation.html")


def _defect(request: Request, name: str) -> bool:
    return request.app.state.settings.has_defect(name)
