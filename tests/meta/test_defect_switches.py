"""Proof that the suite catches defects: each switch of each reference site fails a test of its requirement.

For every reference site (a profile in profiles/ naming one) and every switch its
`python -m MODULE --list-defects` names, the requirement's tests are run, with that profile and its
pack, against the site started with that switch until the first failure: one must fail, as a
*failure* (not broken), filed under that requirement in the report, with a message and a
screenshot. Only the broken requirement's tests run, so the proof stays fast as the catalogue
grows. That the same tests pass against the clean bundled site is shown by `tests/e2e` itself,
which `make test` runs against it; for the other reference sites, the tests each switch is caught
by are run once against the clean site here.

Where a requirement has many tests and the one that catches a switch comes late, a focus (a
`-k` expression) runs the likeliest tests first. A focus only orders the search: if the focused
tests do not fail, all of the requirement's tests run, and the proof is the same either way.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from support.plugins.site import DEFAULT_PROFILE
from support.requirements import catalogue

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.meta


@dataclass(frozen=True)
class Switch:
    """One line of a reference site's `--list-defects`, and the profile that site is checked with."""

    name: str
    requirement: str
    description: str
    profile: Path

    @property
    def module(self) -> str:
        """The reference site's module."""
        return reference_sites()[self.profile]

    @property
    def id(self) -> str:
        """`site:switch`, unique across the reference sites."""
        return f"{self.module}:{self.name}"


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


