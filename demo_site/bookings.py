"""Turning a reviewed stay into a booking: take the rooms night by night, or refuse."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from demo_site.booking_form import BookingInput
from demo_site.db import Booking, BookingLine, Inventory
from demo_site.pricing import Quote

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


class SoldOut(Exception):
    """Some night of the stay has fewer free rooms of that type than asked for."""


def new_reference() -> str:
    """An unguessable booking reference (60 random bits): LW-7K3M-9QXD-2HTP."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    return f"LW-{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def new_virtual_account() -> str:
    """A 14-digit ATM virtual account number for one booking."""
    return "".join(secrets.choice("0123456789") for _ in range(14))


def reserve(
    session: Session, booking: BookingInput, quote: Quote, pay_by: datetime | None, now: datetime, lang: str
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
    record = Booking(
        reference=new_reference(),
        room_type=stay.room_type,
        check_in=stay.check_in,
        check_out=stay.check_out,
        rooms=stay.rooms,
        guests=stay.guests,
        breakfast=stay.breakfast,
        guest_name=booking.guest.name,
        email=booking.guest.email,
        phone=booking.guest.phone,
        payment_method=stay.payment_method,
        total=quote.total,
        pay_by=pay_by,
        virtual_account=new_virtual_account() if pay_by else None,
        lang=lang,
        created_at=now.replace(tzinfo=None),
        lines=[BookingLine(position=i, kind=line.kind, amount=line.amount) for i, line in enumerate(quote.lines)],
    )
    session.add(record)
    return record


def find(session: Session, reference: str) -> Booking | None:
    """The booking with this reference, if any."""
    return session.scalars(select(Booking).where(Booking.reference == reference)).first()
