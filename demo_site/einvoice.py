"""E-invoice fields (電子發票): where the invoice goes, each format checked as the Ministry of Finance sets it.

Exactly one destination per order: a mobile barcode or citizen certificate carrier, a donation
code, or a company tax ID (統一編號) with its weighted checksum.
"""

from __future__ import annotations

import re

TYPES = ("mobile-barcode", "citizen-certificate", "donation", "company")
FIELD = {  # the form field that holds each type's number
    "mobile-barcode": "carrier_barcode",
    "citizen-certificate": "carrier_certificate",
    "donation": "donation_code",
    "company": "tax_id",
}
_MOBILE_BARCODE = re.compile(r"^/[0-9A-Z.+\-]{7}$")
_CITIZEN_CERTIFICATE = re.compile(r"^[A-Z]{2}\d{14}$")
_DONATION_CODE = re.compile(r"^\d{3,7}$")
_TAX_ID = re.compile(r"^\d{8}$")
_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)


def is_mobile_barcode(value: str) -> bool:
    """`/` and seven of 0-9, A-Z, `.`, `+`, `-`: `/ABC+123`."""
    return bool(_MOBILE_BARCODE.match(value))


def is_citizen_certificate(value: str) -> bool:
    """Two capital letters and fourteen digits: `AB12345678901234`."""
    return bool(_CITIZEN_CERTIFICATE.match(value))


def is_donation_code(value: str) -> bool:
    """Three to seven digits: `168001`."""
    return bool(_DONATION_CODE.match(value))


def tax_id_has_eight_digits(value: str) -> bool:
    """Whether the tax ID is eight digits, before its checksum is looked at."""
    return bool(_TAX_ID.match(value))


def tax_id_checksum_ok(value: str) -> bool:
    """The MOF checksum: digit sums of the weighted digits divisible by 5 (+1 also passes when the 7th digit is 7)."""
    total = sum(sum(divmod(int(digit) * weight, 10)) for digit, weight in zip(value, _WEIGHTS, strict=True))
    return total % 5 == 0 or (value[6] == "7" and (total + 1) % 5 == 0)
