"""The back office's case list: every case with its reply date and 15-day handling deadline."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.lanwan.admin_case import AdminCasePage
from pages.text import exactly


class AdminCaseListPage:
    """All cases, newest first."""

    PATH = "admin/cases"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("客服案件", "Cases"))
        self.table = page.get_by_role("main").get_by_role("table")
        self.deadline_column = self.table.get_by_role(
            "columnheader", name=exactly("處理期限（15 日）", "Deadline (15 days)")
        )

    def open(self) -> AdminCaseListPage:
        """Go to the case list."""
        self.page.goto(self.PATH)
        return self

    def row(self, case_number: str) -> Locator:
        """The row of one case."""
        return self.table.get_by_role("row").filter(has=self.page.get_by_role("rowheader", name=exactly(case_number)))

    def api_status(self) -> int:
        """The status the case API answers this browser with (401 when not signed in)."""
        return self.page.request.get("admin/api/cases").status

    def open_case(self, case_number: str) -> AdminCasePage:
        """Open a case from the list."""
        self.row(case_number).get_by_role("link", name=exactly(case_number)).click()
        return AdminCasePage(self.page)
