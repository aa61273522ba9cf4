"""Signed review tokens: the review step carries the guest's choices without storing anything.

A token is the form data plus the quoted total and the time it was issued, signed with HMAC.
Confirming checks the signature (a tampered token is refused) and its age (an expired one too).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import datetime


class InvalidToken(Exception):
    """The token was altered, is malformed, or has expired."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "tampered" or "expired"


def sign(secret: str, payload: dict, issued_at: datetime) -> str:
    """A URL-safe token holding `payload` and when it was issued."""
    body = json.dumps({"data": payload, "iat": issued_at.timestamp()}, separators=(",", ":"), sort_keys=True)
    encoded = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    return f"{encoded}.{_mac(secret, encoded)}"


def verify(secret: str, token: str, now: datetime, ttl_seconds: int) -> dict:
    """The payload of a valid token; InvalidToken when it was altered or is older than the TTL."""
    encoded, _, mac = token.partition(".")
    if not encoded or not hmac.compare_digest(mac, _mac(secret, encoded)):
        raise InvalidToken("tampered")
    try:
        body = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    except ValueError as error:
        raise InvalidToken("tampered") from error
    age = now.timestamp() - float(body["iat"])
    if age < 0 or age > ttl_seconds:
        raise InvalidToken("expired")
    return body["data"]


def _mac(secret: str, encoded: str) -> str:
    return hmac.new(secret.encode(), encoded.encode(), hashlib.sha256).hexdigest()
