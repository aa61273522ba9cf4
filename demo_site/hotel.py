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
class Meal:
    """A meal add-on, priced per person per night."""

    code: str
    name: Localized
    per_person_night: int


@dataclass(frozen=True)
class Transfer:
    """A pick-up service, priced per one-way trip for the party."""

    code: str
    name: Localized
    per_trip: int


@dataclass(frozen=True)
class PaymentMethod:
    """A way to pay: what it collects before the stay, its fee, and how long the room is held.

    `plan` is what the method implies: `full` prepayment, a `deposit`, or `none` before arrival.
    `pay_within_days` marks a pay-later method (transfer, store code) whose deadline holds the room.
    """

    code: str
    name: Localized
    handling_fee: int
    plan: str
    pay_within_days: int | None = None
    max_amount: int | None = None
    hold_until: str | None = None  # for pay-at-hotel: the time on the check-in day


@dataclass(frozen=True)
class RefundBand:
    """Cancel at least `days_before` days before check-in and get `percent` of what was paid back."""

    days_before: int
    percent: int


@dataclass(frozen=True)
class StayInformation:
    """What a guest needs to know for the stay itself (P1.3.3)."""

    amenities: tuple[Localized, ...]
    transport: tuple[Localized, ...]
    surroundings: tuple[Localized, ...]
    notes: tuple[Localized, ...]


@dataclass(frozen=True)
class Image:
    """A picture the site shows: its file under /static/media, its alt text, where its licence comes from."""

    file: str
    alt: Localized
    licence: str


@dataclass(frozen=True)
class Hotel:
    """Everything the site says about the property."""

    name: Localized
    legal_name: Localized
    representative: Localized
    licence: Localized
    address: Localized
    service_phone: str
    service_email: str
    time_zone: ZoneInfo
    check_in_from: str
    check_out_by: str
    room_types: tuple[RoomType, ...]
    meals: tuple[Meal, ...]
    transfers: tuple[Transfer, ...]
    payment_methods: tuple[PaymentMethod, ...]
    service_charge_percent: int
    deposit_percent: int  # of the room price
    weekend_nights: frozenset[int]  # date.weekday() of the night: 4 = Friday, 5 = Saturday
    stay_information: StayInformation
    refund_deposit: tuple[RefundBand, ...]  # most days first
    refund_full: tuple[RefundBand, ...]
    refund_within_days: int
    facilities: tuple[Localized, ...]
    social: tuple[tuple[str, str], ...]  # (channel, URL)
    hero_image: Image
    room_images: dict[str, Image]
    logo: Image
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
        return _by_code(self.payment_methods, code)

    def meal(self, code: str) -> Meal:
        """The meal with this code; KeyError when there is none."""
        return _by_code(self.meals, code)

    def transfer(self, code: str) -> Transfer:
        """The transfer with this code; KeyError when there is none."""
        return _by_code(self.transfers, code)


def _by_code(items: tuple, code: str):  # noqa: ANN202 - the tuple's item type
    for item in items:
        if item.code == code:
            return item
    raise KeyError(code)


def _l(zh: str, en: str) -> Localized:
    return Localized(zh, en)


