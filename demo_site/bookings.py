"""Turning a reviewed stay into a booking: take the rooms night by night, or refuse."""

from __future__ import annotations

import re
import secrets
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from demo_site.booking_form import BookingInput
from demo_site.db import Booking, BookingLine, Inventory
from demo_site.hotel import Hotel
from demo_site.pricing import PaymentPlan, Quote, cancellation_percent, refund_of

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


class SoldOut(Exception):
    """Some night of the stay has fewer free rooms of that type than asked for."""


REFERENCE = re.compile(r"^LW-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")  # the shape of what new_reference makes


def new_reference() -> str:
    """An unguessable booking reference (60 random bits): LW-7K3M-9QXD-2HTP."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    return f"LW-{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def new_payment_code() -> str:
    """A 14-digit number: an ATM virtual account or a convenience-store payment code."""
    return "".join(secrets.choice("0123456789") for _ in range(14))


def reserve(
    session: Session, booking: BookingInput, quote: Quote, plan: PaymentPlan, now: datetime, lang: str
) -> Booking:
    """Take the rooms for every night and store the booking, in one transaction; SoldOut otherwise.

    Each night is claimed with a conditional UPDATE, so two confirms racing for the last room
    cannot both succeed: the database serialises them and the loser's UPDATE matches no row.
    """
    stay = booking.stay
    for offset in range(stay.nights):
        night = stay.check_in + timedelta(days=offset)
        claimed = session.execute(
            update(Inventory)
            .where(
                Inventory.room_type == stay.room_type,
                Inventory.night == night,
                Inventory.booked + stay.rooms <= Inventory.total,
            )
            .values(booked=Inventory.booked + stay.rooms)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:
            raise SoldOut(night.isoformat())
    charged_now = plan.prepay if plan.prepay_by is None else 0
    record = Booking(
        reference=new_reference(),
        room_type=stay.room_type,
        check_in=stay.check_in,
        check_out=stay.check_out,
        rooms=stay.rooms,
        guests=stay.guests,
        breakfast=stay.breakfast,
        dinner=stay.dinner,
        transfer=stay.transfer,
        transfer_trips=stay.transfer_trips,
        guest_name=booking.guest.name,
        email=booking.guest.email,
        phone=booking.guest.phone,
        payment_method=stay.payment_method,
        total=quote.total,
        status="awaiting_payment" if plan.prepay_by else "confirmed",
        plan=plan.plan,
        prepay=plan.prepay,
        prepay_by=plan.prepay_by,
        balance=plan.balance,
        hold_until=plan.hold_until,
        paid=charged_now,
        payment_code=new_payment_code() if plan.prepay_by else None,
        lang=lang,
        created_at=now.replace(tzinfo=None),
        lines=[BookingLine(position=i, kind=line.kind, amount=line.amount) for i, line in enumerate(quote.lines)],
    )
    session.add(record)
    return record


def find(session: Session, reference: str) -> Booking | None:
    """The booking with this reference, if any."""
    return session.scalars(select(Booking).where(Booking.reference == reference)).first()


def find_for_guest(session: Session, reference: str, email: str) -> Booking | None:
    """The booking only if reference and email belong together; None tells nothing about which was wrong."""
    return session.scalars(
        select(Booking).where(Booking.reference == reference.upper(), func.lower(Booking.email) == email.lower())
    ).first()


def days_before_check_in(booking: Booking, today: date) -> int:
    """Whole days from `today` to check-in: 0 on the check-in day itself."""
    return (booking.check_in - today).days


def refund_due(hotel: Hotel, booking: Booking, today: date, defects: frozenset[str] = frozenset()) -> tuple[int, int]:
    """What cancelling today gives back of what the guest has paid: (percent, amount)."""
    days = max(days_before_check_in(booking, today), 0)
    percent = cancellation_percent(hotel, booking.plan, days, defects)
    return percent, refund_of(booking.paid, percent, defects)


def cancel(
    session: Session, booking: Booking, refund_amount: int, now: datetime, release_rooms: bool = True, once: bool = True
) -> bool:
    """Cancel the booking, record the refund and give its nights back to inventory; False if it was already cancelled.

    The status changes by a conditional UPDATE, so of two requests cancelling the same booking at
    the same moment (a double-click, Back and cancel again, a second tab) exactly one cancels it,
    refunds it and frees its rooms; the other changes nothing. `once=False` is the careless
    release that drops that condition.
    """
    still_booked = Booking.status != "cancelled" if once else Booking.id.is_not(None)
    changed = session.execute(
        update(Booking)
        .where(Booking.id == booking.id, still_booked)
        .values(status="cancelled", cancelled_at=now.replace(tzinfo=None), refund_amount=refund_amount)
        .execution_options(synchronize_session=False)
    )
    session.refresh(booking)
    if changed.rowcount != 1:
        return False
    if not release_rooms:
        return True
    for offset in range((booking.check_out - booking.check_in).days):
        night = booking.check_in + timedelta(days=offset)
        session.execute(
            update(Inventory)
            .where(Inventory.room_type == booking.room_type, Inventory.night == night)
            .values(booked=Inventory.booked - booking.rooms)
            .execution_options(synchronize_session=False)
        )
    return True
