"""Mutation testing: how many deliberate small bugs in the reference sites' money and rule code the e2e suite kills.

    python scripts/mutation_testing.py [--site demo_site|misty_hill] [--module PATH …] [--budget-minutes N]
                                       [--site-lang LANG] [--resume] [--keep] [--report-only]
    make mutation [MUTATION_ARGS="--module demo_site/pricing.py"]

Not to be confused with support/plugins/mutations.py, which keeps destructive tests off live sites:
here "mutant" means a copy of a reference-site module with one small change (a `<` made `<=`, a
number off by one, a branch negated), made by cosmic-ray (PyPI `cosmic-ray`).

Why cosmic-ray and not mutmut: the e2e tests reach the site's code only through HTTP, in the
site's own subprocess (`python -m demo_site`). cosmic-ray writes each mutant into the module's
file on disk and restores it afterwards, so the subprocess imports the mutant like any other code.
mutmut 3 instead generates trampolines in a `mutants/` folder, decides which tests cover which
mutant by recording calls inside the pytest process, and marks a mutant no test calls "no tests"
without running anything: every mutant of code that runs only in the site's subprocess would be
reported that way.

How a run goes (scripts/mutation_targets.yaml says what is mutated and which tests judge it):
1. The repository's files (tracked and untracked, not ignored) are copied to a throw-away folder;
   the working tree is never touched. Tests and sites run there (cwd and PYTHONPATH).
2. Baseline: each module's test command must pass on the un-mutated copy, or the run stops and says so.
3. Per module: `cosmic-ray init` lists every mutant; this script then skips those outside the
   module's `scope`, inside type annotations (no effect at run time), inside a defect switch's
   condition or branch (dead code in a clean run), and those of operators that make noise rather
   than bugs (EXCLUDED_OPERATORS); `cosmic-ray exec` runs the test command against each of the rest,
   in random order. The test command is the e2e tests of the module's requirements, stopping at the
   first failure (`-x`), in file order, with short waits; a non-zero exit or a timeout kills the mutant.
4. The report (stdout and reports/mutation/report.md, with report.json) gives the score per module
   and overall (killed / (killed + survived)) and every survivor: file:line, operator, diff.

With --budget-minutes a module stops after that long; the mutants run so far are a random sample
of its mutants and the report says how many of how many ran. --resume continues from the sessions
kept in reports/mutation/ (only mutants not yet run). The whole run is niced (19): it yields the
CPU to anything else on the machine.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ROOT / "scripts" / "mutation_targets.yaml"
OUT = ROOT / "reports" / "mutation"
PROFILES = {"demo_site": "profiles/demo-hotel.yaml", "misty_hill": "profiles/misty-hill.yaml"}

# The test command's fixed options: stop at the first failure, file order (so a re-run kills the same
# way), short waits (a mutant that breaks a page fails fast), one process.
FAST_OPTIONS = (
    "-x", "-p", "no:randomly", "--maxfail=1", "--expect-timeout=2500", "--mail-timeout=3", "-q",
    "-p", "no:cacheprovider",
)  # fmt: skip

# Which replacements of an arithmetic or comparison operator run: the plausible slips, not every pair.
# Comparisons follow the sufficient set of Kaminski, Ammann and Offutt ("Better predicate testing", 2011):
# a test that kills these kills every other replacement of that operator, so the rest only cost time;
# `==`/`!=` also keep their swap, the slip people make. Arithmetic keeps a sign slip and a scale slip.
KEPT_REPLACEMENTS = {
    "ReplaceBinaryOperator": {
        "Add": ("Sub", "Mul"), "Sub": ("Add",), "Mul": ("Add", "Div"), "Div": ("Mul", "FloorDiv"),
        "FloorDiv": ("Mul", "Div"), "Mod": ("FloorDiv",),
    },
    "ReplaceComparisonOperator": {
        "Lt": ("LtE", "NotEq"), "LtE": ("Lt", "Eq"), "Gt": ("GtE", "NotEq"), "GtE": ("Gt", "Eq"),
        "Eq": ("NotEq", "LtE", "GtE"), "NotEq": ("Eq", "Lt", "Gt"), "Is": ("IsNot",), "IsNot": ("Is",),
    },
}  # fmt: skip
_REPLACEMENT = re.compile(r"core/(ReplaceBinaryOperator|ReplaceComparisonOperator)_([A-Za-z]+)_([A-Za-z]+)$")

# Operators whose mutants are noise, not plausible bugs (regular expressions over cosmic-ray's operator names):
EXCLUDED_OPERATORS = (
    # `-x` made `~x`: not a slip anyone makes.
    r"core/ReplaceUnaryOperator_\w+_Invert$",
    # Removing @dataclass or @property only crashes at import or first use; it says nothing about the rules.
    r"core/RemoveDecorator$",
    # Inserting or swapping variables at random: many mutants, mostly crashes; the operators above cover slips.
    r"core/Variable(Inserter|Replacer)$",
)


def operator_kept(operator: str) -> bool:
    """Whether mutants of this cosmic-ray operator run (see KEPT_REPLACEMENTS and EXCLUDED_OPERATORS)."""
    if any(re.match(pattern, operator) for pattern in EXCLUDED_OPERATORS):
        return False
    replacement = _REPLACEMENT.match(operator)
    if replacement:
        family, source, target = replacement.groups()
        return target in KEPT_REPLACEMENTS[family].get(source, ())
    return True


@dataclass(frozen=True)
class Target:
    """One module to mutate: which requirements' e2e tests judge it, which files of them, which part of it."""

    module: str
    requirements: tuple[str, ...]
    reason: str
    tests: tuple[str, ...] = ("tests/e2e",)
    scope: tuple[str, ...] = ()
    switches: tuple[str, ...] = ()  # parameters that carry a defect switch into the module
    dead: tuple[str, ...] = ()  # module-level names only a defect switch reaches

    @property
    def site(self) -> str:
        """The reference site the module belongs to (its top-level package)."""
        return self.module.split("/", 1)[0]

    @property
    def slug(self) -> str:
        """A file name for the module's session: demo_site-pricing."""
        return self.module.removesuffix(".py").replace("/", "-")


