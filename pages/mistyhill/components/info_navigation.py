"""The header's main navigation, in either language of the site."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.text import exactly


class MainNavigation:
    """The main menu at the top of every page."""

    def __init__(self, page: Page) -> None:
        self.root = page.get_by_role("navigation", name=exactly("主選單", "メインメニュー"))
        self.home = self.root.get_by_role("link", name=exactly("首頁", "ホーム"))
        self.rooms = self.root.get_by_role("link", name=exactly("房型與房價", "客室と料金"))
        self.book = self.root.get_by_role("link", name=exactly("線上訂房", "ご予約"))
        self.contact = self.root.get_by_role("link", name=exactly("聯絡我們", "お問い合わせ"))
