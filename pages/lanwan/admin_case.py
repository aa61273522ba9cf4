"""One case in the back office: its facts and deadlines, its history, and the actions staff can take."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from playwright.sync_api import APIResponse, Locator, Page, expect

from pages.guest_text import ShowsGuestText
from pages.lanwan.components.summary import Summary
from pages.text import exactly, starting

ACTIONS = {
    "note": exactly("新增協商紀錄", "Add a negotiation note"),
    "reply": exactly("回覆顧客", "Reply to the guest"),
    "refer": exactly("轉介", "Refer"),
    "document": exactly("附加文件", "Attach a document"),
    "decide": exactly("做出決定並通知顧客", "Decide and tell the guest"),
}
SUBMITS = {
    "note": exactly("新增紀錄", "Add note"),
    "reply": exactly("寄出回覆", "Send reply"),
    "refer": exactly("轉介", "Refer"),
    "document": exactly("附加", "Attach"),
    "decide": exactly("決定並通知顧客", "Decide and tell the guest"),
}
HISTORY_ACTIONS = {
    "received": exactly("收到反映", "Received"),
    "note": exactly("協商紀錄", "Negotiation note"),
    "reply": exactly("回覆顧客", "Reply to the guest"),
    "refer": exactly("轉介", "Referral"),
    "document": exactly("附加文件", "Document"),
    "decide": exactly("決定", "Decision"),
}


REFERRAL_TARGETS = {"supervisor": exactly("主管", "Supervisor")}  # staff roles, as the referral list names them
MAIL_SUBJECTS = {"reply": ("回覆", "Reply"), "decide": ("處理結果", "Decision")}


class AdminCasePage(ShowsGuestText):
    """The page of one case."""

    DECIDED = re.compile("已決定|Decided")

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=starting("案件 ", "Case "))
        main = page.get_by_role("main")
        facts = Summary(main.get_by_role("region", name=exactly("案件資料", "Case details")))
        self.status = facts.value(exactly("狀態", "Status"))
        self.reply_by = facts.date(exactly("回覆期限", "Reply by"))
        self.deadline = facts.date(exactly("處理期限（15 日）", "Deadline (15 days)"))
        self._texts = {"name": facts.value(exactly("反映者", "From")),
                       "message": main.get_by_role("region", name=exactly("案件資料", "Case details"))
                       .get_by_role("blockquote")}  # fmt: skip
        history = main.get_by_role("region", name=exactly("處理紀錄", "History"))
        self.history_rows = history.get_by_role("row").filter(has=page.get_by_role("rowheader"))
        self.history_actions = history.get_by_test_id("history-action")
        self.history_edit_controls = history.get_by_role("button")
        self.alert = page.get_by_role("alert")

    def form(self, action: str) -> Locator:
        """The form for one action (note, reply, refer, document, decide)."""
        return self.page.get_by_role("form", name=ACTIONS[action])

    @staticmethod
    def mail_subject(case_number: str, action: str) -> re.Pattern[str]:
        """The subject of the mail the guest gets after `action` (reply, decide): the case and what it is."""
        either = "|".join(MAIL_SUBJECTS[action])
        return re.compile(rf"{case_number}.*(?:{either})|(?:{either}).*{case_number}")

    def act(self, action: str, text: str, document: Path | None = None, refer_to: str | None = None) -> AdminCasePage:
        """Fill in and send the form of one action (refer_to: a staff role); the page reloads with the new entry."""
        form = self.form(action)
        if refer_to:
            target = form.get_by_role("option", name=REFERRAL_TARGETS[refer_to])
            form.get_by_role("combobox").select_option(label=target.inner_text().strip())
        form.get_by_role("textbox").fill(text)
        if document:
            form.get_by_label(exactly("附件", "Attachment")).set_input_files(document)
        form.get_by_role("button", name=SUBMITS[action]).click()
        return AdminCasePage(self.page)

    def expect_history(self, actions: list[str]) -> None:
        """Assert the history lists exactly these actions, oldest first."""
        expect(self.history_actions, f"history should be {actions}").to_have_text([HISTORY_ACTIONS[a] for a in actions])

    def document_link(self, name: str) -> Locator:
        """The link to a document attached in the history."""
        return self.history_rows.get_by_role("link", name=exactly(name))

    def download(self, name: str) -> bytes:
        """Download a document attached in the history and return its bytes.

        Saved to a folder of our own rather than read from `path()`: a browser on a remote
        Playwright server keeps its downloads there, and only `save_as` brings them over.
        """
        with self.page.expect_download() as download:
            self.document_link(name).click()
        with tempfile.TemporaryDirectory(prefix="case-document-") as folder:
            target = Path(folder) / download.value.suggested_filename
            download.value.save_as(target)
            return target.read_bytes()

    def post_as_signed_in(self, case_number: str, action: str, text: str) -> APIResponse:
        """Send an action straight to the server with this session's CSRF token, bypassing the forms on the page."""
        token = self.page.locator('input[name="csrf"]').first.input_value()
        form = {"action": action, "note": text, "csrf": token}
        return self.page.request.post(f"admin/cases/{case_number}/actions", form=form)

    def post_without_csrf(self, case_number: str, action: str) -> APIResponse:
        """Send an action the way a forged cross-site form would: no CSRF token."""
        return self.page.request.post(f"admin/cases/{case_number}/actions", form={"action": action, "note": "forged"})
