"""The e-invoice oracle on the Ministry's vectors, and the feedback reply deadline."""

from datetime import date
from pathlib import Path

import pytest

from support.oracle import einvoice
from support.oracle import feedback as reply_rules
from support.profile import load

PROFILE = load(Path(__file__).parents[2] / "profiles" / "demo-hotel.yaml")


@pytest.mark.parametrize(
    "tax_id", ["04595257", "10458575", "04702088", "00651474", "00238778", "22099131", "53212539", "10000004",
               "10000010", "10458574"],
)  # fmt: skip
def test_valid_tax_ids_pass_the_checksum(tax_id):
    assert einvoice.valid_tax_id(tax_id)


@pytest.mark.parametrize("tax_id", ["12345678", "10458573", "04595258", "1234567", "123456789", "0459525A"])
def test_invalid_tax_ids_fail(tax_id):
    assert not einvoice.valid_tax_id(tax_id)


def test_the_seventh_digit_rule_lets_one_short_of_a_multiple_of_five_pass():
    assert einvoice.valid_tax_id("10458574")  # 7th digit 7, digit sums 29: only 29 + 1 divides by 5
    assert not einvoice.valid_tax_id("10458573")  # 28 and 29 both fail


@pytest.mark.parametrize(
    ("kind", "number", "valid"),
    [
        ("mobile-barcode", "/ABC+123", True),
        ("mobile-barcode", "/A.B-C12", True),
        ("mobile-barcode", "ABC12345", False),
        ("mobile-barcode", "/abc1234", False),
        ("mobile-barcode", "/ABC123", False),
        ("mobile-barcode", "/ABC1234X", False),
        ("citizen-certificate", "AB12345678901234", True),
        ("citizen-certificate", "A123456789012345", False),
        ("donation", "168001", True),
        ("donation", "88888", True),
        ("donation", "12", False),
        ("donation", "12345678", False),
    ],
)
def test_carrier_and_donation_formats(kind, number, valid):
    assert einvoice.valid(kind, number) is valid


def test_a_reply_is_due_within_the_categorys_standard():
    assert reply_rules.latest_reply(PROFILE, "enquiry", date(2026, 12, 30)) == date(2026, 12, 31)
    assert reply_rules.latest_reply(PROFILE, "complaint", date(2026, 12, 30)) == date(2027, 1, 6)


def test_a_complaint_is_never_due_later_than_the_law_allows():
    lax = PROFILE.model_copy(
        update={"service_standards": PROFILE.service_standards.model_copy(update={"complaint_deadline_days": 30})}
    )

    assert reply_rules.latest_reply(lax, "complaint", date(2026, 12, 1)) <= date(2026, 12, 16)
