"""How a booking is paid (review, confirmation, guest's booking, email): a table of labelled rows; dates in `<time>`."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from pages.mistyhill.components.info_facts import FactTable
from pages.text import exactly, starting

CAPTION = exactly("付款方式與期限", "お支払い方法と期限")


class EnginePaymentTerms:
    """The payment table inside `root`, found by its caption."""

    PAYMENT_CODE = re.compile(r"^\s*\d{14}\s*$")  # the bank transfer's virtual account
    ON_CONFIRM = starting("確認訂房時", "ご予約確定時")

    def __init__(self, root: Locator) -> None:
        rows = FactTable(root.get_by_role("table", name=CAPTION))
        self.plan = rows.value(exactly("付款方式", "お支払い方法"))
        self.prepay = rows.value(exactly("預付金額", "前払い金額"))
        self.prepay_by = rows.value(exactly("預付期限", "前払い期限"))
        self.prepay_on_confirm = self.prepay_by.filter(has_text=self.ON_CONFIRM)
        self.prepay_deadline = rows.date(exactly("預付期限", "前払い期限"))
        self.balance = rows.value(exactly("尾款（入住時支付）", "残金（チェックイン時にお支払い）"))
        self.final_payment_date = rows.date(exactly("最後付款日", "最終支払日"))
        self.hold_until = rows.date(exactly("房間保留至", "お部屋の確保期限"))
        self.payment_code = rows.value(exactly("匯款帳號", "振込先口座番号"))
