"""The back office's staff accounts: who they are, their roles, signing in with lockout."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from demo_site.admin.models import StaffUser
from demo_site.admin.security import LOCKOUT, MAX_FAILED_SIGN_INS, hash_password, verify_password
from demo_site.hotel import Localized

log = logging.getLogger("demo_site.admin")

# username, name, role: two agents (the trainee's account is the one lockout checks may lock) and a supervisor
ACCOUNTS = (
    ("agent", Localized("林客服", "Lin (agent)"), "agent"),
    ("supervisor", Localized("陳主管", "Chen (supervisor)"), "supervisor"),
    ("trainee", Localized("王實習", "Wang (trainee agent)"), "agent"),
)


def seed(session: Session, passwords: dict[str, str]) -> None:
    """Create the staff accounts that do not exist yet; an account without a given password gets a random one."""
    existing = set(session.scalars(select(StaffUser.username)))
    for username, name, role in ACCOUNTS:
        if username in existing:
            continue
        password = passwords.get(username)
        if password is None:
            password = secrets.token_urlsafe(12)
            log.info("back-office account %s (%s) has the password %s", username, role, password)
        session.add(
            StaffUser(username=username, display_name=name.zh, role=role, password_hash=hash_password(password))
        )


def sign_in(session: Session, username: str, password: str, now: datetime) -> tuple[StaffUser | None, str | None]:
    """The account if the password is right and it is not locked; else None and why (`invalid` or `locked`)."""
    user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
    naive_now = now.replace(tzinfo=None)
    if user is not None and user.locked_until and user.locked_until > naive_now:
        return None, "locked"
    if user is None or not verify_password(password, user.password_hash):
        if user is not None:
            user.failed_sign_ins += 1
            if user.failed_sign_ins >= MAX_FAILED_SIGN_INS:
                user.locked_until = naive_now + LOCKOUT
                user.failed_sign_ins = 0
                return None, "locked"
        return None, "invalid"
    user.failed_sign_ins = 0
    user.locked_until = None
    return user, None


def display_name(session: Session, username: str) -> str:
    """The staff member's name as it goes into a case's history."""
    user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
    return user.display_name if user else username
