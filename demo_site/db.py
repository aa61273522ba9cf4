"""The site's database: room inventory per night and the bookings that use it.

SQLite in a file by default, any SQLAlchemy URL (PostgreSQL in production) by `--db`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from demo_site.hotel import Hotel


class Base(DeclarativeBase):
    """Declarative base of the site's tables."""


class Inventory(Base):
    """How many rooms of one type exist and are booked for one night."""

    __tablename__ = "inventory"
    __table_args__ = (UniqueConstraint("room_type", "night"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_type: Mapped[str] = mapped_column(String(40))
    night: Mapped[date] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Integer)
    booked: Mapped[int] = mapped_column(Integer, default=0)


class Booking(Base):
    """A confirmed booking, with the exact fee lines the guest agreed to."""

    __tablename__ = "booking"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    status: Mapped[str] = mapped_column(String(20), default="confirmed")
    room_type: Mapped[str] = mapped_column(String(40))
    check_in: Mapped[date] = mapped_column(Date)
    check_out: Mapped[date] = mapped_column(Date)
    rooms: Mapped[int] = mapped_column(Integer)
    guests: Mapped[int] = mapped_column(Integer)
    breakfast: Mapped[bool] = mapped_column(default=False)
    dinner: Mapped[bool] = mapped_column(default=False)
    transfer: Mapped[str] = mapped_column(String(20), default="")
    transfer_trips: Mapped[int] = mapped_column(Integer, default=0)
    guest_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(30))
    payment_method: Mapped[str] = mapped_column(String(30))
    total: Mapped[int] = mapped_column(Integer)
    plan: Mapped[str] = mapped_column(String(10))  # full, deposit, none
    prepay: Mapped[int] = mapped_column(Integer)
    prepay_by: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # None: charged on booking
    balance: Mapped[int] = mapped_column(Integer)
    hold_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paid: Mapped[int] = mapped_column(Integer, default=0)  # received so far
    payment_code: Mapped[str | None] = mapped_column(String(20), nullable=True)  # virtual account or store code
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    refund_amount: Mapped[int | None] = mapped_column(Integer, nullable=True)
    lang: Mapped[str] = mapped_column(String(8), default="zh-TW")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    lines: Mapped[list[BookingLine]] = relationship(
        back_populates="booking", order_by="BookingLine.position", cascade="all, delete-orphan"
    )


class BookingLine(Base):
    """One fee line of a booking, as shown on the review page."""

    __tablename__ = "booking_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("booking.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    amount: Mapped[int] = mapped_column(Integer)
    booking: Mapped[Booking] = relationship(back_populates="lines")


def make_engine(url: str) -> Engine:
    """An engine for `url`.

    SQLite transactions start with BEGIN IMMEDIATE, so two confirms racing for the last room
    queue behind each other (busy timeout) instead of one failing on a stale snapshot.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    dbapi_connection.isolation_level = None  # let SQLAlchemy's "begin" event emit BEGIN
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_schema(engine: Engine, hotel: Hotel, today: date) -> None:
    """Create the tables and make sure every room type has inventory across the booking horizon."""
    Base.metadata.create_all(engine)
    last_night = today + timedelta(days=hotel.booking_horizon_days + 31)
    with Session(engine) as session, session.begin():
        for room_type in hotel.room_types:
            known = set(
                session.scalars(
                    select(Inventory.night).where(Inventory.room_type == room_type.code, Inventory.night >= today)
                )
            )
            night = today
            while night <= last_night:
                if night not in known:
                    session.add(Inventory(room_type=room_type.code, night=night, total=room_type.count))
                night += timedelta(days=1)


class FeedbackCase(Base):
    """A message sent through the contact form: its case number, what it is about and when it is due."""

    __tablename__ = "feedback_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    category: Mapped[str] = mapped_column(String(30))
    booking_reference: Mapped[str | None] = mapped_column(String(32), nullable=True)
    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(30), nullable=True)
    message: Mapped[str] = mapped_column(Text)
    reply_by: Mapped[date] = mapped_column(Date)
    lang: Mapped[str] = mapped_column(String(8), default="zh-TW")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ShopOrder(Base):
    """A shop order: who, how it is delivered and by whom, the invoice chosen, and the amounts agreed to."""

    __tablename__ = "shop_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    status: Mapped[str] = mapped_column(String(20), default="paid")
    customer_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(30))
    delivery_mode: Mapped[str] = mapped_column(String(30))
    store_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    postcode: Mapped[str | None] = mapped_column(String(10), nullable=True)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    expected_on: Mapped[date] = mapped_column(Date)
    invoice_type: Mapped[str] = mapped_column(String(30))
    invoice_value: Mapped[str] = mapped_column(String(40))
    company_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    subtotal: Mapped[int] = mapped_column(Integer)
    delivery_fee: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    lang: Mapped[str] = mapped_column(String(8), default="zh-TW")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    lines: Mapped[list[ShopOrderLine]] = relationship(
        back_populates="order", order_by="ShopOrderLine.position", cascade="all, delete-orphan"
    )


class ShopOrderLine(Base):
    """One product of an order, at the unit price the guest reviewed."""

    __tablename__ = "shop_order_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id"))
    position: Mapped[int] = mapped_column(Integer)
    product: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    order: Mapped[ShopOrder] = relationship(back_populates="lines")

    @property
    def amount(self) -> int:
        """Quantity times unit price."""
        return self.quantity * self.unit_price


class SpentSubmission(Base):
    """A review confirmed or a form sent: the key of the token it carried, spent once, and what it made.

    The key is the primary key, so of two requests spending the same token at the same moment the
    database lets one insert and makes the other fail (see `demo_site.once`).
    """

    __tablename__ = "spent_submission"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    record: Mapped[str | None] = mapped_column(String(32), nullable=True)  # booking reference, order or case number
    created_at: Mapped[datetime] = mapped_column(DateTime)
