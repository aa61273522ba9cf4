"""Proof that the suite catches defects: each switch of each reference site fails a test of its requirement.

For every reference site (a profile in profiles/ naming one) and every switch its
`python -m MODULE --list-defects` names, the requirement's tests are run, with that profile and its
pack, against the site started with that switch until the first failure: one must fail, as a
*failure* (not broken), filed under that requirement in the report, with a message, a screenshot
and the evidence. Only the broken requirement's tests run, so the proof stays fast as the
catalogue grows. That the same tests pass against the clean bundled site is shown by `tests/e2e`
itself, which `make test` runs against it; for the other reference sites, the tests each switch is
caught by are run once against the clean site here.

Where a requirement has many tests and the one that catches a switch comes late, a focus (a
`-k` expression) runs the likeliest tests first. A focus only orders the search: if the focused
tests do not fail, the rest of the requirement's tests run, and the proof is the same either way.

A pytest run, a browser and its collection cost some ten seconds before a proof checks anything,
so the switches are proven in batches: one pytest run per batch (`--defect-proofs`,
support/plugins/proofs.py) starts the site afresh for each switch of the batch, runs that switch's
tests until one fails, and labels every result with its switch. Each switch keeps its own test
here (select one with `-k SWITCH-NAME`), which judges its switch's results in the batch's Allure
results. A batch is run once per session, by the first of its switches' tests to need it, on
whichever xdist worker that is; a worker whose batch another is running proves an unclaimed batch
meanwhile, then reads its own.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import math
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
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

    @property
    def lang(self) -> str | None:
        """The site language the switch breaks, where it breaks only one (LANGUAGE); None: the profile's first."""
        return LANGUAGE.get(self.id)


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
    "demo_site:english-policy-stale": "statutory_share",
    "demo_site:manage-page-broken-link": "behind_forms",
    "demo_site:licence-missing-behind-forms": "behind_forms",
    "demo_site:feedback-message-cut-at-200": "whole_and_as_text and message",
    "demo_site:staff-case-view-unescaped": "whole_and_as_text",
    "demo_site:confirm-token-not-spent": "booked_once",
    "demo_site:order-token-not-spent": "ordered_once",
    "demo_site:feedback-token-not-spent": "received_once",
    "demo_site:cancellation-repeated": "cancelled_once",
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
    "misty_hill:special-request-limit-in-bytes": "whole_and_as_text and special_request",
    "misty_hill:review-confirmed-twice": "booked_once",
    "misty_hill:feedback-sent-twice": "received_once",
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


# At most this many switches of one site go in one pytest run (docs/performance.md: measured with 2 xdist workers).
LANGUAGE = {  # switch (site:name) → the one site language it breaks: its proof runs the site in that language
    "demo_site:english-policy-stale": "en",
}
BATCH_SIZE = 8
BATCH_TIMEOUT = 3600  # seconds; one proof took at most some 100 s on a busy machine
SWITCH_LABEL = "defect-switch"  # the Allure label support/plugins/proofs.py gives each result


@dataclass(frozen=True)
class BatchRun:
    """What one `--defect-proofs` run left: its exit code, its output and its Allure results, in short."""

    returncode: int
    output: str
    results: list[dict]

    def of(self, switch: Switch) -> list[dict]:
        """The results of the tests that ran with `switch` on."""
        return [result for result in self.results if switch.name in result["labels"].get(SWITCH_LABEL, [])]

    def said_about(self, switch: Switch) -> str:
        """What the run says about `switch`: its results in the order they ran, its failures, its verdict."""
        ran = [result for result in sorted(self.of(switch), key=_started) if result["status"] != "skipped"]
        results = [f"  {result['status']}: {result['name']}" for result in ran]
        if self.returncode not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
            return "\n".join([*results, self.output])  # the run itself went wrong: all of it
        said, failure_of_switch = [f"the tests that ran with {switch.name} on, in order:", *results], False
        for line in self.output.splitlines():
            if line.startswith(("____", "====")):
                failure_of_switch = line.startswith("____") and f"-{switch.name}]" in line
            if failure_of_switch or line.startswith(f"{switch.name} ("):  # its failure, or its line of the summary
                said.append(line)
        return "\n".join(said)


