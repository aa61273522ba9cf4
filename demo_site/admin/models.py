"""Back-office tables: staff accounts, and the append-only history of every case.

A case's history is only ever added to: the site has no code path that updates or deletes a
history entry, and the database refuses it too (a trigger, on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, mapped_column

from demo_site.db import Base


class StaffUser(Base):
    """A member of staff: an agent or a supervisor, with a hashed password and a lockout counter."""

    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20))  # agent, supervisor
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CaseEvent(Base):
    """One step in a case's life: who did what, when, with what note or document. Never changed."""

    __tablename__ = "case_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("feedback_case.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(30))  # received, note, reply, refer, document, decision, ...
    note: Mapped[str] = mapped_column(Text, default="")
    document_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    document_type: Mapped[str | None] = mapped_column(String(100), nullable=True)
    document: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


_APPEND_ONLY = {
    "sqlite": [
        "CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event "
        "BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END",
        "CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event "
        "BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END",
    ],
    "postgresql": [
        "CREATE OR REPLACE FUNCTION case_event_append_only() RETURNS trigger AS $$ "
        "BEGIN RAISE EXCEPTION 'case history is append-only'; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event "
        "FOR EACH ROW EXECUTE FUNCTION case_event_append_only()",
    ],
}


def make_history_append_only(engine: Engine) -> None:
    """Have the database refuse any UPDATE or DELETE of a case's history (idempotent)."""
    statements = _APPEND_ONLY.get(engine.dialect.name, [])
    with engine.begin() as connection:
        for statement in statements:
            if engine.dialect.name == "sqlite":
                statement = statement.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS")
            elif "CREATE TRIGGER" in statement:
                connection.exec_driver_sql("DROP TRIGGER IF EXISTS case_event_append_only ON case_event")
            connection.exec_driver_sql(statement)
