"""The contact page: every channel (phone, email, LINE) and the feedback form with its personal-data notice (P1.4.2)."""

from __future__ import annotations

import re
from typing import ClassVar

from playwright.sync_api import Locator, Page

from pages import again
from pages.guest_text import ShowsGuestText
from pages.lanwan.components.summary import Summary
from pages.lanwan.feedback_acknowledgement import FeedbackAcknowledgementPage
from pages.text import exactly, starting

PRIVACY_ELEMENTS = {  # the six items of a personal data notice (個資法 §8)
    "who": exactly("蒐集者", "Who collects it"),
    "purpose": exactly("蒐集目的", "Purpose"),
    "categories": exactly("個人資料類別", "Data collected"),
    "use": exactly("利用期間、地區、對象及方式", "Period, area, recipients and use"),
    "rights": exactly("您的權利", "Your rights"),
    "decline": exactly("不提供的影響", "If you do not provide it"),
}


class ContactPage(ShowsGuestText):
    """Where a guest finds every way to reach the hotel and sends it a message."""

    PRIVACY_ELEMENTS = PRIVACY_ELEMENTS
    SAYS: ClassVar[dict[str, re.Pattern[str]]] = {  # what each field's message is about, in either language
        "consent": re.compile("個人資料|personal data"),
        "message": re.compile("必填|required"),
        "email": re.compile("電子郵件格式|email address"),
        "booking_reference": re.compile("訂房編號|booking reference"),
    }

    TOO_LONG = re.compile(r"最多 \d+ 個字|At most \d+ characters")  # a guest's text over the field's limit

    PATH = "contact"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("聯絡我們", "Contact us"))
        channels = Summary(page.get_by_role("region", name=exactly("聯絡管道", "Ways to reach us")))
        self.phone_link = channels.value(exactly("客服電話", "Phone")).get_by_role("link")
        self.email_link = channels.value(exactly("客服信箱", "Email")).get_by_role("link")
        self.line_link = channels.value(exactly("LINE 官方帳號", "LINE official account")).get_by_role("link")
        form = page.get_by_role("form", name=exactly("線上客服表單", "Contact form"))
        self.categories = form.get_by_role("group", name=exactly("反映類別", "What is it about?"))
        self.booking_reference = form.get_by_label(starting("訂房編號", "Booking reference"))
        self.name = form.get_by_label(exactly("姓名", "Name"))
        self.email = form.get_by_label(exactly("電子郵件", "Email"))
        self.phone = form.get_by_label(starting("聯絡電話", "Phone"))
        self.message = form.get_by_label(exactly("意見內容", "Your message"))
        notice = form.get_by_role("region", name=exactly("個人資料蒐集告知", "Personal data notice"))
        self.privacy_notice = Summary(notice)
        self.consent = form.get_by_role("checkbox", name=starting("我已閱讀並同意", "I have read and agree"))
        self.send_button = form.get_by_role("button", name=exactly("送出", "Send"))
        self.alerts = page.get_by_role("alert")
        self._texts = {"name": self.name, "message": self.message}

    def open(self) -> ContactPage:
        """Go to the contact page."""
        self.page.goto(self.PATH)
        return self

    def category(self, name: str) -> Locator:
        """The radio button of one kind of feedback."""
        return self.categories.get_by_role("radio", name=exactly(name))

    def privacy_element(self, element: str) -> Locator:
        """One of the six items of the personal data notice (who, purpose, categories, use, rights, decline)."""
        return self.privacy_notice.value(PRIVACY_ELEMENTS[element])

    def fill_message(self, category: str, name: str, email: str, phone: str, reference: str, message: str) -> None:
        """Choose the kind of feedback and type the sender's details and message."""
        self.category(category).check()
        self.booking_reference.fill(reference)
        self.name.fill(name)
        self.email.fill(email)
        self.phone.fill(phone)
        self.message.fill(message)

    def submit(self) -> None:
        """Send the form, wherever it leads (back here with errors, or to the acknowledgement)."""
        self.send_button.click()

    def send(self) -> FeedbackAcknowledgementPage:
        """Send the form, expecting the acknowledgement."""
        self.send_button.click()
        return FeedbackAcknowledgementPage(self.page)

    def send_twice(self) -> FeedbackAcknowledgementPage:
        """Double-click send, as a guest unsure the first press took."""
        again.double_click(self.send_button)
        return FeedbackAcknowledgementPage(self.page)

    def send_in_new_tab(self) -> FeedbackAcknowledgementPage:
        """Send into a new tab (Ctrl-click); this tab still shows the filled-in form."""
        return FeedbackAcknowledgementPage(again.click_into_new_tab(self.page, self.send_button))