def _started(result: dict) -> int:
    return result.get("start") or 0


def _short(result: dict) -> dict:
    """The parts of an Allure result a proof judges: name, status, labels, message and attachment names."""
    labels: dict[str, list[str]] = {}
    for label in result.get("labels", []):
        labels.setdefault(label["name"], []).append(label["value"])
    return {
        "name": result["name"],
        "status": result["status"],
        "labels": labels,
        "message": (result.get("statusDetails") or {}).get("message") or "",
        "attachments": [attachment["name"] for attachment in result.get("attachments", [])],
        "start": result.get("start"),
    }


def run_batch(batch: tuple[Switch, ...], folder: Path) -> BatchRun:
    """Prove every switch of `batch` (all of one site) in one pytest run, with its own report folders."""
    profile, lang = batch[0].profile, batch[0].lang
    folder.mkdir(parents=True, exist_ok=True)
    proofs = folder / "proofs.json"
    listed = [{"switch": s.name, "requirement": s.requirement, "focus": FOCUS.get(s.id)} for s in batch]
    proofs.write_text(json.dumps(listed, indent=1), encoding="utf-8")
    files = sorted({name for s in batch for name in requirement_files(profile).get(s.requirement, [])}) or ["tests/e2e"]
    allure_dir = folder / "allure-results"
    command = [
        sys.executable, "-m", "pytest", *files, "--profile", str(profile), f"--defect-proofs={proofs}",
        "-p", "no:randomly", "-p", "no:cacheprovider", "-q", "--mail-timeout=3", "--expect-timeout=2500",
        f"--alluredir={allure_dir}", f"--requirements-json={folder / 'requirements.json'}",
        f"--output={folder / 'test-results'}", *(["--site-lang", lang] if lang else []),
    ]  # fmt: skip
    try:
        completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=BATCH_TIMEOUT)
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout.decode(errors="replace") if isinstance(expired.stdout, bytes) else expired.stdout
        return BatchRun(-1, f"the batch did not end within {BATCH_TIMEOUT} s:\n{output or ''}", [])
    results = [_short(json.loads(path.read_text())) for path in allure_dir.glob("*-result.json")]
    return BatchRun(completed.returncode, completed.stdout + completed.stderr, results)


def batches(selected: list[Switch]) -> list[tuple[Switch, ...]]:
    """The selected switches, each site's split into as few batches of at most BATCH_SIZE as will do, even in size.

    A run checks the site in one language, so the switches of one language (LANGUAGE) batch apart. Round
    robin over each site's registry order, so one requirement's switches spread over the batches.
    """
    found = []
    for profile in reference_sites():
        ours = [switch for switch in SWITCHES if switch.profile == profile and switch in selected]
        for lang in dict.fromkeys(switch.lang for switch in ours):  # a run checks the site in one language
            mine = [switch for switch in ours if switch.lang == lang]
            count = math.ceil(len(mine) / BATCH_SIZE)
            found += [tuple(mine[index::count]) for index in range(count)]
    return found


