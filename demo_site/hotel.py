"""The reference hotel's own facts: the one place the site reads its name, rooms and tariff from.

The suite keeps its approved copy of these facts in `profiles/demo-hotel.yaml`. The two are
written separately on purpose, as a hotel's website and its approved fact sheet are, so that a
site drifting from what was approved shows up as a failing test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Localized:
    """A text in Traditional Chinese and English."""

    zh: str
    en: str

    def __call__(self, lang: str) -> str:
        """The text in `lang` (en), else Traditional Chinese."""
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class RoomType:
    """A kind of room, how many the hotel has and what a night costs."""

    code: str
    name: Localized
    description: Localized
    count: int
    max_guests: int
    weekday_rate: int
    weekend_rate: int
    size_m2: int
    beds: Localized


@dataclass(frozen=True)
class PaymentMethod:
    """A way to pay, its handling fee and, for transfers, how long the room is held."""

    code: str
    name: Localized
    handling_fee: int
    pay_within_days: int | None = None


@dataclass(frozen=True)
class Hotel:
    """Everything the site says about the property."""

    name: Localized
    legal_name: Localized
    licence: Localized
    address: Localized
    service_phone: str
    service_email: str
    time_zone: ZoneInfo
    check_in_from: str
    check_out_by: str
    room_types: tuple[RoomType, ...]
    payment_methods: tuple[PaymentMethod, ...]
    breakfast_per_person_night: int
    service_charge_percent: int
    weekend_nights: frozenset[int]  # date.weekday() of the night: 4 = Friday, 5 = Saturday
    included_services: tuple[Localized, ...] = field(default_factory=tuple)
    booking_horizon_days: int = 365

    def room_type(self, code: str) -> RoomType:
        """The room type with this code; KeyError when there is none."""
        for room_type in self.room_types:
            if room_type.code == code:
                return room_type
        raise KeyError(code)

    def payment_method(self, code: str) -> PaymentMethod:
        """The payment method with this code; KeyError when there is none."""
        for method in self.payment_methods:
            if method.code == code:
                return method
        raise KeyError(code)


HOTEL = Hotel(
    name=Localized("嵐灣海景旅店", "Lanwan Bay Hotel"),
    legal_name=Localized("嵐灣旅宿股份有限公司", "Lanwan Hospitality Co., Ltd."),
    licence=Localized("高雄市旅館第 168 號", "Kaohsiung City Hotel Licence No. 168"),
    address=Localized(
        "804 高雄市鼓山區蓮海路 88 號",
        "No. 88, Lianhai Rd., Gushan Dist., Kaohsiung City 804, Taiwan",
    ),
    service_phone="07-525-8888",
    service_email="service@lanwan-hotel.example",
    time_zone=ZoneInfo("Asia/Taipei"),
    check_in_from="15:00",
    check_out_by="11:00",
    room_types=(
        RoomType(
            code="standard-double",
            name=Localized("標準雙人房", "Standard Double"),
            description=Localized(
                "一張雙人床，面向壽山的明亮客房。", "A bright room with one double bed, facing Shoushan hill."
            ),
            count=12,
            max_guests=2,
            weekday_rate=3200,
            weekend_rate=4000,
            size_m2=24,
            beds=Localized("雙人床 1 張", "1 double bed"),
        ),
        RoomType(
            code="deluxe-twin",
            name=Localized("豪華雙床房", "Deluxe Twin"),
            description=Localized(
                "兩張單人床與陽台，可遠眺太平洋。", "Two single beds and a balcony looking out over the Pacific."
            ),
            count=8,
            max_guests=2,
            weekday_rate=4200,
            weekend_rate=5200,
            size_m2=30,
            beds=Localized("單人床 2 張", "2 single beds"),
        ),
        RoomType(
            code="family-quad",
            name=Localized("家庭四人房", "Family Quad"),
            description=Localized("兩張雙人床，適合全家同行。", "Two double beds, for the whole family."),
            count=5,
            max_guests=4,
            weekday_rate=5800,
            weekend_rate=7200,
            size_m2=40,
            beds=Localized("雙人床 2 張", "2 double beds"),
        ),
        RoomType(
            code="ocean-suite",
            name=Localized("海景套房", "Ocean Suite"),
            description=Localized(
                "獨立客廳與整面海景窗。", "A separate living room and a wall of windows onto the sea."
            ),
            count=2,
            max_guests=3,
            weekday_rate=8800,
            weekend_rate=10800,
            size_m2=55,
            beds=Localized("特大雙人床 1 張", "1 king bed"),
        ),
    ),
    payment_methods=(
        PaymentMethod(code="credit-card", name=Localized("信用卡", "Credit card"), handling_fee=0),
        PaymentMethod(
            code="atm",
            name=Localized("ATM 轉帳", "ATM transfer"),
            handling_fee=15,
            pay_within_days=3,
        ),
    ),
    breakfast_per_person_night=380,
    service_charge_percent=10,
    weekend_nights=frozenset({4, 5}),
    included_services=(
        Localized("免費無線網路", "Free Wi-Fi"),
        Localized("盥洗備品", "Toiletries"),
        Localized("室內停車位", "Indoor parking"),
    ),
)
