"""The payment schedule: the plan, what is prepaid and by when, the balance, the last day, the room hold."""

from __future__ import annotations

from playwright.sync_api import Locator

from pages.components.summary import Summary
from pages.text import exactly


class PaymentSchedule:
    """The payment terms inside `root` (the review page, the confirmation, an email)."""

    def __init__(self, root: Locator) -> None:
        summary = Summary(root)
        self.plan = summary.value(exactly("付款方案", "Payment plan"))
        self.prepay = summary.value(exactly("預付金額", "Prepayment"))
        self.prepay_by = summary.value(exactly("預付期限", "Prepay by"))
        self.prepay_deadline = summary.date(exactly("預付期限", "Prepay by"))
        self.balance = summary.value(exactly("入住時應付餘額", "Balance due at check-in"))
        self.final_payment_date = summary.date(exactly("最終付款日", "Final payment date"))
        self.hold_until = summary.date(exactly("房間保留至", "Room held until"))
        self.payment_code = summary.value(exactly("虛擬帳號", "Virtual account", "超商繳費代碼", "Store payment code"))
