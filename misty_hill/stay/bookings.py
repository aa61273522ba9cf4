"""Booking a stay and cancelling it: the rules between the guest's review and what is stored.

The review is not stored: the guest's browser carries it, signed. Confirming checks the
signature, checks the request again (a day may have passed), prices it again from the tariff
and books only if that is still the price the guest reviewed, taking the rooms in the same
transaction, so a tampered or stale review never books at a wrong price and the last room is
sold once.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from misty_hill import house
from misty_hill.money import percent_of
from misty_hill.stay import inventory, pricing
from misty_hill.stay.models import Booking, ConfirmedReview
from misty_hill.stay.pricing import StayRequest
from misty_hill.stay.signing import BadSignature, sign_json, unsign_json
from misty_hill.stay.validation import REQUEST_MAX, Errors, check_booking

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud on the phone without doubt
REVIEW = "stay-review"


class ReviewInvalid(Exception):
    """The review the browser sent back was altered, or no longer holds (price or dates changed)."""


class NotBookable(Exception):
    """The request breaks a rule (e.g. the date has passed since the review); `errors` says where."""

    def __init__(self, errors: Errors) -> None:
        super().__init__(dict(errors))
        self.errors = errors


@dataclass(frozen=True)
class Review:
    """A checked request with its price and payment terms, and the signed token the browser carries."""

    stay: StayRequest
    guest: dict[str, str]
    quote: pricing.Quote
    plan: pricing.Schedule
    token: str


def review(data: dict, today: date, lang: str, key: str, defects: frozenset[str]) -> Review:
    """Check and price what the guest entered; NotBookable with the errors by field otherwise."""
    stay, guest, errors = check_booking(data, today, lang, defects)
    if "special-request-limit-in-bytes" in defects and len(guest["special_request"].encode()) > REQUEST_MAX:
        errors.add("special_request", "request_long", max=REQUEST_MAX)
    if errors:
        raise NotBookable(errors)
    quote = pricing.quote(stay, defects)
    plan = pricing.schedule(stay, quote, today, defects)
    carried = {**_request_of(stay), **guest, "lang": lang, "total": quote.total, "review": secrets.token_hex(8)}
    return Review(stay, guest, quote, plan, sign_json(key, REVIEW, carried))


def review_key(token: str) -> str:
    """What a review is confirmed under: a hash of its signed token (each review carries a nonce of its own)."""
    return hashlib.sha256(str(token).encode()).hexdigest()


def booked_with(session: Session, token: str) -> Booking | None:
    """The booking an earlier confirmation of this very review made, if any."""
    reference = session.scalar(select(ConfirmedReview.reference).where(ConfirmedReview.key == review_key(token)))
    return find(session, reference) if reference else None


def confirm(session: Session, token: str, now: datetime, key: str, defects: frozenset[str]) -> Booking:
    """Book what the signed review holds, at today's price, once; inside the caller's transaction.

    The review is claimed first (an INSERT on its key): a second confirmation of it, even at the
    same moment, cannot book again; the caller shows it the booking the first one made (`booked_with`,
    or after an IntegrityError, in a transaction of its own).
    ReviewInvalid: altered, or the price is no longer the one reviewed. NotBookable: the request
    breaks a rule today. inventory.SoldOut: the rooms were taken meanwhile.
    """
    try:
        carried = unsign_json(key, REVIEW, token)
    except BadSignature as error:
        raise ReviewInvalid("signature") from error
    claim = None
    if "review-confirmed-twice" not in defects:
        claim = ConfirmedReview(key=review_key(token), confirmed_at=now.replace(tzinfo=None))
        session.add(claim)
        session.flush()
    lang = carried.get("lang", "zh-TW")
    today = now.date()
    again = review(carried, today, lang, key, defects)
    if again.quote.total != carried.get("total"):
        raise ReviewInvalid("price")
    stay = again.stay
    inventory.take(session, stay.room_type, stay.night_dates(), stay.rooms, check="last-room-sold-twice" not in defects)
    booking = Booking(
        reference=new_reference(session),
        lang=lang,
        room_type=stay.room_type,
        rooms=stay.rooms,
        guests=stay.guests,
        check_in=stay.check_in,
        check_out=stay.check_out,
        addons=list(stay.addons),
        payment_method=stay.payment_method,
        fees=[line.as_dict() for line in again.quote.lines],
        total=again.quote.total,
        prepay=again.plan.prepay,
        paid=again.plan.prepay if again.plan.prepay_by is None else 0,
        booked_on=today,
        created_at=now.replace(tzinfo=None),
        **again.guest,
    )
    session.add(booking)
    session.flush()
    if claim is not None:
        claim.reference = booking.reference
    return booking


def new_reference(session: Session) -> str:
    """`MH-7K3Q9P`: six characters that are easy to read out, unused so far."""
    while True:
        reference = "MH-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
        if session.scalar(select(Booking.id).where(Booking.reference == reference)) is None:
            return reference


def find(session: Session, reference: str) -> Booking | None:
    """The booking with this reference."""
    return session.scalar(select(Booking).where(Booking.reference == reference))


def stay_of(booking: Booking) -> StayRequest:
    """What was booked, as a request (for pricing and presenting)."""
    return StayRequest(
        booking.room_type, booking.check_in, booking.check_out, booking.rooms, booking.guests,
        tuple(booking.addons), booking.payment_method,
    )  # fmt: skip


def guest_of(booking: Booking) -> dict[str, str]:
    """Who booked and what they asked for, as they typed it."""
    return {"guest_name": booking.guest_name, "special_request": booking.special_request or ""}


def quote_of(booking: Booking) -> pricing.Quote:
    """The bill as it was priced when the guest confirmed."""
    return pricing.Quote([pricing.FeeLine(**line) for line in booking.fees])


def schedule_of(booking: Booking, defects: frozenset[str] = frozenset()) -> pricing.Schedule:
    """How the booking is paid, as fixed on the day it was made."""
    return pricing.schedule(stay_of(booking), quote_of(booking), booking.booked_on, defects)


def payment_code(booking: Booking) -> str | None:
    """The transfer's virtual account: 14 digits naming this booking, the last two a check (mod 97)."""
    if house.payment_method(booking.payment_method).plan != "deposit":
        return None
    body = f"95812{booking.id:07d}"
    return f"{body}{int(body) % 97:02d}"


