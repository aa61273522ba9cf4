"""Test cases drawn from the profile: a hotel with seven room types gets seven cases, one with one method one.

`@pytest.mark.cases(method="payment_methods")` parametrises the test's `method` argument with
every item the source of that name gives for the profile under test, each case named by its
profile code. A source that gives nothing means the property has nothing of the kind: the test
is then *not applicable*, with a sentence saying what the profile lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from support import boundaries
from support.boundaries import RefundCase, Window
from support.oracle import einvoice
from support.oracle import order as orders
from support.oracle.order import Item
from support.profile import Profile

__all__ = ["SOURCES", "Cart", "OrderCase", "PricedStay", "RefundCase", "Source", "case_id"]


@dataclass(frozen=True)
class Cart:
    """Products and quantities a test puts in the cart, named for the report."""

    name: str
    items: tuple[Item, ...]

    def __repr__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Source:
    """Where a test's cases come from, and what the property lacks when there are none."""

    what: str
    items: Callable[[Profile], list]


@dataclass(frozen=True)
class PricedStay:
    """A room type, how many rooms and guests, the add-ons chosen (code → how many trips, or 1), the nights.

    The nights are a window across a price boundary or on the last bookable day, or None for any two.
    """

    room_type: str
    rooms: int
    guests: int
    addons: tuple[tuple[str, int], ...]
    window: Window | None = None

    def __repr__(self) -> str:
        extras = "+".join(f"{code}x{count}" if count > 1 else code for code, count in self.addons) or "nothing-extra"
        when = f"-{self.window.why}" if self.window else ""
        return f"{self.rooms}x-{self.room_type}-{self.guests}-guests-{extras}{when}"


def addon_choices(profile: Profile) -> list[tuple[tuple[str, int], ...]]:
    """Ways to add to a stay: nothing, every add-on per night or stay, each per-trip add-on (most trips) with those."""
    plain = tuple((addon.code, 1) for addon in profile.tariff.addons if addon.per != "trip")
    trips = [(addon.code, max(addon.choices)) for addon in profile.tariff.addons if addon.per == "trip"]
    return [(), plain, *((*plain[:1], trip) for trip in trips)]


def every_addon(profile: Profile) -> dict[str, int]:
    """Every add-on priced per night or stay, and the first priced per trip (fewest trips): one stay can hold them."""
    chosen = {addon.code: 1 for addon in profile.tariff.addons if addon.per != "trip"}
    trip = next((addon for addon in profile.tariff.addons if addon.per == "trip"), None)
    return {**chosen, trip.code: min(trip.choices)} if trip else chosen


def priced_stays(profile: Profile) -> list[PricedStay]:
    """Every room type once, each with another way of adding to it; the roomiest type booked twice over.

    The first stays take the nights where a price rule off by a night shows (boundaries.price_windows):
    across the weekend, across a run of holidays, on the last bookable day; the others any two nights.
    """
    choices = addon_choices(profile)
    roomiest = max(profile.room_types, key=lambda room: room.max_guests)
    windows = boundaries.price_windows(profile)
    stays = []
    for index, room in enumerate(profile.room_types):
        rooms = 2 if room is roomiest and (room.count or 2) >= 2 else 1
        guests = room.max_guests * rooms if rooms > 1 else room.max_guests
        window = windows[index] if index < len(windows) else None
        stays.append(PricedStay(room.code, rooms, guests, choices[index % len(choices)], window))
    return stays


def product_carts(profile: Profile) -> list[Cart]:
    """One cart for each kind of product the shop sells, and one mixing an ambient and a cold product."""
    if profile.shop is None:
        return []
    first = {}
    for product in profile.shop.products:
        first.setdefault(product.kind, product)
    carts = [Cart(kind, (Item(product.code),)) for kind, product in first.items()]
    ambient = next((p for p in first.values() if orders.HANDLING[p.kind] == "ambient"), None)
    cold = next((p for p in first.values() if orders.HANDLING[p.kind] in ("chilled", "frozen")), None)
    if ambient and cold:
        carts.append(Cart(f"{ambient.kind}-with-{cold.kind}", (Item(ambient.code), Item(cold.code))))
    return carts


@dataclass(frozen=True)
class OrderCase:
    """Items, the delivery mode that carries them, and where the invoice goes."""

    items: tuple[Item, ...]
    mode: str
    invoice_kind: str
    name: str

    def __repr__(self) -> str:
        return self.name


def order_matrix(profile: Profile) -> list[OrderCase]:
    """Every delivery mode once with a product it may carry, then each product kind not yet ordered; invoices rotate."""
    if profile.shop is None:
        return []
    kinds = list(einvoice.EXAMPLES)
    cases: list[OrderCase] = []
    covered: set[str] = set()
    for mode in profile.shop.delivery_modes:
        allowed = [p for p in profile.shop.products if orders.refusal(profile, (Item(p.code),), mode.code) is None]
        product = next((p for p in allowed if p.kind not in covered), allowed[0] if allowed else None)
        if product is not None:
            covered.add(product.kind)
            items = (Item(product.code, 2 if len(cases) % 2 else 1),)
            cases.append(OrderCase(items, mode.code, kinds[len(cases) % 4], f"{product.kind}-{mode.code}"))
    for product in profile.shop.products:
        modes = orders.allowed_modes(profile, (Item(product.code),))
        if product.kind not in covered and modes:
            covered.add(product.kind)
            name = f"{product.kind}-{modes[0].code}"
            cases.append(OrderCase((Item(product.code),), modes[0].code, kinds[len(cases) % 4], name))
    return cases


