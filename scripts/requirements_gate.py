"""The requirement-coverage gate: every requirement a release must show has a passing test.

    python scripts/requirements_gate.py reports/requirements.json [more.json …] --require P1.3 --require P1.4
        [--merged reports/requirements.json]

Several files (one per CI shard, or one per site language) are merged first: tests are joined,
counts added, the features not offered joined. The gate prints, for every indicator with a
not-applicable test, how many passed and were not applicable and which features the property
does not offer. It fails (exit 1) naming each required requirement with no passing test, and
why (no test, or its tests failed or were skipped), and each `mandatory` requirement
(support/requirements.yaml) whose tests were all not applicable: every booking site must meet
those whatever it offers. A required requirement that is not mandatory and whose tests were all
not applicable does not fail the gate; it is listed as not applicable. `--merged PATH` also
writes the merged coverage.

A run that selected part of the suite (`--requirement P1.3`, `-m`, `-k`, shards) is judged on
what it selected: an indicator whose tests were all left out by the selection is listed as *not
run in this selection*, not failed; one with no test at all still fails. `--json PATH` writes the
verdict as data for the compliance overview (scripts/compliance_overview.py), and
`--min-tests N` prints the count gate's minimum scaled to the selection (N × selected / collected)
instead of judging anything.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.findings import features
from support.requirements import catalogue, matches

OUTCOMES = ("passed", "failed", "skipped", "not_applicable")
# The key of a coverage file that describes the run (support/plugins/requirements.py RUN).
RUN = "_run"


def _empty() -> dict:
    return {"tests": [], **dict.fromkeys(OUTCOMES, 0), "not_offered": [], "not_selected": []}


def merge(paths: list[Path]) -> dict[str, dict]:
    """One coverage table from several: the tests of each requirement joined, the counts added.

    A test one file left out but another ran (shards) is not left out of the merged table.
    """
    merged = {rid: _empty() for rid in catalogue()}
    for path in paths:
        for rid, tally in _indicators(path).items():
            entry = merged.setdefault(rid, _empty())
            entry["tests"] += [test for test in tally["tests"] if test not in entry["tests"]]
            for outcome in OUTCOMES:
                entry[outcome] += tally.get(outcome, 0)
            entry["not_offered"] = sorted({*entry["not_offered"], *tally.get("not_offered", [])})
            left_out = tally.get("not_selected", [])
            entry["not_selected"] += [test for test in left_out if test not in entry["not_selected"]]
    for entry in merged.values():
        entry["not_selected"] = [test for test in entry["not_selected"] if test not in entry["tests"]]
    return merged


def _indicators(path: Path) -> dict[str, dict]:
    return {key: value for key, value in _read(path).items() if key != RUN}


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def merge_runs(paths: list[Path]) -> dict:
    """The runs of several files as one: per site language, shards add their selections up.

    Shards of one language each collect the whole suite and select a disjoint part, so a language's
    collection is the largest of its files' and its selection their sum; languages add up.
    Files written before runs were recorded count as whole runs of unknown size.
    """
    by_language: dict[str, dict] = {}
    selection: list[str] = []
    languages: list[str] = []
    for path in paths:
        run = _read(path).get(RUN)
        if not run:
            continue
        named = [run["language"]] if run.get("language") else run.get("languages", [])
        entry = by_language.setdefault("+".join(named), {"collected": 0, "selected": 0})
        entry["collected"] = max(entry["collected"], run["collected"])
        entry["selected"] += run["selected"]
        selection += [option for option in run.get("selection", []) if option not in selection]
        languages += [language for language in named if language not in languages]
    return {
        "languages": languages,
        "collected": sum(entry["collected"] for entry in by_language.values()),
        "selected": sum(min(entry["selected"], entry["collected"]) for entry in by_language.values()),
        "selection": selection,
    }


def scaled_minimum(minimum: int, run: dict | None) -> int:
    """The count gate's minimum for this selection: `minimum` × selected / collected, rounded up.

    A whole run, or one whose size is unknown, keeps `minimum`.
    """
    if not run or not run.get("collected") or run.get("selected", 0) >= run["collected"]:
        return minimum
    return math.ceil(minimum * run["selected"] / run["collected"])


def _all_not_applicable(tally: dict) -> bool:
    return bool(tally["not_applicable"]) and not (tally["passed"] or tally["failed"] or tally["skipped"])


def shortfalls(coverage: dict[str, dict], required: list[str]) -> list[str]:
    """Each required requirement without a passing test, and each mandatory one all not applicable, with why."""
    problems = []
    for rid, tally in coverage.items():
        requirement = catalogue().get(rid)
        if requirement and requirement.mandatory and _all_not_applicable(tally):
            problems.append(
                f"{rid}: all {tally['not_applicable']} of its tests were not applicable ({_not_offered(tally)}), "
                "but every booking site must meet it"
            )
            continue
        if not any(matches(rid, prefix) or rid.startswith(prefix) for prefix in required):
            continue
        if not tally["tests"] and tally.get("not_selected"):
            continue
        if not tally["tests"]:
            problems.append(f"{rid}: no test checks it")
        elif tally["failed"]:
            problems.append(f"{rid}: {tally['failed']} of {len(tally['tests'])} tests failed")
        elif not tally["passed"] and not _all_not_applicable(tally):
            problems.append(f"{rid}: its {len(tally['tests'])} tests were skipped or did not run")
    return problems


def not_applicable(coverage: dict[str, dict]) -> list[str]:
    """`P1.4.4: 3 passed, 25 not applicable (the property does not offer: an online shop)` per indicator with n/a."""
    return [
        f"{rid}: {tally['passed']} passed, {tally['not_applicable']} not applicable ({_not_offered(tally)})"
        for rid, tally in coverage.items()
        if tally["not_applicable"]
    ]


def not_run(coverage: dict[str, dict]) -> list[str]:
    """`P1.3.1: 12 tests not selected` per indicator whose tests this selection all left out."""
    return [
        f"{rid}: {len(tally['not_selected'])} tests not selected"
        for rid, tally in coverage.items()
        if tally.get("not_selected") and not tally["tests"]
    ]


def verdict(coverage: dict[str, dict], required: list[str], run: dict) -> dict:
    """The gate's verdict as data: passed or not, what fails it, what was not run or not applicable."""
    problems = shortfalls(coverage, required)
    return {
        "gate": "requirements",
        "passed": not problems,
        "required": required,
        "problems": problems,
        "failing": [problem.split(":", 1)[0] for problem in problems],
        "not_run": not_run(coverage),
        "not_applicable": not_applicable(coverage),
        "run": run,
    }