@dataclass(frozen=True)
class RefundOffer:
    """What cancelling on a day gives back: days before check-in, what was paid, the share, the refund."""

    days_before: int
    paid: int
    percent: int
    amount: int


def refund_offer(booking: Booking, today: date, defects: frozenset[str]) -> RefundOffer:
    """The refund for cancelling today, by the published schedule of the booking's plan, on what was paid."""
    days = (booking.check_in - today).days
    plan = house.payment_method(booking.payment_method).plan
    percent = pricing.refund_percent(plan, days, statutory="statutory-refund-schedule" in defects)
    return RefundOffer(days, booking.paid, percent, percent_of(booking.paid, percent))


def cancellable(booking: Booking, today: date) -> bool:
    """A confirmed booking may be cancelled online up to the day of check-in."""
    return booking.status == "confirmed" and booking.check_in >= today


def cancel(session: Session, booking: Booking, today: date, defects: frozenset[str]) -> RefundOffer | None:
    """Cancel the booking, free its rooms and fix the refund and the day it is paid by; None if already cancelled.

    The status changes by a conditional UPDATE, so of two requests cancelling the booking at the
    same moment (a double-click, a second tab) exactly one cancels it and frees its rooms.
    """
    offer = refund_offer(booking, today, defects)
    changed = session.execute(
        update(Booking)
        .where(Booking.id == booking.id, Booking.status == "confirmed")
        .values(status="cancelled", cancelled_on=today, refund=offer.amount, refund_percent=offer.percent,
                refund_by=today + timedelta(days=house.REFUND_WITHIN_DAYS))
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    session.refresh(booking)
    if changed.rowcount != 1:
        return None
    inventory.release(session, booking.room_type, inventory.nights(booking.check_in, booking.check_out), booking.rooms)
    return offer


def _request_of(stay: StayRequest) -> dict:
    return {
        "room_type": stay.room_type, "check_in": stay.check_in.isoformat(), "check_out": stay.check_out.isoformat(),
        "rooms": stay.rooms, "guests": stay.guests, "addons": list(stay.addons), "payment_method": stay.payment_method,
    }  # fmt: skip
