"""The property profile: the facts an operator approved, loaded and checked from YAML.

Tests compare the site against this and nothing else, so a hotel adopting the suite writes its
own profile. A profile with a missing or mistyped field fails loudly at start-up, naming it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from support.oracle import refund

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Text(_Model):
    """A text approved in Traditional Chinese and English."""

    zh: str = Field(alias="zh-TW")
    en: str

    def __call__(self, lang: str) -> str:
        """The text in `lang` (en…), else Traditional Chinese."""
        return self.en if lang.startswith("en") else self.zh


class Property(_Model):
    """Who the hotel is and how to reach it."""

    name: Text
    legal_name: Text
    representative: Text
    licence: Text
    address: Text
    phones: dict[str, str]
    emails: dict[str, str]
    time_zone: str
    check_in_from: str
    check_out_by: str

    @property
    def zone(self) -> ZoneInfo:
        """The property's time zone."""
        return ZoneInfo(self.time_zone)


class Channel(_Model):
    """Which kind of channel this profile describes (P1.1.1)."""

    kind: Literal["official-site", "ota", "facebook", "instagram", "line"]
    name: Text


class Rates(_Model):
    """A room's price per night, tax included."""

    weekday: int
    weekend: int


class RoomType(_Model):
    """An approved room type: its name, how many rooms, who fits, what a night costs."""

    code: str
    name: Text
    count: int = Field(gt=0)
    max_guests: int = Field(gt=0)
    rates: Rates


class Meal(_Model):
    """A meal add-on priced per person per night."""

    name: Text
    per_person_per_night: int


class Transfer(_Model):
    """A pick-up service priced per one-way trip for the party."""

    name: Text
    per_trip: int


class Deposit(_Model):
    """What a deposit is: a percentage of the room price."""

    percent: int = Field(ge=0, le=refund.DEPOSIT_CEILING_PERCENT)
    of: Literal["room"]


class ServiceCharge(_Model):
    """The service charge: a percentage of the listed fee kinds."""

    percent: int
    applies_to: list[Literal["room", "meals"]]
    rounding: Literal["half-up"]


class Tax(_Model):
    """How business tax is treated: Taiwanese consumer prices include it."""

    business_tax_percent: int
    included: bool


class Tariff(_Model):
    """Every fee the booking flow may charge."""

    weekend_nights: list[Literal[_WEEKDAYS]]  # type: ignore[valid-type]
    meals: dict[str, Meal]
    transfers: dict[str, Transfer]
    service_charge: ServiceCharge
    tax: Tax
    deposit: Deposit

    def is_weekend(self, night: date) -> bool:
        """Whether the night starting on `night` is priced at the weekend rate."""
        return _WEEKDAYS[night.weekday()] in self.weekend_nights


class PaymentMethod(_Model):
    """A payment option: what it collects before the stay and when, its fee, its ceiling, the room hold."""

    code: str
    name: Text
    handling_fee: int
    plan: Literal["full", "deposit", "none"]
    settles: Literal["at-booking", "by-deadline", "at-hotel"]
    pay_within_days: int | None = None
    deadline_time: str | None = None
    max_amount: int | None = None
    hold_until: str | None = None  # pay-at-hotel: the time on the check-in day


class Services(_Model):
    """What every room includes."""

    included_with_every_room: list[Text]


class BookingRules(_Model):
    """How far ahead and how long a stay can be booked."""

    horizon_days: int
    max_nights: int


class StayInfo(_Model):
    """After-sale support information (P1.3.3): what is in the room, getting there, nearby, house notes."""

    amenities: list[Text]
    transport: list[Text]
    surroundings: list[Text]
    notes: list[Text]


class RefundBand(_Model):
    """Cancel at least `days_before` days before check-in and get `refund_percent` back."""

    days_before: int = Field(ge=0)
    refund_percent: int = Field(ge=0, le=100)


class Cancellation(_Model):
    """The approved cancellation policy (P1.3.4): never less generous than the statutory schedules."""

    deposit_schedule: list[RefundBand]
    full_prepayment_schedule: list[RefundBand]
    refund_within_days: int = Field(gt=0)
    rounding: Literal["half-up"]

    @model_validator(mode="after")
    def _at_least_statutory(self) -> Cancellation:
        for name, statutory in (
            ("deposit_schedule", refund.STATUTORY_DEPOSIT),
            ("full_prepayment_schedule", refund.STATUTORY_FULL),
        ):
            short = refund.shortfalls(self.bands(name), statutory)
            if short:
                raise ValueError(f"{name} refunds less than the statutory schedule {short[:5]} days before check-in")
        return self

    def bands(self, schedule: str) -> tuple[refund.Band, ...]:
        """A schedule (`deposit_schedule` or `full_prepayment_schedule`) as oracle bands."""
        return tuple(refund.Band(band.days_before, band.refund_percent) for band in getattr(self, schedule))

    def bands_for(self, plan: str) -> tuple[refund.Band, ...]:
        """The schedule that applies to a payment plan: full prepayment or deposit."""
        return self.bands("full_prepayment_schedule" if plan == "full" else "deposit_schedule")


