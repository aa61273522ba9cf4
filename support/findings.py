"""Findings: one plain sentence per thing a guest cannot see or do, in the report's language."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_LANG = {"current": "zh-TW"}


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every finding by key, with its text per language."""
    return yaml.safe_load(Path(__file__).with_name("findings.yaml").read_text(encoding="utf-8"))


def use(lang: str) -> None:
    """Write findings in `lang` from now on."""
    _LANG["current"] = lang


def say(key: str, **params: object) -> str:
    """The finding `key` in the report's language, its `{params}` filled in."""
    return catalogue()[key][_LANG["current"]].format(**params)
