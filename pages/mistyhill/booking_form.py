"""The booking wizard's form steps: dates and party, room, extras, guest and payment (`stay/`).

The wizard keeps every step in the page and shows one at a time, so a field of another step is
still there (hidden) with what was typed. Each method drives the step its input belongs to,
pressing the wizard's own "next" to get there; the review comes after the guest step.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, ClassVar
from zoneinfo import ZoneInfo

from playwright.sync_api import Locator, Page, expect

from pages.guest_text import ShowsGuestText
from pages.text import exactly, starting
from support import findings

if TYPE_CHECKING:
    from pages.mistyhill.booking_review import BookingReviewPage

STEP_HEADINGS = {  # each form step's own heading (h2), numbered by the wizard
    "dates": starting("1. 日期與人數", "1. 日程と人数"),
    "room": starting("2. 房型", "2. 客室"),
    "extras": starting("3. 加購服務", "3. オプション"),
    "guest": starting("4. 訂房人與付款", "4. ご予約者とお支払い"),
}
ORDER = tuple(STEP_HEADINGS)
HOUSE_TIME = ZoneInfo("Asia/Taipei")  # the calendar offers days from tomorrow, in the B&B's time zone
MAX_NIGHTS = 14  # the longest stay the calendar lets a guest pick
MONTH = re.compile(r"(\d{4})年(\d{1,2})月")


class BookingFormPage(ShowsGuestText):
    """The wizard before its review: what the guest enters, and the messages at the fields."""

    PATH = "stay/"
    booked = False  # where a guest lands when confirming did not book (sold out, review no longer valid)
    SAYS: ClassVar[dict[str, re.Pattern[str]]] = {  # what each field's message is about, in either language
        "check_in": re.compile("入住日期最早|チェックイン日は.*以降"),
        "check_out": re.compile("必須晚於入住日期|チェックイン日より後"),
        "guests": re.compile(r"每間最多入住 \d+ 位|1室\d+名様まで"),
        "rooms": re.compile(r"共 \d+ 間|全\d+室"),
        "email": re.compile("電子郵件地址格式|メールアドレスの形式"),
        "phone": re.compile("電話號碼格式|電話番号の形式"),
        "guest_name": re.compile("訂房人姓名|お名前を入力"),
    }
    SOLD_OUT = re.compile("已無足夠空房|満室")
    TOO_LONG = re.compile(r"請在 \d+ 字以內|\d+文字以内")  # a guest's text over the field's limit

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("線上訂房", "オンライン予約"))
        self.check_in = page.get_by_label(exactly("入住日期", "チェックイン日"))
        self.check_out = page.get_by_label(exactly("退房日期", "チェックアウト日"))
        self.rooms = page.get_by_label(exactly("房間數", "客室数"))
        self.guests = page.get_by_label(exactly("入住人數", "ご宿泊人数"))
        self.calendar = page.get_by_role(
            "group", name=exactly("選擇入住與退房日期", "チェックイン日とチェックアウト日を選択")
        )
        self.month = self.calendar.get_by_role("paragraph")
        self.room_type = page.get_by_role("radiogroup", name=exactly("房型", "客室タイプ"), include_hidden=True)
        self.guest_name = page.get_by_label(exactly("訂房人姓名", "ご予約者のお名前"))
        self.email = page.get_by_label(exactly("電子郵件", "メールアドレス"))
        self.phone = page.get_by_label(exactly("聯絡電話", "電話番号"))
        self.special_request = page.get_by_label(exactly("特殊需求（選填）", "ご要望（任意）"))
        self.payment_methods = page.get_by_test_id("payment-methods")
        self.payment_choices = self.payment_methods.get_by_role("radio", include_hidden=True)
        self.live_total = page.get_by_text(starting("目前選擇的總金額", "現在の選択での合計"))
        self.alerts = page.get_by_role("alert")
        self.nothing_booked = self.alerts.filter(has_text=re.compile("尚未完成訂房|予約は完了していません"))
        self.next_button = page.get_by_role("button", name=starting("下一步", "次へ"))
        self._fields = {
            "check_in": self.check_in, "check_out": self.check_out, "rooms": self.rooms, "guests": self.guests,
            "guest_name": self.guest_name, "email": self.email, "phone": self.phone,
            "special_request": self.special_request,
        }  # fmt: skip
        self._texts = {"guest_name": self.guest_name, "special_request": self.special_request}

    def open(self) -> BookingFormPage:
        """Go to the wizard's first step (after a booking, the wizard starts over empty)."""
        self.page.goto(self.PATH)
        self._expect_step("dates")
        return self

    def fill_stay(self, check_in: date, check_out: date, rooms: int, guests: int) -> None:
        """Pick the dates on the calendar (typing them when the calendar cannot show such a stay), then the party."""
        today = datetime.now(HOUSE_TIME).date()
        if today < check_in < check_out <= check_in + timedelta(days=MAX_NIGHTS):
            self._pick_day(check_in)
            self._pick_day(check_out)
        else:
            self.check_in.fill(check_in.isoformat())
            self.check_out.fill(check_out.isoformat())
        self.rooms.fill(str(rooms))
        self.guests.fill(str(guests))

    def choose_room_type(self, name: str) -> None:
        """Go to the room step and pick the card of the room type the site calls `name`."""
        self._reach("room")
        self.page.get_by_role("radio", name=exactly(name)).check()

    def set_addon(self, name: str, per: str, count: int | None) -> None:
        """Answer the extras step's yes/no for the add-on called `name` (None: no)."""
        self._reach("extras")
        choice = self.page.get_by_role("group", name=exactly(name))
        answer = exactly("加購", "追加する") if count is not None else exactly("不需要", "追加しない")
        choice.get_by_role("radio", name=answer).check()

    def fill_guest(self, name: str, email: str, phone: str) -> None:
        """Go to the guest step and enter who books."""
        self._reach("guest")
        self.guest_name.fill(name)
        self.email.fill(email)
        self.phone.fill(phone)

    def choose_payment(self, name: str) -> None:
        """Pick the payment method the site calls `name`."""
        self._reach("guest")
        self.payment_option(name).check()

    def payment_option(self, name: str) -> Locator:
        """One payment method's radio button (described by how it is paid)."""
        return self.payment_methods.get_by_role("radio", name=exactly(name), include_hidden=True)

    def field(self, name: str) -> Locator:
        """A field by its part: check_in, check_out, rooms, guests, guest_name, email, phone."""
        return self._fields[name]

    def submit(self) -> None:
        """Press the guest step's button to the review (the wizard then checks everything)."""
        self._reach("guest")
        self.page.get_by_role("button", name=starting("下一步：確認訂房內容", "次へ：ご予約内容の確認")).click()

    def continue_to_review(self) -> BookingReviewPage:
        """Send the form, expecting the review."""
        from pages.mistyhill.booking_review import BookingReviewPage  # the two pages lead to each other

        self.submit()
        return BookingReviewPage(self.page).reached()

    def _pick_day(self, day: date) -> None:
        """Turn the calendar to the day's month and press the day."""
        expect(self.month).to_have_text(MONTH)
        shown = MONTH.search(self.month.inner_text())
        months_ahead = (day.year - int(shown[1])) * 12 + day.month - int(shown[2])
        turn = exactly("下個月", "次の月") if months_ahead > 0 else exactly("上個月", "前の月")
        for _ in range(abs(months_ahead)):
            self.calendar.get_by_role("button", name=turn).click()
        caption = f"{day.year}年{day.month}月"
        expect(self.month).to_have_text(caption)
        button = self.calendar.get_by_role("button", name=starting(f"{caption}{day.day}日"))
        expect(button, findings.say("day-not-bookable", day=day.isoformat())).to_be_enabled()
        button.click()

    def _expect_step(self, step: str) -> None:
        expect(self.page.get_by_role("heading", level=2, name=STEP_HEADINGS[step])).to_be_visible()

    def _reach(self, step: str) -> None:
        """Press "next" until the wizard shows `step` (it never skips a step the guest has not seen)."""
        for current in ORDER[: ORDER.index(step)]:
            heading = self.page.get_by_role("heading", level=2, name=STEP_HEADINGS[current])
            if heading.is_visible():
                self.next_button.click()
        self._expect_step(step)
