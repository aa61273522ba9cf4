"""The booking form's rules: every field checked, each problem named beside its field.

Errors are message keys (with parameters) so the page shows them in the guest's language.
Nothing here touches the database: bad input can never store anything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from demo_site.hotel import Hotel
from demo_site.pricing import StayRequest

FIELDS = (
    "check_in",
    "check_out",
    "room_type",
    "rooms",
    "guests",
    "breakfast",
    "dinner",
    "transfer",
    "transfer_trips",
    "guest_name",
    "email",
    "phone",
    "payment_method",
)
MAX_NIGHTS = 30
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_MOBILE = re.compile(r"^09\d{8}$")
_LANDLINE = re.compile(r"^0[2-8]\d{7,8}$")
_INTERNATIONAL = re.compile(r"^\+[1-9]\d{7,14}$")


@dataclass(frozen=True)
class FieldError:
    """A problem with one field: the catalogue key of its message and the message's parameters."""

    key: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Guest:
    """Who is booking and how to reach them."""

    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class BookingInput:
    """A booking form that passed every check."""

    stay: StayRequest
    guest: Guest


def raw_values(form: Mapping[str, str]) -> dict[str, str]:
    """The form's fields as the guest typed them, trimmed, so a re-shown form loses nothing."""
    return {name: str(form.get(name, "")).strip() for name in FIELDS}


def validate(
    values: Mapping[str, str], hotel: Hotel, today: date, defects: frozenset[str] = frozenset()
) -> tuple[BookingInput | None, dict[str, FieldError]]:
    """The checked booking, or the errors by field name."""
    errors: dict[str, FieldError] = {}
    check_in = _check_in(values, hotel, today, errors, defects)
    check_out = _check_out(values, check_in, errors)
    room_type = _room_type(values, hotel, errors)
    rooms = _rooms(values, hotel, room_type, errors)
    guests = _guests(values, hotel, room_type, rooms, errors)
    name = _required(values, "guest_name", errors, max_length=100)
    email = _email(values, errors)
    phone = _phone(values, errors)
    method = _payment_method(values, hotel, check_in, today, errors)
    transfer, trips = _transfer(values, hotel, errors)
    if errors:
        return None, errors
    stay = StayRequest(
        room_type=room_type,
        check_in=check_in,
        check_out=check_out,
        rooms=rooms,
        guests=guests,
        breakfast=_ticked(values, "breakfast"),
        dinner=_ticked(values, "dinner"),
        transfer=transfer,
        transfer_trips=trips,
        payment_method=method,
    )
    return BookingInput(stay=stay, guest=Guest(name=name, email=email, phone=phone)), {}


def _ticked(values: Mapping[str, str], name: str) -> bool:
    return values.get(name) in ("on", "true", "1", "yes")


def _transfer(values: Mapping[str, str], hotel: Hotel, errors: dict[str, FieldError]) -> tuple[str, int]:
    """The pick-up chosen and how many trips: 1 (arrival) or 2 (arrival and departure)."""
    code = values.get("transfer", "")
    if not code:
        return "", 0
    if code not in {transfer.code for transfer in hotel.transfers}:
        errors["transfer"] = FieldError("error.transfer_unknown")
        return code, 0
    trips = values.get("transfer_trips", "")
    if trips not in ("1", "2"):
        errors["transfer_trips"] = FieldError("error.transfer_trips")
        return code, 0
    return code, int(trips)


def _date(values: Mapping[str, str], name: str, errors: dict[str, FieldError]) -> date | None:
    raw = values.get(name, "")
    if not raw:
        errors[name] = FieldError("error.required")
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        errors[name] = FieldError("error.date_invalid")
        return None


def _check_in(
    values: Mapping[str, str], hotel: Hotel, today: date, errors: dict[str, FieldError], defects: frozenset[str]
) -> date | None:
    """Today or later, and within the next `booking_horizon_days` days (today is the first of them)."""
    check_in = _date(values, "check_in", errors)
    if check_in is None:
        return None
    last = today + timedelta(days=hotel.booking_horizon_days - 1)
    if "last-bookable-day-refused" in defects:
        last -= timedelta(days=1)  # the horizon counted from tomorrow, a careless `- 1` too many
    if check_in < today:
        errors["check_in"] = FieldError("error.check_in_past")
    elif check_in > last:
        errors["check_in"] = FieldError("error.check_in_too_far", {"days": hotel.booking_horizon_days})
    return check_in


