"""The about page: who runs the B&B, how to reach them, its rooms, facilities and social accounts."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.mistyhill.components.info_facts import FactTable, section
from pages.text import exactly


class AboutPage:
    """The operator's and the property's facts in one place."""

    PATH = "about/"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("關於山霧", "山霧について"))
        main = page.get_by_role("main")
        operator = FactTable(section(main, exactly("經營者資訊", "事業者情報")))
        self.legal_name = operator.value(exactly("名稱", "名称"))
        self.representative = operator.value(exactly("負責人", "代表者"))
        self.licence = operator.value(exactly("民宿登記", "民宿登録"))
        self.address = operator.value(exactly("地址", "所在地"))
        self.phone = operator.value(exactly("電話", "電話番号"))
        self.email = operator.value(exactly("電子郵件", "メール"))
        self._rooms = FactTable(section(main, exactly("客房", "客室")))
        self.total_rooms = self._rooms.value(exactly("全館合計", "全客室数"))
        self.facilities = section(main, exactly("公共設施", "館内設備")).get_by_role("listitem")
        self.social = section(main, exactly("追蹤山霧", "山霧のSNS")).get_by_role("link")

    def open(self) -> AboutPage:
        """Go to the about page."""
        self.page.goto(self.PATH)
        return self

    def room_count(self, room_name: str) -> Locator:
        """How many rooms of this type the page says there are."""
        return self._rooms.value(exactly(room_name))
