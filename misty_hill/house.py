"""The property's facts: who we are, the rooms and their rates, holidays, add-ons, payment and cancellation.

Every page, the booking engine and the emails read these, so the hotel changes a price or a
schedule in one place. Texts are in both languages (`i18n.T`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from misty_hill.i18n import T

TIME_ZONE = ZoneInfo("Asia/Taipei")


@dataclass(frozen=True)
class Property:
    """Who runs the B&B and how to reach it."""

    name: dict[str, str]
    legal_name: dict[str, str]
    representative: dict[str, str]
    licence: dict[str, str]
    address: dict[str, str]
    phone: str
    email: str
    check_in_from: str
    check_out_by: str
    line_url: str
    instagram_url: str


PROPERTY = Property(
    name=T("山霧民宿", "山霧民宿 ミスティヒル"),
    legal_name=T("山霧民宿（獨資）", "山霧民宿（個人事業）"),
    representative=T("陳雲溪", "陳雲渓（チェン・ユンシー）"),
    licence=T("花蓮縣民宿登記證第 512 號", "花蓮県民宿登録証 第512号"),
    address=T("972 花蓮縣秀林鄉富世村民享 66 號", "〒972 台湾花蓮県秀林郷富世村民享66号"),
    phone="03-861-2345",
    email="stay@misty-hill.example",
    check_in_from="16:00",
    check_out_by="10:30",
    line_url="https://line.me/R/ti/p/@mistyhill",
    instagram_url="https://www.instagram.com/mistyhill.hualien",
)


@dataclass(frozen=True)
class RoomType:
    """A kind of room: how many we have, how many sleep in one, and its weekday rate per person per night."""

    code: str
    name: dict[str, str]
    count: int
    max_guests: int
    weekday_rate: int
    image: str
    image_alt: dict[str, str]


ROOM_TYPES = (
    RoomType("cedar", T("雲杉雙人房", "雲杉ダブルルーム"), 3, 2, 3250, "room-cedar.png",
             T("雲杉雙人房：木質雙人床", "雲杉ダブルルーム：木のダブルベッド")),
    RoomType("valley", T("溪谷景觀雙床房", "渓谷ビュー・ツイン"), 2, 2, 3600, "room-valley.png",
             T("溪谷景觀雙床房：兩張單人床與溪谷窗景", "渓谷ビュー・ツイン：シングルベッド2台と渓谷の窓")),
    RoomType("loft", T("閣樓四人房", "ロフト4名ルーム"), 1, 4, 2800, "room-loft.png",
             T("閣樓四人房：樓中樓床位", "ロフト4名ルーム：ロフトのベッド")),
)  # fmt: skip

WEEKEND_NIGHTS = (4, 5)  # the nights of Friday and Saturday (date.weekday())
WEEKEND_SURCHARGE_PERCENT = 20
HOLIDAY_SURCHARGE_PERCENT = 30
HOLIDAY_NIGHTS = frozenset(
    date.fromisoformat(day)
    for day in (
        "2026-12-31", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-02",
        "2027-04-03", "2027-06-08", "2027-09-14", "2027-10-09", "2027-12-31",
    )
)  # fmt: skip


@dataclass(frozen=True)
class AddOn:
    """Something extra for the stay: priced per stay or per night, for each guest or for the whole party."""

    code: str
    name: dict[str, str]
    price: int
    per: str  # "stay" or "night"
    for_: str  # "person" or "party"


ADDONS = (
    AddOn("tea", T("山嵐下午茶", "山嵐アフタヌーンティー"), 450, "stay", "person"),
    AddOn("bike", T("單車租借", "レンタサイクル"), 300, "night", "party"),
)

BUSINESS_TAX_PERCENT = 5  # included in every price
DEPOSIT_PERCENT = 30  # of the whole stay, add-ons included


@dataclass(frozen=True)
class PaymentMethod:
    """How a guest pays: in full at booking, or a deposit within some days and the balance at check-in."""

    code: str
    name: dict[str, str]
    plan: str  # "full" or "deposit"
    handling_fee: int = 0
    pay_within_days: int = 0
    deadline_time: str = "23:59"


PAYMENT_METHODS = (
    PaymentMethod("card", T("線上刷卡（全額）", "クレジットカード（全額前払い）"), "full"),
    PaymentMethod("wire", T("銀行匯款（訂金三成）", "銀行振込（手付金30%）"), "deposit", pay_within_days=3),
)

# Refund share by whole days before check-in (the first row whose days the notice reaches applies).
# Both are more generous than the statutory schedules.
DEPOSIT_SCHEDULE = ((10, 100), (7, 80), (4, 60), (2, 40), (1, 30), (0, 10))
FULL_PREPAYMENT_SCHEDULE = ((2, 100), (1, 70), (0, 20))
REFUND_WITHIN_DAYS = 7

HORIZON_DAYS = 180
MIN_LEAD_DAYS = 1
MAX_NIGHTS = 14

INCLUDED_SERVICES = (
    T("在地食材早餐", "地元食材の朝食"),
    T("免費無線網路", "無料Wi-Fi"),
    T("免費停車", "無料駐車場"),
)


def room_type(code: str) -> RoomType | None:
    """The room type with this code, or None."""
    return next((room for room in ROOM_TYPES if room.code == code), None)


def addon(code: str) -> AddOn | None:
    """The add-on with this code, or None."""
    return next((extra for extra in ADDONS if extra.code == code), None)


def payment_method(code: str) -> PaymentMethod | None:
    """The payment method with this code, or None."""
    return next((method for method in PAYMENT_METHODS if method.code == code), None)
