"""The review page: everything about the booking, shown before the guest commits to pay (P1.3.2)."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages import again
from pages.guest_sees import arrived, shown
from pages.guest_text import ShowsGuestText
from pages.lanwan.booking_confirmation import BookingConfirmationPage
from pages.lanwan.booking_form import BookingFormPage
from pages.lanwan.cancellation_policy import CancellationPolicyPage
from pages.lanwan.components.fee_breakdown import FeeBreakdown
from pages.lanwan.components.payment_schedule import PaymentSchedule
from pages.lanwan.components.summary import Summary
from pages.lanwan.fee_statement import FeeStatementPage
from pages.text import exactly, starting

_AFTER_CONFIRM = re.compile(r"/book/(?:confirmation/[^/?#]+|confirm)$")


class BookingReviewPage(ShowsGuestText):
    """The last screen before the booking is final."""

    MUST_ACCEPT = re.compile("同意|agree")  # the terms box's message when confirming without it

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("確認訂單內容", "Review your booking"))
        main = page.get_by_role("main")
        stay = Summary(main.get_by_role("region", name=exactly("住宿內容", "Your stay")))
        self.check_in = stay.date(exactly("入住日期", "Check-in"))
        self.check_out = stay.date(exactly("退房日期", "Check-out"))
        self.nights = stay.value(exactly("住宿晚數", "Nights"))
        self.room_type = stay.value(exactly("房型", "Room type"))
        self.rooms = stay.value(exactly("房間數", "Rooms"))
        self.guests = stay.value(exactly("入住人數", "Guests"))
        self._texts = {"guest_name": stay.value(exactly("訂房人", "Booked by"))}
        self.fees = FeeBreakdown(main.get_by_role("region", name=exactly("費用明細", "Fees")))
        self.payment_terms = main.get_by_role("region", name=exactly("付款安排", "Payment schedule"))
        self.payment = PaymentSchedule(self.payment_terms)
        services = main.get_by_role("region", name=exactly("服務涵蓋項目", "Services covered"))
        self.services = services.get_by_role("listitem")
        contact = main.get_by_role("region", name=exactly("服務聯絡電話", "Service contact phone"))
        self.contact_phone = contact.get_by_role("link")
        policies = main.get_by_role("region", name=exactly("費用與取消條款", "Fees and cancellation terms"))
        self.fee_statement_link = policies.get_by_role("link", name=starting("費用說明", "Fees"))
        self.cancellation_policy_link = policies.get_by_role("link", name=starting("取消與退款政策", "Cancellation"))
        self.terms_link = policies.get_by_role("link", name=starting("閱讀訂房條款", "Read the booking terms"))
        self.accept_terms = page.get_by_role("checkbox", name=starting("我已閱讀並同意", "I have read and agree"))
        self.confirm_button = page.get_by_role("button", name=exactly("確認訂房並付款", "Confirm booking and pay"))
        self.alert = page.get_by_role("alert")

    def reached(self) -> BookingReviewPage:
        """The page once the guest sees it; a failure saying there is no review step otherwise."""
        arrived(self.heading, "no-review-page")
        return self

    def accept_and_confirm(self) -> BookingConfirmationPage:
        """Tick the terms box and press the button that commits the guest to pay."""
        self.accept_terms_and_press_confirm()
        return BookingConfirmationPage(self.page)

    def accept_terms_and_press_confirm(self) -> None:
        """Tick the terms box and press confirm, without waiting for where it leads."""
        self.accept_terms.check()
        self.confirm_button.click()

    def accept_and_confirm_twice(self) -> BookingConfirmationPage:
        """Tick the terms box and double-click confirm, as a guest unsure the first press took."""
        self.accept_terms.check()
        again.double_click(self.confirm_button)
        return BookingConfirmationPage(self.page)

    def accept_and_confirm_in_new_tab(self) -> BookingConfirmationPage:
        """Tick the terms box and confirm into a new tab (Ctrl-click); this tab still shows the review."""
        self.accept_terms.check()
        return BookingConfirmationPage(again.click_into_new_tab(self.page, self.confirm_button))

    def outcome(self) -> BookingConfirmationPage | BookingFormPage:
        """Where confirming led: the confirmation, or back to the form (sold out, review no longer valid)."""
        self.page.wait_for_url(_AFTER_CONFIRM)
        if "/confirmation/" in self.page.url:
            return BookingConfirmationPage(self.page)
        return BookingFormPage(self.page)

    def accept_and_confirm_expecting_refusal(self) -> BookingFormPage:
        """Confirm when the site is expected to send the guest back to the form."""
        self.accept_terms_and_press_confirm()
        return BookingFormPage(self.page)

    def confirm_without_accepting(self) -> None:
        """Press confirm with the terms box left as it is."""
        self.confirm_button.click()

    def open_fee_statement(self) -> FeeStatementPage:
        """Open the fee statement from the review, in the new window the link opens."""
        link = shown(self.fee_statement_link, "no-fee-statement-link-on-review")
        with self.page.expect_popup() as popup:
            link.click()
        return FeeStatementPage(popup.value)

    def open_cancellation_policy(self) -> CancellationPolicyPage:
        """Open the cancellation policy from the review, in the new window the link opens."""
        link = shown(self.cancellation_policy_link, "no-cancellation-terms")
        with self.page.expect_popup() as popup:
            link.click()
        return CancellationPolicyPage(popup.value)

    def tamper_with_review(self) -> None:
        """Alter the signed review data the page carries, as a guest with developer tools could."""
        self.page.get_by_test_id("review-token").evaluate(
            "input => { input.value = input.value.replace(/^./, c => c === 'e' ? 'f' : 'e'); }"
        )
