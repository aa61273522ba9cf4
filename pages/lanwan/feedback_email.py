"""The feedback acknowledgement email, opened in the browser so it is read like a page."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.guest_text import ShowsGuestText
from pages.lanwan.components.summary import Summary
from pages.text import exactly

GREETING = re.compile(r"您好：\s*$|^\s*Dear ")  # the email's first line, which names the sender


class FeedbackEmailPage(ShowsGuestText):
    """The HTML part of the acknowledgement email: the same facts as the screen."""

    def __init__(self, page: Page) -> None:
        self.page = page
        body = page.locator("body")
        case = Summary(body)
        self.case_number = case.value(exactly("案件編號", "Case number"))
        self.category = case.value(exactly("反映類別", "About"))
        self.next_step = case.value(exactly("後續處理", "What happens next"))
        self.reply_by = case.date(exactly("回覆期限", "Reply by"))
        self.other_channels = body.get_by_role("region", name=exactly("其他聯絡方式", "Other ways to reach us"))
        self.other_links = self.other_channels.get_by_role("link")
        self.line_link = self.other_links.filter(has_text="@")
        self._texts = {"name": body.get_by_role("paragraph").filter(has_text=GREETING)}

    def show(self, html: str) -> FeedbackEmailPage:
        """Render the email's HTML in this page."""
        self.page.set_content(html)
        return self
