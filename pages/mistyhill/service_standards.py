"""The service standards (P1.4.1): hours, each channel's reply time, each kind of message, the complaint procedure."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from pages.mistyhill.components.info_facts import FactTable, section
from pages.text import exactly


class ServiceStandardsPage:
    """What the innkeepers promise about answering guests, and by when."""

    LIVE = re.compile("即時|その場で")  # how the phone, answered while staffed, states its reply time

    PATH = "service-standards/"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("服務標準", "サービス基準"))
        main = page.get_by_role("main")
        self.opening_times = section(main, exactly("服務時間", "受付時間")).get_by_role("time")
        self._channels = FactTable(section(main, exactly("各聯絡管道多快回覆", "窓口ごとのお返事の目安")))
        self._feedback = FactTable(section(main, exactly("留言多久會回覆", "お問い合わせへのお返事")))
        complaints = section(main, exactly("申訴怎麼處理", "苦情の受付と対応"))
        self.complaint_steps = complaints.get_by_role("listitem")
        self.complaint_deadline = FactTable(complaints).value(exactly("回覆期限", "お返事の期限"))
        self.consumer_hotline = FactTable(complaints).value(exactly("消費者服務專線", "消費者ホットライン"))

    def open(self) -> ServiceStandardsPage:
        """Go to the service standards."""
        self.page.goto(self.PATH)
        return self

    def reply_time(self, channel: str) -> Locator:
        """How fast the channel of this name answers (the row's last cell)."""
        return self._channels.row(exactly(channel)).get_by_role("cell").last

    def staffed_times(self, channel: str) -> Locator:
        """The opening and closing times of the channel (none when it takes messages any time)."""
        return self._channels.value(exactly(channel)).get_by_role("time")

    def feedback_standard(self, category: str) -> Locator:
        """How fast, and how, a message of this kind is answered."""
        return self._feedback.value(exactly(category))
