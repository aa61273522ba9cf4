"""`@pytest.mark.requirement("P1.3.2")`: tests named by the standard's behaviour indicators.

- An ID not in the catalogue is a collection error of the test's module.
- Each ID becomes Allure's epic › feature › story (T1 › T1.3 › P1.3.2, Chinese and English).
- `--requirement P1.3` runs only the tests of P1.3.x (repeatable).
- After the run, `reports/requirements.json` and the terminal summary give, for every ID in the
  catalogue, its tests and how many passed, failed, were skipped and were not applicable (a
  feature the property does not offer, see support/plugins/verdicts.py), with those features.
- A run that selects part of the suite (`--requirement`, `-m`, `-k`, shards: anything that
  deselects) says what it left out: each ID's `not_selected` tests (collected, not run), and under
  `_run` the site language, how many tests were collected and selected, and the options that chose
  them. The gates read these, so a selection is judged on what it ran (scripts/requirements_gate.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import allure
import pytest

from support.requirements import catalogue, lookup, matches

_PROPERTY = "requirement"
# The user property the verdicts plugin gives a test it skips as not applicable: the feature not offered.
NOT_APPLICABLE = "not_applicable"
# The key of requirements.json that describes the run rather than an indicator.
RUN = "_run"
# What an xdist worker hands its controller about its collection (config.workeroutput).
_WORKER_SELECTION = "requirement_selection"
# The options that select part of the suite, as (option dest, how to show it).
_SELECTING_OPTIONS = (("requirement", "--requirement"), ("markexpr", "-m"), ("keyword", "-k"),
                      ("deselect", "--deselect"), ("splits", "--splits"), ("group", "--group"))  # fmt: skip


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hotel")
    group.addoption(
        "--requirement",
        action="append",
        default=[],
        metavar="ID",
        help="run only tests of this requirement or group (P1.3.2, P1.3, T1); repeatable",
    )
    group.addoption(
        "--requirements-json",
        default="reports/requirements.json",
        help="where to write the requirement coverage (default reports/requirements.json)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "requirement(*ids): the competency-standard behaviour indicators (P-codes) a test checks"
    )
    for selector in config.getoption("requirement"):
        if not any(matches(rid, selector) or _task_of(rid, selector) for rid in catalogue()):
            raise pytest.UsageError(f"--requirement {selector}: no such requirement or group in the catalogue")
    selection = SelectionRecorder(config)
    config.pluginmanager.register(selection, "requirement-selection")
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(CoverageRecorder(config, selection), "requirement-coverage")


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    """Fail the collection of a module whose tests name a requirement the catalogue lacks."""
    report = yield
    if report.outcome != "passed":
        return report
    problems = [
        problem for item in report.result if isinstance(item, pytest.Item) for problem in _marker_problems(item)
    ]
    if problems:
        report.outcome = "failed"
        report.longrepr = "\n".join([*problems, f"known IDs: {', '.join(catalogue())}"])
    return report


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Label each test for Allure and the coverage table; keep only `--requirement` selections."""
    selectors = config.getoption("requirement")
    selected, deselected = [], []
    for item in items:
        ids = requirement_ids(item)
        for rid in ids:
            requirement = lookup(rid)
            item.add_marker(allure.epic(requirement.duty.title))
            item.add_marker(allure.feature(requirement.task.title))
            item.add_marker(allure.story(requirement.title))
            item.user_properties.append((_PROPERTY, rid))
        keep = not selectors or any(matches(rid, s) or _task_of(rid, s) for rid in ids for s in selectors)
        (selected if keep else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


def requirement_ids(item: pytest.Item) -> list[str]:
    """The requirement IDs a test carries, from its own, class and module markers, in order."""
    ids: list[str] = []
    for mark in item.iter_markers("requirement"):
        ids.extend(rid for rid in mark.args if rid not in ids)
    return ids


def _marker_problems(item: pytest.Item) -> list[str]:
    problems = []
    for mark in item.iter_markers("requirement"):
        if not mark.args:
            problems.append(f"{item.nodeid}: @pytest.mark.requirement needs at least one ID")
        problems.extend(f"{item.nodeid}: unknown requirement ID {rid!r}" for rid in mark.args if rid not in catalogue())
    return problems


def _task_of(requirement_id: str, selector: str) -> bool:
    """Whether `selector` is the duty or task the requirement sits under (T1, T1.3)."""
    requirement = catalogue()[requirement_id]
    return selector in (requirement.duty.id, requirement.task.id)


@dataclass
class _Tally:
    tests: list[str] = field(default_factory=list)
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    not_applicable: int = 0
    not_offered: set[str] = field(default_factory=set)
    not_selected: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        """The entry of requirements.json."""
        return {"tests": self.tests, "passed": self.passed, "failed": self.failed, "skipped": self.skipped,
                "not_applicable": self.not_applicable, "not_offered": sorted(self.not_offered),
                "not_selected": self.not_selected}  # fmt: skip


class SelectionRecorder:
    """What the collection held and what a selection left out, on every process that collects.

    Deselection happens where tests are collected: in each xdist worker (which hands it to the
    controller through `workeroutput`) or in the one pytest process. Every way of selecting part of
    the suite (`--requirement`, `-m`, `-k`, `--deselect`, shards) reports through `pytest_deselected`,
    so the tests left out, with their requirement IDs, are known whatever chose them.
    """

    def __init__(self, config: pytest.Config) -> None:
        self._config = config
        self.deselected: dict[str, list[str]] = {}
        self.selected = 0

    def pytest_deselected(self, items: list[pytest.Item]) -> None:
        self.deselected.update({item.nodeid: requirement_ids(item) for item in items})

    @pytest.hookimpl(trylast=True)
    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.selected = len(session.items)
        if hasattr(self._config, "workeroutput"):
            self._config.workeroutput[_WORKER_SELECTION] = {"deselected": self.deselected, "selected": self.selected}

    def add_worker(self, output: dict[str, Any]) -> None:
        """A worker's collection; every worker collects the same tests, so one is as good as all."""
        received = output.get(_WORKER_SELECTION)
        if received:
            self.deselected.update(received["deselected"])
            self.selected = max(self.selected, received["selected"])

    def run(self) -> dict[str, Any]:
        """The `_run` entry: site language, tests collected and selected, the options that selected them."""
        return {
            "language": self._config.getoption("site_lang", default=None),
            "collected": self.selected + len(self.deselected),
            "selected": self.selected,
            "selection": self.options(),
        }

    def options(self) -> list[str]:
        """The selecting options given, as typed: `--requirement P1.3`, `-m nondestructive`."""
        shown = []
        for dest, flag in _SELECTING_OPTIONS:
            value = self._config.getoption(dest, default=None)
            values = value if isinstance(value, list) else [value] if value not in (None, "", 0) else []
            shown += [f"{flag} {item}" for item in values]
        return shown


class CoverageRecorder:
    """Collects each test's outcome by requirement (also from xdist workers) and reports it.

    With `--collect-only` it lists the tests each requirement has, with no outcomes.
    """

    def __init__(self, config: pytest.Config, selection: SelectionRecorder) -> None:
        self._config = config
        self._selection = selection
        self._outcomes: dict[str, str] = {}
        self._ids: dict[str, list[str]] = {}
        self._not_offered: dict[str, list[str]] = {}

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        if self._config.getoption("collectonly"):
            self._ids.update({item.nodeid: requirement_ids(item) for item in items if requirement_ids(item)})

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: object) -> None:
        """An xdist worker's collection and deselection, for the tests this selection left out."""
        self._selection.add_worker(getattr(node, "workeroutput", {}))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        ids = [value for name, value in report.user_properties if name == _PROPERTY]
        if not ids:
            return
        self._ids[report.nodeid] = list(dict.fromkeys(ids))
        previous = self._outcomes.get(report.nodeid)
        not_offered = [value for name, value in report.user_properties if name == NOT_APPLICABLE]
        if report.skipped and not_offered and previous != "failed":
            self._outcomes[report.nodeid] = "not_applicable"
            self._not_offered[report.nodeid] = list(dict.fromkeys(not_offered))
        elif report.failed or (report.when == "call" and report.passed and hasattr(report, "wasxfail")):
            self._outcomes[report.nodeid] = "failed"
        elif report.skipped and previous != "failed":
            self._outcomes[report.nodeid] = "skipped"
        elif report.when == "call" and report.passed and previous is None:
            self._outcomes[report.nodeid] = "passed"

    def coverage(self) -> dict[str, _Tally]:
        """Every catalogue ID with its tests and outcome counts (zero where untested)."""
        table = {rid: _Tally() for rid in catalogue()}
        for nodeid, ids in self._ids.items():
            outcome = self._outcomes.get(nodeid, None if self._config.getoption("collectonly") else "skipped")
            for rid in ids:
                tally = table[rid]
                tally.tests.append(nodeid)
                if outcome:
                    setattr(tally, outcome, getattr(tally, outcome) + 1)
                if outcome == "not_applicable":
                    tally.not_offered.update(self._not_offered.get(nodeid, []))
        for nodeid, ids in self._selection.deselected.items():
            for rid in ids:
                table[rid].not_selected.append(nodeid)
        return table

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        path = Path(self._config.rootpath, self._config.getoption("requirements_json"))
        path.parent.mkdir(parents=True, exist_ok=True)
        data: dict[str, Any] = {rid: tally.as_json() for rid, tally in self.coverage().items()}
        data[RUN] = self._selection.run()
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not self._ids:
            return
        table = self.coverage()
        terminalreporter.write_sep("=", "requirement coverage")
        terminalreporter.write_line(
            f"{'requirement':<12}{'tests':>7}{'passed':>8}{'failed':>8}{'skipped':>9}{'n/a':>6}  not offered"
        )
        for rid, tally in table.items():
            line = (
                f"{rid:<12}{len(tally.tests):>7}{tally.passed:>8}{tally.failed:>8}{tally.skipped:>9}"
                f"{tally.not_applicable:>6}  {', '.join(sorted(tally.not_offered))}"
            ).rstrip()
            terminalreporter.write_line(line, red=bool(tally.failed), green=bool(tally.passed and not tally.failed))
        tested = sum(1 for tally in table.values() if tally.tests)
        terminalreporter.write_line(f"{tested} of {len(table)} requirements have tests in this run")
        left_out = [rid for rid, tally in table.items() if tally.not_selected and not tally.tests]
        if left_out:
            run = self._selection.run()
            chosen = " ".join(run["selection"]) or "deselected"
            terminalreporter.write_line(
                f"{run['selected']} of {run['collected']} tests selected ({chosen}); "
                f"not run in this selection: {', '.join(left_out)}"
            )
