"""The wizard's last step: the booking is made, with its reference and the bill as booked."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.guest_sees import arrived, read, shown
from pages.guest_text import ShowsGuestText
from pages.mistyhill.components.engine_fee_table import EngineFeeTable
from pages.mistyhill.components.engine_payment_terms import EnginePaymentTerms
from pages.mistyhill.components.info_facts import FactTable, guest_rows
from pages.text import exactly, starting


class BookingConfirmationPage(ShowsGuestText):
    """Shown once the booking is made."""

    booked = True
    REFERENCE = re.compile(
        r"^\s*MH-[2-9A-HJKMNP-Z]{6}\s*$"
    )  # this site's references: MH- and six unambiguous characters

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("訂房完成", "ご予約が確定しました"))
        main = page.get_by_role("main")
        facts = FactTable(main)
        self.reference = facts.value(exactly("訂房編號", "予約番号"))
        self.check_in = facts.date(exactly("入住日期", "チェックイン日"))
        self.check_out = facts.date(exactly("退房日期", "チェックアウト日"))
        self.room_type = facts.value(exactly("房型", "客室タイプ"))
        self._texts = guest_rows(facts)
        self.fees = EngineFeeTable(main)
        self.payment = EnginePaymentTerms(main)
        self.stay_info_link = main.get_by_role("link", name=starting("入住須知", "ご滞在案内"))

    def reached(self) -> BookingConfirmationPage:
        """The page once the guest sees it; a failure saying the booking was not confirmed otherwise."""
        arrived(self.heading, "no-confirmation-page")
        return self

    def booking_reference(self) -> str:
        """The reference the guest is given; a failure saying there is none otherwise."""
        return read(self.reached().reference, "no-booking-reference")

    def open_stay_info(self):  # noqa: ANN201 - the pack's StayInfoPage
        """Follow the confirmation's link to the after-stay information."""
        from pages.mistyhill.stay_info import StayInfoPage

        shown(self.stay_info_link, "no-stay-info-link-on-confirmation").click()
        return StayInfoPage(self.page)

    def reload(self) -> BookingConfirmationPage:
        """Reload the confirmation step, as a guest pressing F5 on it."""
        self.page.reload()
        return self.reached()

    def go_back(self):  # noqa: ANN201 - the pack's BookingReviewPage
        """The browser's Back: the wizard's review step, which the booking was confirmed from."""
        from pages.mistyhill.booking_review import BookingReviewPage  # the two steps lead to each other

        self.page.go_back()
        return BookingReviewPage(self.page).reached()
