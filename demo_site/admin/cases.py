"""Handling a guest's case: record, reply, negotiate, refer with documents, decide, tell the guest (T3).

Every action appends one history entry; the case's status follows from what was done. Nothing
here updates or deletes a history entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from demo_site.admin.models import CaseEvent
from demo_site.db import FeedbackCase

HANDLING_DAYS = 15  # 消保法 §43: a complaint is dealt with within 15 days of receipt
SUPERVISOR_ACTIONS = frozenset({"decide"})
STATUS_AFTER = {"reply": "in_progress", "note": "in_progress", "refer": "referred", "decide": "decided"}


@dataclass(frozen=True)
class Action:
    """One thing staff did to a case."""

    kind: str  # note, reply, refer, document, decide
    note: str
    referred_to: str = ""
    document_name: str | None = None
    document_type: str | None = None
    document: bytes | None = None


def handling_deadline(case: FeedbackCase) -> date:
    """The last day to deal with the case: 15 days after it was received."""
    return case.created_at.date() + timedelta(days=HANDLING_DAYS)


def history(session: Session, case: FeedbackCase) -> list[CaseEvent]:
    """Every step of the case, oldest first."""
    return list(session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)))


def record_received(session: Session, case: FeedbackCase) -> None:
    """The first entry of every case: it came in through the contact form."""
    session.add(CaseEvent(case_id=case.id, at=case.created_at, author="website", action="received", note=""))


def apply(session: Session, case: FeedbackCase, action: Action, author: str, now: datetime) -> CaseEvent:
    """Append the action to the case's history and move the case on."""
    note = action.note if action.kind != "refer" else f"{action.referred_to}: {action.note}".strip(": ")
    entry = CaseEvent(
        case_id=case.id,
        at=now.replace(tzinfo=None),
        author=author,
        action=action.kind,
        note=note,
        document_name=action.document_name,
        document_type=action.document_type,
        document=action.document,
    )
    session.add(entry)
    case.status = STATUS_AFTER.get(action.kind, case.status)
    return entry
