"""A stay, its bill and its payment terms as the guest reads them, in their language.

The wizard (as JSON), the guest's booking page and the emails all show the same rows built here,
so the review, the confirmation and the email cannot drift apart. Amounts are already written
`TWD 3,250`; dates carry their ISO form for `<time datetime>`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from misty_hill import house
from misty_hill.i18n import T, pick
from misty_hill.money import twd
from misty_hill.stay.pricing import PLAN_NAMES, FeeLine, Quote, Schedule, StayRequest
from misty_hill.stay.validation import long_date

LABELS = {
    "check_in": T("入住日期", "チェックイン日"),
    "check_out": T("退房日期", "チェックアウト日"),
    "nights": T("住宿晚數", "泊数"),
    "room_type": T("房型", "客室タイプ"),
    "rooms": T("房間數", "客室数"),
    "guests": T("入住人數", "ご宿泊人数"),
    "reference": T("訂房編號", "予約番号"),
    "guest_name": T("訂房人", "ご予約者"),
    "special_request": T("特殊需求", "ご要望"),
    "status": T("訂房狀態", "ご予約の状態"),
    "fees": T("費用明細", "料金明細"),
    "total": T("總金額（含稅）", "合計（税込）"),
    "room_line": T("房價", "宿泊料金"),
    "plan": T("付款方式", "お支払い方法"),
    "prepay": T("預付金額", "前払い金額"),
    "prepay_by": T("預付期限", "前払い期限"),
    "balance": T("尾款（入住時支付）", "残金（チェックイン時にお支払い）"),
    "final_payment_date": T("最後付款日", "最終支払日"),
    "hold_until": T("房間保留至", "お部屋の確保期限"),
    "bank": T("匯款銀行", "振込先銀行"),
    "payment_code": T("匯款帳號", "振込先口座番号"),
}
UNITS = {
    "person": T("{n} 位", "{n}名様"),
    "night": T("{n} 晚", "{n}泊"),
    "room": T("{n} 間", "{n}室"),
}
ON_CONFIRM = T("確認訂房時以信用卡付清", "ご予約確定時にクレジットカードで決済")
BANK = T("台灣土地銀行 花蓮分行（代碼 005）", "台湾土地銀行 花蓮支店（銀行コード005）")
STATUS = {"confirmed": T("已確認", "確定"), "cancelled": T("已取消", "キャンセル済み")}


def label(key: str, lang: str) -> str:
    """A row's label in `lang`."""
    return pick(LABELS[key], lang)


def count(unit: str, n: int, lang: str) -> str:
    """`2 位`, `2名様`, `3 晚`…"""
    return pick(UNITS[unit], lang).format(n=n)


def day(value: date, lang: str) -> dict:
    """A date for a `<time>`: its ISO form and how people read it."""
    return {"iso": value.isoformat(), "text": long_date(value, lang)}


def moment(value: datetime, lang: str) -> dict:
    """A deadline for a `<time>`: ISO to the minute, and the date and time for people."""
    return {"iso": value.isoformat(timespec="minutes"), "text": f"{long_date(value.date(), lang)} {value:%H:%M}"}


def row(key: str, lang: str, text: str = "", when: dict | None = None) -> dict:
    """One labelled row: a plain value, or a date/time (`when`)."""
    return {"key": key, "label": label(key, lang), "text": when["text"] if when else text, "when": when}


def stay_rows(stay: StayRequest, lang: str, guest: Mapping[str, str] | None = None) -> list[dict]:
    """What is booked: dates, nights, room type, rooms and guests; and who booked, with their request, if given.

    The guest reads back on the review, the confirmation and the email what they typed, so a name
    or a request garbled on the way is seen before it matters.
    """
    room = house.room_type(stay.room_type)
    return [*_stay_facts(stay, room, lang), *guest_rows(guest or {}, lang)]


def guest_rows(guest: Mapping[str, str], lang: str) -> list[dict]:
    """Who booked and what they asked for (left out when they asked for nothing), exactly as typed."""
    rows = [row("guest_name", lang, guest["guest_name"])] if guest.get("guest_name") else []
    if guest.get("special_request"):
        rows.append(row("special_request", lang, guest["special_request"]))
    return rows


def _stay_facts(stay: StayRequest, room: house.RoomType, lang: str) -> list[dict]:
    return [
        row("check_in", lang, when=day(stay.check_in, lang)),
        row("check_out", lang, when=day(stay.check_out, lang)),
        row("nights", lang, count("night", stay.nights, lang)),
        row("room_type", lang, pick(room.name, lang)),
        row("rooms", lang, count("room", stay.rooms, lang)),
        row("guests", lang, count("person", stay.guests, lang)),
    ]