def reference_sites() -> dict[Path, str]:
    """Each profile in profiles/ that names a bundled reference site, and that site's module."""
    sites = {}
    for path in sorted((ROOT / "profiles").glob("*.yaml")):
        module = ((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("reference_site") or {}).get("module")
        if module:
            sites[path] = module
    return sites


def switches() -> list[Switch]:
    """Every reference site's defect switches, as each lists them itself."""
    found = []
    for profile, module in reference_sites().items():
        listing = subprocess.run(
            [sys.executable, "-m", module, "--list-defects"], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout
        found += [Switch(*line.split("\t"), profile=profile) for line in listing.strip().splitlines()]
    return found


SWITCHES = switches()
FOCUS = {  # switch (site:name) → the tests to try first (see the module docstring)
    "demo_site:no-booking-email": "booking_acknowledgement and email",
    "demo_site:wrong-carrier-on-confirmation": "order_completion",
    "demo_site:delivery-fee-not-in-total": "order_completion",
    "demo_site:frozen-offered-store-pickup": "delivery_offers",
    "demo_site:tax-id-checksum-ignored": "einvoice and invalid",
    "demo_site:cancel-keeps-rooms": "go_back_on_sale",
    "demo_site:refund-10-13-days-60": "deposit-13 or deposit-10",
    "demo_site:cancel-email-no-amount": "refunds_the_oracles_share",
    "demo_site:no-after-stay-link": "guides_the_guest",
    "demo_site:hold-date-late": "how_and_by_when",
    "demo_site:hold-date-missing": "how_and_by_when",
    "demo_site:deposit-40-percent": "statutory_share",
    "demo_site:history-editable": "cannot_be_edited",
    "demo_site:agent-can-decide": "only_a_supervisor",
    "demo_site:case-list-no-deadline": "deadline",
    "demo_site:standards-unlinked-from-product-pages": "every_page_links",
    "demo_site:review-no-cancellation-terms": "cancellation_terms_before_confirming",
    "demo_site:confirmation-no-reference": "acknowledged_with_a_reference",
    "demo_site:privacy-notice-incomplete": "six_pdpa_elements",
    "demo_site:fees-no-transfer": "add_on_price or every_kind_of_fee",
    "demo_site:fees-stale-dinner": "add_on_price",
    "demo_site:review-breakfast-mispriced": "lists_every_fee",
    "demo_site:review-no-contact-phone": "service_contact_phone",
    "demo_site:licence-missing-on-rooms": "every_page_shows_the_approved_company_details",
    "demo_site:home-price-stale": "lowest_approved_rate",
    "demo_site:cvs-over-limit": "not_offered_above_its_ceiling",
    "demo_site:cvs-ceiling-off-by-one": "offered_within_its_ceiling",
    "demo_site:refund-truncates": "refunds_the_oracles_share and (deposit-13 or deposit-7)",
    "demo_site:last-bookable-day-refused": "lists_every_fee and last-bookable-day",
    "demo_site:payment-options-omit-line-pay": "same_approved_methods",
    "demo_site:line-link-to-wrong-account": "reach_the_approved_channels",
    "demo_site:consent-pre-ticked": "consent_starts_unticked",
    "demo_site:stay-info-wrong-check-out": "information_equals_the_profile",
    "demo_site:acknowledgement-without-case-number": "case_next_step",
    "demo_site:reply-date-past-the-standard": "case_next_step",
    "demo_site:no-complaint-email": "case_next_step and complaint",
    "demo_site:perishables-without-withdrawal-exclusion": "withdrawal_does_not_apply",
    "misty_hill:review-drops-bike-fee": "lists_every_fee",
    "misty_hill:weekend-surcharge-on-sunday": "lists_every_fee",
    "misty_hill:holiday-surcharge-a-night-late": "lists_every_fee and across-a-holiday",
    "misty_hill:last-bookable-day-refused": "lists_every_fee and last-bookable-day",
    "misty_hill:deposit-on-room-only": "agree_with_the_oracle and wire",
    "misty_hill:statutory-refund-schedule": "refunds_the_oracles_share and full",
    "misty_hill:confirmation-without-reference": "acknowledged_with_a_reference",
    "misty_hill:email-without-stay-info-link": "email_guides_the_guest",
    "misty_hill:last-room-sold-twice": "last_room",
    "misty_hill:about-without-licence": "about_page_states",
    "misty_hill:fees-show-last-years-tea-price": "add_on_price",
    "misty_hill:policy-drops-day-before-row": "statutory_share",
    "misty_hill:service-standards-without-complaint-deadline": "complaint_procedure",
    "misty_hill:feedback-ack-without-case-number": "case_next_step",
    "misty_hill:contact-form-accepts-malformed-email": "malformed-email",
}


@functools.cache
def requirement_files(profile: Path) -> dict[str, list[str]]:
    """The e2e test files of each requirement under `profile`, from one collection per worker.

    A proof then collects only its requirement's files: collecting all of tests/e2e again for each
    of some sixty proofs cost more than a second of CPU each.
    """
    with tempfile.TemporaryDirectory() as folder:
        coverage = Path(folder, "requirements.json")
        collected = subprocess.run(
            [sys.executable, "-m", "pytest", "tests/e2e", "--profile", str(profile), "--collect-only", "-q",
             "-p", "no:randomly", "-p", "no:cacheprovider", f"--requirements-json={coverage}"],
            capture_output=True, text=True, cwd=ROOT, timeout=300,
        )  # fmt: skip
        assert collected.returncode == pytest.ExitCode.OK, collected.stdout + collected.stderr
        tests = json.loads(coverage.read_text(encoding="utf-8"))
    return {
        rid: sorted({test.split("::")[0] for test in entry["tests"]})
        for rid, entry in tests.items()
        if rid in catalogue()
    }


def run_requirement(tmp_path: Path, requirement: str, *extra: str, profile: Path = DEFAULT_PROFILE) -> SuiteRun:
    """Run the e2e tests of one requirement, checked with `profile`, with their own report folders."""
    allure_dir, coverage = tmp_path / "allure-results", tmp_path / "requirements.json"
    files = requirement_files(profile).get(requirement) or ["tests/e2e"]
    command = [
        sys.executable, "-m", "pytest", *files, "--profile", str(profile), "--requirement", requirement,
        "-p", "no:randomly", "-p", "no:cacheprovider", "-q", "--mail-timeout=3", "--maxfail=1", "--expect-timeout=2500",
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


@pytest.mark.parametrize("switch", SWITCHES, ids=[switch.id for switch in SWITCHES])
def test_each_defect_switch_fails_a_test_of_the_requirement_it_breaks(switch: Switch, tmp_path: Path):
    """The broken requirement shows a failure (not broken), filed under its ID, with a message and a screenshot."""
    run = None
    defect = ("--site-defect", switch.name)
    if switch.id in FOCUS:
        run = run_requirement(
            tmp_path / "focused", switch.requirement, *defect, "-k", FOCUS[switch.id], profile=switch.profile
        )
    if run is None or run.returncode != pytest.ExitCode.TESTS_FAILED:
        run = run_requirement(tmp_path / "all", switch.requirement, *defect, profile=switch.profile)

    assert run.returncode == pytest.ExitCode.TESTS_FAILED, run.output
    assert run.coverage[switch.requirement]["failed"] >= 1, run.output
    for failure in run.failures():
        assert failure["status"] == "failed", f"{failure['name']} is broken, not failed:\n{run.output}"
        assert switch.requirement in story_ids(failure), f"{failure['name']} failed but is not filed under it"
        assert failure["statusDetails"]["message"].strip(), f"{failure['name']} failed without a message"
        attachments = {attachment["name"] for attachment in failure["attachments"]}
        assert any(name.startswith("screenshot") for name in attachments), f"{failure['name']} has no screenshot"
        assert {"page URL", "data seed"} <= attachments, f"{failure['name']} lacks evidence"


@pytest.mark.parametrize(
    "profile", [path for path in reference_sites() if path != DEFAULT_PROFILE], ids=lambda path: path.stem
)
def test_the_tests_that_catch_the_switches_pass_on_the_clean_site(profile: Path, tmp_path: Path):
    """Against the site with no switch on, the focused tests pass: a switch's failure is the switch's doing."""
    focused = [FOCUS[switch.id] for switch in SWITCHES if switch.profile == profile and switch.id in FOCUS]
    expression = " or ".join(f"({focus})" for focus in focused)
    command = [
        sys.executable, "-m", "pytest", "tests/e2e", "--profile", str(profile), "-k", expression,
        "-p", "no:randomly", "-p", "no:cacheprovider", "-q", f"--alluredir={tmp_path / 'allure-results'}",
        f"--output={tmp_path / 'test-results'}", f"--requirements-json={tmp_path / 'requirements.json'}",
    ]  # fmt: skip
    completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=900)

    assert focused, f"no focus for the switches of {profile.name}"
    assert completed.returncode == pytest.ExitCode.OK, completed.stdout + completed.stderr


def test_the_switch_registry_names_known_requirements_and_every_focus_a_switch():
    """Each switch breaks a requirement of the catalogue, and every focus above names a switch that exists."""
    names = {switch.id for switch in SWITCHES}

    assert len(names) == len(SWITCHES), "two switches of a site share a name"
    assert not [s.name for s in SWITCHES if s.requirement not in catalogue()], "a switch names an unknown requirement"
    assert set(FOCUS) <= names, f"focus for switches that do not exist: {sorted(set(FOCUS) - names)}"


def test_an_unknown_switch_stops_the_run_before_any_site_starts(tmp_path: Path):
    """A mistyped --site-defect is a usage error saying where the switches are listed, not an error after start-up."""
    run = run_requirement(tmp_path, "P1.1.1", "--site-defect", "no-such-switch")

    assert run.returncode == pytest.ExitCode.USAGE_ERROR, run.output
    assert "--site-defect no-such-switch: demo_site has no such switch" in run.output
    assert "--list-defects" in run.output
    assert "site-logs" not in run.output


@pytest.mark.parametrize("profile", list(reference_sites()), ids=lambda path: path.stem)
def test_every_switched_requirement_has_tests_that_can_catch_it(profile: Path):
    """Each requirement a switch breaks is checked by at least one e2e test (else its switch proves nothing)."""
    files = requirement_files(profile)
    switched = {switch.requirement for switch in SWITCHES if switch.profile == profile}
    untested = sorted(requirement for requirement in switched if not files.get(requirement))
    assert not untested, f"switches break requirements no test checks: {untested}"
