"""The fee statement (P1.3.1): every fee the site may charge, with its amount."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from pages.lanwan.components.summary import Summary
from pages.text import exactly, starting

SECTIONS = {  # the kinds of fee, as this site heads their sections (its add-ons are meals and transfers)
    "room": exactly("房價（每間每晚）", "Room rates (per room per night)"),
    "addons": exactly("餐費", "Meals", "接送費", "Transfers"),
    "handling_fees": exactly("付款手續費", "Payment handling fees"),
    "service_charge": exactly("服務費", "Service charge"),
    "tax": exactly("稅金", "Tax"),
    "deposit": exactly("訂金", "Deposits"),
}


class FeeStatementPage:
    """The page that lists every fee."""

    PATH = "fees"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("費用說明", "Fees"))
        self.main = page.get_by_role("main")
        self.tax_included = self.section("tax").filter(has_text=re.compile("內含|included"))

    def open(self) -> FeeStatementPage:
        """Go to the fee statement."""
        self.page.goto(self.PATH)
        return self

    def section(self, kind: str) -> Locator:
        """The part of the statement about one kind of fee (see SECTIONS); the first, where several."""
        return self.main.get_by_role("region", name=SECTIONS[kind]).first

    def room_rate(self, room_name: str, weekend: bool) -> Locator:
        """The nightly rate of one room type, weekday or weekend."""
        room = self.section("room").get_by_role("region", name=exactly(room_name))
        return Summary(room).value(
            exactly("假日每晚", "Weekend night") if weekend else exactly("平日每晚", "Weekday night")
        )

    def addon_price(self, name: str) -> Locator:
        """The price of an add-on (a meal per person per night, a transfer per trip), by its name."""
        addons = self.main.get_by_role("region", name=SECTIONS["addons"])
        return Summary(addons).value(starting(name))

    def handling_fee(self, method_name: str) -> Locator:
        """The handling fee of a payment method."""
        return Summary(self.section("handling_fees")).value(exactly(method_name))

    def service_charge_rate(self) -> Locator:
        """The service charge as a percentage."""
        return Summary(self.section("service_charge")).value(exactly("服務費比例", "Service charge rate"))

    def tax_rate(self) -> Locator:
        """How business tax is treated."""
        return Summary(self.section("tax")).value(exactly("營業稅", "Business tax"))