def load_targets(path: Path = TARGETS) -> list[Target]:
    """The table of scripts/mutation_targets.yaml, in its order (its order is the priority)."""
    table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    targets = []
    for module, entry in table.items():
        targets.append(
            Target(
                module=module,
                requirements=tuple(entry["requirements"]),
                reason=" ".join(str(entry["reason"]).split()),
                tests=tuple(entry.get("tests") or ("tests/e2e",)),
                scope=tuple(entry.get("scope") or ()),
                switches=tuple(entry.get("switches") or ()),
                dead=tuple(entry.get("dead") or ()),
            )
        )
    return targets


def judging_command(target: Target, python: str, lang: str | None = None) -> list[str]:
    """The command that judges a mutant of `target`: its requirements' e2e tests, fast, stopping at the first fail."""
    command = [python, "-m", "pytest", *target.tests, "--profile", PROFILES[target.site]]
    if lang:
        command += ["--site-lang", lang]
    for requirement in target.requirements:
        command += ["--requirement", requirement]
    return [*command, *FAST_OPTIONS]


# --- Which mutants are worth running ---------------------------------------------------------------------------

Span = tuple[tuple[int, int], tuple[int, int]]  # ((line, column), (line, column)), columns in characters


def _span(node: ast.AST, lines: Sequence[str]) -> Span:
    """The node's extent with character columns (ast counts UTF-8 bytes; cosmic-ray's parso counts characters)."""

    def chars(line: int, byte_col: int) -> int:
        return len(lines[line - 1].encode("utf-8")[:byte_col].decode("utf-8", errors="ignore"))

    return (
        (node.lineno, chars(node.lineno, node.col_offset)),
        (node.end_lineno, chars(node.end_lineno, node.end_col_offset)),
    )


def scope_spans(source: str, scope: Iterable[str]) -> list[Span]:
    """Where the named functions, classes, module-level names or `NAME.keyword` arguments are (KeyError: missing)."""
    tree = ast.parse(source)
    lines = source.splitlines()
    found: dict[str, Span] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found[node.name] = _span(node, lines)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for name in (t.id for t in targets if isinstance(t, ast.Name)):
                found[name] = _span(node, lines)
                if isinstance(node.value, ast.Call):
                    for keyword in node.value.keywords:
                        if keyword.arg:
                            found[f"{name}.{keyword.arg}"] = _span(keyword.value, lines)
    spans = []
    for name in scope:
        if name not in found:
            raise KeyError(name)
        spans.append(found[name])
    return spans


