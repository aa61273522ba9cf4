"""Checking what a guest asks to book, field by field, with a message in their language for each bad field.

The wizard runs the same rules in the browser (so the guest hears at once); this is the check that
counts: nothing is quoted or stored unless it passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from misty_hill import house
from misty_hill.i18n import T, pick
from misty_hill.stay.pricing import StayRequest

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
PHONE = re.compile(r"^(?:\+886|0)\d{8,9}$|^\+\d{8,15}$")  # after spaces, dashes and brackets are removed
NAME_MAX = 80
REQUEST_MAX = 500

MESSAGES = {
    "check_in_missing": T("請選擇入住日期", "チェックイン日を選択してください"),
    "check_in_bad": T("入住日期格式不正確", "チェックイン日の形式が正しくありません"),
    "check_in_early": T("入住日期最早可選 {date}", "チェックイン日は{date}以降を選択してください"),
    "check_in_late": T("入住日期最晚可選 {date}（只接受 {days} 天內的訂房）",
                       "チェックイン日は{date}までです（ご予約は{days}日先まで）"),
    "check_out_missing": T("請選擇退房日期", "チェックアウト日を選択してください"),
    "check_out_order": T("退房日期必須晚於入住日期", "チェックアウト日はチェックイン日より後の日付を選択してください"),
    "check_out_long": T("每次訂房最多住宿 {nights} 晚", "ご宿泊は最長{nights}泊までです"),
    "rooms_range": T("房間數請選擇 1 至 {max} 間", "客室数は1〜{max}室でお選びください"),
    "rooms_count": T("{room}共 {count} 間，無法預訂 {rooms} 間",
                     "{room}は全{count}室のため、{rooms}室はご予約いただけません"),
    "guests_range": T("入住人數至少 1 位", "ご宿泊人数は1名様以上でお選びください"),
    "guests_capacity": T("{room}每間最多入住 {max} 位，{guests} 位請增加房間數或改選其他房型",
                         "{room}は1室{max}名様までです。{guests}名様の場合は客室数を増やすか、別の客室をお選びください"),
    "room_type_missing": T("請選擇房型", "客室タイプを選択してください"),
    "sold_out": T("所選日期已無足夠空房，請改選其他房型或日期",
                  "ご希望の日程は満室です。別の客室か日程をお選びください"),
    "guest_name_missing": T("請填寫訂房人姓名", "ご予約者のお名前を入力してください"),
    "guest_name_long": T("姓名請在 {max} 字以內", "お名前は{max}文字以内で入力してください"),
    "email_bad": T("電子郵件地址格式不正確，例如 name@example.com",
                   "メールアドレスの形式が正しくありません（例：name@example.com）"),
    "phone_bad": T("電話號碼格式不正確，例如 0912-345-678",
                   "電話番号の形式が正しくありません（例：0912-345-678）"),
    "request_long": T("特殊需求請在 {max} 字以內", "ご要望は{max}文字以内で入力してください"),
    "payment_missing": T("請選擇付款方式", "お支払い方法を選択してください"),
    "addon_bad": T("請選擇是否加購", "追加するかどうかをお選びください"),
    "terms": T("請先勾選同意住宿條款與取消規定", "宿泊約款とキャンセル規定への同意にチェックを入れてください"),
}  # fmt: skip


@dataclass(frozen=True)
class Bounds:
    """The check-in dates a guest may choose today, and the longest stay."""

    earliest: date
    latest: date
    max_nights: int


def bounds(today: date, defects: frozenset[str] = frozenset()) -> Bounds:
    """From tomorrow (the minimum lead time) up to the booking horizon (today its first day)."""
    latest = today + timedelta(days=house.HORIZON_DAYS - 1)
    if "last-bookable-day-refused" in defects:
        latest -= timedelta(days=1)  # the horizon counted from tomorrow, the lead time taken off twice
    return Bounds(today + timedelta(days=house.MIN_LEAD_DAYS), latest, house.MAX_NIGHTS)


class Errors(dict[str, str]):
    """Field → message, in the guest's language; the first message given for a field stays."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def add(self, field: str, key: str, **values: Any) -> None:
        """Note that `field` is wrong, with the message `key` filled in with `values`."""
        self.setdefault(field, pick(MESSAGES[key], self.lang).format(**values))