def fee_label(line: FeeLine, lang: str) -> str:
    """`房價　雲杉雙人房：2 位 × 2 晚`, `山嵐下午茶：2 位 × TWD 450`, `單車租借：2 晚 × TWD 300`."""
    if line.kind == "room":
        room = house.room_type(line.code)
        quantities = f"{count('person', line.units, lang)} × {count('night', line.times, lang)}"
        return f"{label('room_line', lang)}　{pick(room.name, lang)}：{quantities}"
    extra = house.addon(line.code)
    quantity = count("person", line.units, lang) if extra.for_ == "person" else count("night", line.times, lang)
    return f"{pick(extra.name, lang)}：{quantity} × {twd(extra.price)}"


def fee_rows(lines: list[FeeLine], total: int, lang: str) -> dict:
    """The bill: one row per fee and the total."""
    return {
        "caption": label("fees", lang),
        "lines": [{"kind": line.kind, "code": line.code, "label": fee_label(line, lang), "amount": twd(line.amount)}
                  for line in lines],
        "total": {"label": label("total", lang), "amount": twd(total)},
    }  # fmt: skip


def payment_rows(stay: StayRequest, plan: Schedule, lang: str, payment_code: str | None = None) -> list[dict]:
    """How and by when the stay is paid: the plan, what is paid first and by when, the balance, the last day."""
    method = house.payment_method(stay.payment_method)
    rows = [
        row("plan", lang, pick(method.name, lang)),
        row("prepay", lang, twd(plan.prepay)),
        row("prepay_by", lang, when=moment(plan.prepay_by, lang)) if plan.prepay_by else row(
            "prepay_by", lang, pick(ON_CONFIRM, lang)),
        row("balance", lang, twd(plan.balance)),
        row("final_payment_date", lang, when=day(plan.final_payment_date, lang)),
    ]  # fmt: skip
    if plan.hold_until:
        rows.append(row("hold_until", lang, when=moment(plan.hold_until, lang)))
    if payment_code:
        rows += [row("bank", lang, pick(BANK, lang)), row("payment_code", lang, payment_code)]
    return rows


SCHEDULE_INTRO = {
    "full": T("全額預付的訂房，依入住前取消的天數退還已付金額：",
              "全額前払いのご予約は、キャンセルの時期に応じてお支払い額を返金します："),
    "deposit": T("支付訂金的訂房，依入住前取消的天數退還已付訂金：",
                 "手付金でのご予約は、キャンセルの時期に応じて手付金を返金します："),
}  # fmt: skip
BAND = {
    "before": T("入住前 {days} 天以上取消：退還 {percent}%", "{days}日前まで：{percent}%返金"),
    "day": T("入住當天取消：退還 {percent}%", "当日：{percent}%返金"),
}
FORCE_MAJEURE = T(
    "颱風、道路封閉等不可抗力因素，可免費改期或全額退款。",
    "台風や道路閉鎖などの不可抗力の場合は、無料で日程変更または全額返金します。",
)
REFUND_TIME = T("退款於取消後 {days} 天內退回原付款帳戶，金額四捨五入至元。",
                "返金はキャンセル後{days}日以内に、お支払い元へ1元未満四捨五入で行います。")  # fmt: skip


def cancellation_terms(plan: str, lang: str) -> dict:
    """The refund schedule that applies to this plan, in brief: an intro, one line per band, force majeure."""
    bands = house.DEPOSIT_SCHEDULE if plan == "deposit" else house.FULL_PREPAYMENT_SCHEDULE
    lines = [
        pick(BAND["day" if days == 0 else "before"], lang).format(days=days, percent=percent) for days, percent in bands
    ]
    return {
        "intro": pick(SCHEDULE_INTRO[plan], lang),
        "bands": lines,
        "notes": [pick(FORCE_MAJEURE, lang), pick(REFUND_TIME, lang).format(days=house.REFUND_WITHIN_DAYS)],
    }


def services(stay: StayRequest, lang: str) -> list[str]:
    """What the price covers: the room, each add-on chosen, and what comes with every room."""
    return [
        pick(house.room_type(stay.room_type).name, lang),
        *(pick(house.addon(code).name, lang) for code in stay.addons),
        *(pick(service, lang) for service in house.INCLUDED_SERVICES),
    ]


def bill(stay: StayRequest, quote: Quote, plan: Schedule, lang: str, payment_code: str | None = None,
         guest: Mapping[str, str] | None = None) -> dict:  # fmt: skip
    """Everything the review, the confirmation and the email show about a stay, its guest, its price and payment."""
    return {
        "stay": stay_rows(stay, lang, guest),
        "fees": fee_rows(quote.lines, quote.total, lang),
        "payment": payment_rows(stay, plan, lang, payment_code),
        "plan_name": pick(PLAN_NAMES[plan.plan], lang),
        "cancellation": cancellation_terms(plan.plan, lang),
        "services": services(stay, lang),
    }
