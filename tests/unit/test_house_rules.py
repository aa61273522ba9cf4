"""The suite's own house rules, checked on its source: no fixed waits, one direction of calls, the seam.

A fixed wait makes a suite slow when the site is fast and flaky when it is slow; tests that
drive Playwright directly bypass the page objects a hotel adapts to its own markup; site copy,
property codes and URL paths in tests or scenarios tie them to one hotel (the seam rules live in
scripts/seam_count.py, which counts what is left).
"""

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.seam_count import (
    names_a_code,
    offences,
    property_codes,
    seam_files,
    seam_rules,
    site_branches,
    site_names,
)

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


@pytest.mark.parametrize("rule", ["cjk", "property-code", "url-path", "site-name"])
def test_tests_and_scenarios_hold_no_site_copy_property_codes_url_paths_or_hotel_names(rule):
    assert offences(seam_files(ROOT), seam_rules(ROOT)[rule]) == []


def test_tests_and_scenarios_never_branch_on_which_site_or_hotel_it_is():
    """The same files check every hotel: no `if`, skip or filter on the site, the pack or the property's name."""
    assert [line for path in seam_files(ROOT) for line in site_branches(path)] == []


def test_the_site_rules_catch_what_they_forbid(tmp_path):
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "misty-hill.yaml").write_text(
        "property: {name: {en: Misty Hill}}\npages: pages.mistyhill\nreference_site: {module: misty_hill}\n",
        encoding="utf-8",
    )
    planted = tmp_path / "test_planted.py"
    planted.write_text(
        "import pytest\n"
        "if profile.property.name(lang) == name:\n    pass\n"
        "x = 1 if pack.__name__ else 2\n"
        "@pytest.mark.skipif(profile.reference_site, reason='bundled')\ndef test_a(): pass\n"
        "if pack is other:\n    pytest.skip('not here')\n"
        "if profile.property.service_phone and profile.offers('shop'):\n    pass\n",
        encoding="utf-8",
    )
    literals = tmp_path / "test_literals.py"
    literals.write_text("A = 'misty_hill'\nB = 'Misty Hill B&B'\nC = 'mistyhillside'\nD = 'pages.mistyhill'\n")

    assert site_names([profiles / "misty-hill.yaml"]) >= {"misty-hill", "Misty Hill", "misty_hill", "mistyhill"}
    assert [line.split(":")[1] for line in site_branches(planted)] == ["2", "4", "5", "7"]
    assert [line.split(": ", 1)[1] for line in offences([literals], seam_rules(tmp_path)["site-name"])] == [
        "'misty_hill'", "'Misty Hill B&B'", "'pages.mistyhill'",
    ]  # fmt: skip


def test_the_seam_rules_catch_what_they_forbid(tmp_path):
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "a.yaml").write_text("rooms:\n  - code: deluxe-twin\n    stores: [{code: 183457}]\n", encoding="utf-8")
    planted = tmp_path / "tests" / "e2e" / "test_planted.py"
    planted.parent.mkdir(parents=True)
    planted.write_text(
        '"""A docstring may say 訂房, deluxe-twin and /rooms."""\n'
        "# a comment may say 訂房 too\n"
        'COPY = "確認訂房"\n'
        'ROOM = f"{room} is deluxe-twin"\n'
        'PATH = "/admin/api/cases"\n'
        'NEAR = ["deluxe-twin-suite", "/", "a/rooms", f"{guest.deluxe}", "１８３４５７"]\n',
        encoding="utf-8",
    )
    rules = seam_rules(tmp_path)

    assert seam_files(tmp_path) == [planted]
    assert property_codes([profiles / "a.yaml"]) == {"deluxe-twin", "183457"}
    assert [line.split(": ", 1)[1] for line in offences([planted], rules["cjk"])] == ["'確認訂房'", "'１８３４５７'"]
    assert [line.split(": ", 1)[1] for line in offences([planted], rules["property-code"])] == ["' is deluxe-twin'"]
    assert [line.split(": ", 1)[1] for line in offences([planted], rules["url-path"])] == ["'/admin/api/cases'"]
    assert names_a_code(["atm"])("pay by atm.")
    assert not names_a_code(["atm"])("deluxe-twin-atm-breakfast")
