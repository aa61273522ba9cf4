"""Where the e-invoice goes: one radio per destination and the number it needs.

Mobile barcode, citizen certificate, donation code, or company tax ID with the company's name.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from pages.text import exactly

KINDS = {
    "mobile-barcode": exactly("手機條碼載具", "Mobile barcode carrier"),
    "citizen-certificate": exactly("自然人憑證條碼載具", "Citizen digital certificate carrier"),
    "donation": exactly("捐贈發票", "Donate the invoice"),
    "company": exactly("公司報帳（統一編號）", "Company invoice (tax ID)"),
}
NUMBERS = {
    "mobile-barcode": exactly("手機條碼", "Mobile barcode"),
    "citizen-certificate": exactly("自然人憑證條碼", "Citizen certificate number"),
    "donation": exactly("捐贈碼（愛心碼）", "Donation code"),
    "company": exactly("統一編號", "Company tax ID"),
}


class EInvoiceSelector:
    """The e-invoice fieldset inside `root` (the checkout form)."""

    SAYS_INVALID = re.compile("格式|不正確|碼|not valid|is / and|capital|digits")

    def __init__(self, root: Locator) -> None:
        self.root = root.get_by_role("group", name=exactly("電子發票", "E-invoice"))
        self.kinds = self.root.get_by_role("radio")
        self.company_name = self.root.get_by_label(exactly("公司抬頭", "Company name"))

    def kind(self, kind: str) -> Locator:
        """The radio button of one destination."""
        return self.root.get_by_role("radio", name=KINDS[kind])

    def number(self, kind: str) -> Locator:
        """The field for the number that destination needs."""
        return self.root.get_by_label(NUMBERS[kind])

    def choose(self, kind: str, number: str, company_name: str | None = None) -> None:
        """Send the invoice to this destination, with its number (and the company's name for a tax ID)."""
        self.kind(kind).check()
        self.number(kind).fill(number)
        if company_name is not None:
            self.company_name.fill(company_name)

    def type_number(self, kind: str, number: str) -> None:
        """Type a number for a destination without choosing it."""
        self.number(kind).fill(number)
