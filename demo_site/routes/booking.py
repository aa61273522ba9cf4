"""The booking flow: form → review (everything before the guest commits) → confirm → confirmation."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from email.headerregistry import Address

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy.exc import IntegrityError

from demo_site import i18n, mail, once, recent, tokens, urls
from demo_site.booking_form import BookingInput, FieldError, raw_values, validate
from demo_site.bookings import SoldOut, find, reserve
from demo_site.db import Booking
from demo_site.hotel import HOTEL
from demo_site.pricing import Quote, offers, payment_plan, quote
from demo_site.web import TEMPLATES, lang_of, mail_context, money, render

router = APIRouter(prefix="/book")
_RECENT = "recent_bookings"  # signed cookie: the references this browser just booked


@router.get("", response_class=HTMLResponse)
def booking_form(request: Request) -> HTMLResponse:
    """The empty booking form, pre-filled from the room page's link (`?room_type=`)."""
    values = raw_values(request.query_params)
    values["rooms"] = values["rooms"] or "1"
    values["guests"] = values["guests"] or "2"
    return _form(request, values, {})


@router.get("/quote")
def live_quote(request: Request) -> JSONResponse:
    """The price of the stay as the form stands, and why any payment method cannot take it (for the script)."""
    values = raw_values(request.query_params)
    values.update({"guest_name": "-", "email": "quote@example.com", "phone": "0900000000"})
    values["payment_method"] = values["payment_method"] or HOTEL.payment_methods[0].code
    booking, _ = validate(values, HOTEL, _now(request).date(), _defects(request))
    if booking is None:
        return JSONResponse({"complete": False})
    refusals = {
        method.code: _method_refusal(request, method.code, _quote_with(request, booking, method.code)) or ""
        for method in HOTEL.payment_methods
    }
    total = quote(HOTEL, booking.stay, _defects(request)).total
    return JSONResponse({"complete": True, "total": total, "total_text": money(total), "methods": refusals})


def _quote_with(request: Request, booking: BookingInput, method_code: str) -> Quote:
    """The stay's price if paid with `method_code` (handling fees differ by method)."""
    return quote(HOTEL, dataclasses.replace(booking.stay, payment_method=method_code), _defects(request))


@router.post("/review", response_class=HTMLResponse)
async def review(request: Request) -> HTMLResponse:
    """Check the form; show every problem beside its field, or the full summary to confirm."""
    values = raw_values(await request.form())
    booking, errors = validate(values, HOTEL, _now(request).date(), _defects(request))
    if booking is None:
        return _form(request, values, errors, status_code=422)
    refusal = _method_refusal(request, booking.stay.payment_method, quote(HOTEL, booking.stay, _defects(request)))
    if refusal:
        return _form(request, values, {"payment_method": FieldError("error.message", {"text": refusal})}, 422)
    return _review(request, values, booking)


@router.post("/confirm", response_model=None)
async def confirm(request: Request) -> Response:
    """Book the rooms the guest reviewed, once: confirming the same review again shows the booking it made."""
    form = await request.form()
    settings = request.app.state.settings
    now = _now(request)
    token = str(form.get("token", ""))
    key = once.key_of("booking", token)
    if _genuine_values(request, token) is not None and not settings.has_defect("confirm-token-not-spent"):
        made = _booked_with(request, key)
        if made is not None:
            return _show_booking(request, made)
    try:
        payload = tokens.verify(settings.secret_key, token, now, settings.review_ttl_seconds)
    except tokens.InvalidToken as invalid:
        return _restart(request, invalid, token)
    values = payload["values"]
    booking, errors = validate(values, HOTEL, now.date(), _defects(request))
    if booking is None:
        return _form(request, values, errors, status_code=422)
    priced = quote(HOTEL, booking.stay, _defects(request))
    if priced.total != payload["total"]:
        return _review(request, values, booking, notice="review.price_changed", status_code=409)
    if form.get("accept_terms") != "on":
        return _review(request, values, booking, terms_error=FieldError("error.terms_required"), status_code=422)
    plan = payment_plan(HOTEL, booking.stay, priced, now, _defects(request))
    with request.app.state.sessions() as session:
        try:
            with session.begin():
                claimed = (
                    None if settings.has_defect("confirm-token-not-spent") else once.claim(session, key, "booking", now)
                )
                record = reserve(session, booking, priced, plan, now, lang_of(request))
                if claimed is not None:
                    claimed.record = record.reference
        except SoldOut:
            return _form(request, values, {"room_type": FieldError("error.sold_out")}, status_code=409)
        except IntegrityError:  # another request spent this review at the same moment, and won
            made = once.made_by(request.app.state.sessions, key)
            if made is None:
                raise
            return _show_booking(request, made)
        _send_acknowledgement(request, record)
    return _show_booking(request, record.reference)


