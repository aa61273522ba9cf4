"""Money parsing and formatting: the one parser for every notation the sites use."""

from decimal import Decimal

import pytest

from support import money


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("NT$3,280", 3280),
        ("NT$ 3,280", 3280),
        ("新台幣3,280元", 3280),
        ("新臺幣 3,280 元", 3280),
        ("TWD 3280", 3280),
        ("3,280元", 3280),
        ("NT$0", 0),
        ("-NT$80", -80),
        ("NT$1,234,567", 1234567),
    ],
)
def test_parse_reads_every_usual_notation(text, amount):
    assert money.parse(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["NT$3,280.50", "$3,280", "NT$3,28", "三千元", ""])
def test_parse_refuses_what_is_not_a_whole_ntd_amount(text):
    with pytest.raises(ValueError, match="not an NT\\$ amount"):
        money.parse(text)


def test_format_uses_nt_dollar_and_thousands_separators():
    assert money.format_ntd(Decimal(3280)) == "NT$3,280"
    assert money.format_ntd(-80) == "-NT$80"


@pytest.mark.parametrize("shown", ["NT$3,280", "新台幣3,280元", " NT$ 3,280 ", "NT$3280"])
def test_pattern_matches_the_amount_in_any_notation(shown):
    assert money.pattern(Decimal(3280)).match(shown)


@pytest.mark.parametrize("shown", ["NT$3,281", "NT$13,280", "NT$3,280.00", "NT$328"])
def test_pattern_does_not_match_other_amounts(shown):
    assert not money.pattern(Decimal(3280)).match(shown)


def test_round_half_up_rounds_halves_away_from_zero():
    assert money.round_half_up(Decimal("10.5")) == 11
    assert money.round_half_up(Decimal("10.49")) == 10