def _mentions_defects(node: ast.AST, switches: Sequence[str] = ()) -> bool:
    """Whether an expression reads the defect switches (`… in defects`, `settings.has_defect(…)`, a named switch)."""
    return any(
        (isinstance(sub, ast.Name) and sub.id in ("defects", *switches))
        or (isinstance(sub, ast.Attribute) and sub.attr in ("defects", "has_defect"))
        for sub in ast.walk(node)
    )


def excluded_spans(source: str, switches: Sequence[str] = (), dead: Sequence[str] = ()) -> list[Span]:
    """Code whose mutants cannot change what a clean site does: decorators, type annotations, defect switches.

    A defect switch (`if "x" in defects: …`) is off in every clean run: a mutant inside its branch is
    dead code, and a mutant of its condition only switches the defect on, which tests/meta already proves
    the suite catches. Neither measures the money rules, so both are skipped (the `else` side is kept).
    `switches` names parameters that carry a switch into the module (`statutory=` set only by a defect):
    they count as `defects` does, and their default values are skipped too. `dead` names module-level
    code that only a switch reaches (a table used only when the switch is on).
    """
    tree = ast.parse(source)
    lines = source.splitlines()
    spans: list[Span] = scope_spans(source, dead) if dead else []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            # `@dataclass(frozen=True)` made `frozen=False`: nothing assigns to these objects, so it changes nothing.
            spans += [_span(decorator, lines) for decorator in node.decorator_list]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            spans += [_span(node.returns, lines)] if node.returns else []
            positional = [*node.args.posonlyargs, *node.args.args]
            defaults = zip(positional[len(positional) - len(node.args.defaults) :], node.args.defaults, strict=True)
            keyword = zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)
            spans += [
                _span(value, lines)
                for arg, value in [*defaults, *keyword]
                if value is not None and arg.arg in ("defects", *switches)
            ]
            every = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs, node.args.vararg, node.args.kwarg]
            spans += [_span(arg.annotation, lines) for arg in every if arg is not None and arg.annotation is not None]
        elif isinstance(node, ast.AnnAssign):
            spans.append(_span(node.annotation, lines))
        elif isinstance(node, (ast.If, ast.IfExp)) and _mentions_defects(node.test, switches):
            spans.append(_span(node.test, lines))
            body = node.body if isinstance(node.body, list) else [node.body]
            spans += [_span(statement, lines) for statement in body]
        elif isinstance(node, ast.Compare) and _mentions_defects(node, switches):
            spans.append(_span(node, lines))
    return spans


def _inside(start: tuple[int, int], end: tuple[int, int], span: Span) -> bool:
    return span[0] <= tuple(start) and tuple(end) <= span[1]


def worth_running(
    operator: str, start: tuple[int, int], end: tuple[int, int], scope: list[Span] | None, excluded: list[Span]
) -> str | None:
    """None when the mutant should run, else why it is skipped (`scope`: None means the whole module)."""
    if not operator_kept(operator):
        return "operator not in the kept set"
    if scope is not None and not any(_inside(start, end, span) for span in scope):
        return "outside the module's scope"
    if any(_inside(start, end, span) for span in excluded):
        return "in a decorator, an annotation or a defect switch"
    return None


# --- Results and the report ------------------------------------------------------------------------------------


@dataclass
class Survivor:
    """A mutant the tests did not kill."""

    module: str
    line: int
    operator: str
    diff: str


@dataclass
class Kill:
    """A mutant the tests killed, and the first test that failed on it (`timeout`, or `?` when none is named)."""

    line: int
    operator: str
    by: str


_FAILED = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.MULTILINE)


def first_failure(output: str | None) -> str:
    """The first failed test named in pytest's summary, `timeout`, or `?` (the run failed before any test)."""
    if output == "timeout":
        return "timeout"
    found = _FAILED.search(output or "")
    return found.group(1) if found else "?"