def _booked_with(request: Request, key: str) -> str | None:
    """The reference of the booking an earlier confirmation of this review made, if any."""
    with request.app.state.sessions() as session:
        claimed = once.spent(session, key)
        return claimed.record if claimed is not None else None


def _show_booking(request: Request, reference: str) -> Response:
    """Post/Redirect/Get to the booking's confirmation, which this browser may then open (and reload)."""
    redirect = urls.redirect(request, f"/book/confirmation/{reference}")
    recent.remember(request, redirect, _RECENT, reference)
    return redirect


@router.post("/edit", response_class=HTMLResponse)
async def edit(request: Request) -> HTMLResponse:
    """Back from the review to the form, with everything the guest typed still there."""
    form = await request.form()
    values = _genuine_values(request, str(form.get("token", ""))) or raw_values({})
    return _form(request, values, {})


@router.get("/confirmation/{reference}", response_class=HTMLResponse)
def confirmation(request: Request, reference: str) -> HTMLResponse:
    """The booking just made, shown only to the browser that made it."""
    if reference not in recent.recent(request, _RECENT):
        raise HTTPException(status_code=404)
    with request.app.state.sessions() as session:
        record = find(session, reference)
        if record is None:
            raise HTTPException(status_code=404)
        return render(request, "booking/confirmation.html", **booking_view(record))


def booking_view(record: Booking) -> dict[str, object]:
    """What the confirmation page, the manage page and the mails show about a booking."""
    final = record.check_in if record.balance else (record.prepay_by or record.created_at).date()
    return {
        "booking": record,
        "room_type": HOTEL.room_type(record.room_type),
        "method": HOTEL.payment_method(record.payment_method),
        "transfer": HOTEL.transfer(record.transfer) if record.transfer else None,
        "final_payment_date": final,
    }


def _now(request: Request) -> datetime:
    return request.app.state.clock()


def _defects(request: Request) -> frozenset[str]:
    return request.app.state.settings.defects


def _method_refusal(request: Request, method_code: str, priced: Quote) -> str | None:
    """Why a payment method cannot take this total (a store code's ceiling), or None."""
    if offers(HOTEL, method_code, priced.total, _defects(request)) or "cvs-over-limit" in _defects(request):
        return None
    method = HOTEL.payment_method(method_code)
    return i18n.translate(
        lang_of(request),
        "error.over_method_limit",
        method=method.name(lang_of(request)),
        limit=money(method.max_amount or 0),
        total=money(priced.total),
    )


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
    priced = quote(HOTEL, booking.stay, settings.defects)
    plan = payment_plan(HOTEL, booking.stay, priced, now, settings.defects)
    if settings.has_defect("hold-date-missing"):
        plan = dataclasses.replace(plan, hold_until=None)
    token = tokens.sign(settings.secret_key, {"values": values, "total": priced.total}, now)
    return render(
        request,
        "booking/review.html",
        status_code=status_code,
        booking=booking,
        stay=booking.stay,
        room_type=HOTEL.room_type(booking.stay.room_type),
        method=HOTEL.payment_method(booking.stay.payment_method),
        transfer=HOTEL.transfer(booking.stay.transfer) if booking.stay.transfer else None,
        quote=priced,
        plan=plan,
        final_payment_date=plan.final_payment_date(booking.stay, now),
        token=token,
        notice=notice,
        terms_error=terms_error,
    )


def _restart(request: Request, invalid: tokens.InvalidToken, token: str) -> HTMLResponse:
    """Back to the form after a tampered or expired review: nothing was booked."""
    values = raw_values({})
    if invalid.reason == "expired":
        values = _genuine_values(request, token) or values
    return _form(request, values, {}, status_code=400, alert=f"error.review_{invalid.reason}")


def _genuine_values(request: Request, token: str) -> dict | None:
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
    reference = "" if settings.has_defect("confirmation-no-reference") else record.reference
    subject = i18n.translate(lang, "mail.booking.subject", hotel=HOTEL.name(lang), reference=reference).strip()
    context = {**mail_context(request, lang), **booking_view(record), "defects": settings.defects, "subject": subject}
    message = mail.compose(TEMPLATES.env, "booking_acknowledgement", record.email, subject, _sender(lang), context)
    mail.send(settings, message)


def _sender(lang: str) -> Address:
    return Address(HOTEL.name(lang), "no-reply", HOTEL.service_email.split("@")[1])
