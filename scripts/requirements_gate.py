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
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.findings import features
from support.requirements import catalogue, matches

OUTCOMES = ("passed", "failed", "skipped", "not_applicable")


def _empty() -> dict:
    return {"tests": [], **dict.fromkeys(OUTCOMES, 0), "not_offered": []}


def merge(paths: list[Path]) -> dict[str, dict]:
    """One coverage table from several: the tests of each requirement joined, the counts added."""
    merged = {rid: _empty() for rid in catalogue()}
    for path in paths:
        for rid, tally in json.loads(path.read_text(encoding="utf-8")).items():
            entry = merged.setdefault(rid, _empty())
            entry["tests"] += [test for test in tally["tests"] if test not in entry["tests"]]
            for outcome in OUTCOMES:
                entry[outcome] += tally.get(outcome, 0)
            entry["not_offered"] = sorted({*entry["not_offered"], *tally.get("not_offered", [])})
    return merged


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


def _not_offered(tally: dict) -> str:
    names = [features().get(name, {}).get("en", name) for name in tally["not_offered"]]
    return f"the property does not offer: {'; '.join(names)}"


def main() -> int:
    """Merge the coverage files, check the required and mandatory requirements, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("coverage", nargs="+", type=Path, help="requirements.json files (one per shard or language)")
    parser.add_argument("--require", action="append", default=[], help="requirement or prefix that must pass (P1.3)")
    parser.add_argument("--merged", type=Path, help="write the merged coverage here")
    args = parser.parse_args()
    coverage = merge(args.coverage)
    if args.merged:
        args.merged.parent.mkdir(parents=True, exist_ok=True)
        args.merged.write_text(json.dumps(coverage, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    lines = not_applicable(coverage)
    if lines:
        print("Not applicable (features the property does not offer):\n  " + "\n  ".join(lines))
    problems = shortfalls(coverage, args.require)
    if problems:
        print("Requirement gate failed; these requirements are not shown to be met:\n  " + "\n  ".join(problems))
        return 1
    required = [rid for rid in coverage if any(rid.startswith(prefix) for prefix in args.require)]
    print(f"Requirement gate passed: {len(required)} required requirements each have a passing test or do not apply.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
