"""The acknowledgement shown after feedback is sent: case number, next step, reply date, other channels (P1.4.3)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from pages.guest_sees import arrived, read
from pages.guest_text import ShowsGuestText
from pages.lanwan.components.summary import Summary
from pages.text import exactly


class FeedbackAcknowledgementPage(ShowsGuestText):
    """What the sender is told about their case, on screen."""

    def __init__(self, page: Page) -> None:
        self.page = page
        title = exactly("已收到您的意見", "We have received your message")
        self.heading = page.get_by_role("heading", level=1, name=title)
        main = page.get_by_role("main")
        case = Summary(main)
        self.case_number = case.value(exactly("案件編號", "Case number"))
        self.category = case.value(exactly("反映類別", "About"))
        self.next_step = case.value(exactly("後續處理", "What happens next"))
        self.reply_by = case.date(exactly("回覆期限", "Reply by"))
        self.other_channels = main.get_by_role("region", name=exactly("其他聯絡方式", "Other ways to reach us"))
        self.other_links = self.other_channels.get_by_role("link")
        self.line_link = self.other_links.filter(has_text="@")
        self._texts = {}  # the screen repeats nothing the sender typed

    def case_reference(self) -> str:
        """The case number the sender is given; a failure saying there is none otherwise."""
        arrived(self.heading, "no-feedback-acknowledgement")
        return read(self.case_number, "no-case-number")

    def reload(self) -> FeedbackAcknowledgementPage:
        """Reload the acknowledgement, as a guest pressing F5 on it."""
        self.page.reload()
        return self

    def go_back(self):  # noqa: ANN201 - the pack's ContactPage
        """The browser's Back: the contact form the message was sent from, as the browser kept it."""
        from pages.lanwan.contact import ContactPage  # the two pages lead to each other

        self.page.go_back()
        form = ContactPage(self.page)
        expect(form.send_button).to_be_visible()
        return form
