"""One click, one booking: each review confirmed, or form sent, is acted on once.

A review page (booking, shop order) and the contact form carry a signed token. The request that
acts on it first claims the token's key in the database, in the same transaction that stores
the booking, order or case; any later request with the same token (a double-click, Back and
confirm again, a second tab, a refreshed POST) finds the key spent and is shown what the first
one made, with no second record and no second email.

Two requests at the same moment: the claim is an INSERT on the primary key, so the database
lets one of them in and makes the other wait and then fail (`IntegrityError`); the loser then
reads the winner's record (`made_by`). On SQLite every write transaction starts with BEGIN
IMMEDIATE (see `db.make_engine`), so there the loser simply finds the key already spent.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from demo_site.db import SpentSubmission


def key_of(kind: str, token: str, *content: str) -> str:
    """The key a token is spent under: its kind, the token and anything else that must match (a message)."""
    return hashlib.sha256("\x1f".join((kind, token, *content)).encode()).hexdigest()


def spent(session: Session, key: str) -> SpentSubmission | None:
    """The claim on `key` if it was made (and committed, or made in this transaction)."""
    return session.get(SpentSubmission, key)


def claim(session: Session, key: str, kind: str, now: datetime) -> SpentSubmission:
    """Claim `key` inside the caller's transaction; IntegrityError (at once or on commit) when it is taken."""
    claimed = SpentSubmission(key=key, kind=kind, created_at=now.replace(tzinfo=None))
    session.add(claimed)
    session.flush()
    return claimed


def made_by(sessions: sessionmaker[Session], key: str) -> str | None:
    """What the request that won `key` made, read in a transaction of its own after losing the race."""
    with sessions() as session:
        return session.scalar(select(SpentSubmission.record).where(SpentSubmission.key == key))
