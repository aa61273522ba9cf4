"""The booking engine's routes: the wizard's shell page and its JSON API under `stay/api/`.

The API speaks the guest's language (the same choice as the pages) and answers bad input with
`422 {"errors": {field: message}}`, storing nothing; the wizard shows each message at its field.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.responses import HTMLResponse

from misty_hill import house
from misty_hill.i18n import pick
from misty_hill.info import PATHS
from misty_hill.money import twd
from misty_hill.stay import bookings, inventory, mails, manage, present, wording
from misty_hill.stay.inventory import SoldOut
from misty_hill.stay.pricing import StayRequest, quote
from misty_hill.stay.validation import MESSAGES, Errors, bounds, check_room, check_stay
from misty_hill.web import language, render, site_url

router = APIRouter(prefix="/stay")
router.include_router(manage.router)
STEPS = ("dates", "room", "extras", "guest", "review", "done")


@router.get("/", response_class=HTMLResponse)
def wizard(request: Request) -> HTMLResponse:
    """The wizard's shell: stay.js renders the steps into it (the heading is there before the script runs)."""
    return render(request, "stay/wizard.html", today=_now(request).date().isoformat())


@router.get("/api/setup")
def setup(request: Request) -> dict:
    """What the wizard needs to start: the bookable dates, rooms, add-ons, payment methods and its wording."""
    lang, today = language(request), _now(request).date()
    limits = bounds(today, request.app.state.settings.defects)
    return {
        "lang": lang,
        "today": today.isoformat(),
        "earliest": limits.earliest.isoformat(),
        "latest": limits.latest.isoformat(),
        "max_nights": limits.max_nights,
        "max_rooms": max(room.count for room in house.ROOM_TYPES),
        "max_guests": max(room.count * room.max_guests for room in house.ROOM_TYPES),
        "rooms": [_room(room, lang) for room in house.ROOM_TYPES],
        "addons": [_addon(extra, lang) for extra in house.ADDONS],
        "methods": [_method(method, lang) for method in house.PAYMENT_METHODS],
        "phone": house.PROPERTY.phone,
        "paths": PATHS,
        "text": {key: pick(texts, lang) for key, texts in wording.UI.items()},
        "messages": {key: pick(texts, lang) for key, texts in MESSAGES.items()},
        "weekdays": wording.weekdays(lang),
    }


@router.get("/api/calendar")
def calendar(request: Request, start: date, end: date) -> dict:
    """The nights between `start` and `end` on which every room is taken (the calendar disables them)."""
    end = min(end, start + timedelta(days=62))
    with request.app.state.sessions() as session:
        full = inventory.sold_out_nights(session, start, end)
    return {"sold_out": [night.isoformat() for night in full]}


@router.post("/api/offers")
async def offers(request: Request) -> JSONResponse:
    """Each room type for the stay asked about: its price, how many are left, whether the party fits."""
    data, lang = await _json(request), language(request)
    errors = Errors(lang)
    defects = request.app.state.settings.defects
    check_in, check_out, rooms, guests = check_stay(data, _now(request).date(), errors, defects)
    if errors:
        return JSONResponse({"errors": errors, "offers": []}, status_code=422)
    with request.app.state.sessions() as session:
        cards = [_offer(session, room, check_in, check_out, rooms, guests, request) for room in house.ROOM_TYPES]
    return JSONResponse({"errors": {}, "offers": cards})


@router.post("/api/review")
async def review(request: Request) -> JSONResponse:
    """Check everything entered and price it; the review (and its signed token) or the errors by field."""
    data, lang, settings = await _json(request), language(request), request.app.state.settings
    try:
        checked = bookings.review(data, _now(request).date(), lang, settings.secret_key, settings.defects)
    except bookings.NotBookable as refusal:
        return JSONResponse({"errors": refusal.errors}, status_code=422)
    with request.app.state.sessions() as session:
        left = inventory.rooms_left(session, checked.stay.room_type, checked.stay.check_in, checked.stay.check_out)
    if left < checked.stay.rooms:
        return JSONResponse({"errors": {"room_type": pick(MESSAGES["sold_out"], lang)}}, status_code=409)
    shown = present.bill(checked.stay, checked.quote, checked.plan, lang, guest=checked.guest)
    if "review-drops-bike-fee" in settings.defects:
        shown["fees"]["lines"] = [line for line in shown["fees"]["lines"] if line["code"] != "bike"]
    return JSONResponse({"review": shown, "token": checked.token})


