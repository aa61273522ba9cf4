"""Room availability: how many rooms of a type are free on the nights of a stay, and taking or releasing them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from misty_hill import house
from misty_hill.stay.models import RoomNight


class SoldOut(Exception):
    """Not enough rooms of the type are left on some night of the stay."""


def nights(check_in: date, check_out: date) -> list[date]:
    """The date each night of the stay starts on."""
    return [check_in + timedelta(days=n) for n in range((check_out - check_in).days)]


def taken(session: Session, room_type: str, first: date, last: date) -> dict[date, int]:
    """Rooms of `room_type` taken on each night from `first` to `last` (inclusive) that has any."""
    rows = session.execute(
        select(RoomNight.night, RoomNight.taken).where(
            RoomNight.room_type == room_type, RoomNight.night >= first, RoomNight.night <= last
        )
    )
    return {night: count for night, count in rows}


def rooms_left(session: Session, room_type: str, check_in: date, check_out: date) -> int:
    """The fewest rooms of the type free on any night of the stay."""
    count = house.room_type(room_type).count
    stay = nights(check_in, check_out)
    if not stay:
        return count
    booked = taken(session, room_type, stay[0], stay[-1])
    return count - max((booked.get(night, 0) for night in stay), default=0)


def sold_out_nights(session: Session, first: date, last: date) -> list[date]:
    """Nights on which every room of every type is taken: the calendar greys them out."""
    per_type = [taken(session, room.code, first, last) for room in house.ROOM_TYPES]
    days = {night for booked in per_type for night in booked}
    return sorted(
        night
        for night in days
        if all(booked.get(night, 0) >= room.count for room, booked in zip(house.ROOM_TYPES, per_type, strict=True))
    )


def take(session: Session, room_type: str, stay_nights: Iterable[date], rooms: int, *, check: bool = True) -> None:
    """Take `rooms` rooms on every night, inside the caller's transaction; SoldOut if any night lacks them.

    Each night is raised by one UPDATE whose WHERE clause holds the limit, so of two transactions
    racing for the last room the database lets exactly one through. `check=False` is the
    'last room sold twice' defect: the limit is left out.
    """
    limit = house.room_type(room_type).count - rooms
    for night in stay_nights:
        _ensure_row(session, room_type, night)
        statement = update(RoomNight).where(RoomNight.room_type == room_type, RoomNight.night == night)
        if check:
            statement = statement.where(RoomNight.taken <= limit)
        if session.execute(statement.values(taken=RoomNight.taken + rooms)).rowcount != 1:
            raise SoldOut(room_type)


def release(session: Session, room_type: str, stay_nights: Iterable[date], rooms: int) -> None:
    """Give the rooms of a cancelled booking back, so the nights go on sale again."""
    for night in stay_nights:
        session.execute(
            update(RoomNight)
            .where(RoomNight.room_type == room_type, RoomNight.night == night)
            .values(taken=RoomNight.taken - rooms)
        )


def _ensure_row(session: Session, room_type: str, night: date) -> None:
    """The night's counter exists (created at 0 the first time a room of the type is booked for it)."""
    if session.scalar(select(RoomNight.id).where(RoomNight.room_type == room_type, RoomNight.night == night)):
        return
    try:
        with session.begin_nested():
            session.add(RoomNight(room_type=room_type, night=night, taken=0))
    except IntegrityError:
        pass  # another booking created it at the same moment: the row is there, which is all we need
