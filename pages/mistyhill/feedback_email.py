"""The acknowledgement email of a message, opened in the browser so it is read like a page."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.mistyhill.feedback_acknowledgement import CaseFacts


class FeedbackEmailPage(CaseFacts):
    """The HTML part of the email: the same facts as the screen."""

    def __init__(self, page: Page) -> None:
        self.page = page
        super().__init__(page.locator("body"))

    def show(self, html: str) -> FeedbackEmailPage:
        """Render the email's HTML in this page."""
        self.page.set_content(html)
        return self
