"""The acknowledgement email of a message, opened in the browser so it is read like a page."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.mistyhill.feedback_acknowledgement import CaseFacts

GREETING = re.compile("您好，謝謝您寫信給山霧|様、山霧へのご連絡")  # the email's first line, which names the sender


class FeedbackEmailPage(CaseFacts):
    """The HTML part of the email: the same facts as the screen."""

    def __init__(self, page: Page) -> None:
        self.page = page
        body = page.locator("body")
        super().__init__(body)
        self._texts = {"name": body.get_by_role("paragraph").filter(has_text=GREETING),
                       "message": body.get_by_role("blockquote")}  # fmt: skip

    def show(self, html: str) -> FeedbackEmailPage:
        """Render the email's HTML in this page."""
        self.page.set_content(html)
        return self
