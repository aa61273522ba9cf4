"""A legal notice (privacy, terms, disclaimer, security), reached from the footer."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.mistyhill.components.info_facts import section
from pages.text import exactly

PRIVACY_ELEMENTS = {  # the six things PDPA §8 says a person must be told, as the notice heads them
    "collector": exactly("誰負責您的資料", "個人情報の取扱事業者"),
    "purposes": exactly("蒐集的目的", "利用目的"),
    "categories": exactly("蒐集的資料", "取得する個人情報"),
    "use": exactly("利用的期間、地區、對象與方式", "利用の期間・地域・対象・方法"),
    "rights": exactly("您的權利", "ご本人の権利"),
    "declining": exactly("不提供資料的影響", "ご提供いただけない場合"),
}


class LegalPage:
    """A page of legal text."""

    PRIVACY_ELEMENTS = PRIVACY_ELEMENTS

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.main = page.get_by_role("main")

    def privacy_element(self, element: str) -> Locator:
        """The section of the privacy notice that gives one of the six PDPA §8 items."""
        return section(self.main, PRIVACY_ELEMENTS[element])
