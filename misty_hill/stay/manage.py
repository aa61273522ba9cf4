"""The guest's own booking, reached only by the signed link in the acknowledgement email.

There is no lookup form: the link's token is an HMAC of the reference under the site's secret,
so a forged token, or one belonging to another booking, finds nothing (404, as for any unknown
address). Cancelling shows the refund for cancelling now before anything changes.
"""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from misty_hill import house
from misty_hill.money import twd
from misty_hill.stay import bookings, mails, present
from misty_hill.stay.models import Booking
from misty_hill.stay.signing import booking_token_matches
from misty_hill.web import language, render, site_url

router = APIRouter()


def _own_booking(request: Request, session, reference: str, token: str) -> Booking:  # noqa: ANN001 - a Session
    """The booking the link names, if the link is really its own; 404 otherwise (nothing is revealed)."""
    key = request.app.state.settings.secret_key
    booking = bookings.find(session, reference) if booking_token_matches(key, reference, token) else None
    if booking is None:
        raise HTTPException(404)
    return booking


@router.get("/booking/{reference}/{token}", response_class=HTMLResponse)
def show(request: Request, reference: str, token: str) -> HTMLResponse:
    """The booking: what it is, what it costs, how it is paid; its refund once cancelled; the way to cancel."""
    with request.app.state.sessions() as session:
        booking = _own_booking(request, session, reference, token)
    return render(request, "stay/booking.html", **_page(request, booking))


@router.get("/booking/{reference}/{token}/cancel", response_class=HTMLResponse)
def preview(request: Request, reference: str, token: str) -> HTMLResponse:
    """What cancelling now would refund, with the button that cancels for good."""
    with request.app.state.sessions() as session:
        booking = _own_booking(request, session, reference, token)
    if not bookings.cancellable(booking, _today(request)):
        return RedirectResponse(_booking_path(request, booking, token), status_code=303)
    offer = bookings.refund_offer(booking, _today(request), request.app.state.settings.defects)
    return render(request, "stay/cancel.html", **_page(request, booking), offer=offer, token=token,
                  paid=twd(offer.paid), refund=twd(offer.amount))  # fmt: skip


@router.post("/booking/{reference}/{token}/cancel")
def cancel(request: Request, reference: str, token: str, background: BackgroundTasks) -> RedirectResponse:
    """Cancel the booking, free its rooms, mail the guest the refund, and show the cancelled booking."""
    settings = request.app.state.settings
    with request.app.state.sessions() as session, session.begin():
        booking = _own_booking(request, session, reference, token)
        if not bookings.cancellable(booking, _today(request)):
            return RedirectResponse(_booking_path(request, booking, token), status_code=303)
        offer = bookings.cancel(session, booking, _today(request), settings.defects)
    if offer is not None:  # None: a request at the same moment cancelled it first, and mailed the guest
        background.add_task(mails.send_cancellation, request.app.state.mailer, booking, offer, site_url(request))
    return RedirectResponse(_booking_path(request, booking, token), status_code=303)


def _page(request: Request, booking: Booking) -> dict:
    lang, defects = language(request), request.app.state.settings.defects
    stay = bookings.stay_of(booking)
    bill = present.bill(stay, bookings.quote_of(booking), bookings.schedule_of(booking, defects), lang,
                        bookings.payment_code(booking), bookings.guest_of(booking))  # fmt: skip
    return {
        "booking": booking,
        "bill": bill,
        "status": present.STATUS[booking.status],
        "cancellable": bookings.cancellable(booking, _today(request)),
        "refund_text": twd(booking.refund) if booking.refund is not None else None,
        "refund_by": present.day(booking.refund_by, lang) if booking.refund_by else None,
        "label": lambda key: present.label(key, lang),
        "house": house,
    }


def _booking_path(request: Request, booking: Booking, token: str) -> str:
    return f"{request.scope.get('root_path', '').rstrip('/')}/stay/booking/{booking.reference}/{token}"


def _today(request: Request):  # noqa: ANN202 - a date
    return request.app.state.clock().date()
