"""The payment schedule: the plan, what is prepaid and by when, the balance, the last day, the room hold."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from pages.lanwan.components.summary import Summary
from pages.text import exactly


class PaymentSchedule:
    """The payment terms inside `root` (the review page, the confirmation, an email)."""

    PAYMENT_CODE = re.compile(r"^\s*\d{14}\s*$")  # the virtual account or store code the guest pays with
    _ON_CONFIRM = re.compile("確認訂房時|when you confirm")

    def __init__(self, root: Locator) -> None:
        summary = Summary(root)
        self.plan = summary.value(exactly("付款方案", "Payment plan"))
        self.prepay = summary.value(exactly("預付金額", "Prepayment"))
        self.prepay_by = summary.value(exactly("預付期限", "Prepay by"))
        self.prepay_on_confirm = self.prepay_by.filter(has_text=self._ON_CONFIRM)
        self.prepay_deadline = summary.date(exactly("預付期限", "Prepay by"))
        self.balance = summary.value(exactly("入住時應付餘額", "Balance due at check-in"))
        self.final_payment_date = summary.date(exactly("最終付款日", "Final payment date"))
        self.hold_until = summary.date(exactly("房間保留至", "Room held until"))
        self.payment_code = summary.value(exactly("虛擬帳號", "Virtual account", "超商繳費代碼", "Store payment code"))
