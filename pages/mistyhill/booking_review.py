"""The wizard's review step (P1.3.2): everything about the booking before the guest commits to pay."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from pages import again
from pages.guest_sees import arrived, shown
from pages.guest_text import ShowsGuestText
from pages.mistyhill.booking_confirmation import BookingConfirmationPage
from pages.mistyhill.booking_form import BookingFormPage
from pages.mistyhill.components.engine_fee_table import EngineFeeTable
from pages.mistyhill.components.engine_payment_terms import EnginePaymentTerms
from pages.mistyhill.components.info_facts import FactTable, guest_rows, section
from pages.text import exactly, starting


class BookingReviewPage(ShowsGuestText):
    """The review: the stay, the fees, how and when to pay, what is covered, the terms, the confirm button."""

    MUST_ACCEPT = re.compile("同意")  # the terms box's message when confirming without it (same word in both)

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("確認訂房內容", "ご予約内容の確認"))
        main = page.get_by_role("main")
        stay = FactTable(section(main, exactly("住宿內容", "ご宿泊内容")))
        self.check_in = stay.date(exactly("入住日期", "チェックイン日"))
        self.check_out = stay.date(exactly("退房日期", "チェックアウト日"))
        self.nights = stay.value(exactly("住宿晚數", "泊数"))
        self.room_type = stay.value(exactly("房型", "客室タイプ"))
        self.rooms = stay.value(exactly("房間數", "客室数"))
        self.guests = stay.value(exactly("入住人數", "ご宿泊人数"))
        self._texts = guest_rows(stay)
        self.fees = EngineFeeTable(main)
        self.payment = EnginePaymentTerms(main)
        self.services = section(main, exactly("費用包含", "料金に含まれるもの")).get_by_role("listitem")
        self.contact_phone = section(main, exactly("客服電話", "お問い合わせ電話")).get_by_role("link")
        terms = section(main, exactly("取消規定", "キャンセル規定"))
        self.cancellation_policy_link = terms.get_by_role(
            "link", name=starting("取消與退款政策", "キャンセル・返金ポリシー")
        )
        self.fee_statement_link = terms.get_by_role("link", name=starting("收費標準", "料金のご案内"))
        self.terms_link = main.get_by_role("link", name=starting("住宿條款", "宿泊約款"))
        self.accept_terms = page.get_by_role(
            "checkbox", name=starting("我已閱讀並同意", "宿泊約款とキャンセル規定を読み")
        )
        self.confirm_button = page.get_by_role(
            "button", name=exactly("確認訂房並同意付款", "予約を確定し、支払いに同意する")
        )

    def reached(self) -> BookingReviewPage:
        """The review once the guest sees it; a failure saying there is no review step otherwise."""
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
        """Confirm the same review from a second tab (the wizard keeps it in the tab); this tab still shows it."""
        second = BookingReviewPage(again.duplicate_tab(self.page)).reached()
        return second.accept_and_confirm()

    def outcome(self) -> BookingConfirmationPage | BookingFormPage:
        """Where confirming led: the confirmation, or back to the form with the reason."""
        confirmation, form = BookingConfirmationPage(self.page), BookingFormPage(self.page)
        expect(confirmation.heading.or_(form.heading)).to_be_visible()
        return confirmation if confirmation.heading.is_visible() else form

    def accept_and_confirm_expecting_refusal(self) -> BookingFormPage:
        """Confirm when the site should refuse: the wizard goes back to the form and says nothing was booked."""
        self.accept_terms_and_press_confirm()
        return BookingFormPage(self.page)

    def confirm_without_accepting(self) -> None:
        """Press confirm with the terms box left as it is."""
        self.confirm_button.click()

    def open_fee_statement(self):  # noqa: ANN201 - the pack's FeeStatementPage
        """Open the fee statement from the review, in the new window its link opens."""
        from pages.mistyhill.fee_statement import FeeStatementPage

        link = shown(self.fee_statement_link, "no-fee-statement-link-on-review")
        with self.page.expect_popup() as popup:
            link.click()
        return FeeStatementPage(popup.value)

    def open_cancellation_policy(self):  # noqa: ANN201 - the pack's CancellationPolicyPage
        """Open the cancellation policy from the review, in the new window its link opens."""
        from pages.mistyhill.cancellation_policy import CancellationPolicyPage

        link = shown(self.cancellation_policy_link, "no-cancellation-terms")
        with self.page.expect_popup() as popup:
            link.click()
        return CancellationPolicyPage(popup.value)

    def tamper_with_review(self) -> None:
        """Alter the signed review the page carries, as a guest with developer tools could."""
        self.page.get_by_test_id("review-token").evaluate(
            "input => { input.value = input.value.replace(/^./, c => c === 'e' ? 'f' : 'e'); }"
        )