@router.post("/api/bookings")
async def book(request: Request, background: BackgroundTasks) -> JSONResponse:
    """Confirm the review the browser carries, once: book it at the price reviewed, or say why nothing was booked.

    The same review confirmed again (a double-click, Back and confirm again, a second tab, even at
    the same moment) books nothing more and sends no second email: it answers 200 with the
    booking the first confirmation made.
    """
    data, lang, settings = await _json(request), language(request), request.app.state.settings
    token = str(data.get("token", ""))
    if "review-confirmed-twice" not in settings.defects:
        with request.app.state.sessions() as session:
            made = bookings.booked_with(session, token)
        if made is not None:
            return JSONResponse({"confirmation": _confirmation(made, settings.defects)})
    if data.get("accept_terms") is not True:
        return JSONResponse({"errors": {"accept_terms": pick(MESSAGES["terms"], lang)}}, status_code=422)
    try:
        with request.app.state.sessions() as session, session.begin():
            booking = bookings.confirm(session, token, _now(request), settings.secret_key, settings.defects)
    except bookings.ReviewInvalid:
        return JSONResponse({"refused": pick(wording.UI["nothing_booked"], lang)}, status_code=400)
    except bookings.NotBookable as refusal:
        return JSONResponse({"errors": refusal.errors}, status_code=422)
    except SoldOut:
        return JSONResponse({"errors": {"room_type": pick(MESSAGES["sold_out"], lang)}}, status_code=409)
    except IntegrityError:  # the same review was confirmed at the same moment, and that request won
        with request.app.state.sessions() as session:
            made = bookings.booked_with(session, token)
        if made is None:
            raise
        return JSONResponse({"confirmation": _confirmation(made, settings.defects)})
    site = site_url(request)
    background.add_task(mails.send_acknowledgement, request.app.state.mailer, booking, site, settings.secret_key,
                        settings.defects)  # fmt: skip
    return JSONResponse({"confirmation": _confirmation(booking, settings.defects)}, status_code=201)


def _confirmation(booking, defects: frozenset[str]) -> dict:  # noqa: ANN001 - a Booking
    """What the confirmation step shows: the reference and the bill as booked."""
    lang = booking.lang
    shown = present.bill(bookings.stay_of(booking), bookings.quote_of(booking), bookings.schedule_of(booking, defects),
                         lang, bookings.payment_code(booking), bookings.guest_of(booking))  # fmt: skip
    reference = None if "confirmation-without-reference" in defects else booking.reference
    return {**shown, "reference": reference, "email": booking.email}


def _offer(session: Session, room: house.RoomType, check_in: date, check_out: date, rooms: int, guests: int,
           request: Request) -> dict:  # fmt: skip
    """One room card: the room line's price for the stay, the rooms left, and whether the party fits."""
    lang, defects = language(request), request.app.state.settings.defects
    errors = Errors(lang)
    check_room({"room_type": room.code}, rooms, guests, errors)
    left = inventory.rooms_left(session, room.code, check_in, check_out)
    price = quote(StayRequest(room.code, check_in, check_out, rooms, guests), defects).lines[0].amount
    return {
        "code": room.code,
        "left": left,
        "sold_out": left < rooms,
        "fits": not errors,
        "why_not": next(iter(errors.values()), ""),
        "price": twd(price),
    }


def _room(room: house.RoomType, lang: str) -> dict:
    return {
        "code": room.code, "name": pick(room.name, lang), "count": room.count, "max_guests": room.max_guests,
        "rate": twd(room.weekday_rate), "image": f"static/img/{room.image}", "alt": pick(room.image_alt, lang),
    }  # fmt: skip


def _addon(extra: house.AddOn, lang: str) -> dict:
    how = pick(wording.ADDON_PRICING[(extra.per, extra.for_)], lang).format(price=twd(extra.price))
    return {"code": extra.code, "name": pick(extra.name, lang), "price": twd(extra.price), "how": how,
            "per": extra.per, "for": extra.for_, "unit_price": extra.price}  # fmt: skip


def _method(method: house.PaymentMethod, lang: str) -> dict:
    return {
        "code": method.code,
        "name": pick(method.name, lang),
        "about": pick(wording.METHOD_ABOUT[method.code], lang),
    }


async def _json(request: Request) -> dict:
    """The request's JSON object; anything else counts as an empty request (every field then says what it lacks)."""
    try:
        data = await request.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _now(request: Request) -> datetime:
    return request.app.state.clock()


# Last, so the API's addresses above are matched first.
@router.get("/{step}", response_class=HTMLResponse)
@router.get("/{step}/{reference}", response_class=HTMLResponse)
def wizard_step(request: Request, step: str, reference: str = "") -> HTMLResponse:
    """A step's own address (the wizard pushes it on the history), so reloading or Back lands in the wizard."""
    if step not in STEPS:
        return render(request, "error.html", status_code=404, status=404)
    return wizard(request)