@dataclass
class ModuleResult:
    """What one module's mutants did."""

    module: str
    requirements: tuple[str, ...]
    planned: int = 0  # mutants to run after skipping
    skipped: int = 0
    killed: int = 0
    timeouts: int = 0  # among the killed
    survived: int = 0
    incompetent: int = 0  # the mutant could not be applied or tested (counted neither way)
    survivors: list[Survivor] = field(default_factory=list)
    kills: list[Kill] = field(default_factory=list)
    baseline_seconds: float = 0.0
    note: str = ""

    @property
    def ran(self) -> int:
        """Mutants with a verdict."""
        return self.killed + self.survived

    @property
    def score(self) -> float | None:
        """Killed among those with a verdict, None before any."""
        return self.killed / self.ran if self.ran else None


def percent(value: float | None) -> str:
    """`93.8 %`, or `–` when nothing ran."""
    return "–" if value is None else f"{value * 100:.1f} %"


def overall(results: Sequence[ModuleResult]) -> float | None:
    """Killed among all mutants with a verdict, over every module."""
    killed = sum(r.killed for r in results)
    ran = sum(r.ran for r in results)
    return killed / ran if ran else None


def format_report(results: Sequence[ModuleResult], *, header: str = "") -> str:
    """The score per module and overall, then every survivor with its diff (Markdown, readable as plain text)."""
    lines = [header] if header else []
    lines += [
        "| module | requirements | killed | survived | score | ran / planned | timeouts | incompetent |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r.module} | {' '.join(r.requirements)} | {r.killed} | {r.survived} | {percent(r.score)} "
            f"| {r.ran + r.incompetent} / {r.planned} | {r.timeouts} | {r.incompetent} |"
        )
    killed, survived = sum(r.killed for r in results), sum(r.survived for r in results)
    lines.append(f"| **overall** | | {killed} | {survived} | **{percent(overall(results))}** | | | |")
    notes = [f"- {r.module}: {r.note}" for r in results if r.note]
    if notes:
        lines += ["", *notes]
    survivors = [s for r in results for s in r.survivors]
    lines += ["", f"Surviving mutants: {len(survivors)}"]
    for s in sorted(survivors, key=lambda s: (s.module, s.line, s.operator)):
        lines += ["", f"{s.module}:{s.line}  {s.operator}", "```diff", s.diff.strip("\n"), "```"]
    return "\n".join(lines) + "\n"


# --- Running it --------------------------------------------------------------------------------------------------


def copy_repository(destination: Path) -> None:
    """The repository's files as they are now (tracked and untracked, not ignored), without .git or reports."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout.decode("utf-8").split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if not source.is_file() or name.startswith("node_modules/"):
            continue
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def run_baseline(command: list[str], copy: Path, env: dict[str, str]) -> tuple[bool, float, str]:
    """Run the test command on the un-mutated copy: (passed, seconds, the end of its output)."""
    started = time.monotonic()
    done = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, check=False)
    output = (done.stdout + done.stderr)[-3000:]
    return done.returncode == 0, time.monotonic() - started, output


def _write_config(path: Path, target: Target, command: list[str], timeout: float) -> None:
    path.write_text(
        "[cosmic-ray]\n"
        f"module-path = {json.dumps(target.module)}\n"
        f"timeout = {timeout:.0f}\n"
        "excluded-modules = []\n"
        f"test-command = {json.dumps(subprocess.list2cmdline(command))}\n"
        '\n[cosmic-ray.distributor]\nname = "local"\n',
        encoding="utf-8",
    )


def skip_unwanted(session: Path, target: Target, source: str) -> tuple[int, int]:
    """Mark as skipped the mutants not worth running (see worth_running): (kept, newly skipped)."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    scope = scope_spans(source, target.scope) if target.scope else None
    excluded = excluded_spans(source, target.switches, target.dead)
    kept = skipped = 0
    with use_db(str(session), WorkDB.Mode.open) as db:
        already = {job_id for job_id, r in db.results if r.worker_outcome == WorkerOutcome.SKIPPED}
        # Every mutant not yet skipped, run or not: a selection made finer later also reclassifies what ran.
        for item in db.work_items:
            if item.job_id in already:
                continue
            mutation = item.mutations[0]
            why = worth_running(mutation.operator_name, mutation.start_pos, mutation.end_pos, scope, excluded)
            if why:
                db.set_result(item.job_id, WorkResult(output=why, worker_outcome=WorkerOutcome.SKIPPED))
                skipped += 1
            else:
                kept += 1
    return kept, skipped


