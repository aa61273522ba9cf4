"""An order as shown before and after confirming, and in its email: items, delivery, invoice, total, withdrawal."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from pages.lanwan.components.summary import Summary
from pages.text import exactly, starting

TOTAL_ROW = starting("應付總額", "Total to pay")
SEVEN_DAY_RIGHT = re.compile(r"(?<!\d)7\s?(?:日|天|days)")
_NOT_AN_ITEM = re.compile(r"^\s*(?:商品小計|運費|應付總額|Goods|Delivery \(|Total to pay)")


class OrderSummary:
    """The order's details inside `root` (the review page, the confirmation, an email)."""

    def __init__(self, root: Locator) -> None:
        page = root.page
        self.number = Summary(root).value(exactly("訂單編號", "Order number"))
        items = root.get_by_role("region", name=exactly("訂購商品", "Items"))
        self.table = items.get_by_role("table").filter(has=page.get_by_role("rowheader", name=TOTAL_ROW))
        self.subtotal = self.table.get_by_role("row", name=starting("商品小計", "Goods")).get_by_role("cell")
        self.fee_line = self.table.get_by_role("row", name=starting("運費", "Delivery (")).get_by_role("cell")
        self.total = self.table.get_by_role("row", name=TOTAL_ROW).get_by_role("cell")
        self.item_names = self.table.get_by_role("rowheader").filter(has_not_text=_NOT_AN_ITEM)
        delivery = Summary(root.get_by_role("region", name=exactly("配送資訊", "Delivery")))
        self.mode = delivery.value(exactly("配送方式", "Delivery mode"))
        self.carrier = delivery.value(exactly("物流業者", "Carrier"))
        self.store = delivery.value(exactly("取貨門市", "Pickup store"))
        self.address = delivery.value(exactly("收件地址", "Delivery address"))
        self.expected_on = delivery.date(exactly("預計交付日", "Expected on"))
        self.fee = delivery.value(exactly("運費", "Delivery fee"))
        invoice = Summary(root.get_by_role("region", name=exactly("發票與付款", "Invoice and payment")))
        self.invoice = invoice.value(exactly("電子發票", "E-invoice"))
        self.payment = invoice.value(exactly("付款方式", "Payment"))
        self.withdrawal = root.get_by_role("region", name=exactly("退貨與解除契約", "Returns and withdrawal"))
        self.withdrawal_right = self.withdrawal.filter(has_text=SEVEN_DAY_RIGHT)
        self.excluded_from_withdrawal = self.withdrawal.get_by_role("listitem")

    def item(self, name: str) -> Locator:
        """The unit price, quantity and amount cells of the item of this name."""
        return self.table.get_by_role("row", name=re.compile(rf"^\s*{re.escape(name)}\s")).get_by_role("cell")