def pickup_limit_carts(profile: Profile) -> list[Cart]:
    """Carts at a store-pickup weight limit, just under it, and with a side over the size limit."""
    modes = [m for m in profile.shop.delivery_modes if m.weight_under_g or m.longest_side_cm] if profile.shop else []
    if not modes:
        return []
    mode, most = modes[0], profile.shop.max_quantity_per_product
    fits = [p for p in profile.shop.products if orders.HANDLING[p.kind] in mode.accepts]
    carts = []
    for product in (p for p in fits if p.weight_g and mode.weight_under_g):
        at, under = -(-mode.weight_under_g // product.weight_g), (mode.weight_under_g - 1) // product.weight_g
        if at <= most and under >= 1:
            carts += [Cart("parcel-at-the-weight-limit", (Item(product.code, at),)),
                      Cart("parcel-just-under-the-weight-limit", (Item(product.code, under),))]  # fmt: skip
            break
    long = next((p for p in fits if mode.longest_side_cm and p.longest_side_cm > mode.longest_side_cm), None)
    if long is not None:
        carts.append(Cart("parcel-longer-than-the-size-limit", (Item(long.code),)))
    return carts


def _products(profile: Profile, kinds: tuple[str, ...]) -> list:
    return [product for product in profile.shop.products if product.kind in kinds] if profile.shop else []


def _one_per_kind(profile: Profile, kinds: tuple[str, ...]) -> list:
    first = {}
    for product in _products(profile, kinds):
        first.setdefault(product.kind, product)
    return list(first.values())


@dataclass(frozen=True)
class TextField:
    """A field a guest types freely on one form: its approved limit and the views that show it back."""

    form: str
    code: str
    max_length: int
    shown_on: tuple[str, ...]


def text_fields(form: str) -> Callable[[Profile], list[TextField]]:
    """The guest-text fields of `form` (booking, feedback, order) the profile approves limits for."""
    return lambda profile: [TextField(form, name, field.max_length, tuple(field.shown_on))
                            for name, field in profile.guest_text.fields(form)]  # fmt: skip


SOURCES: dict[str, Source] = {
    "room_types": Source("room types", lambda p: list(p.room_types)),
    "counted_room_types": Source("room types with a published number of rooms",
                                 lambda p: [r for r in p.room_types if r.count is not None]),
    "payment_methods": Source("payment methods", lambda p: list(p.payment_methods)),
    "pay_later_methods": Source("payment methods paid after booking by a deadline",
                                lambda p: [m for m in p.payment_methods if m.pay_within_days is not None]),
    "capped_methods": Source("payment methods with a ceiling",
                             lambda p: [m for m in p.payment_methods if m.max_amount is not None]),
    "deposit_methods": Source("payment methods that take a deposit",
                              lambda p: [m for m in p.payment_methods if m.plan == "deposit"]),
    "refund_cases": Source("payment methods that charge when booking", boundaries.refund_cases),
    "stays_within_the_ceiling": Source("payment methods with a ceiling",
                                       lambda p: boundaries.ceiling_cases(p, "within")),
    "stays_over_the_ceiling": Source("payment methods with a ceiling", lambda p: boundaries.ceiling_cases(p, "over")),
    "priced_stays": Source("room types", priced_stays),
    "addons": Source("add-ons", lambda p: list(p.tariff.addons)),
    "feedback_categories": Source("kinds of feedback", lambda p: list(p.service_standards.feedback)),
    "plain_feedback_categories": Source("kinds of feedback that need no booking reference",
                                        lambda p: [c for c in p.service_standards.feedback
                                                   if not c.needs_booking_reference]),
    "food_products": Source("food products",
                            lambda p: _products(p, ("ambient-food", "chilled-food", "frozen-food"))),
    "perishable_products": Source("chilled or frozen food", lambda p: _one_per_kind(p, orders.PERISHABLE)),
    "withdrawable_products": Source("products with the 7-day right of withdrawal",
                                    lambda p: _one_per_kind(p, ("merchandise", "ambient-food", "voucher"))),
    "product_carts": Source("products", product_carts),
    "order_matrix": Source("products the shop delivers", order_matrix),
    "pickup_limit_carts": Source("store pickup with weight or size limits", pickup_limit_carts),
    "free_delivery_carts": Source("delivery modes free from a threshold", boundaries.threshold_cases),
    "store_pickup_modes": Source("delivery modes with a pickup store",
                                 lambda p: [m for m in p.shop.delivery_modes if m.stores] if p.shop else []),
    "booking_text_fields": Source("booking form fields with an approved length", text_fields("booking")),
    "feedback_text_fields": Source("contact form fields with an approved length", text_fields("feedback")),
    "order_text_fields": Source("checkout fields with an approved length", text_fields("order")),
}  # fmt: skip


def case_id(item: object) -> str:
    """A case's name in the report: its profile code, or its own name (a pair: its second part's)."""
    if isinstance(item, tuple):
        return case_id(item[-1])
    code = getattr(item, "code", None)
    return code if isinstance(code, str) else repr(item)