def collect(session: Path, target: Target) -> ModuleResult:
    """Count the session's verdicts and list its survivors."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome

    result = ModuleResult(target.module, target.requirements)
    with use_db(str(session), WorkDB.Mode.open) as db:
        done = {item.job_id: (item, outcome) for item, outcome in db.completed_work_items}
        total = db.num_work_items
    result.skipped = sum(1 for _, r in done.values() if r.worker_outcome == WorkerOutcome.SKIPPED)
    result.planned = total - result.skipped
    for item, r in done.values():
        if r.worker_outcome == WorkerOutcome.SKIPPED:
            continue
        mutation = item.mutations[0]
        if r.worker_outcome != WorkerOutcome.NORMAL or r.test_outcome == TestOutcome.INCOMPETENT:
            result.incompetent += 1
        elif r.test_outcome == TestOutcome.KILLED:
            result.killed += 1
            result.timeouts += r.output == "timeout"
            result.kills.append(Kill(mutation.start_pos[0], mutation.operator_name, first_failure(r.output)))
        else:
            result.survived += 1
            result.survivors.append(
                Survivor(target.module, mutation.start_pos[0], mutation.operator_name, r.diff or "")
            )
    return result


def forget_survivors(session: Path) -> int:
    """Put the session's surviving mutants back to pending, so --resume tests them again (after a fix)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(session)) as db, db:
        return db.execute("DELETE FROM work_results WHERE upper(test_outcome) = 'SURVIVED'").rowcount


def run_module(target: Target, copy: Path, env: dict[str, str], timeout: float, budget_minutes: float | None,
               resume: bool) -> str:  # fmt: skip
    """Init (unless resuming), skip, and exec one module's mutants in the copy; returns a note on a partial run."""
    OUT.mkdir(parents=True, exist_ok=True)
    session = OUT / f"{target.slug}.sqlite"
    config = copy / f"mutation-{target.slug}.toml"
    _write_config(config, target, judging_command(target, sys.executable, env.get("SITE_LANG")), timeout)
    if not (resume and session.exists()):
        session.unlink(missing_ok=True)
        _cosmic_ray("init", config, session, copy, env)
    # Also on --resume, so that a session started before a change to the selection follows it.
    kept, skipped = skip_unwanted(session, target, (copy / target.module).read_text(encoding="utf-8"))
    print(f"  {kept} mutants selected (run before or to run), {skipped} more skipped", flush=True)
    log = (OUT / f"{target.slug}.log").open("a", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "cosmic_ray.cli", "exec", str(config), str(session)],
        cwd=copy, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        process.wait(timeout=budget_minutes * 60 if budget_minutes else None)
        return ""
    except subprocess.TimeoutExpired:
        # cosmic-ray starts each test run in a session of its own: end the whole tree (pytest, site, browser).
        for pid in [*_descendants(process.pid), process.pid]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        process.wait()
        # The mutant being tested was left in the copy's file: put the original back for the next module.
        shutil.copy2(ROOT / target.module, copy / target.module)
        return f"stopped after {budget_minutes:g} minutes (--budget-minutes): the mutants run are a random sample"
    finally:
        log.close()


