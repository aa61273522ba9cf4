"""The e-invoice oracle: which numbers the Ministry of Finance's formats accept (REQUIREMENTS.md rule 12).

Written from the rules, not from any site's code: mobile barcode `/` + 7 of `0-9 A-Z . + -`;
citizen certificate 2 capitals + 14 digits; donation code 3–7 digits; company tax ID 8 digits
whose weighted digit sums (weights 1,2,1,2,1,2,4,1) total a multiple of 5, or, when the 7th
digit is 7, a total one short of a multiple of 5 also passes.
"""

from __future__ import annotations

import re

_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)
# One valid number of each kind, from the Ministry's formats, for orders whose invoice is not the point.
EXAMPLES = {
    "mobile-barcode": "/ABC+123",
    "citizen-certificate": "AB12345678901234",
    "donation": "168001",
    "company": "04595257",
}


# Numbers each destination must refuse, named for the rule they break (a test's cases).
INVALID_EXAMPLES = (
    ("company", "12345678", "tax-id-bad-checksum"),
    ("company", "10458573", "tax-id-7th-digit-7-failing-both-rules"),
    # Passes the plus-one rule but its 7th digit is 5, not 7: a site that relaxes that condition accepts it.
    ("company", "04595256", "tax-id-plus-one-rule-without-a-7th-digit-7"),
    ("company", "10000083", "tax-id-plus-one-rule-with-a-7th-digit-8"),
    ("company", "1234567", "tax-id-seven-digits"),
    ("mobile-barcode", "ABC12345", "mobile-barcode-without-slash"),
    ("mobile-barcode", "/abc1234", "mobile-barcode-lower-case"),
    ("mobile-barcode", "/ABC123", "mobile-barcode-too-short"),
    ("citizen-certificate", "A123456789012345", "citizen-certificate-one-letter"),
    ("donation", "12", "donation-code-two-digits"),
    ("donation", "12345678", "donation-code-eight-digits"),
)


def valid_mobile_barcode(value: str) -> bool:
    """`/ABC+123` yes; `ABC12345`, `/abc1234`, `/ABC123` no."""
    return re.fullmatch(r"/[0-9A-Z.+\-]{7}", value) is not None


def valid_citizen_certificate(value: str) -> bool:
    """`AB12345678901234` yes; `A123456789012345` no."""
    return re.fullmatch(r"[A-Z]{2}[0-9]{14}", value) is not None


def valid_donation_code(value: str) -> bool:
    """`168001` and `88888` yes; `12` and `12345678` no."""
    return re.fullmatch(r"[0-9]{3,7}", value) is not None


def valid_tax_id(value: str) -> bool:
    """`04595257`, `10458575` (7th digit 7) and `10000004` (new mod-5 pool) yes; `12345678` no."""
    if re.fullmatch(r"[0-9]{8}", value) is None:
        return False
    products = (int(digit) * weight for digit, weight in zip(value, _WEIGHTS, strict=True))
    total = sum(product // 10 + product % 10 for product in products)
    return total % 5 == 0 or (value[6] == "7" and (total + 1) % 5 == 0)


def valid(kind: str, value: str) -> bool:
    """Whether `value` is a valid number for the invoice destination `kind`."""
    checks = {
        "mobile-barcode": valid_mobile_barcode,
        "citizen-certificate": valid_citizen_certificate,
        "donation": valid_donation_code,
        "company": valid_tax_id,
    }
    return checks[kind](value)
