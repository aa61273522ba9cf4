"""The requirement-coverage gate: every requirement a release must show has a passing test.

    python scripts/requirements_gate.py reports/requirements.json [more.json …] --require P1.3 --require P1.4
        [--merged reports/requirements.json]

Several files (one per CI shard) are merged first: tests are joined, counts added. The gate fails
(exit 1) naming each required requirement with no passing test, and why: no test, or its tests
failed or were skipped. `--merged PATH` also writes the merged coverage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.requirements import catalogue, matches


def merge(paths: list[Path]) -> dict[str, dict]:
    """One coverage table from several: the tests of each requirement joined, the counts added."""
    merged = {rid: {"tests": [], "passed": 0, "failed": 0, "skipped": 0} for rid in catalogue()}
    for path in paths:
        for rid, tally in json.loads(path.read_text(encoding="utf-8")).items():
            entry = merged.setdefault(rid, {"tests": [], "passed": 0, "failed": 0, "skipped": 0})
            entry["tests"] += [test for test in tally["tests"] if test not in entry["tests"]]
            for outcome in ("passed", "failed", "skipped"):
                entry[outcome] += tally[outcome]
    return merged


def shortfalls(coverage: dict[str, dict], required: list[str]) -> list[str]:
    """Each required requirement without a passing test, with the reason."""
    problems = []
    for rid, tally in coverage.items():
        if not any(matches(rid, prefix) or rid.startswith(prefix) for prefix in required):
            continue
        if not tally["tests"]:
            problems.append(f"{rid}: no test checks it")
        elif tally["failed"]:
            problems.append(f"{rid}: {tally['failed']} of {len(tally['tests'])} tests failed")
        elif not tally["passed"]:
            problems.append(f"{rid}: its {len(tally['tests'])} tests were skipped or did not run")
    return problems


def main() -> int:
    """Merge the coverage files, check the required requirements, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("coverage", nargs="+", type=Path, help="requirements.json files (one per shard)")
    parser.add_argument("--require", action="append", default=[], help="requirement or prefix that must pass (P1.3)")
    parser.add_argument("--merged", type=Path, help="write the merged coverage here")
    args = parser.parse_args()
    coverage = merge(args.coverage)
    if args.merged:
        args.merged.parent.mkdir(parents=True, exist_ok=True)
        args.merged.write_text(json.dumps(coverage, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    problems = shortfalls(coverage, args.require)
    if problems:
        print("Requirement gate failed; these requirements have no passing test:\n  " + "\n  ".join(problems))
        return 1
    required = [rid for rid in coverage if any(rid.startswith(prefix) for prefix in args.require)]
    print(f"Requirement gate passed: {len(required)} required requirements each have a passing test.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
