"""Every visible string exists in both languages, with the same placeholders, and is used."""

from __future__ import annotations

import re
import string
from pathlib import Path

from demo_site import i18n

TEMPLATES = Path(i18n.__file__).parent / "templates"
SOURCES = [*TEMPLATES.rglob("*.html"), *TEMPLATES.rglob("*.txt"), *Path(i18n.__file__).parent.rglob("*.py")]


def _placeholders(message: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(message) if name}


def test_both_languages_have_the_same_keys():
    assert set(i18n.catalogue("zh-TW")) == set(i18n.catalogue("en"))


def test_both_languages_fill_in_the_same_placeholders():
    zh, en = i18n.catalogue("zh-TW"), i18n.catalogue("en")
    mismatched = {key for key in zh if _placeholders(zh[key]) != _placeholders(en[key])}
    assert not mismatched


def test_every_key_the_templates_use_exists():
    pattern = r"""(?<![\w.])t\(\s*['"]([a-z0-9_.]+)['"]"""
    used = {match for source in SOURCES for match in re.findall(pattern, source.read_text())}
    keys = set(i18n.catalogue("zh-TW"))
    exact = {key for key in used if not key.endswith((".", "_"))}
    prefixes = used - exact  # completed at run time, such as 'plan.name_' ~ plan
    assert exact - keys == set()
    assert {prefix for prefix in prefixes if not any(key.startswith(prefix) for key in keys)} == set()


def test_language_negotiation_prefers_the_query_then_cookie_then_header():
    assert i18n.negotiate("en", "zh-TW", "zh-TW") == "en"
    assert i18n.negotiate(None, "en", "zh-TW") == "en"
    assert i18n.negotiate(None, None, "en-US,en;q=0.9") == "en"
    assert i18n.negotiate(None, None, "fr-FR") == "zh-TW"
