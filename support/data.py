"""Test data: guests from Faker (zh_TW or en_US) and stays on dates no other test of this run uses.

Every test gets its own seed, derived from the run's seed and the test's ID, so a failure can be
replayed exactly (`--data-seed`). Dates are relative to today in the property's time zone.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from faker import Faker

from support.oracle import Stay


@dataclass(frozen=True)
class Guest:
    """Who books: a name, a phone number and a mailbox address only this test reads."""

    name: str
    email: str
    phone: str


def seed_for_test(run_seed: int, node_id: str) -> int:
    """A seed for one test: stable for the same run seed and test ID, different between tests."""
    digest = hashlib.sha256(f"{run_seed}:{node_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


@dataclass(frozen=True)
class Variation:
    """A named way to vary a test's input; its repr is its name, the same in every run."""

    name: str
    make: Callable

    def __call__(self, *args: object) -> object:
        """Make the input, as the decorated function does."""
        return self.make(*args)

    def __repr__(self) -> str:
        return self.name


def variation(make: Callable) -> Variation:
    """Decorate an input-maker used as a test parameter, so Allure's history can follow the test."""
    return Variation(make.__name__.strip("_").replace("_", "-"), make)


class StayCalendar:
    """Hands out stay windows that do not overlap, so tests never compete for the same rooms.

    Windows are laid out from the day the run started; `today` is always the current date in the
    property's time zone, so a run that passes midnight still computes deadlines from the real day.
    """

    def __init__(self, zone: ZoneInfo, first_offset: int = 30, last_offset: int = 330) -> None:
        self.zone = zone
        self._start = self.today
        self._first = first_offset
        self._last = last_offset
        self._next = first_offset

    @property
    def today(self) -> date:
        """Today in the property's time zone, now."""
        return datetime.now(self.zone).date()

    def reserve(self, nights: int, weekday: int | None = None) -> date:
        """A check-in date for `nights` nights, optionally on a given weekday (0 = Monday)."""
        start = self._start + timedelta(days=self._next)
        if weekday is not None:
            start += timedelta(days=(weekday - start.weekday()) % 7)
        self._next = (start - self._start).days + nights + 1
        if self._next > self._last:
            self._next = self._first
        return start


@functools.cache
def _faker(locale: str) -> Faker:
    """One Faker per locale and worker, re-seeded by each test: building one costs ~10 ms a test."""
    return Faker(locale)


class TestData:
    """The data builders one test uses; all randomness comes from its seed."""

    __test__ = False  # not a pytest test class

    def __init__(self, seed: int, lang: str, calendar: StayCalendar, mail_address: str) -> None:
        self.seed = seed
        self.calendar = calendar
        self._mail_address = mail_address
        self.faker = _faker("en_US" if lang.startswith("en") else "zh_TW")
        self.faker.seed_instance(seed)

    @property
    def today(self) -> date:
        """Today in the property's time zone."""
        return self.calendar.today

    def guest(self) -> Guest:
        """A guest with a realistic local name, a Taiwanese mobile number and this test's address."""
        digits = self.faker.numerify("########")
        return Guest(
            name=self.faker.name(), email=self._mail_address, phone=f"09{digits[:2]}-{digits[2:5]}-{digits[5:]}"
        )

    def stay(
        self,
        room_type: str,
        *,
        nights: int = 2,
        rooms: int = 1,
        guests: int = 2,
        breakfast: bool = False,
        dinner: bool = False,
        transfer: str | None = None,
        transfer_trips: int = 0,
        payment_method: str = "credit-card",
        weekday: int | None = None,
        check_in: date | None = None,
    ) -> Stay:
        """A stay on dates of its own (or on `check_in`, for tests about a particular lead time)."""
        start = check_in or self.calendar.reserve(nights, weekday)
        return Stay(
            room_type=room_type,
            check_in=start,
            check_out=start + timedelta(days=nights),
            rooms=rooms,
            guests=guests,
            breakfast=breakfast,
            dinner=dinner,
            transfer=transfer,
            transfer_trips=transfer_trips,
            payment_method=payment_method,
        )
