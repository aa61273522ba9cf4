"""The booking engine's tables: bookings, and how many rooms of each type are taken on each night.

`RoomNight.taken` is the one number two guests racing for the last room both want to raise;
it is only ever raised by a conditional UPDATE that checks it against the room count, so the
database itself decides who gets the room (see `inventory.take`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from misty_hill.db import Base


class Booking(Base):
    """One booking as confirmed: what was booked, what it costs, how it is paid, and whether it was cancelled."""

    __tablename__ = "stay_bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True, index=True)
    lang: Mapped[str] = mapped_column(String(8))
    room_type: Mapped[str] = mapped_column(String(16))
    rooms: Mapped[int] = mapped_column(Integer)
    guests: Mapped[int] = mapped_column(Integer)
    check_in: Mapped[date] = mapped_column(Date)
    check_out: Mapped[date] = mapped_column(Date)
    addons: Mapped[list[str]] = mapped_column(JSON)
    guest_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(40))
    special_request: Mapped[str] = mapped_column(Text, default="")
    payment_method: Mapped[str] = mapped_column(String(16))
    fees: Mapped[list[dict]] = mapped_column(JSON)  # the fee lines as priced at confirmation
    total: Mapped[int] = mapped_column(Integer)
    prepay: Mapped[int] = mapped_column(Integer)
    paid: Mapped[int] = mapped_column(Integer)  # taken at booking (card); a transfer is paid later
    booked_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="confirmed")  # confirmed, cancelled
    cancelled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    refund: Mapped[int | None] = mapped_column(Integer, nullable=True)
    refund_percent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    refund_by: Mapped[date | None] = mapped_column(Date, nullable=True)


class RoomNight(Base):
    """How many rooms of one type are taken on one night."""

    __tablename__ = "stay_room_nights"
    __table_args__ = (UniqueConstraint("room_type", "night"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_type: Mapped[str] = mapped_column(String(16))
    night: Mapped[date] = mapped_column(Date)
    taken: Mapped[int] = mapped_column(Integer, default=0)


class ConfirmedReview(Base):
    """A review that was confirmed: its key (a hash of the signed review) and the booking it made.

    The key is the primary key, so of two requests confirming the same review at the same moment
    the database lets one insert and makes the other fail; that one is shown the booking made.
    """

    __tablename__ = "stay_confirmed_reviews"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(16), nullable=True)
    confirmed_at: Mapped[datetime] = mapped_column(DateTime)
