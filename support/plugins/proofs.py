"""`--defect-proofs FILE`: one pytest run proves many defect switches of the bundled site, one after the other.

Proving a switch (tests/meta/test_defect_switches.py) means running its requirement's tests against
the site started with that switch until one fails. Run as a pytest process per switch, about ten
seconds of each proof went on starting Python, collecting and launching a browser before a test
ran. Here one process proves every switch the file lists:

```json
[{"switch": "hold-date-late", "requirement": "P1.3.2", "focus": "how_and_by_when"},
 {"switch": "no-booking-email", "requirement": "P1.4.4", "focus": null}]
```

- Every test that uses the site (its fixtures need `site_defects`, as `base_url` does) is run once
  for each listed switch whose requirement it carries: the session fixture `site_defects` is
  parametrized by switch, so pytest runs a switch's tests together and, when the switch changes,
  stops the site and starts a fresh one (new database, new staff passwords) with the next switch on.
  The browser stays up. Tests that do not use the site cannot catch a switch and are deselected.
- A switch's tests run in this order: first those its focus matches (pytest's `-k` matching, on the
  test as a `--site-defect` run names it, without the switch), then the rest of its requirement's
  tests: the second pass the focus falls back on when the focused tests all pass.
- Once a test has failed for a switch, its remaining tests are skipped (a `--maxfail=1` per switch).
- Every result carries its switch: the Allure label `defect-switch` and the parameter `site_defects`.
  The terminal summary says, per switch, which test caught it or that none did.

`--site-defect NAME` stays the way to run a selection against one switch; the two do not combine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import allure
import pytest
from _pytest.mark import KeywordMatcher
from _pytest.mark.expression import Expression

from support.plugins.requirements import requirement_ids
from support.plugins.site import (
    SWITCH_FIXTURE,
    approved_profile,
    check_defects,
    given_base_url,
    plain_name,
    plain_part_id,
    switch_of,
)
from support.requirements import catalogue
from support.startup import SetupProblem

SWITCH_LABEL = "defect-switch"
PROOFS = pytest.StashKey["ProofRun"]()


@dataclass(frozen=True)
class Proof:
    """One line of the proofs file: the switch, the requirement it breaks, the tests to try first."""

    switch: str
    requirement: str
    focus: str | None = None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("hotel").addoption(
        "--defect-proofs",
        default=None,
        metavar="FILE",
        help="JSON list of defect switches ({switch, requirement, focus}) to prove in one run: the site is started "
        "once per switch and each switch's requirement tests run until one fails (tests/meta uses it)",
    )


@pytest.hookimpl(trylast=True)  # after the site plugin loaded the profile
def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("defect_proofs")
    if not path:
        return
    try:
        proofs = read_proofs(Path(path))
        if config.getoption("site_defect"):
            raise SetupProblem("--defect-proofs starts the site with each switch it lists; drop --site-defect")
        if given_base_url(config):
            raise SetupProblem("--defect-proofs switches the bundled site; drop --base-url")
        if not hasattr(config, "workerinput"):
            check_defects(approved_profile(config).reference_site.module, [p.switch for p in proofs], "--defect-proofs")
    except SetupProblem as problem:
        raise pytest.UsageError(str(problem)) from None
    config.stash[PROOFS] = ProofRun(proofs)
    config.pluginmanager.register(config.stash[PROOFS], "defect-proofs")


def read_proofs(path: Path) -> list[Proof]:
    """The proofs file, checked: known requirements, focus expressions pytest can read, no switch twice."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
        proofs = [Proof(entry["switch"], entry["requirement"], entry.get("focus") or None) for entry in entries]
    except OSError as error:
        raise SetupProblem(f"--defect-proofs {path}: cannot read it ({error.strerror or error})") from None
    except (ValueError, KeyError, TypeError) as error:
        raise SetupProblem(
            f"--defect-proofs {path}: not a JSON list of {{switch, requirement, focus}} ({error!r})"
        ) from None
    names = [proof.switch for proof in proofs]
    twice = sorted({name for name in names if names.count(name) > 1})
    unknown = sorted({proof.requirement for proof in proofs if proof.requirement not in catalogue()})
    if twice or unknown or not proofs:
        problem = f"switches listed twice: {twice}" if twice else f"unknown requirements: {unknown}" if unknown else ""
        raise SetupProblem(f"--defect-proofs {path}: {problem or 'lists no switch'}")
    for proof in proofs:
        if proof.focus:
            try:
                Expression.compile(proof.focus)
            except SyntaxError as error:  # what pytest's expression parser raises
                raise SetupProblem(f"--defect-proofs {path}: focus of {proof.switch}: {error}") from None
    return proofs


