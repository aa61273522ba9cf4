"""Boundary data: the stays, orders and dates where a rule of the profile bites, found with the oracles.

A rule off by one dollar or one day passes every test whose data stays clear of its edge: a refund
that truncates instead of rounding half up gives the same amount as long as the share of what was
paid is a whole dollar; a store-code ceiling checked with `<` instead of `<=` refuses nothing but a
total of exactly the ceiling. This module searches what the tariff can reach (room types, nights,
rooms, guests, add-ons; products and quantities) with the oracles, for the data at each edge:

- for each refund band's first and last day, a stay whose refund at that band's share rounds half
  up to another amount than truncation (and, where the share allows an exact half, than banker's
  rounding);
- totals at, just under and just over each payment method's ceiling, and goods at, just under and
  just over each free-delivery threshold: exact where the prices reach them, else the nearest the
  tariff reaches (each edge says how far it is from its target);
- the nights on each side of the weekend and of each run of holidays, and the last bookable day.

The search is exhaustive over a small grid, simplest first (fewest nights, rooms, guests, add-ons),
so the pick is the same for the same profile and day and a reader can check it by hand.
tests/unit/test_boundaries.py lets Hypothesis search a wider space (seeded, so replayable) for a
total nearer an edge or a stay the grid missed. Dates are relative to the day the cases are built
in the property's time zone; a test prices its stay again with the oracle on its own day.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal

import allure

from support import oracle
from support.money import MoneyFormat
from support.oracle import Stay, refund
from support.oracle import order as orders
from support.oracle.order import Item
from support.profile import PaymentMethod, Profile

GRID_NIGHTS = 3  # longer stays only add room nights: nearer totals and rounder shares are found before
GRID_ROOMS = 2
NEARBY = 150  # once a stay rounds differently, how many more are tried for one that also splits half to even


def remembered(search: Callable) -> Callable:
    """Remember a search's answer per profile and arguments: several tests draw their cases from one search."""
    answers: dict[tuple, tuple[Profile, object]] = {}

    @functools.wraps(search)
    def answer(profile: Profile, *args: object) -> object:
        key = (id(profile), *(getattr(arg, "code", arg) for arg in args))
        if key not in answers:
            answers[key] = (profile, search(profile, *args))  # the profile kept, so its id is not reused
        return answers[key][1]

    return answer


def show(text: str) -> None:
    """Put the boundary a case reached (amounts, dates) in the report as a parameter of its own.

    Left out of the history ID: the case's name is the same every run, while the stay reaching the
    edge may change with the day the run starts on.
    """
    allure.dynamic.parameter("boundary", text, excluded=True)


def today_at(profile: Profile) -> date:
    """Today in the property's time zone: the day the cases are built for."""
    return datetime.now(profile.property.zone).date()


# --- rounding ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rounding:
    """A share of an amount: exact, and rounded half up (the rule), down (truncated) and half to even."""

    paid: Decimal
    percent: int
    exact: Decimal
    half_up: Decimal
    truncated: Decimal
    half_even: Decimal

    @property
    def bites(self) -> bool:
        """Whether truncating gives another amount than rounding half up."""
        return self.half_up != self.truncated

    @property
    def bites_both(self) -> bool:
        """Whether truncating and banker's rounding both give other amounts than rounding half up."""
        return self.bites and self.half_up != self.half_even

    def describe(self, money: MoneyFormat) -> str:
        """`NT$2,185 × 70% = 1529.5 → NT$1,530 (truncated NT$1,529)`: the case as a reader checks it."""
        exact = f"{self.exact.normalize():f}"
        text = f"{money.format(self.paid)} × {self.percent}% = {exact} → {money.format(self.half_up)}"
        if self.bites:
            text += f" (≠ {money.format(self.truncated)})"
        return text


def rounding(money: MoneyFormat, paid: Decimal | int, percent: int) -> Rounding:
    """`percent`% of `paid`, exact and rounded the three ways a site might round it."""
    exact = Decimal(paid) * percent / 100
    unit = Decimal(1).scaleb(-money.decimals)
    return Rounding(
        Decimal(paid),
        percent,
        exact,
        money.round(exact),
        exact.quantize(unit, rounding=ROUND_DOWN),
        exact.quantize(unit, rounding=ROUND_HALF_EVEN),
    )


