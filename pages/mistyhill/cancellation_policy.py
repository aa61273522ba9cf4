"""The cancellation and refund policy (P1.3.4): both refund tables and the terms around them."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from pages.mistyhill.components.info_facts import FactTable, section
from pages.refund_table import NoticeWording, PublishedBand, read_bands
from pages.text import exactly

SCHEDULES = {  # the two refund tables, as the page heads them
    "deposit": exactly("匯款付訂金的訂房", "銀行振込で手付金をお支払いのご予約"),
    "full": exactly("刷卡付清全額的訂房", "クレジットカードで全額お支払いのご予約"),
}
# How a row header states the notice: "入住前 10 天以上", "入住前 7–9 天", "入住前 1 天", "入住當天"
# (ja: "ご到着の10日以上前", "ご到着の7〜9日前", "ご到着の1日前", "ご到着当日").
NOTICE = NoticeWording(
    or_more=re.compile(r"(\d+)\s*(?:天以上|日以上前)"),
    range=re.compile(r"(\d+)\s*[–〜~-]\s*(\d+)\s*(?:天|日前)"),
    same_day=re.compile("當天|当日"),
    single=re.compile(r"(\d+)\s*(?:天|日前)"),
)


class CancellationPolicyPage:
    """The page that states how cancellations are refunded."""

    PATH = "cancellation-policy/"

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1, name=exactly("取消與退款政策", "キャンセル・返金ポリシー"))
        self.main = page.get_by_role("main")
        force_majeure = section(self.main, exactly("颱風、地震與道路封閉", "台風・地震・道路閉鎖のとき"))
        self.force_majeure_full_refund = force_majeure.filter(has_text=re.compile("全額退還|全額を返金"))
        self.how_to_cancel = section(self.main, exactly("怎麼取消", "キャンセルの方法"))
        self.how_to_cancel_links = self.how_to_cancel.get_by_role("link")
        terms = FactTable(section(self.main, exactly("退款方式", "返金について")))
        self.refund_period = terms.value(exactly("退款期限", "返金の時期"))
        self.rounding = terms.value(exactly("金額計算", "金額の計算"))
        self.rounding_half_up = self.rounding.filter(has_text="四捨五入")

    def open(self) -> CancellationPolicyPage:
        """Go to the policy."""
        self.page.goto(self.PATH)
        return self

    def schedule_rows(self, schedule: str) -> Locator:
        """The body rows of one refund table (`deposit` or `full`)."""
        table = section(self.main, SCHEDULES[schedule]).get_by_role("table")
        return table.get_by_role("row").filter(has=self.page.get_by_role("rowheader"))

    def published_bands(self, schedule: str) -> list[PublishedBand]:
        """The refund table as published, read off the page, for comparing with the statutory one."""
        rows = self.schedule_rows(schedule)
        rows.first.wait_for()
        headers = rows.get_by_role("rowheader").all_inner_texts()
        cells = rows.get_by_role("cell").all_inner_texts()
        return read_bands(NOTICE, headers, cells)
