"""Proof that verdicts are honest on the bundled site: not applicable, failed (not broken), never vacuous.

- A profile that declares no shop makes every shop test of P1.4.4 *not applicable*: in the
  terminal table, in `requirements.json`, in Allure (skipped, the sentence, the not-applicable
  label) and in the requirement gate's message; none of them passes.
- A switch that removes the cancellation terms from the review, or the booking reference from the
  confirmation, makes the test of that requirement *fail* (never break) with one sentence naming
  what the guest cannot see, within 5 s of reaching the page.
- A check over an empty list fails, saying there was nothing to compare.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import findings

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "profiles" / "demo-hotel.yaml"
SHOP_TESTS = [f"tests/e2e/t1_4/{name}.py" for name in ("test_before_purchase", "test_delivery_boundaries",
              "test_delivery_offers", "test_einvoice", "test_order_completion", "test_shop_bad_input")]  # fmt: skip

pytestmark = pytest.mark.meta


def profile_without(tmp_path: Path, change: callable) -> Path:
    """The bundled hotel's profile with one change, written where a run can read it."""
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "profile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, list[dict], dict]:
    """The e2e tests `args` select, in English: the process, its Allure results and its coverage table."""
    allure, coverage = tmp_path / "allure-results", tmp_path / "requirements.json"
    command = [sys.executable, "-m", "pytest", *args, "-p", "no:randomly", "-p", "no:cacheprovider",
               "--report-lang=en", "--mail-timeout=3", f"--alluredir={allure}", f"--requirements-json={coverage}",
               f"--output={tmp_path / 'out'}"]  # fmt: skip
    completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=900)
    results = [json.loads(path.read_text(encoding="utf-8")) for path in allure.glob("*-result.json")]
    table = json.loads(coverage.read_text(encoding="utf-8")) if coverage.exists() else {}
    return completed, results, table


def labels(result: dict, name: str) -> list[str]:
    """The values of one Allure label of a result."""
    return [label["value"] for label in result["labels"] if label["name"] == name]


def english(key: str, **params: object) -> str:
    """A finding as the English report says it."""
    findings.use("en")
    try:
        return findings.say(key, **params)
    finally:
        findings.use("zh-TW")


def test_a_profile_without_a_shop_makes_every_shop_test_not_applicable(tmp_path: Path):
    def no_shop(data: dict) -> None:
        data["features"].remove("shop")
        del data["shop"]

    profile = profile_without(tmp_path, no_shop)
    completed, results, table = run(tmp_path, *SHOP_TESTS, "--requirement", "P1.4.4", f"--profile={profile}")
    gate = subprocess.run([sys.executable, "scripts/requirements_gate.py", str(tmp_path / "requirements.json"),
                           "--require", "P1.4.4"], capture_output=True, text=True, cwd=ROOT)  # fmt: skip

    sentence = english("not-offered", feature=findings.feature("shop", "en"))
    assert completed.returncode == pytest.ExitCode.OK, completed.stdout[-3000:]
    assert len(results) == table["P1.4.4"]["not_applicable"] > 20
    assert (table["P1.4.4"]["passed"], table["P1.4.4"]["failed"], table["P1.4.4"]["skipped"]) == (0, 0, 0)
    assert all(result["status"] == "skipped" for result in results)
    assert all(result["statusDetails"]["message"] == sentence for result in results)
    assert all(labels(result, "verdict") == ["not-applicable"] for result in results)
    assert "n/a" in completed.stdout
    assert "P1.4.4: 0 passed" in gate.stdout, gate.stdout
    assert "not applicable" in gate.stdout, gate.stdout


@pytest.mark.parametrize(
    ("switch", "requirement", "test", "finding", "reached"),
    [
        pytest.param("review-no-cancellation-terms", "P1.3.4", "cancellation_terms_before_confirming",
                     "no-cancellation-terms", "Review a stay", id="cancellation-terms"),
        pytest.param("confirmation-no-reference", "P1.4.4", "acknowledged_with_a_reference",
                     "no-booking-reference", "Book a stay", id="booking-reference"),
    ],
)  # fmt: skip
def test_a_missing_demanded_fact_fails_with_its_sentence_within_five_seconds(
    tmp_path: Path, switch: str, requirement: str, test: str, finding: str, reached: str
):
    completed, results, _ = run(
        tmp_path, "tests/e2e", "--requirement", requirement, "--site-defect", switch, "-k", test
    )

    assert completed.returncode == pytest.ExitCode.TESTS_FAILED, completed.stdout[-3000:]
    (result,) = results
    step = next(step for step in result["steps"] if step["name"].startswith(reached))
    assert result["status"] == "failed", "a site lacking what the standard demands fails; broken is the suite's"
    assert result["statusDetails"]["message"] == english(finding)
    assert result["stop"] - step["stop"] < 5_000, "the failure came more than 5 s after the page was reached"


def test_a_check_over_an_empty_list_fails_saying_nothing_was_compared(tmp_path: Path):
    profile = profile_without(tmp_path, lambda data: data.update(facilities=[]))

    completed, results, _ = run(
        tmp_path, "tests/e2e/t1_1/test_company_details.py", "-k", "facilities", f"--profile={profile}"
    )

    assert completed.returncode == pytest.ExitCode.TESTS_FAILED, completed.stdout[-3000:]
    (result,) = results
    assert result["status"] == "failed"
    assert result["statusDetails"]["message"].startswith(english("nothing-to-compare", what="approved facilities"))