# --- the grid of stays ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """A stay without its dates: room type, nights, rooms, guests and add-ons (code, how many)."""

    room_type: str
    nights: int
    rooms: int
    guests: int
    addons: tuple[tuple[str, int], ...] = ()

    def on(self, check_in: date, payment_method: str) -> Stay:
        """The stay checking in on `check_in`, paid with `payment_method`."""
        return Stay(self.room_type, check_in, check_in + timedelta(days=self.nights), self.rooms, self.guests,
                    payment_method, dict(self.addons))  # fmt: skip

    def __repr__(self) -> str:
        extras = "+".join(f"{code}x{count}" if count > 1 else code for code, count in self.addons)
        plain = f"{self.rooms}x-{self.room_type}-{self.nights}-nights-{self.guests}-guests"
        return f"{plain}-{extras}" if extras else plain


def addon_sets(profile: Profile) -> list[tuple[tuple[str, int], ...]]:
    """Nothing, each add-on priced per night or stay alone, all of them, each per-trip add-on and choice with those.

    At most one per-trip add-on: a form may offer them in one list.
    """
    plain = [(addon.code, 1) for addon in profile.tariff.addons if addon.per != "trip"]
    trips = [(addon.code, count) for addon in profile.tariff.addons if addon.per == "trip" for count in addon.choices]
    sets: list[tuple[tuple[str, int], ...]] = [()]
    sets += [(one,) for one in plain]
    sets += [tuple(plain)] if len(plain) > 1 else []
    sets += [(trip,) for trip in trips]
    sets += [(*plain, trip) for trip in trips] if plain else []
    return list(dict.fromkeys(sets))


def shapes(profile: Profile, max_nights: int = GRID_NIGHTS) -> list[Shape]:
    """Every stay of the grid, simplest first: fewest nights, rooms, guests and add-ons, cheapest room."""
    found = []
    nights = range(1, min(max_nights, profile.booking.max_nights) + 1)
    for room in profile.room_types:
        for count, rooms in itertools.product(nights, range(1, min(GRID_ROOMS, room.count or GRID_ROOMS) + 1)):
            for guests in range(rooms, room.max_guests * rooms + 1):
                found += [Shape(room.code, count, rooms, guests, extras) for extras in addon_sets(profile)]
    rate = {room.code: room.rates.weekday for room in profile.room_types}
    return sorted(found, key=lambda s: (s.nights, s.rooms, s.guests, len(s.addons), rate[s.room_type]))


def plain_shape(profile: Profile) -> Shape:
    """One night for one guest in the cheapest room: the stay when no edge is to be reached."""
    room = min(profile.room_types, key=lambda room_type: room_type.rates.weekday)
    return Shape(room.code, 1, 1, 1)


# --- refunds ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefundCase:
    """Cancel at once a booking paid with `method` whose check-in is `days_ahead` days away.

    `stay` is the stay to book (its refund at this band's share rounds differently half up than
    truncated, when `rounding` says so); None books the plainest stay.
    """

    method: str
    plan: str
    days_ahead: int
    stay: Shape | None = None
    rounding: Rounding | None = None

    def __repr__(self) -> str:
        return f"{self.plan}-{self.days_ahead}-days-ahead"


def _prepaid_on_booking(method: PaymentMethod) -> bool:
    return method.settles == "at-booking" and method.plan != "none"


def rounding_stay(
    profile: Profile, method: str, check_in: date, percent: int, booked_on: date
) -> tuple[Shape, Rounding]:
    """The simplest stay whose refund at `percent` rounds differently half up than truncated.

    Where the share can end in exactly half a dollar, a stay near it that also rounds differently
    half to even is preferred. The plainest stay when no stay of the grid rounds differently (or
    the share is 0 or 100%).
    """
    money = profile.money_format
    plain = plain_shape(profile)
    best: tuple[Shape, Rounding] | None = None
    looked = 0
    if 0 < percent < 100:
        for shape in shapes(profile):
            if (check_in - booked_on).days + shape.nights > profile.booking.horizon_days:
                continue
            stay = shape.on(check_in, method)
            share = rounding(money, oracle.schedule(profile, stay, booked_on).charged_on_booking, percent)
            if share.bites_both or (share.bites and not _halves(percent)):
                return shape, share
            best = best or ((shape, share) if share.bites else None)
            looked += best is not None
            if looked > NEARBY:
                break
    if best is not None:
        return best
    paid = oracle.schedule(profile, plain.on(check_in, method), booked_on).charged_on_booking
    return plain, rounding(money, paid, percent)


def _halves(percent: int) -> bool:
    """Whether some whole amount × `percent`% ends in exactly a half (only then can half to even differ)."""
    return 50 % math.gcd(percent, 100) == 0


