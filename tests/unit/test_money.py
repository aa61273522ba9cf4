"""Money formats from the profile: the one parser and pattern for every notation a site uses, any currency."""

from decimal import Decimal

import pytest

from support.money import NTD, MoneyFormat

USD = MoneyFormat(code="USD", symbol="$", decimals=2)
EUR = MoneyFormat(code="EUR", symbol="€", position="after", decimals=2, thousands=".", decimal_point=",")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("NT$3,280", 3280),
        ("NT$ 3,280", 3280),
        ("新台幣3,280元", 3280),
        ("新臺幣 3,280 元", 3280),
        ("TWD 3280", 3280),
        ("TWD 3,250", 3250),
        ("3,280元", 3280),
        ("NT$0", 0),
        ("-NT$80", -80),
        ("NT$1,234,567", 1234567),
    ],
)
def test_parse_reads_every_usual_ntd_notation(text, amount):
    assert NTD.parse(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["NT$3,280.50", "$3,280", "NT$3,28", "三千元", ""])
def test_parse_refuses_what_is_not_a_whole_ntd_amount(text):
    with pytest.raises(ValueError, match="not an amount in TWD"):
        NTD.parse(text)


def test_ntd_formats_whole_dollars_with_the_symbol_in_front():
    assert NTD.format(3280) == "NT$3,280"
    assert NTD.format(Decimal("-80")) == "-NT$80"
    assert NTD.format(Decimal("1234.5")) == "NT$1,235"  # halves up


def test_the_pattern_matches_exactly_that_amount_in_any_notation():
    pattern = NTD.pattern(3280)

    assert all(pattern.match(text) for text in ("NT$3,280", "NT$ 3280", "新台幣3,280元", "TWD 3,280"))
    assert not any(pattern.match(text) for text in ("NT$3,281", "NT$13,280", "3,280", "NT$3,280.00"))


def test_two_decimal_currency_formats_parses_and_matches_cents():
    assert USD.format(Decimal("1234.5")) == "$1,234.50"
    assert USD.parse("$1,234.50") == Decimal("1234.50")
    assert USD.parse("USD 12.05") == Decimal("12.05")
    assert USD.pattern(Decimal("1234.5")).match("$1,234.50")
    assert not USD.pattern(Decimal("1234.5")).match("$1,234.51")
    with pytest.raises(ValueError, match="not an amount in USD"):
        USD.parse("$1,234")


def test_a_symbol_after_the_amount_with_other_separators():
    assert EUR.format(Decimal("1234.5")) == "1.234,50 €"
    assert EUR.parse("1.234,50 €") == Decimal("1234.50")
    assert EUR.pattern(Decimal("1234.5")).match("1234,50 EUR")


@pytest.mark.parametrize(
    ("money", "value", "rounded"),
    [(NTD, "10.5", "11"), (NTD, "10.49", "10"), (USD, "0.125", "0.13"), (USD, "0.124", "0.12")],
)
def test_round_goes_half_up_to_the_currencys_smallest_unit(money, value, rounded):
    assert money.round(Decimal(value)) == Decimal(rounded)


def test_a_spaced_symbol_is_written_with_its_space_and_read_with_or_without_it():
    twd = MoneyFormat(code="TWD", symbol="TWD", spaced=True, also=("NT$",))

    assert twd.format(3250) == "TWD 3,250"
    assert twd.parse("TWD 3,250") == twd.parse("NT$3,250") == 3250
    assert twd.pattern(3900).match("TWD 3,900")
    assert not twd.pattern(3900).match("TWD 3,901")
