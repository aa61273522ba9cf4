"""The compliance overview: verdicts, plain sentences, gates, history and the PDF, from fixture data."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts import compliance_overview
from support.browser import system_chromium
from support.findings import features
from support.requirements import catalogue, offsite

PROFILE = Path(__file__).resolve().parents[2] / "profiles" / "demo-hotel.yaml"
STORY = "{} some indicator · its English line"

ROOT = Path(__file__).resolve().parents[2]


def tally(*tests: str, passed=0, failed=0, skipped=0, not_applicable=0, not_offered=(), not_selected=()) -> dict:
    return {"tests": list(tests), "passed": passed, "failed": failed, "skipped": skipped,
            "not_applicable": not_applicable, "not_offered": list(not_offered),
            "not_selected": list(not_selected)}  # fmt: skip


def allure_test(rid: str, status: str, message: str = "", start: int = 1) -> dict:
    """A test as the Allure plugin hands it over."""
    return {"name": "t", "status": status, "message": message, "stories": [STORY.format(rid)],
            "language": "zh-TW", "start": start, "stop": 1_800_000_000_000 + start}  # fmt: skip


COVERAGE = {
    "P1.3.3": tally("a", "b", passed=1, failed=1),
    "P1.3.4": tally("c", failed=1),
    "P1.3.1": tally("d", passed=1),
    "P1.4.4": tally("e", "f", passed=1, not_applicable=1, not_offered=["shop"]),
    "P3.1.1": tally("g", not_applicable=1, not_offered=["back-office"]),
    "P1.3.2": tally(not_selected=["h"]),
    "_run": {"languages": ["zh-TW"], "collected": 10, "selected": 7, "selection": ["--requirement P1.3"]},
}
TESTS = [
    allure_test("P1.3.4", "failed", "The cancellation email does not state the refund amount.\nExpected NT$…", 5),
    allure_test("P1.3.4", "failed", "A later failure.", 9),
    allure_test("P1.3.3", "broken", "Traceback …", 1),
    allure_test("P1.3.3", "failed", "The after-stay information gives the wrong check-out time.", 7),
    allure_test("P1.3.1", "passed"),
]
GIVEN = {
    "tests": TESTS,
    "environment": {"site": "the bundled reference site demo_site (started for this run)", "site.version": "demo 1"},
    "countGate": {"passed": False, "results": [
        {"rule": "maxFailures", "actual": 2, "expected": 0, "success": False},
        {"rule": "minTestsCount", "actual": 7, "expected": 105, "success": False},
    ]},
}  # fmt: skip
GATE = {"passed": False, "required": ["P1.3", "P1.4"], "problems": ["P1.3.3: 1 of 2 tests failed"],
        "failing": ["P1.3.3"], "not_run": ["P1.3.2: 1 tests not selected"]}  # fmt: skip


def build(tmp_path: Path, lang: str = "en") -> compliance_overview.Overview:
    return compliance_overview.build(GIVEN, COVERAGE, GATE, lang, PROFILE, tmp_path / "history.jsonl")


def test_every_indicator_of_the_standard_has_a_row_with_its_verdict(tmp_path):
    rows = {row.id: row for row in build(tmp_path).rows}

    assert set(rows) == {*catalogue(), *offsite()}
    assert len(rows) == 38
    assert [rows[rid].verdict for rid in ("P1.3.1", "P1.3.3", "P1.4.4", "P3.1.1", "P1.3.2", "P1.1.1", "P2.1.1")] == [
        "passed", "failed", "passed", "not_applicable", "not_run", "no_test", "offsite"
    ]  # fmt: skip
    assert list(rows)[:3] == ["P1.1.1", "P1.1.2", "P1.1.3"]
    assert list(rows).index("P2.1.5") == list(rows).index("P2.1.4") + 1


def test_a_failed_indicator_says_the_first_line_of_its_first_failed_test(tmp_path):
    """The earliest failed test's first line; a broken test's message only when none failed."""
    rows = {row.id: row for row in build(tmp_path).rows}

    assert rows["P1.3.4"].sentence == "The cancellation email does not state the refund amount."
    assert rows["P1.3.3"].sentence == "The after-stay information gives the wrong check-out time."
    assert rows["P1.3.1"].sentence == ""


def test_the_summary_names_each_failing_indicator_in_one_sentence_before_anything_else(tmp_path):
    page = compliance_overview.render(build(tmp_path))

    summary = page.index("2 indicators fail:")
    assert summary < page.index("Release gates") < page.index("Indicator by indicator")
    assert "<b>P1.3.4</b> — The cancellation email does not state the refund amount." in page
    assert "<b>P1.3.3</b> — The after-stay information gives the wrong check-out time." in page


def test_the_page_shows_the_gates_the_site_the_selection_and_why_t2_indicators_are_not_tested(tmp_path):
    page = compliance_overview.render(build(tmp_path))

    assert "7 tests ran (at least 105), 2 failed (at most 0 allowed)" in page
    assert "<li>P1.3.3 — 2 tests: 1 passed, 1 failed</li>" in page
    assert "Indicators this selection did not run: P1.3.2</p>" in page
    assert "the bundled reference site demo_site (started for this run)" in page
    assert "--requirement P1.3 · 7 of 10 tests run" in page
    assert "Lanwan Bay Hotel" in page
    assert offsite()["P2.3.1"].why_en in page
    assert "the property does not offer: " + features()["shop"]["en"] in page


def test_the_report_language_is_traditional_chinese_by_default(tmp_path):
    page = compliance_overview.render(build(tmp_path, "zh-TW"))

    assert "2 項指標未通過：" in page
    assert "嵐灣海景旅店" in page
    assert offsite()["P2.3.1"].why_zh in page
    assert catalogue()["P1.3.3"].zh in page
    assert '<span class="badge not_applicable">不適用</span>' in page


def test_the_history_gains_one_line_per_run_and_building_again_replaces_it(tmp_path):
    build(tmp_path)
    overview = build(tmp_path)

    lines = (tmp_path / "history.jsonl").read_text().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["failed"] == 2
    assert overview.trend[0]["passed"] == 2


def test_the_trend_draws_the_last_runs(tmp_path):
    history = tmp_path / "history.jsonl"
    history.write_text("".join(json.dumps({"run": n, "date": f"2026-01-0{n}", "passed": 20, "failed": 1,
                                           "not_applicable": 3}) + "\n" for n in range(1, 4)))  # fmt: skip

    overview = build(tmp_path)

    assert [run["run"] for run in overview.trend][:3] == [1, 2, 3]
    assert len(overview.trend) == 4
    assert compliance_overview.render(overview).count('<rect class="failed"') == 4


def test_missing_gate_files_show_as_not_evaluated(tmp_path):
    overview = compliance_overview.build({"tests": []}, {}, None, "en", None, None)

    page = compliance_overview.render(overview)

    assert page.count("not evaluated") == 2
    assert "All 0 indicators the run checked pass or do not apply." in page


@pytest.mark.skipif(system_chromium() is None and not shutil.which("playwright"), reason="no Chromium at all")
def test_the_overview_prints_as_a_pdf_with_chromium(tmp_path):
    overview = build(tmp_path, "zh-TW")
    page = tmp_path / "index.html"
    page.write_text(compliance_overview.render(overview), encoding="utf-8")

    # In a process of its own, as the Allure plugin runs it: an xdist worker that ran a browser test
    # before keeps Playwright's event loop, and the sync API refuses to start inside it.
    script = "import sys, pathlib, scripts.compliance_overview as c; c.print_pdf(*map(pathlib.Path, sys.argv[1:]))"
    outputs = [str(tmp_path / "overview.pdf"), str(tmp_path / "overview.png")]
    subprocess.run([sys.executable, "-c", script, str(page), *outputs], check=True, cwd=ROOT, timeout=120)

    assert (tmp_path / "overview.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "overview.png").stat().st_size > 10_000
