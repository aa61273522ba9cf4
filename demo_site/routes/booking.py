"""The booking flow: form → review (everything before the guest commits) → confirm → confirmation."""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from demo_site import i18n, mail, tokens
from demo_site.booking_form import BookingInput, FieldError, raw_values, validate
from demo_site.bookings import SoldOut, find, reserve
from demo_site.db import Booking
from demo_site.hotel import HOTEL
from demo_site.pricing import pay_by, quote
from demo_site.web import TEMPLATES, date_time, lang_of, long_date, money, render

router = APIRouter(prefix="/book")
_RECENT = "recent_bookings"  # signed cookie: the references this browser just booked
_RECENT_TTL = 7 * 86400


@router.get("", response_class=HTMLResponse)
def booking_form(request: Request) -> HTMLResponse:
    """The empty booking form, pre-filled from the room page's link (`?room_type=`)."""
    values = raw_values(request.query_params)
    values["rooms"] = values["rooms"] or "1"
    values["guests"] = values["guests"] or "2"
    return _form(request, values, {})


@router.post("/review", response_class=HTMLResponse)
async def review(request: Request) -> HTMLResponse:
    """Check the form; show every problem beside its field, or the full summary to confirm."""
    values = raw_values(await request.form())
    booking, errors = validate(values, HOTEL, _now(request).date())
    if booking is None:
        return _form(request, values, errors, status_code=422)
    return _review(request, values, booking)


@router.post("/confirm", response_model=None)
async def confirm(request: Request) -> Response:
    """Book the rooms the guest reviewed, if the review is genuine, current and still available."""
    form = await request.form()
    settings = request.app.state.settings
    now = _now(request)
    try:
        payload = tokens.verify(settings.secret_key, str(form.get("token", "")), now, settings.review_ttl_seconds)
    except tokens.InvalidToken as invalid:
        return _restart(request, invalid, str(form.get("token", "")))
    values = payload["values"]
    booking, errors = validate(values, HOTEL, now.date())
    if booking is None:
        return _form(request, values, errors, status_code=422)
    priced = quote(HOTEL, booking.stay)
    if priced.total != payload["total"]:
        return _review(request, values, booking, notice="review.price_changed", status_code=409)
    if form.get("accept_terms") != "on":
        return _review(request, values, booking, terms_error=FieldError("error.terms_required"), status_code=422)
    with request.app.state.sessions() as session:
        try:
            with session.begin():
                record = reserve(session, booking, priced, pay_by(HOTEL, booking.stay, now), now, lang_of(request))
        except SoldOut:
            return _form(request, values, {"room_type": FieldError("error.sold_out")}, status_code=409)
        _send_acknowledgement(request, record)
    redirect = RedirectResponse(f"/book/confirmation/{record.reference}", status_code=303)
    _remember(request, redirect, record.reference)
    return redirect


@router.post("/edit", response_class=HTMLResponse)
async def edit(request: Request) -> HTMLResponse:
    """Back from the review to the form, with everything the guest typed still there."""
    form = await request.form()
    values = _expired_values(request, str(form.get("token", ""))) or raw_values({})
    return _form(request, values, {})


@router.get("/confirmation/{reference}", response_class=HTMLResponse)
def confirmation(request: Request, reference: str) -> HTMLResponse:
    """The booking just made, shown only to the browser that made it."""
    if reference not in _recent(request):
        raise HTTPException(status_code=404)
    with request.app.state.sessions() as session:
        record = find(session, reference)
        if record is None:
            raise HTTPException(status_code=404)
        return render(
            request,
            "booking/confirmation.html",
            booking=record,
            room_type=HOTEL.room_type(record.room_type),
            method=HOTEL.payment_method(record.payment_method),
        )


def _now(request: Request) -> datetime:
    return request.app.state.clock()


def _form(
    request: Request, values: dict, errors: dict[str, FieldError], status_code: int = 200, alert: str | None = None
) -> HTMLResponse:
    return render(request, "booking/form.html", status_code=status_code, values=values, errors=errors, alert=alert)


def _review(
    request: Request,
    values: dict,
    booking: BookingInput,
    notice: str | None = None,
    terms_error: FieldError | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    settings = request.app.state.settings
    now = _now(request)
    priced = quote(HOTEL, booking.stay)
    token = tokens.sign(settings.secret_key, {"values": values, "total": priced.total}, now)
    return render(
        request,
        "booking/review.html",
        status_code=status_code,
        booking=booking,
        stay=booking.stay,
        room_type=HOTEL.room_type(booking.stay.room_type),
        method=HOTEL.payment_method(booking.stay.payment_method),
        quote=priced,
        pay_by=pay_by(HOTEL, booking.stay, now),
        token=token,
        notice=notice,
        terms_error=terms_error,
        show_phone=not settings.has_defect("review-no-contact-phone"),
    )


def _restart(request: Request, invalid: tokens.InvalidToken, token: str) -> HTMLResponse:
    """Back to the form after a tampered or expired review: nothing was booked."""
    values = raw_values({})
    if invalid.reason == "expired":
        values = _expired_values(request, token) or values
    return _form(request, values, {}, status_code=400, alert=f"error.review_{invalid.reason}")


def _expired_values(request: Request, token: str) -> dict | None:
    """The choices of a genuine review, however old, so the guest need not type them again."""
    settings = request.app.state.settings
    try:
        return tokens.verify(settings.secret_key, token, _now(request), ttl_seconds=10**9)["values"]
    except tokens.InvalidToken:
        return None


def _send_acknowledgement(request: Request, record: Booking) -> None:
    settings = request.app.state.settings
    if settings.has_defect("no-booking-email"):
        return
    lang = record.lang
    context = {
        "booking": record,
        "room_type": HOTEL.room_type(record.room_type),
        "method": HOTEL.payment_method(record.payment_method),
        "hotel": HOTEL,
        "lang": lang,
        "t": lambda key, **params: i18n.translate(lang, key, **params),
        "money": money,
        "long_date": lambda value: long_date(value, lang),
        "date_time": lambda value: date_time(value, lang),
        "base_url": str(request.base_url).rstrip("/"),
    }
    subject = i18n.translate(lang, "mail.booking.subject", hotel=HOTEL.name(lang), reference=record.reference)
    sender = Address(HOTEL.name(lang), "no-reply", HOTEL.service_email.split("@")[1])
    message = mail.compose(TEMPLATES.env, "booking_acknowledgement", record.email, subject, sender, context)
    mail.send(settings, message)


def _recent(request: Request) -> list[str]:
    settings = request.app.state.settings
    try:
        data = tokens.verify(settings.secret_key, request.cookies.get(_RECENT, ""), _now(request), _RECENT_TTL)
    except tokens.InvalidToken:
        return []
    return list(data.get("references", []))


def _remember(request: Request, response: Response, reference: str) -> None:
    settings = request.app.state.settings
    references = [reference, *_recent(request)][:10]
    value = tokens.sign(settings.secret_key, {"references": references}, _now(request))
    response.set_cookie(_RECENT, value, max_age=_RECENT_TTL, httponly=True, samesite="lax")