def _not_offered(tally: dict) -> str:
    names = [features().get(name, {}).get("en", name) for name in tally["not_offered"]]
    return f"the property does not offer: {'; '.join(names)}"


def main() -> int:
    """Merge the coverage files, check the required and mandatory requirements, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("coverage", nargs="+", type=Path, help="requirements.json files (one per shard or language)")
    parser.add_argument("--require", action="append", default=[], help="requirement or prefix that must pass (P1.3)")
    parser.add_argument("--merged", type=Path, help="write the merged coverage here")
    parser.add_argument("--json", type=Path, help="write the gate's verdict here, as data")
    parser.add_argument("--min-tests", type=int, help="only print the count gate's minimum scaled to the selection")
    args = parser.parse_args()
    coverage, run = merge(args.coverage), merge_runs(args.coverage)
    if args.min_tests is not None:
        print(scaled_minimum(args.min_tests, run))
        return 0
    if args.merged:
        _write(args.merged, {**coverage, RUN: run})
    if args.json:
        _write(args.json, verdict(coverage, args.require, run))
    _print_lists(coverage, run)
    problems = shortfalls(coverage, args.require)
    if problems:
        print("Requirement gate failed; these requirements are not shown to be met:\n  " + "\n  ".join(problems))
        return 1
    required = [rid for rid in coverage if any(rid.startswith(prefix) for prefix in args.require)]
    left_out = [rid for rid in required if coverage[rid]["not_selected"] and not coverage[rid]["tests"]]
    print(
        f"Requirement gate passed: {len(required) - len(left_out)} required requirements each have a passing test "
        f"or do not apply" + (f"; {len(left_out)} not run in this selection." if left_out else ".")
    )
    return 0


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _print_lists(coverage: dict[str, dict], run: dict) -> None:
    """What the gate does not count against the release: not applicable, not run in this selection."""
    lines = not_applicable(coverage)
    if lines:
        print("Not applicable (features the property does not offer):\n  " + "\n  ".join(lines))
    left_out = not_run(coverage)
    if left_out:
        chosen = " ".join(run.get("selection", [])) or "a selection"
        print(
            f"Not run in this selection ({run.get('selected')} of {run.get('collected')} tests, {chosen}):\n  "
            + "\n  ".join(left_out)
        )


if __name__ == "__main__":
    sys.exit(main())
