"""The last screen before a cancellation: the refund, shown before the guest commits to cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page

from pages import again
from pages.lanwan.components.summary import Summary
from pages.text import exactly

if TYPE_CHECKING:
    from pages.lanwan.managed_booking import ManagedBookingPage


class CancellationPreviewPage:
    """What cancelling now would refund."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("確認取消訂房", "Confirm the cancellation"))
        summary = Summary(page.get_by_role("main"))
        self.days_before = summary.value(exactly("距入住日", "Days before check-in"))
        self.paid = summary.value(exactly("已付金額", "Paid so far"))
        self.percent = summary.value(exactly("退還比例", "Refunded share"))
        self.refund = summary.value(exactly("退款金額", "Refund"))
        self.confirm_button = page.get_by_role("button", name=exactly("確認取消訂房", "Confirm cancellation"))

    def confirm(self) -> ManagedBookingPage:
        """Cancel for good; the booking page then shows the refund and when it arrives."""
        from pages.lanwan.managed_booking import ManagedBookingPage  # the two pages lead to each other

        self.confirm_button.click()
        return ManagedBookingPage(self.page)

    def confirm_twice(self) -> ManagedBookingPage:
        """Double-click the button that cancels, as a guest unsure the first press took."""
        from pages.lanwan.managed_booking import ManagedBookingPage  # the two pages lead to each other

        again.double_click(self.confirm_button)
        return ManagedBookingPage(self.page).reached()

    def confirm_in_new_tab(self) -> ManagedBookingPage:
        """Cancel into a new tab (Ctrl-click); this tab still shows the refund and the button."""
        from pages.lanwan.managed_booking import ManagedBookingPage  # the two pages lead to each other

        return ManagedBookingPage(again.click_into_new_tab(self.page, self.confirm_button)).reached()