class ProofBatches:
    """The session's batches, shared by the xdist workers through a folder: each batch runs once.

    A batch's lock file is held (flock) by the worker proving it, and its result is written before
    the lock is released. A worker that finds its batch's lock taken proves one free batch meanwhile
    (rather than idle), then looks again; with none free, it waits on the lock. A worker that died
    released its lock, so its batch is run again.
    """

    def __init__(self, selected: list[Switch], folder: Path) -> None:
        self.batches = batches(selected)
        self.folder = folder

    def run_of(self, switch: Switch) -> BatchRun:
        """The run of the batch `switch` is in: read, or run now."""
        mine = next(index for index, batch in enumerate(self.batches) if switch in batch)
        while True:
            with self._lock(mine, wait=False) as free:
                if free:
                    return self._result(mine)
            if not self._prove_a_free_batch():
                with self._lock(mine, wait=True):
                    return self._result(mine)

    def _prove_a_free_batch(self) -> bool:
        """Run one batch that nobody has run or is running; False when there is none."""
        for index in range(len(self.batches)):
            if self._path(index).exists():
                continue
            with self._lock(index, wait=False) as free:
                if free and not self._path(index).exists():
                    self._result(index)
                    return True
        return False

    def _path(self, index: int) -> Path:
        return self.folder / f"batch-{index}.json"

    def _result(self, index: int) -> BatchRun:
        """The batch's run, read from its file, or run now and written (the caller holds the batch's lock)."""
        path = self._path(index)
        if not path.exists():
            run = run_batch(self.batches[index], self.folder / f"batch-{index}")
            path.with_suffix(".tmp").write_text(json.dumps(asdict(run)), encoding="utf-8")
            path.with_suffix(".tmp").replace(path)
        return BatchRun(**json.loads(path.read_text(encoding="utf-8")))

    @contextlib.contextmanager
    def _lock(self, index: int, *, wait: bool) -> Iterator[bool]:
        """Hold the batch's lock (yield True), or yield False at once when another process holds it and not `wait`."""
        with open(self.folder / f"batch-{index}.lock", "a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def proof_batches(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> ProofBatches:
    """The batches of the switches this session selected, in a folder all its xdist workers share."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if hasattr(request.config, "workerinput") else base) / "defect-proofs"
    folder.mkdir(exist_ok=True)
    name = test_each_defect_switch_fails_a_test_of_the_requirement_it_breaks.__name__
    selected = [item.callspec.params["switch"] for item in request.session.items if item.originalname == name]
    return ProofBatches(selected, folder)


def story_ids(result: dict) -> set[str]:
    """The requirement IDs Allure files a result under (its story labels)."""
    return {story.split(" ", 1)[0] for story in result["labels"].get("story", [])}


@pytest.mark.parametrize("switch", SWITCHES, ids=[switch.id for switch in SWITCHES])
def test_each_defect_switch_fails_a_test_of_the_requirement_it_breaks(switch: Switch, proof_batches: ProofBatches):
    """The broken requirement shows a failure (not broken), filed under its ID, with a message and a screenshot."""
    run = proof_batches.run_of(switch)
    failures = [result for result in run.of(switch) if result["status"] in ("failed", "broken")]

    assert failures, f"no test of {switch.requirement} failed with {switch.id} on\n{run.said_about(switch)}"
    for failure in failures:
        assert failure["status"] == "failed", f"{failure['name']} is broken, not failed:\n{run.said_about(switch)}"
        assert switch.requirement in story_ids(failure), f"{failure['name']} failed but is not filed under it"
        assert failure["message"].strip(), f"{failure['name']} failed without a message"
        attachments = set(failure["attachments"])
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
    assert set(LANGUAGE) <= names, f"a language for switches that do not exist: {sorted(set(LANGUAGE) - names)}"


@pytest.mark.parametrize("option", ["--site-defect", "--defect-proofs"])
def test_an_unknown_switch_stops_the_run_before_any_site_starts(option: str, tmp_path: Path):
    """A mistyped switch is a usage error saying where the switches are listed, not an error after start-up."""
    proofs = tmp_path / "proofs.json"
    proofs.write_text(json.dumps([{"switch": "no-such-switch", "requirement": "P1.1.1", "focus": None}]))
    value = str(proofs) if option == "--defect-proofs" else "no-such-switch"
    command = [sys.executable, "-m", "pytest", *requirement_files(DEFAULT_PROFILE)["P1.1.1"], option, value,
               "-p", "no:randomly", "-p", "no:cacheprovider", "-q", f"--alluredir={tmp_path / 'allure-results'}",
               f"--requirements-json={tmp_path / 'requirements.json'}"]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    output = run.stdout + run.stderr

    assert run.returncode == pytest.ExitCode.USAGE_ERROR, output
    assert f"{option} no-such-switch: demo_site has no such switch" in output
    assert "--list-defects" in output
    assert "site-logs" not in output


@pytest.mark.parametrize("profile", list(reference_sites()), ids=lambda path: path.stem)
def test_every_switched_requirement_has_tests_that_can_catch_it(profile: Path):
    """Each requirement a switch breaks is checked by at least one e2e test (else its switch proves nothing)."""
    files = requirement_files(profile)
    switched = {switch.requirement for switch in SWITCHES if switch.profile == profile}
    untested = sorted(requirement for requirement in switched if not files.get(requirement))
    assert not untested, f"switches break requirements no test checks: {untested}"
