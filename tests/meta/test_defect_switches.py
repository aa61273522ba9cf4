"""Proof that the suite catches defects: each switch of the reference site fails a test of its requirement.

For every switch `python -m demo_site --list-defects` names, the requirement's tests are run
against a site started with that switch until the first failure: one must fail, filed under that
requirement in the report, with a message and a screenshot. Only the broken requirement's tests
run, so the proof stays fast as the catalogue grows. That the same tests pass against the clean
site is shown by `tests/e2e` itself, which `make test` runs against the clean bundled site.

Where a requirement has many tests and the one that catches a switch comes late, a focus (a
`-k` expression) runs the likeliest tests first. A focus only orders the search: if the focused
tests do not fail, all of the requirement's tests run, and the proof is the same either way.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.requirements import catalogue

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.meta


@dataclass(frozen=True)
class Switch:
    """One line of `--list-defects`."""

    name: str
    requirement: str
    description: str


@dataclass(frozen=True)
class SuiteRun:
    """The outcome of one run of the requirement tests in a subprocess."""

    returncode: int
    output: str
    coverage: dict
    results: list[dict]

    def failures(self) -> list[dict]:
        """The results Allure records as failed or broken."""
        return [result for result in self.results if result["status"] in ("failed", "broken")]


def switches() -> list[Switch]:
    """The site's defect switches, as it lists them itself."""
    listing = subprocess.run(
        [sys.executable, "-m", "demo_site", "--list-defects"], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    return [Switch(*line.split("\t")) for line in listing.strip().splitlines()]


SWITCHES = switches()
FOCUS = {  # switch → the tests to try first (see the module docstring)
    "no-booking-email": "booking_acknowledgement and email",
    "wrong-carrier-on-confirmation": "order_completion",
    "delivery-fee-not-in-total": "order_completion",
    "frozen-offered-store-pickup": "delivery_offers",
    "tax-id-checksum-ignored": "einvoice and invalid",
    "cancel-keeps-rooms": "go_back_on_sale",
    "refund-10-13-days-60": "deposit-13 or deposit-10",
    "cancel-email-no-amount": "refunds_the_oracles_share",
    "no-after-stay-link": "guides_the_guest",
    "hold-date-late": "how_and_by_when",
    "hold-date-missing": "how_and_by_when",
    "deposit-40-percent": "statutory_share",
    "history-editable": "cannot_be_edited",
    "agent-can-decide": "only_a_supervisor",
    "case-list-no-deadline": "deadline",
    "standards-unlinked-from-product-pages": "every_page_links",
    "review-no-cancellation-terms": "cancellation_terms_before_confirming",
    "confirmation-no-reference": "acknowledged_with_a_reference",
}


def run_requirement(tmp_path: Path, requirement: str, *extra: str) -> SuiteRun:
    """Run the e2e tests of one requirement with their own report folders; return what happened."""
    allure_dir, coverage = tmp_path / "allure-results", tmp_path / "requirements.json"
    command = [
        sys.executable, "-m", "pytest", "tests/e2e", "--requirement", requirement,
        "-p", "no:randomly", "-p", "no:cacheprovider", "-q", "--mail-timeout=3", "--maxfail=1",
        f"--alluredir={allure_dir}", f"--requirements-json={coverage}", f"--output={tmp_path / 'test-results'}",
        *extra,
    ]  # fmt: skip
    completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=900)
    results = [json.loads(path.read_text()) for path in allure_dir.glob("*-result.json")]
    return SuiteRun(
        completed.returncode,
        completed.stdout + completed.stderr,
        json.loads(coverage.read_text()) if coverage.exists() else {},
        results,
    )


def story_ids(result: dict) -> set[str]:
    """The requirement IDs Allure files a result under (its story labels)."""
    return {label["value"].split(" ", 1)[0] for label in result["labels"] if label["name"] == "story"}


@pytest.mark.parametrize("switch", SWITCHES, ids=[switch.name for switch in SWITCHES])
def test_each_defect_switch_fails_a_test_of_the_requirement_it_breaks(switch: Switch, tmp_path: Path):
    """The broken requirement shows failures, each filed under its ID with a message and a screenshot."""
    run = None
    if switch.name in FOCUS:
        run = run_requirement(
            tmp_path / "focused", switch.requirement, "--site-defect", switch.name, "-k", FOCUS[switch.name]
        )
    if run is None or run.returncode != pytest.ExitCode.TESTS_FAILED:
        run = run_requirement(tmp_path / "all", switch.requirement, "--site-defect", switch.name)

    assert run.returncode == pytest.ExitCode.TESTS_FAILED, run.output
    assert run.coverage[switch.requirement]["failed"] >= 1, run.output
    for failure in run.failures():
        assert switch.requirement in story_ids(failure), f"{failure['name']} failed but is not filed under it"
        assert failure["statusDetails"]["message"].strip(), f"{failure['name']} failed without a message"
        attachments = {attachment["name"] for attachment in failure["attachments"]}
        assert any(name.startswith("screenshot") for name in attachments), f"{failure['name']} has no screenshot"
        assert {"page URL", "data seed"} <= attachments, f"{failure['name']} lacks evidence"


def test_the_switch_registry_names_known_requirements_and_every_focus_a_switch():
    """Each switch breaks a requirement of the catalogue, and every focus above names a switch that exists."""
    names = {switch.name for switch in SWITCHES}

    assert len(names) == len(SWITCHES), "two switches share a name"
    assert not [s.name for s in SWITCHES if s.requirement not in catalogue()], "a switch names an unknown requirement"
    assert set(FOCUS) <= names, f"focus for switches that do not exist: {sorted(set(FOCUS) - names)}"


def test_an_unknown_switch_stops_the_run_before_any_site_starts(tmp_path: Path):
    """A mistyped --site-defect is a usage error naming the known switches, not an internal error after start-up."""
    run = run_requirement(tmp_path, "P1.1.1", "--site-defect", "no-such-switch")

    assert run.returncode == pytest.ExitCode.USAGE_ERROR, run.output
    assert "unknown --site-defect no-such-switch" in run.output
    assert "site-logs" not in run.output


def test_every_switched_requirement_has_tests_that_can_catch_it(tmp_path: Path):
    """Each requirement a switch breaks is checked by at least one e2e test (else its switch proves nothing)."""
    coverage = tmp_path / "requirements.json"
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/e2e", "--collect-only", "-q", "-p", "no:randomly",
         "-p", "no:cacheprovider", f"--requirements-json={coverage}"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip

    assert collected.returncode == pytest.ExitCode.OK, collected.stdout + collected.stderr
    tests = json.loads(coverage.read_text())
    untested = sorted({switch.requirement for switch in SWITCHES if not tests[switch.requirement]["tests"]})
    assert not untested, f"switches break requirements no test checks: {untested}"
