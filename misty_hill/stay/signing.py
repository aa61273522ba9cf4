"""Signed values: the review the wizard carries to confirmation, and the link to a guest's own booking.

A signature is an HMAC-SHA256 of the value under the run's secret key, so the browser can hold
the review (nothing is stored before the guest confirms) and the email can hold a link to the
booking, and neither can be altered or guessed for another booking.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any


class BadSignature(ValueError):
    """The value was altered, or signed for something else."""


def _mac(key: str, purpose: str, payload: bytes) -> str:
    digest = hmac.new(key.encode(), purpose.encode() + b"\0" + payload, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def sign_json(key: str, purpose: str, value: Any) -> str:
    """`value` as compact JSON in base64, a dot, and its signature."""
    payload = base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":"), sort_keys=True).encode())
    return f"{payload.rstrip(b'=').decode()}.{_mac(key, purpose, payload.rstrip(b'='))}"


def unsign_json(key: str, purpose: str, token: str) -> Any:
    """The value `sign_json` signed; BadSignature if the token was touched."""
    payload, _, mac = str(token).partition(".")
    if not mac or not hmac.compare_digest(mac, _mac(key, purpose, payload.encode())):
        raise BadSignature(purpose)
    try:
        return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except ValueError as error:
        raise BadSignature(purpose) from error


def booking_token(key: str, reference: str) -> str:
    """The secret part of the link to one booking: only its guest (who got the email) knows it."""
    return _mac(key, "manage-booking", reference.encode())[:32]


def booking_token_matches(key: str, reference: str, token: str) -> bool:
    """Whether `token` is this booking's, compared in constant time."""
    return hmac.compare_digest(booking_token(key, reference), str(token))
