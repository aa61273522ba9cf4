"""The back office's sign-in page."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.lanwan.admin_cases import AdminCaseListPage
from pages.text import exactly


class AdminLoginPage:
    """Where staff sign in."""

    LOCKED = re.compile("鎖定|locked")  # what the sign-in says of a locked account

    PATH = "admin/login"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("員工登入", "Staff sign-in"))
        self.username = page.get_by_label(exactly("帳號", "Username"))
        self.password = page.get_by_label(exactly("密碼", "Password"))
        self.sign_in_button = page.get_by_role("button", name=exactly("員工登入", "Staff sign-in"))
        self.alert = page.get_by_role("alert")

    def open(self) -> AdminLoginPage:
        """Go to the sign-in page."""
        self.page.goto(self.PATH)
        return self

    def sign_in(self, username: str, password: str) -> AdminCaseListPage:
        """Sign in; the next page is the case list when the account and password are right."""
        self.username.fill(username)
        self.password.fill(password)
        self.sign_in_button.click()
        return AdminCaseListPage(self.page)

    def session_cookie(self) -> dict | None:
        """The back-office session cookie this browser holds, with its flags, if any."""
        return next((c for c in self.page.context.cookies() if c["name"] == "staff_session"), None)
