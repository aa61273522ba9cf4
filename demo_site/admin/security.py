"""Staff authentication: salted scrypt hashes, signed session cookies, CSRF tokens, lockout.

Sessions are stateless signed cookies (HttpOnly, SameSite=Strict). Every form that changes
something carries a CSRF token derived from the session, so a page on another site cannot act
for a signed-in agent. After repeated failed sign-ins an account is locked for a while.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from demo_site import tokens

SESSION_COOKIE = "staff_session"
SESSION_TTL_SECONDS = 8 * 3600
MAX_FAILED_SIGN_INS = 5
LOCKOUT = timedelta(minutes=15)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


@dataclass(frozen=True)
class StaffSession:
    """Who is signed in, with which role, and the session's own random id (for CSRF tokens)."""

    username: str
    role: str
    session_id: str


def hash_password(password: str) -> str:
    """A salted scrypt hash: `scrypt$<salt hex>$<hash hex>`."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` matches the stored hash (constant-time comparison)."""
    try:
        scheme, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt_hex), **_SCRYPT)
    return hmac.compare_digest(digest.hex(), digest_hex)


def session_cookie(secret: str, username: str, role: str, now: datetime) -> str:
    """The signed value of a new session cookie."""
    return tokens.sign(secret, {"u": username, "r": role, "s": secrets.token_hex(16)}, now)


def read_session(secret: str, value: str, now: datetime) -> StaffSession | None:
    """The session in a cookie value, if it is genuine and not expired."""
    try:
        data = tokens.verify(secret, value, now, SESSION_TTL_SECONDS)
    except tokens.InvalidToken:
        return None
    return StaffSession(data["u"], data["r"], data["s"])


def csrf_token(secret: str, session: StaffSession) -> str:
    """The CSRF token of a session: an HMAC of its id, so it changes with every sign-in."""
    return hmac.new(secret.encode(), f"csrf:{session.session_id}".encode(), hashlib.sha256).hexdigest()


def csrf_ok(secret: str, session: StaffSession, submitted: str) -> bool:
    """Whether a submitted CSRF token belongs to this session."""
    return hmac.compare_digest(csrf_token(secret, session), submitted or "")
