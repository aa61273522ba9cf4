"""Test data: guests from Faker (in the site's language) and stays on dates no other test of this run uses.

Every test gets its own seed, derived from the run's seed and the test's ID, so a failure can be
replayed exactly (`--data-seed`). Dates are relative to today in the property's time zone and
stay within what the profile lets a guest book (minimum lead time, booking horizon). What a
test does not choose comes from the profile: the room type that fits, the first payment method.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from faker import Faker

from support import oracle
from support.oracle import Stay
from support.profile import Profile, RoomType


@dataclass(frozen=True)
class Guest:
    """Who books: a name, a phone number, a mailbox address only this test reads, and any special request."""

    name: str
    email: str
    phone: str
    special_request: str = ""


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

    Windows are laid out from the day the run started, from a month ahead (or the minimum lead
    time, if later) up to the booking horizon, leaving the near days to tests about lead times;
    `today` is always the current date in the property's time zone, so a run that passes midnight
    still computes deadlines from the real day.
    """

    def __init__(self, zone: ZoneInfo, min_lead_days: int = 0, horizon_days: int = 365) -> None:
        self.zone = zone
        self._start = self.today
        self._last = horizon_days - 1
        self._first = min(max(30, min_lead_days), max(min_lead_days, self._last // 2))
        self._next = self._first

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

    def __init__(self, seed: int, lang: str, calendar: StayCalendar, mail_address: str, profile: Profile) -> None:
        self.seed = seed
        self.calendar = calendar
        self.profile = profile
        self._mail_address = mail_address
        self.faker = _faker(_FAKER_LOCALES.get(lang.split("-")[0], "en_US"))
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
        room_type: str | None = None,
        *,
        nights: int = 2,
        rooms: int = 1,
        guests: int | None = None,
        addons: dict[str, int] | None = None,
        payment_method: str | None = None,
        weekday: int | None = None,
        check_in: date | None = None,
    ) -> Stay:
        """A stay on dates of its own (or on `check_in`, for tests about a particular lead time).

        Left out: the cheapest room type, as many guests as fit (two at most), the profile's
        first payment method, no add-ons.
        """
        room = self.profile.room_type(room_type) if room_type else cheapest(self.profile)
        start = check_in or self.calendar.reserve(nights, weekday)
        return Stay(
            room_type=room.code,
            check_in=start,
            check_out=start + timedelta(days=nights),
            rooms=rooms,
            guests=guests if guests is not None else min(2, room.max_guests) * rooms,
            payment_method=payment_method or self.profile.payment_methods[0].code,
            addons=dict(addons or {}),
        )

    def stay_over(self, limit: Decimal, payment_method: str) -> Stay:
        """The shortest, fullest stay in the dearest room whose total with `payment_method` is over `limit`."""
        room = max(self.profile.room_types, key=lambda room_type: room_type.rates.weekday)
        for nights in range(1, self.profile.booking.max_nights + 1):
            probe = self.stay(room.code, nights=nights, guests=room.max_guests, payment_method=payment_method,
                              check_in=self.today)  # fmt: skip
            if oracle.price(self.profile, probe).total > limit:
                return self.stay(room.code, nights=nights, guests=room.max_guests, payment_method=payment_method)
        raise AssertionError(f"no stay of up to {self.profile.booking.max_nights} nights costs more than {limit}")

    def cheapest_stay(self, payment_method: str | None = None) -> Stay:
        """One night for one guest in the cheapest room: the smallest total the site can be asked for."""
        return self.stay(nights=1, guests=1, payment_method=payment_method)


def cheapest(profile: Profile) -> RoomType:
    """The room type with the lowest weekday rate: the stay a test books when the room does not matter."""
    return min(profile.room_types, key=lambda room: room.rates.weekday)


_FAKER_LOCALES = {"zh": "zh_TW", "en": "en_US", "ja": "ja_JP", "ko": "ko_KR", "de": "de_DE", "fr": "fr_FR"}
