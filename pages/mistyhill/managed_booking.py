"""The guest's own booking, reached by the signed link in the acknowledgement; after cancelling, its refund."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from pages.mistyhill.cancellation_preview import CancellationPreviewPage
from pages.mistyhill.components.info_facts import FactTable
from pages.text import exactly, starting


class ManagedBookingPage:
    """One booking as its guest sees it."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=starting("訂房 MH-", "ご予約 MH-"))
        facts = FactTable(page.get_by_role("main"))
        self.reference = facts.value(exactly("訂房編號", "予約番号"))
        self.status = facts.value(exactly("訂房狀態", "ご予約の状態"))
        self.refund = facts.value(exactly("退款金額", "返金額"))
        self.refund_by = facts.date(exactly("退款期限", "返金期限"))
        self.cancel_link = page.get_by_role("link", name=exactly("取消這筆訂房", "この予約をキャンセルする"))

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
