"""The database: one SQLAlchemy engine per run, one declarative `Base` both areas of the site declare tables on."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker


class Base(DeclarativeBase):
    """The metadata every table of the site belongs to, so `create_schema` creates them all."""


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite waits for a writer instead of failing at once, so two bookings can queue."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(connection, _record) -> None:  # noqa: ANN001 - DBAPI connection
        # Let SQLAlchemy issue BEGIN itself, so `BEGIN IMMEDIATE` can take the write lock up front.
        connection.isolation_level = None
        connection.execute("PRAGMA foreign_keys = ON")

    @event.listens_for(engine, "begin")
    def _sqlite_begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy connection
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def create_schema(engine: Engine) -> None:
    """Create every table declared on `Base` (the modules declaring them must be imported first)."""
    Base.metadata.create_all(engine)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit, so a handler can render what it just stored."""
    return sessionmaker(engine, expire_on_commit=False)