@remembered
def refund_cases(profile: Profile, today: date | None = None) -> list[RefundCase]:
    """For each plan paid when booking (deposit, full): both edges of every refund band within the horizon.

    Each with a stay whose refund rounds differently half up than truncated, where the tariff has one.
    """
    today = today or today_at(profile)
    cases = []
    for plan in ("deposit", "full"):
        method = next((m for m in profile.payment_methods if m.plan == plan and _prepaid_on_booking(m)), None)
        if method is None:
            continue
        bands = sorted(profile.cancellation.bands_for(plan), key=lambda band: band.days_before, reverse=True)
        edges = {band.days_before for band in bands} | {band.days_before - 1 for band in bands[:-1]}
        allowed = range(profile.booking.min_lead_days, profile.booking.horizon_days)
        for days in sorted(edges, reverse=True):
            if days in allowed:
                check_in = today + timedelta(days=days)
                shape, share = rounding_stay(profile, method.code, check_in, refund.percent(bands, days), today)
                cases.append(RefundCase(method.code, plan, days, shape, share))
    return cases


# --- ceilings ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edge:
    """An amount the tariff reaches next to a limit: which side it stands, what it aimed at, what it is."""

    side: str  # at, under, over
    target: Decimal
    reached: Decimal

    @property
    def exact(self) -> bool:
        """Whether the tariff reaches the target itself."""
        return self.reached == self.target

    def describe(self, money: MoneyFormat) -> str:
        """`NT$6,000` when the target is reached, else `NT$5,836 (NT$163 ≠ NT$5,999)`: how far off it is."""
        if self.exact:
            return money.format(self.reached)
        off = money.format(abs(self.reached - self.target))
        return f"{money.format(self.reached)} ({off} ≠ {money.format(self.target)})"


@dataclass(frozen=True)
class CeilingCase:
    """A stay whose total with `method` is at, just under or just over the method's ceiling."""

    method: str
    edge: Edge
    stay: Shape
    check_in: date

    @property
    def offered(self) -> bool:
        """Whether the method may take this total: at or under its ceiling."""
        return self.edge.side != "over"

    def __repr__(self) -> str:
        return f"{self.method}-{'just-' if self.edge.side != 'at' else ''}{self.edge.side}-the-ceiling"


