"""The site footer: who runs the site, how to reach them, and the links every page carries."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.text import exactly


class SiteFooter:
    """The footer at the bottom of every page."""

    def __init__(self, page: Page) -> None:
        self.root = page.get_by_role("contentinfo")
        self.links = self.root.get_by_role("link")
        self.fee_statement = self.link("費用說明", "Fees")
        self.service_standards = self.link("服務標準", "Service standards")
        self.copyright = self.root.get_by_text("©")
        self.legal_links = {
            "privacy": self.link("隱私權政策", "Privacy policy"),
            "terms": self.link("訂房條款", "Booking terms"),
            "disclaimer": self.link("免責聲明", "Disclaimer"),
            "security": self.link("資訊安全聲明", "Security notice"),
        }

    def link(self, *names: str) -> Locator:
        """The footer link with one of these accessible names (give the Chinese and the English)."""
        return self.root.get_by_role("link", name=exactly(*names))

    def open_legal(self, notice: str) -> None:
        """Follow the footer's link to a legal notice: privacy, terms, disclaimer or security."""
        self.legal_links[notice].click()

    def open_service_standards(self):  # noqa: ANN201 - the pack's ServiceStandardsPage
        """Follow the footer's link to the service standards."""
        from pages.lanwan.service_standards import ServiceStandardsPage  # pages lead to each other

        self.service_standards.click()
        return ServiceStandardsPage(self.root.page)