def _check_out(values: Mapping[str, str], check_in: date | None, errors: dict[str, FieldError]) -> date | None:
    check_out = _date(values, "check_out", errors)
    if check_out is None or check_in is None:
        return check_out
    if check_out <= check_in:
        errors["check_out"] = FieldError("error.check_out_not_after")
    elif (check_out - check_in).days > MAX_NIGHTS:
        errors["check_out"] = FieldError("error.stay_too_long", {"nights": MAX_NIGHTS})
    return check_out


def _room_type(values: Mapping[str, str], hotel: Hotel, errors: dict[str, FieldError]) -> str:
    code = values.get("room_type", "")
    if not code:
        errors["room_type"] = FieldError("error.required")
    elif code not in {room_type.code for room_type in hotel.room_types}:
        errors["room_type"] = FieldError("error.room_type_unknown")
    return code


def _int(values: Mapping[str, str], name: str, errors: dict[str, FieldError]) -> int | None:
    raw = values.get(name, "")
    if not raw:
        errors[name] = FieldError("error.required")
        return None
    if not raw.isdigit():
        errors[name] = FieldError("error.whole_number")
        return None
    return int(raw)


def _rooms(values: Mapping[str, str], hotel: Hotel, code: str, errors: dict[str, FieldError]) -> int:
    rooms = _int(values, "rooms", errors)
    if rooms is None:
        return 0
    limit = hotel.room_type(code).count if "room_type" not in errors else None
    if rooms < 1:
        errors["rooms"] = FieldError("error.rooms_at_least_one")
    elif limit is not None and rooms > limit:
        errors["rooms"] = FieldError("error.rooms_too_many", {"count": limit})
    return rooms


def _guests(values: Mapping[str, str], hotel: Hotel, code: str, rooms: int, errors: dict[str, FieldError]) -> int:
    guests = _int(values, "guests", errors)
    if guests is None:
        return 0
    if guests < 1:
        errors["guests"] = FieldError("error.guests_at_least_one")
    elif "room_type" not in errors and "rooms" not in errors:
        capacity = hotel.room_type(code).max_guests * rooms
        if guests > capacity:
            errors["guests"] = FieldError("error.guests_over_capacity", {"capacity": capacity, "rooms": rooms})
        elif guests < rooms:
            errors["guests"] = FieldError("error.guests_fewer_than_rooms", {"rooms": rooms})
    return guests


def _required(values: Mapping[str, str], name: str, errors: dict[str, FieldError], max_length: int) -> str:
    value = values.get(name, "")
    if not value:
        errors[name] = FieldError("error.required")
    elif len(value) > max_length:
        errors[name] = FieldError("error.too_long", {"max": max_length})
    return value


def _email(values: Mapping[str, str], errors: dict[str, FieldError]) -> str:
    email = _required(values, "email", errors, max_length=254)
    if email and "email" not in errors and not EMAIL.match(email):
        errors["email"] = FieldError("error.email_invalid")
    return email


def _phone(values: Mapping[str, str], errors: dict[str, FieldError]) -> str:
    phone = _required(values, "phone", errors, max_length=30)
    digits = re.sub(r"[\s\-()]", "", phone)
    if (
        phone
        and "phone" not in errors
        and not (_MOBILE.match(digits) or _LANDLINE.match(digits) or _INTERNATIONAL.match(digits))
    ):
        errors["phone"] = FieldError("error.phone_invalid")
    return phone


def _payment_method(
    values: Mapping[str, str], hotel: Hotel, check_in: date | None, today: date, errors: dict[str, FieldError]
) -> str:
    code = values.get("payment_method", "")
    if not code:
        errors["payment_method"] = FieldError("error.required")
        return code
    try:
        method = hotel.payment_method(code)
    except KeyError:
        errors["payment_method"] = FieldError("error.payment_method_unknown")
        return code
    if method.pay_within_days is not None and check_in is not None and check_in <= today:
        errors["payment_method"] = FieldError("error.pay_later_too_late")
    return code
