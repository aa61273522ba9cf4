"""The footer of every page: who runs the B&B, how to reach it, and the links to its policies."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.text import exactly

LEGAL = {  # the legal notices, as the footer names them
    "privacy": exactly("個資保護聲明", "個人情報の取り扱い"),
    "terms": exactly("住宿條款", "宿泊約款"),
    "disclaimer": exactly("免責聲明", "免責事項"),
    "security": exactly("資訊安全聲明", "情報セキュリティについて"),
}


class SiteFooter:
    """The footer landmark at the bottom of every page."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.root = page.get_by_role("contentinfo")
        self.copyright = self.root.get_by_text("©")
        self.fee_statement = self.link(exactly("費用說明", "料金・費用のご案内"))
        self.service_standards = self.link(exactly("服務標準", "サービス基準"))
        self.cancellation_policy = self.link(exactly("取消與退款政策", "キャンセル・返金ポリシー"))
        self.stay_info = self.link(exactly("入住指南", "ご滞在のしおり"))

    def link(self, name: object) -> Locator:
        """The footer's link of this accessible name."""
        return self.root.get_by_role("link", name=name)

    def open_legal(self, notice: str) -> None:
        """Follow the link to a legal notice: privacy, terms, disclaimer or security."""
        self.link(LEGAL[notice]).click()

    def open_service_standards(self):  # noqa: ANN201 - the pack's ServiceStandardsPage
        """Follow the link to the service standards."""
        from pages.mistyhill.service_standards import ServiceStandardsPage  # the pages lead to each other

        self.service_standards.click()
        return ServiceStandardsPage(self.page)
