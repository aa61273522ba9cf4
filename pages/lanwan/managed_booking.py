"""A booking found by its guest: its status, and after cancelling, the refund and when it arrives."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from pages.lanwan.cancellation_preview import CancellationPreviewPage
from pages.lanwan.components.summary import Summary
from pages.text import exactly, starting


class ManagedBookingPage:
    """The guest's own view of one booking."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=starting("訂房 LW-", "Booking LW-"))
        summary = Summary(page.get_by_role("main"))
        self.status = summary.value(exactly("訂房狀態", "Status"))
        self.refund = summary.value(exactly("退款金額", "Refund"))
        self.refund_by = summary.date(exactly("預計退款日", "Refund expected by"))
        self.reference = summary.value(exactly("訂房編號", "Booking reference"))
        self.cancel_link = page.get_by_role("link", name=exactly("取消這筆訂房", "Cancel this booking"))

    def reached(self) -> ManagedBookingPage:
        """The page once it is there."""
        expect(self.heading).to_be_visible()
        return self

    def start_cancelling(self) -> CancellationPreviewPage:
        """Ask to cancel; the next page shows the refund before anything is cancelled."""
        self.cancel_link.click()
        return CancellationPreviewPage(self.page)

    def reload(self) -> ManagedBookingPage:
        """Reload the booking, as a guest pressing F5 on it."""
        self.page.reload()
        return self.reached()

    def back_and_cancel_again(self) -> ManagedBookingPage:
        """The browser's Back, and cancel again if it shows the button (this site may show the booking instead)."""
        self.page.go_back()
        preview = CancellationPreviewPage(self.page)
        expect(preview.heading.or_(self.heading)).to_be_visible()
        if preview.heading.is_visible():
            return preview.confirm()
        return self.reached()
