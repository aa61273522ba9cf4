"""The acknowledgement after a message is sent (P1.4.3): case number, next step, reply date, other channels."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from pages.guest_sees import arrived, read
from pages.guest_text import ShowsGuestText
from pages.mistyhill.components.info_facts import FactTable, section
from pages.text import exactly

TITLE = exactly("已收到您的留言", "メッセージを受け付けました")


class CaseFacts(ShowsGuestText):
    """What the screen and the email both state about a case, read from the root that holds them."""

    def __init__(self, root: Locator) -> None:
        case = FactTable(root)
        self.case_number = case.value(exactly("案件編號", "受付番号"))
        self.category = case.value(exactly("留言類別", "お問い合わせの種類"))
        self.next_step = case.value(exactly("接下來", "今後の対応"))
        self.reply_by = case.date(exactly("最晚回覆日", "お返事の期限"))
        self.other_channels = section(root, exactly("急事請直接聯絡", "お急ぎの場合"))
        self.other_links = self.other_channels.get_by_role("link")
        self.line_link = self.other_links.filter(has_text="@")
        self._texts: dict[str, Locator] = {}  # the screen repeats nothing the sender typed


class FeedbackAcknowledgementPage(CaseFacts):
    """What the sender is told about their message, on screen."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=TITLE)
        super().__init__(page.get_by_role("main"))

    def case_reference(self) -> str:
        """The case number the sender is given; a failure saying there is none otherwise."""
        arrived(self.heading, "no-feedback-acknowledgement")
        return read(self.case_number, "no-case-number")

    def reload(self) -> FeedbackAcknowledgementPage:
        """Reload the acknowledgement, as a guest pressing F5 on it."""
        self.page.reload()
        return self

    def go_back(self):  # noqa: ANN201 - the pack's ContactPage
        """The browser's Back: the contact page, with the message form opened again to send from."""
        from pages.mistyhill.contact import ContactPage  # the two pages lead to each other

        self.page.go_back()
        form = ContactPage(self.page)
        form.write_button.click()
        expect(form.dialog).to_be_visible()
        return form
