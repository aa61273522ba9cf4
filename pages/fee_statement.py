"""The fee statement (P1.3.1): every fee the site may charge, with its amount."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.components.summary import Summary
from pages.text import exactly, starting

SECTIONS = {
    "room": exactly("房價（每間每晚）", "Room rates (per room per night)"),
    "meals": exactly("餐費", "Meals"),
    "transfers": exactly("接送費", "Transfers"),
    "handling_fees": exactly("付款手續費", "Payment handling fees"),
    "service_charge": exactly("服務費", "Service charge"),
    "tax": exactly("稅金", "Tax"),
    "deposit": exactly("訂金", "Deposits"),
}


class FeeStatementPage:
    """The page that lists every fee."""

    PATH = "/fees"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("費用說明", "Fees"))
        self.main = page.get_by_role("main")

    def open(self) -> FeeStatementPage:
        """Go to the fee statement."""
        self.page.goto(self.PATH)
        return self

    def section(self, kind: str) -> Locator:
        """The part of the statement about one kind of fee (see SECTIONS)."""
        return self.main.get_by_role("region", name=SECTIONS[kind])

    def room_rate(self, room_name: str, weekend: bool) -> Locator:
        """The nightly rate of one room type, weekday or weekend."""
        room = self.section("room").get_by_role("region", name=exactly(room_name))
        return Summary(room).value(
            exactly("假日每晚", "Weekend night") if weekend else exactly("平日每晚", "Weekday night")
        )

    def meal_price(self, meal_name: str) -> Locator:
        """The per-person-per-night price of a meal."""
        return Summary(self.section("meals")).value(starting(meal_name))

    def transfer_price(self, transfer_name: str) -> Locator:
        """The per-trip price of a transfer."""
        return Summary(self.section("transfers")).value(starting(transfer_name))

    def handling_fee(self, method_name: str) -> Locator:
        """The handling fee of a payment method."""
        return Summary(self.section("handling_fees")).value(exactly(method_name))

    def service_charge_rate(self) -> Locator:
        """The service charge as a percentage."""
        return Summary(self.section("service_charge")).value(exactly("服務費比例", "Service charge rate"))

    def tax_rate(self) -> Locator:
        """How business tax is treated."""
        return Summary(self.section("tax")).value(exactly("營業稅", "Business tax"))