HOTEL = Hotel(
    name=Localized("嵐灣海景旅店", "Lanwan Bay Hotel"),
    legal_name=Localized("嵐灣旅宿股份有限公司", "Lanwan Hospitality Co., Ltd."),
    representative=Localized("林海嵐", "Lin Hai-lan"),
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
            weekday_rate=5590,
            weekend_rate=7280,
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
    meals=(
        Meal("breakfast", _l("早餐", "Breakfast"), per_person_night=380),
        Meal("dinner", _l("晚餐", "Dinner"), per_person_night=880),
    ),
    transfers=(
        Transfer("airport", _l("高雄國際機場接送", "Kaohsiung International Airport transfer"), per_trip=1350),
        Transfer("hsr", _l("高鐵左營站接送", "HSR Zuoying Station transfer"), per_trip=900),
    ),
    payment_methods=(
        PaymentMethod("credit-card", _l("信用卡", "Credit card"), handling_fee=0, plan="full"),
        PaymentMethod("line-pay", _l("LINE Pay", "LINE Pay"), handling_fee=0, plan="deposit"),
        PaymentMethod("atm", _l("ATM 轉帳", "ATM transfer"), handling_fee=15, plan="deposit", pay_within_days=3),
        PaymentMethod(
            "cvs-code",
            _l("超商代碼繳費", "Convenience-store payment code"),
            handling_fee=30,
            plan="full",
            pay_within_days=3,
            max_amount=6000,
        ),
        PaymentMethod(
            "pay-at-hotel", _l("入住時付款", "Pay at the hotel"), handling_fee=0, plan="none", hold_until="18:00"
        ),
    ),
    service_charge_percent=10,
    deposit_percent=30,
    weekend_nights=frozenset({4, 5}),
    stay_information=StayInformation(
        amenities=(
            _l("毛巾、浴巾與浴袍", "Towels, bath towels and bathrobes"),
            _l("牙刷、牙膏與洗沐用品", "Toothbrush, toothpaste and toiletries"),
            _l("吹風機與電熱水壺", "Hair dryer and electric kettle"),
            _l("房內礦泉水每日 2 瓶", "Two bottles of mineral water a day"),
        ),
        transport=(
            _l(
                "高雄國際機場：搭捷運紅線至美麗島站轉橘線至西子灣站，約 40 分鐘",
                "From Kaohsiung International Airport: MRT Red Line to Formosa Boulevard, "
                "then Orange Line to Sizihwan, about 40 minutes",
            ),
            _l(
                "高鐵左營站：搭捷運紅線至美麗島站轉橘線至西子灣站，約 35 分鐘",
                "From HSR Zuoying Station: MRT Red Line to Formosa Boulevard, "
                "then Orange Line to Sizihwan, about 35 minutes",
            ),
            _l("捷運西子灣站 1 號出口步行 8 分鐘", "8 minutes' walk from Sizihwan MRT Station, Exit 1"),
            _l("館內室內停車場，住客免費", "Indoor car park, free for guests"),
        ),
        surroundings=(
            _l("西子灣海水浴場：步行 5 分鐘", "Sizihwan Beach: 5 minutes on foot"),
            _l("打狗英國領事館文化園區：步行 10 分鐘", "British Consulate at Takao: 10 minutes on foot"),
            _l("駁二藝術特區：車程 10 分鐘", "The Pier-2 Art Center: 10 minutes by car"),
            _l("鼓山渡輪站（往旗津）：步行 12 分鐘", "Gushan Ferry Pier (to Cijin): 12 minutes on foot"),
        ),
        notes=(
            _l("入住時請出示身分證件或護照", "Please show an ID card or passport at check-in"),
            _l("全館禁菸，違者酌收清潔費 NT$3,000", "No smoking anywhere; a cleaning fee of NT$3,000 applies"),
            _l("恕不接待寵物（導盲犬除外）", "No pets, except guide dogs"),
            _l("22:00 至翌日 08:00 為安靜時段", "Quiet hours are 22:00 to 08:00"),
            _l("未滿 18 歲者須由法定代理人陪同或同意", "Guests under 18 need a legal guardian's presence or consent"),
        ),
    ),
    refund_deposit=(
        RefundBand(14, 100),
        RefundBand(10, 70),
        RefundBand(7, 50),
        RefundBand(4, 40),
        RefundBand(2, 30),
        RefundBand(1, 20),
        RefundBand(0, 0),
    ),
    refund_full=(RefundBand(3, 100), RefundBand(1, 50), RefundBand(0, 0)),
    refund_within_days=14,
    facilities=(
        _l(
            "海景餐廳（早餐 06:30–10:00，晚餐 17:30–21:00）",
            "Sea-view restaurant (breakfast 06:30–10:00, dinner 17:30–21:00)",
        ),
        _l("健身房（24 小時）", "Gym (24 hours)"),
        _l("自助洗衣房", "Self-service laundry"),
        _l("會議室（可容納 20 人）", "Meeting room (up to 20 people)"),
        _l("室內停車場", "Indoor car park"),
        _l("無障礙客房與坡道", "Accessible room and ramps"),
    ),
    social=(
        ("Facebook", "https://www.facebook.com/lanwanhotel"),
        ("Instagram", "https://www.instagram.com/lanwanhotel"),
        ("LINE", "https://line.me/R/ti/p/@lanwanhotel"),
    ),
    hero_image=Image("sizihwan-bay.jpg", _l("西子灣夕陽與海面", "Sunset over Sizihwan Bay"), "本館自攝"),
    room_images={
        "standard-double": Image(
            "room-standard-double.jpg",
            _l("標準雙人房：雙人床與窗景", "Standard Double: double bed and window"),
            "本館自攝",
        ),
        "deluxe-twin": Image(
            "room-deluxe-twin.jpg",
            _l("豪華雙床房：兩張單人床與陽台", "Deluxe Twin: two single beds and balcony"),
            "本館自攝",
        ),
        "family-quad": Image(
            "room-family-quad.jpg", _l("家庭四人房：兩張雙人床", "Family Quad: two double beds"), "本館自攝"
        ),
        "ocean-suite": Image(
            "room-ocean-suite.jpg", _l("海景套房：客廳與海景窗", "Ocean Suite: living room and sea window"), "本館自攝"
        ),
    },
    logo=Image("lanwan-logo.png", _l("嵐灣海景旅店標誌", "Lanwan Bay Hotel logo"), "本館設計"),
    included_services=(
        _l("免費無線網路", "Free Wi-Fi"),
        _l("盥洗備品", "Toiletries"),
        _l("室內停車位", "Indoor parking"),
    ),
)