@pytest.hookimpl(trylast=True)  # the last parametrization of a test: the switch is the last part of its ID
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that uses the site runs once for each listed switch; those of requirements it lacks are deselected.

    Every switch, not only those of the function's own requirements: a case of a parametrized test
    may carry a requirement of its own (a mark on its parameter), seen only on the collected item.
    """
    run = metafunc.config.stash.get(PROOFS, None)
    if run is None or SWITCH_FIXTURE not in metafunc.fixturenames:
        return
    switches = [proof.switch for proof in run.proofs]
    if switches:
        metafunc.parametrize(SWITCH_FIXTURE, switches, indirect=True, scope="session", ids=switches)


def matches_focus(item: pytest.Item, focus: Expression) -> bool:
    """Whether `-k focus` would select the test in a run with `--site-defect` (its switch is no keyword then)."""
    names = set(KeywordMatcher.from_item(item)._names)
    switch = switch_of(item)
    if switch is not None:
        names -= {item.name, item.callspec.id}
        names |= {plain_name(item, switch), plain_part_id(item, switch)} - {""}
    return focus.evaluate(KeywordMatcher(names))


class ProofRun:
    """The run's switches, which test of each runs when, and which test caught each."""

    def __init__(self, proofs: list[Proof]) -> None:
        self.proofs = proofs
        self._switch: dict[str, str] = {}  # node ID → switch
        self._tests: dict[str, int] = {proof.switch: 0 for proof in proofs}
        self.caught: dict[str, str] = {}  # switch → the node ID of the first test that failed with it on
        self.broken: set[str] = set()  # the switches whose first failure was an error outside the test's body

    @pytest.hookimpl(trylast=True)  # after -k, -m and pytest's own grouping by fixture
    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        """Each switch's tests together, focused ones first, labelled with the switch; the rest deselected."""
        by_name = {proof.switch: proof for proof in self.proofs}
        focus = {proof.switch: Expression.compile(proof.focus) for proof in self.proofs if proof.focus}
        ordered: dict[str, tuple[list, list]] = {proof.switch: ([], []) for proof in self.proofs}
        deselected = []
        for item in items:
            switch = switch_of(item)
            proof = by_name.get(switch)
            if proof is None or proof.requirement not in requirement_ids(item):
                deselected.append(item)
                continue
            focused = switch in focus and matches_focus(item, focus[switch])
            ordered[switch][0 if focused else 1].append(item)
            item.add_marker(allure.label(SWITCH_LABEL, switch))
            self._switch[item.nodeid] = switch
            self._tests[switch] += 1
        items[:] = [item for focused, rest in ordered.values() for item in (*focused, *rest)]
        if deselected:
            config.hook.pytest_deselected(items=deselected)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        """A switch already caught needs no more of its tests."""
        switch = self._switch.get(item.nodeid)
        if switch in self.caught:
            pytest.skip(f"defect switch {switch} already caught by {self.caught[switch]}")

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        switch = self._switch.get(report.nodeid)
        if switch is not None and report.failed and switch not in self.caught:
            self.caught[switch] = report.nodeid
            if report.when != "call":
                self.broken.add(switch)

    def pytest_report_header(self) -> str:
        return f"defect proofs: {', '.join(proof.switch for proof in self.proofs)}"

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
        if config.getoption("collectonly"):
            return
        terminalreporter.write_sep("=", "defect proofs")
        for proof in self.proofs:
            caught = self.caught.get(proof.switch)
            tests = self._tests[proof.switch]
            verdict = f"caught by {caught}" if caught else f"NOT caught (none of its {tests} tests failed)"
            if proof.switch in self.broken:
                verdict = f"NOT caught: {caught} broke in its set-up or tear-down"
            terminalreporter.write_line(
                f"{proof.switch} ({proof.requirement}): {verdict}", red=not caught or proof.switch in self.broken
            )
