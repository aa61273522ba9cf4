"""The step before a cancellation is final: what cancelling now refunds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page

from pages import again
from pages.mistyhill.components.info_facts import FactTable
from pages.text import exactly

if TYPE_CHECKING:
    from pages.mistyhill.managed_booking import ManagedBookingPage


class CancellationPreviewPage:
    """The refund for cancelling now, and the button that cancels for good."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("取消訂房前確認", "キャンセル前のご確認"))
        facts = FactTable(page.get_by_role("main"))
        self.days_before = facts.value(exactly("距入住日", "チェックインまで"))
        self.paid = facts.value(exactly("已付金額", "お支払い済み金額"))
        self.percent = facts.value(exactly("退還比例", "返金率"))
        self.refund = facts.value(exactly("退款金額", "返金額"))
        self.confirm_button = page.get_by_role("button", name=exactly("確認取消訂房", "キャンセルを確定する"))

    def confirm(self) -> ManagedBookingPage:
        """Cancel for good; the booking then shows the refund and the day it is refunded by."""
        from pages.mistyhill.managed_booking import ManagedBookingPage  # the two pages lead to each other

        self.confirm_button.click()
        return ManagedBookingPage(self.page).reached()

    def confirm_twice(self) -> ManagedBookingPage:
        """Double-click the button that cancels, as a guest unsure the first press took."""
        from pages.mistyhill.managed_booking import ManagedBookingPage  # the two pages lead to each other

        again.double_click(self.confirm_button)
        return ManagedBookingPage(self.page).reached()

    def confirm_in_new_tab(self) -> ManagedBookingPage:
        """Cancel into a new tab (Ctrl-click); this tab still shows the refund and the button."""
        from pages.mistyhill.managed_booking import ManagedBookingPage  # the two pages lead to each other

        return ManagedBookingPage(again.click_into_new_tab(self.page, self.confirm_button)).reached()
