"""The suite's own house rules, checked on its source: no fixed waits, one direction of calls.

A fixed wait makes a suite slow when the site is fast and flaky when it is slow; tests that
drive Playwright directly bypass the page objects a hotel adapts to its own markup.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SUITE = [path for folder in ("tests", "pages", "scenarios") for path in (ROOT / folder).rglob("*.py")]
# The fixed waits, spelled in pieces so that this file, which names them, holds none of them.
FIXED_WAITS = re.compile("|".join(("time" + r"\.sleep\(", "wait_for_" + r"timeout\(", "network" + "idle")))
RAW_PLAYWRIGHT = re.compile(r"\bpage\.(locator|click|fill|get_by_[a-z_]+)\(")
ASSERT = re.compile(r"^\s*assert ", re.MULTILINE)


def _offences(paths: list[Path], pattern: re.Pattern[str]) -> list[str]:
    return [
        f"{path}:{number}: {line.strip()}"
        for path in paths
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]


def test_the_suite_has_no_fixed_waits():
    assert _offences(SUITE, FIXED_WAITS) == []


def test_requirement_tests_reach_the_browser_only_through_pages_and_scenarios():
    assert _offences(list((ROOT / "tests" / "e2e").rglob("*.py")), RAW_PLAYWRIGHT) == []


@pytest.mark.parametrize("folder", ["pages", "scenarios"])
def test_pages_and_scenarios_hold_no_assertions(folder):
    assert _offences(list((ROOT / folder).rglob("*.py")), ASSERT) == []


def test_the_rules_catch_what_they_forbid(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("page." + "wait_for_" + "timeout(500)\npage.click('#x')\n    assert x\n", encoding="utf-8")

    assert len(_offences([bad], FIXED_WAITS)) == 1
    assert len(_offences([bad], RAW_PLAYWRIGHT)) == 1
    assert len(_offences([bad], ASSERT)) == 1
