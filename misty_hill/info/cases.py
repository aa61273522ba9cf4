"""The feedback cases table: every message the contact form accepted, with its case number and reply date.

The case number is what the guest quotes when they call or write again, so it is short, readable
on the phone, and carries the day it arrived: `MHC-260612-0007`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from misty_hill.db import Base


class FeedbackCase(Base):
    """One message sent through the contact form."""

    __tablename__ = "feedback_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    category: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(30), default="")
    booking_reference: Mapped[str] = mapped_column(String(30), default="")
    message: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    reply_by: Mapped[date] = mapped_column(Date)
    # The form's token and the message, hashed: the same message sent again with it is this case.
    submission: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)


def open_case(session: Session, received_at: datetime, reply_by: date, **message: str | None) -> FeedbackCase:
    """Store a message and give it its case number (the row's id makes the number unique)."""
    case = FeedbackCase(received_at=received_at.replace(tzinfo=None), reply_by=reply_by, **message)
    session.add(case)
    session.flush()
    case.number = f"MHC-{received_at:%y%m%d}-{case.id:04d}"
    return case


def find_submitted(session: Session, submission: str) -> FeedbackCase | None:
    """The case an earlier sending of this very message (the same form, the same words) opened, or None."""
    return session.scalar(select(FeedbackCase).where(FeedbackCase.submission == submission))


def find_case(session: Session, number: str) -> FeedbackCase | None:
    """The case with this number, or None."""
    return session.scalar(select(FeedbackCase).where(FeedbackCase.number == number))
