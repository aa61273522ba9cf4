"""The suite's verdicts as plain sentences in the report's language (support/findings.yaml).

    findings.use("en")
    findings.say("not-offered", feature="an online shop")
    # 'Not applicable: the property does not offer an online shop.'

The report language is zh-TW unless `use` (the `--report-lang` option) says otherwise. A key or
language the catalogue lacks is a KeyError naming it.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

import yaml

LANGUAGES = ("zh-TW", "en")
_CATALOGUE = Path(__file__).with_name("findings.yaml")
_current = {"lang": "zh-TW"}


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every finding by key, each with its sentence per language."""
    return yaml.safe_load(_CATALOGUE.read_text(encoding="utf-8"))


def use(lang: str) -> None:
    """Say findings in `lang` (zh-TW or en) from now on."""
    if lang not in LANGUAGES:
        raise KeyError(f"no findings in language {lang!r}; known: {', '.join(LANGUAGES)}")
    _current["lang"] = lang


def language() -> str:
    """The language findings are said in."""
    return _current["lang"]


def say(key: str, **params: object) -> str:
    """The finding `key` in the report language, with its `{named}` parameters filled in."""
    try:
        texts = catalogue()[key]
    except KeyError:
        raise KeyError(f"no finding {key!r}; known: {', '.join(catalogue())}") from None
    try:
        text = texts[language()]
    except KeyError:
        raise KeyError(f"finding {key!r} has no {language()!r} text") from None
    return text.format(**params)


class Finding(AssertionError):
    """A failed check whose whole verdict is one plain sentence (what the guest cannot see or do).

    The report shows the sentence alone; what the browser or mailbox said is the exception's cause.
    """

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


def parameters(text: str) -> set[str]:
    """The `{named}` parameters a sentence takes."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


_FEATURES = Path(__file__).with_name("features.yaml")


@cache
def features() -> dict[str, dict]:
    """What a property may offer (support/features.yaml): each feature's texts and whether it is demanded."""
    return yaml.safe_load(_FEATURES.read_text(encoding="utf-8"))


def feature(key: str, lang: str | None = None) -> str:
    """The feature `key` as words in `lang` (default: the report language): `an online shop …`."""
    try:
        return features()[key][lang or language()]
    except KeyError:
        raise KeyError(f"no feature {key!r} in {lang or language()!r}; known: {', '.join(features())}") from None


_WORDS = Path(__file__).with_name("report_words.yaml")
_TEST_TEXTS = Path(__file__).with_name("test_texts.yaml")


@cache
def words() -> dict[str, dict]:
    """The report's own words (support/report_words.yaml): steps, parameters, tags, things."""
    return yaml.safe_load(_WORDS.read_text(encoding="utf-8"))


def step(key: str, **params: object) -> str:
    """A scenario's Allure step in the report language, with its `{named}` parameters filled in."""
    try:
        return words()["steps"][key][language()].format(**params)
    except KeyError:
        raise KeyError(f"no step {key!r} in {language()!r}; known: {', '.join(words()['steps'])}") from None


def parameter(name: str) -> str:
    """A test parameter's name as the report shows it (the argument name where the catalogue has none)."""
    return words()["parameters"].get(name, {}).get(language(), name)


def tag(name: str) -> str:
    """A marker's tag as the report shows it (the marker's name where the catalogue has none)."""
    return words()["tags"].get(name, {}).get(language(), name)


def environment_name(key: str) -> str:
    """A line of the run's record (`site`, `site.version`) as the report's environment names it."""
    return words()["environment"][key][language()]


def environment_names(key: str) -> set[str]:
    """Every name a line of the run's record may carry, in any report language (and its key)."""
    return {key, *words()["environment"][key].values()}


def thing(what: str) -> str:
    """Words naming what a check found nothing of (`room types`), in the report language."""
    if language() == "en":
        return what
    try:
        return words()["things"][what][language()]
    except KeyError:
        raise KeyError(f"no {language()!r} words for {what!r} in {_WORDS.name}") from None


@cache
def test_texts() -> dict[str, dict]:
    """Each requirement test's title and failure sentence (support/test_texts.yaml), by `file::function`."""
    return yaml.safe_load(_TEST_TEXTS.read_text(encoding="utf-8"))


def test_title(key: str, docstring_line: str) -> str:
    """The test's title in the report language; in English, the first line of its docstring."""
    if language() == "en":
        return docstring_line
    return test_texts().get(key, {}).get("title", {}).get(language(), docstring_line)


def test_failure(key: str) -> str | None:
    """The plain sentence that opens the test's failure: what the guest cannot see or what is wrong."""
    return test_texts().get(key, {}).get("fails", {}).get(language())
