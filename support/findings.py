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
