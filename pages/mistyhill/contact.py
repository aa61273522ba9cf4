"""The contact page (P1.4.2): phone, LINE and email, and the message form that opens in a dialog."""

from __future__ import annotations

import re
from typing import ClassVar

from playwright.sync_api import Locator, Page, expect

from pages import again
from pages.guest_text import ShowsGuestText
from pages.mistyhill.components.info_facts import FactTable, section
from pages.mistyhill.feedback_acknowledgement import FeedbackAcknowledgementPage
from pages.text import exactly, starting

PRIVACY_ELEMENTS = {  # the personal data notice's six items (PDPA §8), as the form's notice labels them
    "who": exactly("誰蒐集", "取得する者"),
    "purpose": exactly("為什麼蒐集", "利用目的"),
    "categories": exactly("蒐集哪些資料", "取得する情報"),
    "use": exactly("期間、地區、對象與方式", "期間・地域・利用者・方法"),
    "rights": exactly("您的權利", "ご本人の権利"),
    "decline": exactly("不提供會怎樣", "ご提供いただけない場合"),
}


class ContactPage(ShowsGuestText):
    """Where a guest finds every way to reach the B&B and writes it a message."""

    PRIVACY_ELEMENTS = PRIVACY_ELEMENTS
    SAYS: ClassVar[dict[str, re.Pattern[str]]] = {  # what each field's message is about, in either language
        "consent": re.compile("個人資料|個人情報"),
        "message": re.compile("請寫下|お問い合わせ内容"),
        "email": re.compile("電子郵件格式|メールアドレスの形式"),
        "booking_reference": re.compile("訂房編號|予約番号"),
    }

    TOO_LONG = re.compile(r"最多 \d+ 字|\d+文字以内")  # a guest's text over the field's limit

    PATH = "contact/"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("聯絡我們", "お問い合わせ"))
        ways = FactTable(section(page.get_by_role("main"), exactly("找得到我們的方式", "ご連絡方法")))
        self.phone_link = ways.value(exactly("電話", "お電話")).get_by_role("link")
        self.email_link = ways.value(exactly("電子郵件", "メール")).get_by_role("link")
        self.line_link = ways.value(exactly("LINE")).get_by_role("link")
        self.write_button = page.get_by_role("button", name=exactly("寫留言給我們", "メッセージを書く"))
        self.dialog = page.get_by_role("dialog", name=exactly("留言給山霧", "山霧へのメッセージ"))
        form = self.dialog.get_by_role("form")
        self.category_choice = form.get_by_label(exactly("留言類別", "お問い合わせの種類"))
        self.booking_reference = form.get_by_label(starting("訂房編號", "予約番号"))
        self.name = form.get_by_label(exactly("姓名", "お名前"))
        self.email = form.get_by_label(exactly("電子郵件", "メールアドレス"))
        self.phone = form.get_by_label(starting("電話", "電話番号"))
        self.message = form.get_by_label(exactly("留言內容", "お問い合わせ内容"))
        self._notice = FactTable(section(form, exactly("個人資料告知", "個人情報の取り扱いについて")))
        self.consent = form.get_by_role("checkbox", name=starting("我已讀過", "上記の個人情報"))
        self.send_button = form.get_by_role("button", name=exactly("送出留言", "送信する"))
        self.alerts = self.dialog.get_by_role("alert")
        self._texts = {"name": self.name, "message": self.message}

    def open(self) -> ContactPage:
        """Go to the contact page and open the message form."""
        self.page.goto(self.PATH)
        self.write_button.click()
        expect(self.dialog).to_be_visible()
        return self

    def privacy_element(self, element: str) -> Locator:
        """One item of the personal data notice shown with the form."""
        return self._notice.value(PRIVACY_ELEMENTS[element])

    def fill_message(self, category: str, name: str, email: str, phone: str, reference: str, message: str) -> None:
        """Choose the kind of message and type the sender's details and message."""
        self.category_choice.select_option(label=category)
        self.booking_reference.fill(reference)
        self.name.fill(name)
        self.email.fill(email)
        self.phone.fill(phone)
        self.message.fill(message)

    def submit(self) -> None:
        """Send the form, wherever it leads (back to the form with messages, or to the acknowledgement)."""
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