def parse_date(value: Any) -> date | None:
    """An ISO date (YYYY-MM-DD), or None."""
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def parse_count(value: Any) -> int | None:
    """A whole number of rooms or guests, or None."""
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def check_stay(
    data: dict, today: date, errors: Errors, defects: frozenset[str] = frozenset()
) -> tuple[date | None, date | None, int, int]:
    """The dates, rooms and guests of the request; what is wrong with them goes into `errors`."""
    limits = bounds(today, defects)
    check_in, check_out = parse_date(data.get("check_in")), parse_date(data.get("check_out"))
    if not data.get("check_in"):
        errors.add("check_in", "check_in_missing")
    elif check_in is None:
        errors.add("check_in", "check_in_bad")
    elif check_in < limits.earliest:
        errors.add("check_in", "check_in_early", date=long_date(limits.earliest, errors.lang))
    elif check_in > limits.latest:
        errors.add("check_in", "check_in_late", date=long_date(limits.latest, errors.lang), days=house.HORIZON_DAYS)
    if check_out is None:
        errors.add("check_out", "check_out_missing")
    elif check_in and check_out <= check_in:
        errors.add("check_out", "check_out_order")
    elif check_in and "check_in" not in errors and (check_out - check_in).days > limits.max_nights:
        errors.add("check_out", "check_out_long", nights=limits.max_nights)
    rooms, guests = parse_count(data.get("rooms", 1)), parse_count(data.get("guests"))
    most_rooms = max(room.count for room in house.ROOM_TYPES)
    if rooms is None or not 1 <= rooms <= most_rooms:
        errors.add("rooms", "rooms_range", max=most_rooms)
    if guests is None or guests < 1:
        errors.add("guests", "guests_range")
    return check_in, check_out, rooms or 1, guests or 0


def check_room(data: dict, rooms: int, guests: int, errors: Errors) -> str | None:
    """The room type, which must have that many rooms and sleep that many guests."""
    room = house.room_type(str(data.get("room_type") or ""))
    if room is None:
        errors.add("room_type", "room_type_missing")
        return None
    name = pick(room.name, errors.lang)
    if rooms > room.count and "rooms" not in errors:
        errors.add("rooms", "rooms_count", room=name, count=room.count, rooms=rooms)
    if guests > room.max_guests * rooms and "guests" not in errors:
        errors.add("guests", "guests_capacity", room=name, max=room.max_guests, guests=guests)
    return room.code


def check_addons(data: dict, errors: Errors) -> tuple[str, ...]:
    """The add-ons chosen: known codes only."""
    chosen = data.get("addons") or []
    if not isinstance(chosen, list) or any(house.addon(str(code)) is None for code in chosen):
        errors.add("addons", "addon_bad")
        return ()
    return tuple(extra.code for extra in house.ADDONS if extra.code in chosen)


def check_guest(data: dict, errors: Errors) -> dict[str, str]:
    """Who books: a name, an email address and a phone number that look like real ones; the request is optional."""
    name = str(data.get("guest_name") or "").strip()
    email = str(data.get("email") or "").strip()
    phone = str(data.get("phone") or "").strip()
    special = str(data.get("special_request") or "").strip()
    if not name:
        errors.add("guest_name", "guest_name_missing")
    elif len(name) > NAME_MAX:
        errors.add("guest_name", "guest_name_long", max=NAME_MAX)
    if not EMAIL.match(email):
        errors.add("email", "email_bad")
    if not PHONE.match(re.sub(r"[\s\-()]", "", phone)):
        errors.add("phone", "phone_bad")
    if len(special) > REQUEST_MAX:
        errors.add("special_request", "request_long", max=REQUEST_MAX)
    if house.payment_method(str(data.get("payment_method") or "")) is None:
        errors.add("payment_method", "payment_missing")
    return {"guest_name": name, "email": email, "phone": phone, "special_request": special}


def check_booking(
    data: dict, today: date, lang: str, defects: frozenset[str] = frozenset()
) -> tuple[StayRequest | None, dict[str, str], Errors]:
    """Everything the wizard sends for the review: the stay and the guest, or the errors by field."""
    errors = Errors(lang)
    check_in, check_out, rooms, guests = check_stay(data, today, errors, defects)
    room = check_room(data, rooms, guests, errors)
    addons = check_addons(data, errors)
    guest = check_guest(data, errors)
    if errors:
        return None, guest, errors
    stay = StayRequest(room, check_in, check_out, rooms, guests, addons, str(data["payment_method"]))
    return stay, guest, errors


WEEKDAYS = {"zh-TW": "一二三四五六日", "ja": "月火水木金土日"}


def long_date(day: date, lang: str) -> str:
    """`2027年1月15日（五）` / `2027年1月15日（金）`: how the site writes a date for people."""
    return f"{day.year}年{day.month}月{day.day}日（{WEEKDAYS[lang][day.weekday()]}）"
