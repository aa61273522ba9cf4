"""The service standards page (P1.4.1): reply times per channel, hours, feedback deadlines, complaint procedure."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from pages.lanwan.components.summary import Summary
from pages.text import exactly


class ServiceStandardsPage:
    """What the hotel promises about answering guests, and by when."""

    LIVE = re.compile("即時|live")  # how a channel answered live while staffed states its reply time

    PATH = "service-standards"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("服務標準", "Service standards"))
        main = page.get_by_role("main")
        hours = Summary(main.get_by_role("region", name=exactly("客服時間", "Service hours")))
        self.opening_times = hours.value(exactly("服務時段", "Opening hours")).get_by_role("time")
        self._channels = main.get_by_role("region", name=exactly("各聯絡管道的服務標準", "Standards for each channel"))
        feedback = main.get_by_role("region", name=exactly("意見處理時限", "How fast we answer feedback"))
        self._feedback = Summary(feedback)
        complaint = main.get_by_role("region", name=exactly("申訴處理程序", "Complaint procedure"))
        self.complaint_steps = complaint.get_by_role("listitem")
        self.complaint_deadline = Summary(complaint).value(exactly("處理期限", "Deadline"))
        self.consumer_hotline = Summary(complaint).value(exactly("全國消費者服務專線", "National consumer hotline"))

    def open(self) -> ServiceStandardsPage:
        """Go to the service standards."""
        self.page.goto(self.PATH)
        return self

    def reply_time(self, channel: str) -> Locator:
        """How fast the channel of this name answers."""
        return self._channel(channel).value(exactly("回覆時間", "Reply time"))

    def staffed_times(self, channel: str) -> Locator:
        """The opening and closing times of the channel of this name (none when it takes messages any time)."""
        return self._channel(channel).value(exactly("服務時間", "Staffed")).get_by_role("time")

    def feedback_standard(self, category: str) -> Locator:
        """How fast, and how, feedback of this category is answered."""
        return self._feedback.value(exactly(category))

    def _channel(self, name: str) -> Summary:
        return Summary(self._channels.get_by_role("region", name=exactly(name)))
