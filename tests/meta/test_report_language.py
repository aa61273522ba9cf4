"""The report an operator reads is in one language, and a failure opens with a plain sentence.

A few requirement tests run against the bundled site with a defect switch on (so one of them
fails), in each report language; Allure builds the report from their results as `make report`
does; scripts/report_language_check.py then reads the generated report's data: no English test
title, step, parameter, category or chart title in the Chinese report, no Chinese in the English
one, and the failure's first line is the test's plain sentence in that language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.report_language_check import offences
from support import findings

ROOT = Path(__file__).resolve().parents[2]
FAILING_TEST = "tests/e2e/t1_3/test_fee_statement.py::test_each_add_on_price_equals_the_profile"
DEFECT = "fees-stale-dinner"

pytestmark = pytest.mark.meta


def _run(tmp_path: Path, lang: str) -> Path:
    results = tmp_path / "results"
    subprocess.run(
        [sys.executable, "-m", "pytest", FAILING_TEST,
         "-q", "-p", "no:randomly", "-p", "no:cacheprovider", f"--site-defect={DEFECT}", f"--report-lang={lang}",
         f"--alluredir={results}", f"--requirements-json={tmp_path / 'requirements.json'}",
         f"--output={tmp_path / 'out'}", "--expect-timeout=2500"],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip
    report = tmp_path / "report"
    environment = {**os.environ, "REPORT_LANG": lang, "ALLURE_NO_HISTORY": "1",
                   "NODE_OPTIONS": "--require ./scripts/node-iterator-helpers.cjs"}  # fmt: skip
    subprocess.run(
        ["npx", "--no-install", "allure", "generate", str(results), "--config", "allurerc.mjs", "-o", str(report)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=True,
        env=environment,
    )
    return report


def _failure_messages(report: Path) -> list[str]:
    results = [
        json.loads(path.read_text(encoding="utf-8")) for path in (report / "data" / "test-results").glob("*.json")
    ]
    return [result["error"]["message"] for result in results if result["status"] == "failed"]


@pytest.mark.parametrize("lang", findings.LANGUAGES)
def test_the_report_is_in_its_language_and_a_failure_opens_with_a_plain_sentence(tmp_path: Path, lang: str):
    report = _run(tmp_path, lang)

    assert offences(report, lang) == []
    sentence = findings.test_texts()["t1_3/test_fee_statement.py::test_each_add_on_price_equals_the_profile"]["fails"]
    messages = _failure_messages(report)
    assert messages, "the defect switch made no test fail: nothing to read"
    assert all(message.startswith(f"{sentence[lang]}\n") for message in messages), messages[0][:300]
