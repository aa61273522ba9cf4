"""Manage a booking: find it by reference and email, see the refund before cancelling, cancel it.

A wrong reference–email pair gets the same answer as an unknown reference, so nobody learns
which bookings exist. The found booking is remembered in a signed cookie for this browser only.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email.headerregistry import Address

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from demo_site import i18n, mail, tokens, urls
from demo_site.booking_form import EMAIL, FieldError
from demo_site.bookings import REFERENCE, cancel, days_before_check_in, find, find_for_guest, refund_due
from demo_site.db import Booking
from demo_site.hotel import HOTEL
from demo_site.routes.booking import booking_view
from demo_site.web import TEMPLATES, mail_context, render

router = APIRouter(prefix="/manage")
_COOKIE = "manage_booking"
_TTL = 3600


@router.get("", response_class=HTMLResponse)
def lookup_form(request: Request) -> HTMLResponse:
    """Ask for the booking reference and the email it was made with."""
    return render(request, "manage/lookup.html", values={"reference": "", "email": ""}, errors={}, alert=None)


@router.post("", response_model=None)
async def lookup(request: Request) -> Response:
    """Find the booking when reference and email belong together; otherwise say nothing about it."""
    form = await request.form()
    values = {name: str(form.get(name, "")).strip() for name in ("reference", "email")}
    errors = _lookup_errors(values)
    if errors:
        return render(request, "manage/lookup.html", status_code=422, values=values, errors=errors, alert=None)
    with request.app.state.sessions() as session:
        booking = find_for_guest(session, values["reference"], values["email"])
    if booking is None:
        return render(
            request, "manage/lookup.html", status_code=404, values=values, errors={}, alert="manage.not_found"
        )
    redirect = urls.redirect(request, "/manage/booking")
    token = tokens.sign(request.app.state.settings.secret_key, {"reference": booking.reference}, _now(request))
    redirect.set_cookie(_COOKIE, token, max_age=_TTL, httponly=True, samesite="lax", path=urls.cookie_path(request))
    return redirect


@router.get("/booking", response_model=None)
def booking_page(request: Request) -> Response:
    """The booking this browser looked up: its stay, fees, payments and status."""
    with request.app.state.sessions() as session:
        booking = _authorised(request, session)
        if booking is None:
            return urls.redirect(request, "/manage")
        return render(request, "manage/booking.html", **booking_view(booking), refund_by=_refund_by(booking))


@router.get("/cancel", response_model=None)
def cancel_preview(request: Request) -> Response:
    """What cancelling now would refund, shown before the guest commits to it."""
    with request.app.state.sessions() as session:
        booking = _authorised(request, session)
        if booking is None or booking.status == "cancelled":
            return urls.redirect(request, "/manage" if booking is None else "/manage/booking")
        today = _now(request).date()
        days = max(days_before_check_in(booking, today), 0)
        percent, refund = refund_due(HOTEL, booking, today, _defects(request))
        return render(request, "manage/cancel.html", booking=booking, days_before=days, refund=refund, percent=percent)


@router.post("/cancel", response_model=None)
def cancel_booking(request: Request) -> Response:
    """Cancel the booking once, return its nights to inventory, and mail the refund and when it arrives.

    Cancelling a booking already cancelled (a double-click, Back and cancel again, a second tab)
    changes nothing and sends nothing: the guest is shown the cancelled booking.
    """
    now = _now(request)
    with request.app.state.sessions() as session:
        booking = _authorised(request, session)
        if booking is None:
            return urls.redirect(request, "/manage")
        repeated = "cancellation-repeated" in _defects(request)
        if booking.status != "cancelled" or repeated:
            _, refund = refund_due(HOTEL, booking, now.date(), _defects(request))
            release = "cancel-keeps-rooms" not in _defects(request)
            cancelled = cancel(session, booking, refund, now, release_rooms=release, once=not repeated)
            session.commit()
            if cancelled:
                _send_cancellation(request, booking)
    return urls.redirect(request, "/manage/booking")


def _lookup_errors(values: dict[str, str]) -> dict[str, FieldError]:
    errors: dict[str, FieldError] = {}
    if not values["reference"]:
        errors["reference"] = FieldError("error.required")
    elif not REFERENCE.match(values["reference"].upper()):
        errors["reference"] = FieldError("error.reference_invalid")
    if not values["email"]:
        errors["email"] = FieldError("error.required")
    elif not EMAIL.match(values["email"]):
        errors["email"] = FieldError("error.email_invalid")
    return errors


def _authorised(request: Request, session: object) -> Booking | None:
    """The booking named in this browser's signed cookie, if any."""
    settings = request.app.state.settings
    try:
        data = tokens.verify(settings.secret_key, request.cookies.get(_COOKIE, ""), _now(request), _TTL)
    except tokens.InvalidToken:
        return None
    return find(session, data["reference"])


def _refund_by(booking: Booking) -> date:
    cancelled = booking.cancelled_at or datetime.now()
    return cancelled.date() + timedelta(days=HOTEL.refund_within_days)


def _send_cancellation(request: Request, booking: Booking) -> None:
    lang = booking.lang
    context = {
        **mail_context(request, lang),
        **booking_view(booking),
        "refund_by": _refund_by(booking),
        "defects": _defects(request),
    }
    subject = i18n.translate(lang, "mail.cancel.subject", hotel=HOTEL.name(lang), reference=booking.reference)
    sender = Address(HOTEL.name(lang), "no-reply", HOTEL.service_email.split("@")[1])
    message = mail.compose(TEMPLATES.env, "booking_cancellation", booking.email, subject, sender, context)
    mail.send(request.app.state.settings, message)


def _now(request: Request) -> datetime:
    return request.app.state.clock()


def _defects(request: Request) -> frozenset[str]:
    return request.app.state.settings.defects