def _probe_days(profile: Profile, today: date) -> list[date]:
    """Seven check-in days in a row (every weekday), a month out where the horizon allows."""
    booking = profile.booking
    first = min(max(30, booking.min_lead_days), max(booking.min_lead_days, (booking.horizon_days - 1) // 2))
    return [today + timedelta(days=first + n) for n in range(7)]


@remembered
def ceiling_edges(profile: Profile, method: PaymentMethod, today: date | None = None) -> list[CeilingCase]:
    """The stays whose totals with `method` are nearest its ceiling: highest under, the ceiling, lowest over.

    The ceiling itself only when the tariff reaches it. Every weekday is tried as check-in, so
    weekend prices count.
    """
    today = today or today_at(profile)
    limit, unit = method.max_amount, Decimal(1).scaleb(-profile.money_format.decimals)
    under = at = over = None
    for shape in shapes(profile):
        for check_in in _probe_days(profile, today):
            total = oracle.price(profile, shape.on(check_in, method.code)).total
            if total == limit and at is None:
                at = (total, shape, check_in)
            elif total < limit and (under is None or total > under[0]):
                under = (total, shape, check_in)
            elif total > limit and (over is None or total < over[0]):
                over = (total, shape, check_in)
    found = [("under", limit - unit, under), ("at", limit, at), ("over", limit + unit, over)]
    return [CeilingCase(method.code, Edge(side, target, total), shape, day)
            for side, target, (total, shape, day) in ((s, t, hit) for s, t, hit in found if hit)]  # fmt: skip


def ceiling_cases(profile: Profile, side: str) -> list[CeilingCase]:
    """For each method with a ceiling: its stay at the ceiling (`within`: else the nearest under it) or just over."""
    cases = []
    for method in (m for m in profile.payment_methods if m.max_amount is not None):
        edges = {case.edge.side: case for case in ceiling_edges(profile, method)}
        pick = edges.get("over") if side == "over" else edges.get("at") or edges.get("under")
        cases += [pick] if pick else []
    return cases


# --- free delivery ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThresholdCase:
    """Goods worth the free-delivery threshold of `mode`, just under or just over it."""

    mode: str
    edge: Edge
    items: tuple[Item, ...]

    @property
    def free(self) -> bool:
        """Whether delivery is free for these goods."""
        return self.edge.side != "under"

    def __repr__(self) -> str:
        return f"{self.mode}-goods-{'just-' if self.edge.side != 'at' else ''}{self.edge.side}-the-threshold"


def carts_near(profile: Profile, mode_code: str, limit: Decimal) -> dict[Decimal, tuple[Item, ...]]:
    """Every goods subtotal the mode may carry up to `limit`, with the cart of fewest items reaching it."""
    shop = profile.shop
    fits = [p for p in shop.products if orders.refusal(profile, (Item(p.code),), mode_code) is None]
    reach: dict[Decimal, tuple[Item, ...]] = {Decimal(0): ()}
    for product in fits:
        grown = dict(reach)
        for subtotal, cart in reach.items():
            for quantity in range(1, shop.max_quantity_per_product + 1):
                amount = subtotal + product.price * quantity
                if amount > limit:
                    break
                items = (*cart, Item(product.code, quantity))
                if orders.refusal(profile, items, mode_code) is not None:
                    break
                best = grown.get(amount)
                if best is None or sum(i.quantity for i in items) < sum(i.quantity for i in best):
                    grown[amount] = items
        reach = grown
    reach.pop(Decimal(0))
    return reach


def threshold_edges(profile: Profile, mode_code: str) -> list[ThresholdCase]:
    """Carts the mode may carry nearest its free-delivery threshold: under it, at it (if reached), over it."""
    mode = profile.shop.delivery_mode(mode_code)
    threshold, unit = mode.free_from, Decimal(1).scaleb(-profile.money_format.decimals)
    dearest = max(p.price for p in profile.shop.products)
    reach = carts_near(profile, mode_code, threshold + dearest)
    under = max((s for s in reach if s < threshold), default=None)
    over = min((s for s in reach if s > threshold), default=None)
    found = [("under", threshold - unit, under), ("at", threshold, threshold if threshold in reach else None),
             ("over", threshold + unit, over)]  # fmt: skip
    return [ThresholdCase(mode.code, Edge(side, target, hit), reach[hit]) for side, target, hit in found if hit]


@remembered
def threshold_cases(profile: Profile) -> list[ThresholdCase]:
    """For each distinct free-delivery threshold (its first mode): goods at it (else just over) and just under."""
    if profile.shop is None:
        return []
    cases, seen = [], set()
    for mode in profile.shop.delivery_modes:
        if mode.free_from is None or mode.free_from in seen:
            continue
        seen.add(mode.free_from)
        edges = {case.edge.side: case for case in threshold_edges(profile, mode.code)}
        cases += [case for case in (edges.get("at") or edges.get("over"), edges.get("under")) if case]
    return cases


# --- dates ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """Nights that straddle a price boundary (or the last bookable day): check-in, nights, and why."""

    check_in: date
    nights: int
    why: str  # across-the-weekend, across-a-holiday, on-the-last-bookable-day

    def dates(self) -> list[date]:
        """The date each night starts on."""
        return [self.check_in + timedelta(days=n) for n in range(self.nights)]


def bookable_days(profile: Profile, today: date) -> tuple[date, date]:
    """The first and the last day a stay may check in on: the minimum lead time, the horizon's last day."""
    booking = profile.booking
    return today + timedelta(days=booking.min_lead_days), today + timedelta(days=booking.horizon_days - 1)


def _runs(days: Iterator[date], inside: Callable[[date], bool]) -> Iterator[tuple[date, int]]:
    """Each run of consecutive days for which `inside` holds: its first day and length."""
    start, length = None, 0
    for day in days:
        if inside(day):
            start, length = (start or day), length + 1
        elif start is not None:
            yield start, length
            start, length = None, 0
    if start is not None:
        yield start, length


@remembered
def price_windows(profile: Profile, today: date | None = None) -> list[Window]:
    """The nights where a price rule off by a night shows, and the last bookable day.

    The night before and after the first weekend a month out, and of each run of holidays within
    the horizon (the first run before the last bookable day, the others after it).
    """
    today = today or today_at(profile)
    first, last = bookable_days(profile, today)
    tariff, most = profile.tariff, profile.booking.max_nights
    span = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    windows = []
    start = _probe_days(profile, today)[0]
    weekends = _runs((d for d in span if d >= start), tariff.is_weekend)
    weekend = next((run for run in weekends if not tariff.is_weekend(run[0] - timedelta(days=1))), None)
    if weekend and weekend[1] + 2 <= most:
        windows.append(Window(weekend[0] - timedelta(days=1), weekend[1] + 2, "across-the-weekend"))
    holidays = [(day, length) for day, length in _runs(iter(span), tariff.is_holiday)
                if day > first and day + timedelta(days=length) <= last and length + 2 <= most]  # fmt: skip
    windows += [Window(day - timedelta(days=1), length + 2, "across-a-holiday") for day, length in holidays[:1]]
    windows.append(Window(last, 1, "on-the-last-bookable-day"))
    windows += [Window(day - timedelta(days=1), length + 2, "across-a-holiday") for day, length in holidays[1:]]
    return windows
