"""The reference hotel's service standards and contact channels: the one place the site reads them from.

How fast each channel answers and when it is staffed, what happens to each kind of feedback and
by when, and the complaint procedure (消保法 §43: a complaint is dealt with within 15 days). Name,
phone, email and address stay in `hotel.HOTEL`. The suite's approved copy is in the profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from demo_site.hotel import HOTEL, Localized

LEGAL_COMPLAINT_DAYS = 15  # 消費者保護法 §43 II


@dataclass(frozen=True)
class Channel:
    """A way to reach the hotel: where it goes and how fast a written message is answered."""

    code: str
    name: Localized
    href: str
    label: str
    reply_within_hours: int | None  # None: answered live while staffed
    staffed_hours_only: bool


@dataclass(frozen=True)
class FeedbackCategory:
    """A kind of feedback the contact form takes: what the hotel does next and how many days it takes."""

    code: str
    name: Localized
    next_step: Localized
    reply_within_days: int
    needs_booking_reference: bool = False

    def reply_by(self, submitted_on: date) -> date:
        """The last day the hotel's answer is due."""
        return submitted_on + timedelta(days=self.reply_within_days)


@dataclass(frozen=True)
class ServiceStandards:
    """Everything the service-standards page promises."""

    opens: str
    closes: str
    line_account: str
    channels: tuple[Channel, ...]
    categories: tuple[FeedbackCategory, ...]
    complaint_steps: tuple[Localized, ...]
    consumer_hotline: str

    def category(self, code: str) -> FeedbackCategory:
        """The feedback category with this code; KeyError when there is none."""
        for category in self.categories:
            if category.code == code:
                return category
        raise KeyError(code)

    def channel(self, code: str) -> Channel:
        """The contact channel with this code; KeyError when there is none."""
        for channel in self.channels:
            if channel.code == code:
                return channel
        raise KeyError(code)

    @property
    def complaint_days(self) -> int:
        """How many days the hotel takes at most to answer a complaint."""
        return self.category("complaint").reply_within_days


_LINE_ID = "@lanwanhotel"

SERVICE = ServiceStandards(
    opens="08:00",
    closes="22:00",
    line_account=f"https://line.me/R/ti/p/{_LINE_ID}",
    channels=(
        Channel(
            "phone",
            Localized("客服電話", "Phone"),
            f"tel:+886{HOTEL.service_phone[1:].replace('-', '')}",
            HOTEL.service_phone,
            reply_within_hours=None,
            staffed_hours_only=True,
        ),
        Channel(
            "line",
            Localized("LINE 官方帳號", "LINE official account"),
            f"https://line.me/R/ti/p/{_LINE_ID}",
            _LINE_ID,
            reply_within_hours=2,
            staffed_hours_only=True,
        ),
        Channel(
            "email",
            Localized("客服信箱", "Email"),
            f"mailto:{HOTEL.service_email}",
            HOTEL.service_email,
            reply_within_hours=24,
            staffed_hours_only=False,
        ),
        Channel(
            "form",
            Localized("線上客服表單", "Online contact form"),
            "/contact#feedback-form",
            "/contact",
            reply_within_hours=24,
            staffed_hours_only=False,
        ),
    ),
    categories=(
        FeedbackCategory(
            "enquiry",
            Localized("一般詢問", "Enquiry"),
            Localized("客服專員將以電子郵件回覆您的詢問", "A member of our service team will answer you by email"),
            reply_within_days=1,
        ),
        FeedbackCategory(
            "booking-change",
            Localized("訂房變更", "Booking change"),
            Localized(
                "訂房組將確認空房與差額，並以電子郵件通知變更結果",
                "Our reservations team will check availability and any price difference, and email you the result",
            ),
            reply_within_days=1,
            needs_booking_reference=True,
        ),
        FeedbackCategory(
            "complaint",
            Localized("客訴", "Complaint"),
            Localized(
                "客服主管將調查您反映的情形，並以書面回覆處理結果",
                "Our guest relations manager will look into it and send you the outcome in writing",
            ),
            reply_within_days=7,
        ),
        FeedbackCategory(
            "compliment",
            Localized("表揚與建議", "Compliment"),
            Localized(
                "我們會將您的意見轉達相關同仁，並以電子郵件回覆您",
                "We will pass your words on to the team and write back to you",
            ),
            reply_within_days=3,
        ),
    ),
    complaint_steps=(
        Localized(
            "收到申訴後，立即以畫面與電子郵件通知您案件編號。",
            "As soon as we receive a complaint, we give you its case number on screen and by email.",
        ),
        Localized(
            "客服主管於 1 個工作天內與您聯繫，了解詳細情形。",
            "Our guest relations manager contacts you within 1 working day to hear the details.",
        ),
        Localized(
            "於期限內以電子郵件書面回覆調查與處理結果。",
            "We send you the findings and the outcome in writing by email before the deadline.",
        ),
        Localized(
            "如對處理結果不滿意，可向直轄市、縣（市）政府消費者保護官申訴，或撥打全國消費者服務專線 1950。",
            "If you are not satisfied, you may complain to your city or county consumer protection officer, "
            "or call the national consumer hotline 1950.",
        ),
    ),
    consumer_hotline="1950",
)