class Media(_Model):
    """An approved, licensed image: its file name, its alt text, where its licence comes from."""

    file: str
    alt: Text
    licence: str


class Profile(_Model):
    """The whole approved fact sheet of one property."""

    property: Property
    channel: Channel
    room_types: list[RoomType]
    tariff: Tariff
    payment_methods: list[PaymentMethod]
    services: Services
    booking: BookingRules
    stay_info: StayInfo
    cancellation: Cancellation
    facilities: list[Text]
    social: dict[str, str]
    media: list[Media]
    service_standards: ServiceStandards
    contact: Contact
    shop: Shop

    def room_type(self, code: str) -> RoomType:
        """The room type with this code."""
        return _by_code(self.room_types, code)

    def payment_method(self, code: str) -> PaymentMethod:
        """The payment method with this code."""
        return _by_code(self.payment_methods, code)

    @property
    def total_rooms(self) -> int:
        """How many rooms the property has in all."""
        return sum(room_type.count for room_type in self.room_types)


class ProfileError(Exception):
    """The profile file is missing, is not YAML, or does not match the schema."""


def load(path: Path) -> Profile:
    """The profile in `path`; ProfileError naming the file and every bad field otherwise."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return Profile.model_validate(data)
    except OSError as error:
        raise ProfileError(f"cannot read property profile {path}: {error}") from error
    except yaml.YAMLError as error:
        raise ProfileError(f"property profile {path} is not valid YAML: {error}") from error
    except ValidationError as error:
        raise ProfileError(f"property profile {path} does not match the schema:\n{error}") from error


def _by_code(items: list, code: str):  # noqa: ANN202 - returns the list's item type
    for item in items:
        if item.code == code:
            return item
    raise KeyError(f"{code!r} is not in the profile; it has {', '.join(item.code for item in items)}")


# P1.4 (issue 4): service standards, contact channels and the shop. Defined after Profile,
# which names them; `Profile.model_rebuild()` below resolves the names.


class OpeningHours(_Model):
    """When the staffed channels answer, every day."""

    opens: str
    closes: str


class ContactChannel(_Model):
    """A way to reach the hotel and how fast it answers (None: live while staffed)."""

    code: Literal["phone", "line", "email", "form"]
    name: Text
    staffed_hours_only: bool
    reply_within_hours: int | None = Field(gt=0)


class FeedbackCategory(_Model):
    """A kind of feedback: what the hotel does next and within how many days."""

    code: str
    name: Text
    next_step: Text
    reply_within_days: int = Field(gt=0)
    needs_booking_reference: bool = False


class ServiceStandards(_Model):
    """What the hotel promises about answering guests (P1.4.1)."""

    opening_hours: OpeningHours
    channels: list[ContactChannel]
    feedback: list[FeedbackCategory]
    complaint_deadline_days: int = Field(gt=0)
    consumer_hotline: str

    def channel(self, code: str) -> ContactChannel:
        """The contact channel with this code."""
        return _by_code(self.channels, code)

    def category(self, code: str) -> FeedbackCategory:
        """The feedback category with this code."""
        return _by_code(self.feedback, code)


class Contact(_Model):
    """Contact channels beyond the property's phones and emails (P1.4.2)."""

    line_official_account: str


class FoodLabel(_Model):
    """What a food product's page must show (REQUIREMENTS.md rule 7)."""

    net_weight_g: int = Field(gt=0)
    shelf_life_days: int = Field(gt=0)
    storage: Text
    maker: Text
    registration: str


class Product(_Model):
    """A product of the shop and its packed parcel."""

    code: str
    name: Text
    kind: Literal["ambient-food", "chilled-food", "frozen-food", "merchandise", "voucher"]
    price: int = Field(gt=0)
    weight_g: int = Field(ge=0)
    longest_side_cm: int = Field(ge=0)
    food: FoodLabel | None = None


class Store(_Model):
    """A convenience store a parcel can be picked up at."""

    code: str
    name: Text


class DeliveryMode(_Model):
    """A delivery mode: its carrier, what it carries, its fee, lead time and limits."""

    code: str
    name: Text
    carrier: Text
    accepts: list[Literal["ambient", "chilled", "frozen", "voucher"]]
    fee: int = Field(ge=0)
    lead_days: int = Field(ge=0)
    free_from: int | None = None
    needs_address: bool = False
    stores: list[Store] = Field(default_factory=list)
    postcodes: list[str] = Field(default_factory=list)
    weight_under_g: int | None = None
    longest_side_cm: int | None = None
    held_days: int | None = None

    def store(self, code: str) -> Store:
        """The store with this code."""
        return _by_code(self.stores, code)


class Shop(_Model):
    """The online shop: products and delivery modes (P1.4.4)."""

    max_quantity_per_product: int = Field(gt=0)
    products: list[Product]
    delivery_modes: list[DeliveryMode]

    def product(self, code: str) -> Product:
        """The product with this code."""
        return _by_code(self.products, code)

    def delivery_mode(self, code: str) -> DeliveryMode:
        """The delivery mode with this code."""
        return _by_code(self.delivery_modes, code)


Profile.model_rebuild()