def _descendants(pid: int) -> list[int]:
    """Every process below `pid`, children first found, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, queue = [], [pid]
    while queue:
        for child in children.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def main(argv: list[str] | None = None) -> int:
    """Run (or plan, or report) the modules chosen; 2 when a baseline fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", choices=sorted(PROFILES), help="only this reference site's modules")
    parser.add_argument("--module", action="append", default=[], help="only this module (repeatable), as in the table")
    parser.add_argument("--site-lang", help="the site language the tests run in (default: the profile's first)")
    parser.add_argument("--budget-minutes", type=float, help="stop each module after this long (a random sample)")
    parser.add_argument("--resume", action="store_true", help="continue the sessions kept in reports/mutation/")
    parser.add_argument("--report-only", action="store_true", help="report the kept sessions, run nothing")
    parser.add_argument(
        "--retest-survivors", action="store_true", help="with --resume: test the kept sessions' survivors again"
    )
    parser.add_argument("--keep", action="store_true", help="keep the throw-away copy (its path is printed)")
    parser.add_argument("--plan", action="store_true", help="only count each module's mutants (run and skipped)")
    args = parser.parse_args(argv)

    with contextlib.suppress(OSError):
        os.nice(19 - os.nice(0))  # yield the CPU to everything else on the machine
    targets = [
        t for t in load_targets()
        if (not args.site or t.site == args.site) and (not args.module or t.module in args.module)
    ]  # fmt: skip
    unknown = set(args.module) - {t.module for t in load_targets()}
    if unknown or not targets:
        parser.error(f"no such module in {TARGETS.relative_to(ROOT)}: {', '.join(sorted(unknown)) or args.site}")

    if args.report_only:
        kept = [t for t in targets if (OUT / f"{t.slug}.sqlite").exists()]
        for t in kept:  # the selection as it is now (a finer one reclassifies mutants that ran before it)
            skip_unwanted(OUT / f"{t.slug}.sqlite", t, (ROOT / t.module).read_text(encoding="utf-8"))
        return _report([collect(OUT / f"{t.slug}.sqlite", t) for t in kept])

    if args.retest_survivors:
        if not args.resume:
            parser.error("--retest-survivors needs --resume")
        for t in targets:
            if (OUT / f"{t.slug}.sqlite").exists():
                print(f"{t.module}: {forget_survivors(OUT / f'{t.slug}.sqlite')} survivors to test again")

    copy = Path(tempfile.mkdtemp(prefix="mutation-testing-"))
    try:
        copy_repository(copy)
        env = {**os.environ, "PYTHONPATH": str(copy)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # the baseline caches bytecode; cosmic-ray turns it off per mutant
        if args.site_lang:
            env["SITE_LANG"] = args.site_lang
        print(f"Throw-away copy: {copy}", flush=True)
        if args.plan:
            return _plan(targets, copy, env)
        results = []
        for target in targets:
            command = judging_command(target, sys.executable, args.site_lang)
            print(f"== {target.module}: baseline  {subprocess.list2cmdline(command[1:])}", flush=True)
            passed, seconds, output = run_baseline(command, copy, env)
            if not passed:
                print(output)
                print(f"The e2e tests of {target.module} fail on the un-mutated copy: fix that first. Stopped.")
                return 2
            timeout = 3 * seconds + 60  # a mutant that makes the tests hang is killed by this timeout
            print(f"  baseline passed in {seconds:.0f} s; a mutant's run times out after {timeout:.0f} s", flush=True)
            note = run_module(target, copy, env, timeout, args.budget_minutes, args.resume)
            result = collect(OUT / f"{target.slug}.sqlite", target)
            result.baseline_seconds, result.note = seconds, note
            results.append(result)
            print(f"  {target.module}: {result.killed} killed, {result.survived} survived, {percent(result.score)}")
        return _report(results)
    finally:
        if args.keep:
            print(f"Kept the copy: {copy}")
        else:
            shutil.rmtree(copy, ignore_errors=True)


def _plan(targets: list[Target], copy: Path, env: dict[str, str]) -> int:
    """How many mutants each module has, and how many would run (no test runs)."""
    for target in targets:
        session = copy / f"{target.slug}.sqlite"
        config = copy / f"mutation-{target.slug}.toml"
        _write_config(config, target, judging_command(target, sys.executable), 60)
        _cosmic_ray("init", config, session, copy, env)
        kept, skipped = skip_unwanted(session, target, (copy / target.module).read_text(encoding="utf-8"))
        print(f"{target.module}: {kept} to run, {skipped} skipped")
    return 0


def _cosmic_ray(command: str, config: Path, session: Path, copy: Path, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "cosmic_ray.cli", command, str(config), str(session)],
                   cwd=copy, env=env, check=True, stdout=subprocess.DEVNULL)  # fmt: skip


def _report(results: list[ModuleResult]) -> int:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.strip()  # fmt: skip
    header = f"Mutation testing at commit {commit}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n"
    text = format_report(results, header=header)
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "report.md").write_text(text, encoding="utf-8")
    (OUT / "report.json").write_text(
        json.dumps({"commit": commit, "overall": overall(results), "modules": [asdict(r) for r in results]},
                   ensure_ascii=False, indent=2),
        encoding="utf-8",
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
