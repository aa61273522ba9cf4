"""The booking acknowledgement email, opened in the browser so it is read like a page."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.guest_sees import shown
from pages.guest_text import ShowsGuestText
from pages.mistyhill.components.engine_fee_table import EngineFeeTable
from pages.mistyhill.components.engine_payment_terms import EnginePaymentTerms
from pages.mistyhill.components.info_facts import FactTable, guest_rows
from pages.mistyhill.managed_booking import ManagedBookingPage
from pages.text import exactly, starting

MANAGE_LINK = exactly("查看我的訂房", "ご予約を確認する")


class BookingEmailPage(ShowsGuestText):
    """The HTML part of the acknowledgement."""

    def __init__(self, page: Page) -> None:
        self.page = page
        body = page.locator("body")
        facts = FactTable(body)
        self.reference = facts.value(exactly("訂房編號", "予約番号"))
        self.check_in = facts.date(exactly("入住日期", "チェックイン日"))
        self.check_out = facts.date(exactly("退房日期", "チェックアウト日"))
        self.room_type = facts.value(exactly("房型", "客室タイプ"))
        self._texts = guest_rows(facts)
        self.fees = EngineFeeTable(body)
        self.payment = EnginePaymentTerms(body)
        self.stay_info_link = body.get_by_role("link", name=starting("入住須知", "ご滞在案内"))
        self.manage_link = body.get_by_role("link", name=MANAGE_LINK)

    @staticmethod
    def subject(reference: str) -> re.Pattern[str]:
        """The acknowledgement's subject: it names the booking by its reference."""
        return re.compile(rf"(?:訂房確認|ご予約確認) {re.escape(reference)}")

    def show(self, html: str) -> BookingEmailPage:
        """Render the email's HTML in this page."""
        self.page.set_content(html)
        return self

    def open_stay_info(self):  # noqa: ANN201 - the pack's StayInfoPage
        """Follow the email's link to the after-stay information on the site."""
        from pages.mistyhill.stay_info import StayInfoPage

        shown(self.stay_info_link, "no-stay-info-link-in-email").click()
        return StayInfoPage(self.page)

    def open_manage_booking(self) -> ManagedBookingPage:
        """Follow the email's signed link to the guest's own booking (this site has no lookup form)."""
        self.manage_link.click()
        return ManagedBookingPage(self.page).reached()
