"""The email confirming a cancellation and its refund, opened in the browser."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.mistyhill.components.info_facts import FactTable
from pages.text import exactly


class CancellationEmailPage:
    """The HTML part of the cancellation email."""

    def __init__(self, page: Page) -> None:
        self.page = page
        facts = FactTable(page.locator("body"))
        self.reference = facts.value(exactly("訂房編號", "予約番号"))
        self.refund = facts.value(exactly("退款金額", "返金額"))
        self.refund_by = facts.date(exactly("退款期限", "返金期限"))

    @staticmethod
    def subject(reference: str) -> re.Pattern[str]:
        """The subject of the email confirming this booking's cancellation."""
        return re.compile(rf"(?:取消訂房確認|キャンセルのお知らせ) {re.escape(reference)}")

    def show(self, html: str) -> CancellationEmailPage:
        """Render the email's HTML in this page."""
        self.page.set_content(html)
        return self
