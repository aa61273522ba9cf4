"""The legal notices: privacy policy, disclaimer, security notice and booking terms."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.text import exactly

PRIVACY_ELEMENTS = {  # the six things PDPA §8 says a person must be told
    "collector": exactly("蒐集者", "Who collects your data"),
    "purposes": exactly("蒐集目的", "Why we collect it"),
    "categories": exactly("個人資料類別", "What data we collect"),
    "use": exactly("利用期間、地區、對象及方式", "How long, where, by whom and how it is used"),
    "rights": exactly("您的權利與行使方式", "Your rights and how to use them"),
    "declining": exactly("不提供個人資料之影響", "If you decline"),
}


class LegalPage:
    """A page of legal text, reached from the footer."""

    PRIVACY_ELEMENTS = PRIVACY_ELEMENTS

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.main = page.get_by_role("main")

    def section(self, name: object) -> Locator:
        """A titled section of the notice."""
        return self.main.get_by_role("region", name=name)

    def privacy_element(self, element: str) -> Locator:
        """The section of the privacy notice that gives one of the six PDPA §8 elements."""
        return self.section(PRIVACY_ELEMENTS[element])
