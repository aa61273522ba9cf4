"""The fee page (P1.3.1): every fee a guest may be charged, with its amount."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from pages.mistyhill.components.info_facts import FactTable, section
from pages.text import exactly

SECTIONS = {  # the kinds of fee, as the page heads their sections
    "room": exactly("房價（每人每晚）", "宿泊料金（お一人様1泊）"),
    "addons": exactly("加購項目", "オプション"),
    "handling_fees": exactly("付款手續費", "決済手数料"),
    "service_charge": exactly("服務費", "サービス料"),
    "tax": exactly("稅金", "税金"),
    "deposit": exactly("訂金", "手付金"),
}
INCLUDED = re.compile("已含|含まれ")


class FeeStatementPage:
    """The page that lists every fee."""

    PATH = "rates-and-fees/"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("費用說明", "料金・費用のご案内"))
        self.main = page.get_by_role("main")
        self.tax_included = self.tax_rate().filter(has_text=INCLUDED)

    def open(self) -> FeeStatementPage:
        """Go to the fee page."""
        self.page.goto(self.PATH)
        return self

    def section(self, kind: str) -> Locator:
        """The part of the page about one kind of fee (see SECTIONS)."""
        return section(self.main, SECTIONS[kind])

    def room_rate(self, room_name: str, weekend: bool) -> Locator:
        """A room type's rate per person for a Sunday–Thursday night, or a Friday or Saturday night."""
        cells = FactTable(self.section("room")).row(exactly(room_name)).get_by_role("cell")
        return cells.nth(1 if weekend else 0)

    def addon_price(self, name: str) -> Locator:
        """An add-on's price (how it is counted is in the next cell)."""
        return FactTable(self.section("addons")).value(exactly(name))

    def handling_fee(self, method_name: str) -> Locator:
        """A payment method's handling fee."""
        return FactTable(self.section("handling_fees")).value(exactly(method_name))

    def service_charge_rate(self) -> Locator:
        """What the page says about a service charge (this B&B charges none)."""
        return self.section("service_charge").get_by_role("paragraph")

    def tax_rate(self) -> Locator:
        """How business tax is treated: its rate and that it is included."""
        return FactTable(self.section("tax")).value(exactly("營業稅", "営業税"))
