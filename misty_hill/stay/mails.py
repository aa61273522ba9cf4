"""The booking engine's emails: the acknowledgement of a booking and the confirmation of a cancellation.

Each is sent as text with an HTML alternative, in the language the guest booked in, after the
booking is committed (a mail relay that is down must not undo a booking), and carries absolute
links back to the site, since a mail client has no base URL.
"""

from __future__ import annotations

from datetime import date

import jinja2

from misty_hill import house
from misty_hill.i18n import T, pick
from misty_hill.info import PATHS
from misty_hill.mail import Mailer
from misty_hill.money import twd
from misty_hill.stay import bookings, present
from misty_hill.stay.bookings import RefundOffer
from misty_hill.stay.models import Booking
from misty_hill.stay.signing import booking_token
from misty_hill.web import templates

# Plain-text parts are not HTML: the same templates folder, without HTML escaping.
TEXT = jinja2.Environment(loader=templates.env.loader, autoescape=False, keep_trailing_newline=True)

SUBJECTS = {
    "booked": T("【山霧民宿】訂房確認 {reference}", "【山霧民宿】ご予約確認 {reference}"),
    "cancelled": T("【山霧民宿】取消訂房確認 {reference}", "【山霧民宿】ご予約キャンセルのお知らせ {reference}"),
}


def manage_url(site_url: str, booking: Booking, key: str) -> str:
    """The signed link to the guest's own booking (there is no lookup form: this link is the way in)."""
    return f"{site_url}stay/booking/{booking.reference}/{booking_token(key, booking.reference)}"


def booking_context(booking: Booking, site_url: str, key: str, defects: frozenset[str]) -> dict:
    """What both parts of the acknowledgement show."""
    lang = booking.lang
    stay, plan, guest = bookings.stay_of(booking), bookings.schedule_of(booking, defects), bookings.guest_of(booking)
    return {
        "lang": lang,
        "t": lambda texts: pick(texts, lang),
        "booking": booking,
        "bill": present.bill(stay, bookings.quote_of(booking), plan, lang, bookings.payment_code(booking), guest),
        "stay_rows": present.stay_rows(stay, lang, guest),
        "reference_label": present.label("reference", lang),
        "stay_info_url": None if "email-without-stay-info-link" in defects else site_url + PATHS["stay_info"],
        "policy_url": site_url + PATHS["cancellation"],
        "manage_url": manage_url(site_url, booking, key),
        "house": house,
    }


def send_acknowledgement(mailer: Mailer, booking: Booking, site_url: str, key: str, defects: frozenset[str]) -> bool:
    """Tell the guest what they booked, what it costs, how and when to pay, and how to cancel."""
    context = booking_context(booking, site_url, key, defects)
    return _send(mailer, booking, "booked", "stay/mail/booked", context)


def send_cancellation(mailer: Mailer, booking: Booking, offer: RefundOffer, site_url: str) -> bool:
    """Confirm the cancellation, the refund and the day it is refunded by."""
    lang = booking.lang
    context = {
        "lang": lang,
        "t": lambda texts: pick(texts, lang),
        "booking": booking,
        "stay_rows": present.stay_rows(bookings.stay_of(booking), lang),
        "reference_label": present.label("reference", lang),
        "offer": offer,
        "refund": twd(offer.amount),
        "paid": twd(offer.paid),
        "refund_by": present.day(booking.refund_by or date.today(), lang),
        "policy_url": site_url + PATHS["cancellation"],
        "house": house,
    }
    return _send(mailer, booking, "cancelled", "stay/mail/cancelled", context)


def _send(mailer: Mailer, booking: Booking, kind: str, template: str, context: dict) -> bool:
    subject = pick(SUBJECTS[kind], booking.lang).format(reference=booking.reference)
    text = TEXT.get_template(f"{template}.txt").render(context)
    html = templates.env.get_template(f"{template}.html").render(context)
    return mailer.send(booking.email, subject, text, html)
