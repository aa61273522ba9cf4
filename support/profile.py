"""The property profile: the facts an operator approved, loaded and checked from YAML.

Tests compare the site against this and nothing else, so a hotel adopting the suite writes its
own profile. It says which languages the site speaks, how its money is written, what the
property offers, its tariff (rates per room or per person, weekend and holiday prices fixed or
as a surcharge, add-ons priced per night, stay or trip for a person or the party) and every
other approved fact. Facts the standard does not require a site to publish are optional. A
missing or mistyped field fails loudly at start-up, naming it.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, RootModel, ValidationError, model_validator

from support.money import MoneyFormat
from support.oracle import refund
from support.startup import yaml_problem

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
FEATURES = tuple(yaml.safe_load(Path(__file__).with_name("features.yaml").read_text(encoding="utf-8")))
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")


def _clock_time(text: str) -> str:
    """A time of day as the oracles read it, checked when the profile loads rather than mid-test."""
    if not _CLOCK.match(text):
        raise ValueError(f"{text!r} is not a 24-hour time such as 15:00")
    return text


def _time_zone(name: str) -> str:
    """A time zone the browser and the oracles both know, checked before the browser is handed it."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not an IANA time zone such as Asia/Taipei") from None
    return name


Clock = Annotated[str, AfterValidator(_clock_time)]
TimeZone = Annotated[str, AfterValidator(_time_zone)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Text(RootModel[dict[str, str]]):
    """A text approved in each language the site speaks, keyed by BCP 47 tag: `{zh-TW: 早餐, en: Breakfast}`."""

    model_config = ConfigDict(frozen=True)

    def __call__(self, lang: str) -> str:
        """The text in `lang`: that tag, else the same language (`en` for `en-US`); KeyError naming what there is."""
        texts = self.root
        if lang in texts:
            return texts[lang]
        primary = lang.split("-")[0]
        for tag, text in texts.items():
            if tag.split("-")[0] == primary:
                return text
        raise KeyError(f"no {lang} text in {texts}")

    def all(self) -> list[str]:
        """The text in every language, for pages that accept any of them."""
        return list(self.root.values())


class Property(_Model):
    """Who the hotel is and how to reach it. Only the name and time zone are required."""

    name: Text
    time_zone: TimeZone = "Asia/Taipei"
    legal_name: Text | None = None
    representative: Text | None = None
    licence: Text | None = None
    address: Text | None = None
    phones: dict[str, str] = Field(default_factory=dict)
    emails: dict[str, str] = Field(default_factory=dict)
    check_in_from: Clock | None = None
    check_out_by: Clock | None = None

    @property
    def zone(self) -> ZoneInfo:
        """The property's time zone."""
        return ZoneInfo(self.time_zone)

    @property
    def service_phone(self) -> str | None:
        """The phone guests call for service: the one named `service`, else the first."""
        return self.phones.get("service") or next(iter(self.phones.values()), None)

    @property
    def service_email(self) -> str | None:
        """The address guests write to for service: the one named `service`, else the first."""
        return self.emails.get("service") or next(iter(self.emails.values()), None)


class Channel(_Model):
    """Which kind of channel this profile describes (P1.1.1)."""

    kind: Literal["official-site", "ota", "facebook", "instagram", "line"] = "official-site"
    name: Text | None = None


class Rates(_Model):
    """What a night costs, per room or per person, tax included.

    `weekend` and `holiday` are fixed prices; left out, the tariff's surcharge percentage applies.
    """

    per: Literal["room", "person"] = "room"
    weekday: Decimal = Field(ge=0)
    weekend: Decimal | None = Field(default=None, ge=0)
    holiday: Decimal | None = Field(default=None, ge=0)


class RoomType(_Model):
    """An approved room type: its name, how many rooms (if published), who fits, what a night costs."""

    code: str
    name: Text
    max_guests: int = Field(gt=0)
    rates: Rates
    count: int | None = Field(default=None, gt=0)


class Surcharge(_Model):
    """A percentage added to the weekday price, for weekend or holiday nights without a price of their own."""

    surcharge_percent: Decimal = Field(ge=0)


class Holidays(_Model):
    """Nights priced as holidays: a surcharge on the weekday price unless a room type fixes its holiday price."""

    nights: list[date] = Field(default_factory=list)
    surcharge_percent: Decimal | None = Field(default=None, ge=0)


class Addon(_Model):
    """Anything a guest can add to a stay: a meal, a transfer, bicycles, afternoon tea.

    Priced `per` night, stay or trip (the guest chooses how many trips), `for` each person or
    once for the party. `choices` are how many trips the form offers for a per-trip add-on.
    """

    code: str
    name: Text
    price: Decimal = Field(ge=0)
    per: Literal["night", "stay", "trip"]
    for_: Literal["person", "party"] = Field(alias="for")
    choices: list[Annotated[int, Field(gt=0)]] = Field(default_factory=lambda: [1], min_length=1)


class Deposit(_Model):
    """What a deposit is: a percentage of the room price (or of the whole stay)."""

    percent: Decimal = Field(ge=0, le=refund.DEPOSIT_CEILING_PERCENT)
    of: Literal["room", "total"] = "room"


class ServiceCharge(_Model):
    """The service charge: a percentage of the room price and of the add-ons named."""

    percent: Decimal = Field(ge=0)
    applies_to: list[str] = Field(default_factory=lambda: ["room"])  # `room` and add-on codes


class Tax(_Model):
    """How business tax is treated: Taiwanese consumer prices include it."""

    business_tax_percent: Decimal
    included: bool


class Tariff(_Model):
    """Every fee the booking flow may charge besides the room rates and the payment methods' fees."""

    weekend_nights: list[Literal[_WEEKDAYS]] = Field(default_factory=list)  # type: ignore[valid-type]
    weekend: Surcharge | None = None
    holidays: Holidays = Field(default_factory=Holidays)
    addons: list[Addon] = Field(default_factory=list)
    service_charge: ServiceCharge | None = None
    tax: Tax | None = None
    deposit: Deposit | None = None

    def is_weekend(self, night: date) -> bool:
        """Whether the night starting on `night` is a weekend night."""
        return _WEEKDAYS[night.weekday()] in self.weekend_nights

    def is_holiday(self, night: date) -> bool:
        """Whether the night starting on `night` is a holiday night."""
        return night in self.holidays.nights

    def addon(self, code: str) -> Addon:
        """The add-on with this code."""
        return _by_code(self.addons, code)


class PaymentMethod(_Model):
    """A payment option: what it collects before the stay and when, its fee, its ceiling, the room hold."""

    code: str
    name: Text
    plan: Literal["full", "deposit", "none"]
    settles: Literal["at-booking", "by-deadline", "at-hotel"]
    handling_fee: Decimal = Decimal(0)
    pay_within_days: int | None = None
    deadline_time: Clock | None = None
    max_amount: Decimal | None = None
    hold_until: Clock | None = None  # pay-at-hotel: the time on the check-in day


class Services(_Model):
    """What every room includes."""

    included_with_every_room: list[Text] = Field(default_factory=list)


class BookingRules(_Model):
    """How far ahead, how soon and how long a stay can be booked."""

    horizon_days: int = Field(default=365, gt=0)
    min_lead_days: int = Field(default=0, ge=0)
    max_nights: int = Field(default=30, gt=0)


class StayInfo(_Model):
    """After-sale support information (P1.3.3): what is in the room, getting there, nearby, house notes."""

    amenities: list[Text] = Field(default_factory=list)
    transport: list[Text] = Field(default_factory=list)
    surroundings: list[Text] = Field(default_factory=list)
    notes: list[Text] = Field(default_factory=list)


class RefundBand(_Model):
    """Cancel at least `days_before` days before check-in and get `refund_percent` back."""

    days_before: int = Field(ge=0)
    refund_percent: int = Field(ge=0, le=100)


def _bands(statutory: tuple[refund.Band, ...]) -> list[RefundBand]:
    return [RefundBand(days_before=band.days_before, refund_percent=band.percent) for band in statutory]


class Cancellation(_Model):
    """The approved cancellation policy (P1.3.4): never less generous than the statutory schedules, its default."""

    deposit_schedule: list[RefundBand] = Field(default_factory=lambda: _bands(refund.STATUTORY_DEPOSIT))
    full_prepayment_schedule: list[RefundBand] = Field(default_factory=lambda: _bands(refund.STATUTORY_FULL))
    refund_within_days: int | None = Field(default=None, gt=0)

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


class OpeningHours(_Model):
    """When the staffed channels answer, every day."""

    opens: Clock
    closes: Clock


class ContactChannel(_Model):
    """A way to reach the hotel and how fast it answers (None: live while staffed)."""

    kind: Literal["phone", "line", "email", "form"]
    name: Text
    staffed_hours_only: bool = False
    reply_within_hours: int | None = Field(default=None, gt=0)


class FeedbackCategory(_Model):
    """A kind of feedback: what the hotel does next and within how many days."""

    code: str
    name: Text
    next_step: Text
    reply_within_days: int = Field(gt=0)
    needs_booking_reference: bool = False
    complaint: bool = False


class ServiceStandards(_Model):
    """What the hotel promises about answering guests (P1.4.1)."""

    opening_hours: OpeningHours | None = None
    channels: list[ContactChannel] = Field(default_factory=list)
    feedback: list[FeedbackCategory] = Field(default_factory=list)
    complaint_deadline_days: int | None = Field(default=None, gt=0)
    consumer_hotline: str | None = None

    def category(self, code: str) -> FeedbackCategory:
        """The feedback category with this code."""
        return _by_code(self.feedback, code)

    @property
    def complaint(self) -> FeedbackCategory | None:
        """The category complaints are filed under, if the contact form has one."""
        return next((category for category in self.feedback if category.complaint), None)


class Contact(_Model):
    """Contact channels beyond the property's phones and emails (P1.4.2)."""

    line_official_account: str | None = None


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
    price: Decimal = Field(gt=0)
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
    fee: Decimal = Field(ge=0)
    lead_days: int = Field(ge=0)
    free_from: Decimal | None = None
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
    products: list[Product] = Field(min_length=1)
    delivery_modes: list[DeliveryMode] = Field(min_length=1)
    postcodes_elsewhere: list[str] = Field(default_factory=list)  # real postcodes outside every local area

    def product(self, code: str) -> Product:
        """The product with this code."""
        return _by_code(self.products, code)

    def delivery_mode(self, code: str) -> DeliveryMode:
        """The delivery mode with this code."""
        return _by_code(self.delivery_modes, code)


class MoneyNotation(_Model):
    """How the site writes money (see support.money.MoneyFormat)."""

    currency: str = "TWD"
    symbol: str = "NT$"
    position: Literal["before", "after"] = "before"
    spaced: bool = False  # a space between a symbol written before and the number: `TWD 3,250`
    decimals: Literal[0, 2] = 0
    thousands_separator: str = ","
    decimal_separator: str = "."
    also: list[str] = Field(default_factory=list)
    suffixes: list[str] = Field(default_factory=list)


GuestView = Literal["review", "confirmation", "email", "back-office"]


class GuestTextField(_Model):
    """A field a guest types freely: the most characters the form takes, and where the hotel shows it back.

    A character is a Unicode code point (an emoji such as 🏨 is one, though a browser's `maxlength`
    counts it as two). `shown_on` names the views that display the text: the review before
    confirming, the confirmation (or acknowledgement) screen, the guest's email, the back office.
    """

    max_length: int = Field(gt=0)
    shown_on: list[GuestView] = Field(default_factory=list)


class GuestText(_Model):
    """What guests type on each form, by the suite's own field names, with its approved limit and where it shows."""

    booking: dict[Literal["guest_name", "special_request"], GuestTextField] = Field(default_factory=dict)
    feedback: dict[Literal["name", "message"], GuestTextField] = Field(default_factory=dict)
    order: dict[Literal["name", "address", "company_name"], GuestTextField] = Field(default_factory=dict)

    def fields(self, form: str) -> list[tuple[str, GuestTextField]]:
        """The guest-text fields of one form (`booking`, `feedback`, `order`), in the profile's order."""
        return list(getattr(self, form).items())


class ReferenceSite(_Model):
    """How the suite starts this property's bundled reference site when no --base-url is given."""

    module: str
    staff: dict[Literal["agent", "supervisor", "lockout"], str] = Field(default_factory=dict)


class Profile(_Model):
    """The whole approved fact sheet of one property."""

    languages: list[str] = Field(min_length=1)  # BCP 47 tags; the first is the site's default
    money: MoneyNotation = Field(default_factory=MoneyNotation)
    features: list[str] = Field(default_factory=lambda: ["online-booking"])
    pages: str | None = None  # the page-object pack, a module path
    reference_site: ReferenceSite | None = None
    property: Property
    channel: Channel = Field(default_factory=Channel)
    room_types: list[RoomType] = Field(min_length=1)
    tariff: Tariff = Field(default_factory=Tariff)
    payment_methods: list[PaymentMethod] = Field(min_length=1)
    services: Services = Field(default_factory=Services)
    booking: BookingRules = Field(default_factory=BookingRules)
    stay_info: StayInfo = Field(default_factory=StayInfo)
    cancellation: Cancellation = Field(default_factory=Cancellation)
    facilities: list[Text] = Field(default_factory=list)
    social: dict[str, str] = Field(default_factory=dict)
    media: list[Media] = Field(default_factory=list)
    service_standards: ServiceStandards = Field(default_factory=ServiceStandards)
    contact: Contact = Field(default_factory=Contact)
    shop: Shop | None = None
    guest_text: GuestText = Field(default_factory=GuestText)

    @model_validator(mode="after")
    def _consistent(self) -> Profile:
        bad_tags = [tag for tag in self.languages if not _LANGUAGE_TAG.match(tag)]
        unknown = [feature for feature in self.features if feature not in FEATURES]
        problems = [f"languages: {tag!r} is not a BCP 47 tag" for tag in bad_tags]
        problems += [f"features: unknown {name!r}; known: {', '.join(FEATURES)}" for name in unknown]
        if ("shop" in self.features) != (self.shop is not None):
            problems.append("features lists 'shop' exactly when the profile has a shop section")
        if any(method.plan == "deposit" for method in self.payment_methods) and self.tariff.deposit is None:
            problems.append("a payment method takes a deposit, but tariff.deposit says nothing of its size")
        if self.tariff.weekend_nights and self.tariff.weekend is None:
            problems += [f"room_types {room.code}: no weekend rate and no tariff.weekend surcharge"
                         for room in self.room_types if room.rates.weekend is None]  # fmt: skip
        problems += [f"{where}: no {lang} text" for where, text in _texts(self) for lang in self.languages
                     if not _has(text, lang)]  # fmt: skip
        problems += _unknown_charged_fees(self.tariff)
        if "back-office" not in self.features:
            problems += [f"guest_text.{form}.{name}: shown on the back office, but features has no 'back-office'"
                         for form in ("booking", "feedback", "order") for name, field in self.guest_text.fields(form)
                         if "back-office" in field.shown_on]  # fmt: skip
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def default_language(self) -> str:
        """The language the site shows when none is asked for."""
        return self.languages[0]

    def offers(self, feature: str) -> bool:
        """Whether the property offers this feature (support/features.yaml) on its site."""
        if feature not in FEATURES:
            raise KeyError(f"unknown feature {feature!r}; known: {', '.join(FEATURES)}")
        return feature in self.features

    @cached_property
    def money_format(self) -> MoneyFormat:
        """How the site writes amounts, for every amount check."""
        notation = self.money
        return MoneyFormat(
            code=notation.currency,
            symbol=notation.symbol,
            position=notation.position,
            spaced=notation.spaced,
            decimals=notation.decimals,
            thousands=notation.thousands_separator,
            decimal_point=notation.decimal_separator,
            also=tuple(notation.also),
            suffixes=tuple(notation.suffixes),
        )

    def room_type(self, code: str) -> RoomType:
        """The room type with this code."""
        return _by_code(self.room_types, code)

    def payment_method(self, code: str) -> PaymentMethod:
        """The payment method with this code."""
        return _by_code(self.payment_methods, code)

    @property
    def total_rooms(self) -> int | None:
        """How many rooms the property has in all, when every room type's count is published."""
        counts = [room_type.count for room_type in self.room_types]
        return None if None in counts else sum(counts)


def _unknown_charged_fees(tariff: Tariff) -> list[str]:
    """Service-charge targets that are neither `room` nor an add-on: a typo would silently charge nothing."""
    if tariff.service_charge is None:
        return []
    known = {"room", *(addon.code for addon in tariff.addons)}
    return [f"tariff.service_charge.applies_to: {code!r} is neither room nor an add-on code"
            for code in tariff.service_charge.applies_to if code not in known]  # fmt: skip


class ProfileError(Exception):
    """The profile file is missing, is not YAML, or does not match the schema; `reason` is one line."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"property profile {path}: {reason}")
        self.path, self.reason = path, reason


def load(path: Path) -> Profile:
    """The profile in `path`; ProfileError naming the file and every bad field, in one line, otherwise."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ProfileError(path, f"cannot read it ({error.strerror or error}); check the path") from None
    try:
        return Profile.model_validate(yaml.safe_load(text))
    except yaml.YAMLError as error:
        raise ProfileError(path, f"{yaml_problem(error)}; fix the file's syntax") from None
    except ValidationError as error:
        fix = "fix the profile (profiles/demo-hotel.yaml shows every field)"
        raise ProfileError(path, f"{_schema_problems(error)}; {fix}") from None


def _schema_problems(error: ValidationError) -> str:
    """Pydantic's errors on one line: `room_types.0.max_guests: Input should be greater than 0; …`."""
    problems = []
    for problem in error.errors(include_url=False):
        where = ".".join(str(part) for part in problem["loc"])
        message = problem["msg"].removeprefix("Value error, ")
        problems.append(f"{where}: {message}" if where else message)
    return "; ".join(problems)


def _by_code(items: list, code: str):  # noqa: ANN202 - returns the list's item type
    for item in items:
        if item.code == code:
            return item
    raise KeyError(f"{code!r} is not in the profile; it has {', '.join(item.code for item in items) or 'none'}")


def _has(text: Text, lang: str) -> bool:
    try:
        text(lang)
    except KeyError:
        return False
    return True


def _texts(model: BaseModel, where: str = "") -> list[tuple[str, Text]]:
    """Every approved text in the profile, with where it is, so each can be checked for every language."""
    found: list[tuple[str, Text]] = []
    for name, value in model:
        here = f"{where}.{name}" if where else name
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            place = f"{here}[{index}]" if isinstance(value, list) else here
            if isinstance(item, Text):
                found.append((place, item))
            elif isinstance(item, BaseModel):
                found += _texts(item, place)
    return found
