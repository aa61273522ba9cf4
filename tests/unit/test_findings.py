"""Verdict sentences in the report's language, and checks that refuse to pass over nothing."""

import pytest

from support import checks, findings


@pytest.fixture(autouse=True)
def _report_language():
    before = findings.language()
    yield
    findings.use(before)


def test_every_finding_is_in_both_languages_with_the_same_parameters():
    problems = []
    for key, texts in findings.catalogue().items():
        if set(texts) != set(findings.LANGUAGES):
            problems.append(f"{key}: languages {sorted(texts)}")
            continue
        if findings.parameters(texts["zh-TW"]) != findings.parameters(texts["en"]):
            problems.append(f"{key}: parameters differ between zh-TW and en")

    assert {"nothing-to-compare", "compared-nothing", "not-offered", "demanded-not-offered"} <= set(
        findings.catalogue()
    )
    assert problems == []


def test_a_finding_is_said_in_the_language_in_use():
    findings.use("en")
    assert findings.say("not-offered", feature="an online shop") == (
        "Not applicable: the property does not offer an online shop."
    )

    findings.use("zh-TW")
    assert findings.say("not-offered", feature="線上商店") == "不適用：本旅宿未提供線上商店。"


def test_a_missing_key_or_language_is_a_key_error_naming_it():
    with pytest.raises(KeyError, match="no finding 'no-such-finding'"):
        findings.say("no-such-finding")
    with pytest.raises(KeyError, match="'fr'"):
        findings.use("fr")


def test_a_finding_without_a_language_is_a_key_error_naming_both(monkeypatch):
    monkeypatch.setattr(findings, "catalogue", lambda: {"half": {"zh-TW": "只有中文"}})
    findings.use("en")

    with pytest.raises(KeyError, match="'half' has no 'en' text"):
        findings.say("half")


def test_the_parameter_check_sees_a_sentence_whose_parameters_differ():
    assert findings.parameters("{what} 與 {feature}") != findings.parameters("{what} only")


def test_features_are_said_in_the_report_language():
    findings.use("en")
    assert findings.feature("shop") == findings.features()["shop"]["en"]
    assert findings.feature("shop", "zh-TW") == findings.features()["shop"]["zh-TW"]
    with pytest.raises(KeyError, match="known: online-booking"):
        findings.feature("spa")


def test_each_returns_the_items_and_fails_over_nothing():
    findings.use("en")

    assert checks.each(iter(["deluxe", "suite"]), "room types") == ["deluxe", "suite"]
    with pytest.raises(AssertionError, match=r"^There are no room types to compare"):
        checks.each([], "room types")
