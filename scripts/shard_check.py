"""Show that CI shards lose nothing: N shards merged give the same report as one run.

    python scripts/shard_check.py [--shards 2] [--workers 2] [pytest args…]

Runs tests/e2e once whole, then as N pytest-split shards (by the committed .test_durations, the
way the CI workflows do), merges the shards' Allure results into one report and their
requirement coverage into one table, and compares them with the single run: the same tests
with the same outcomes in the report, the same counts, the same coverage per requirement, and
no test in two shards or in none. Prints the comparison; exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "reports" / "shard-check"
sys.path.insert(0, str(ROOT))

from scripts.requirements_gate import RUN, merge  # noqa: E402 - after the path is set


def run_pytest(label: str, workers: str, extra: list[str]) -> Path:
    """One pytest run of tests/e2e in collection order; its results land in OUT/label."""
    folder = OUT / label
    command = [
        sys.executable, "-m", "pytest", "tests/e2e", "-q", "-p", "no:randomly", "-n", workers,
        f"--alluredir={folder / 'allure-results'}", "--clean-alluredir",
        f"--requirements-json={folder / 'requirements.json'}", f"--output={folder / 'test-results'}", *extra,
    ]  # fmt: skip
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    print(f"  {label}: {completed.stdout.strip().splitlines()[-1] if completed.stdout.strip() else completed.stderr}")
    return folder


def generate(label: str, results: list[Path]) -> dict[tuple[str, str], int]:
    """An Allure report from these result folders; how many of its tests have each (name, status)."""
    output = OUT / label / "report"
    polyfill = "--require ./scripts/node-iterator-helpers.cjs"
    environment = {**os.environ, "ALLURE_NO_HISTORY": "1", "NODE_OPTIONS": polyfill}
    command = ["npx", "--no-install", "allure", "generate", *map(str, results), "--config", "allurerc.mjs",
               "--output", str(output)]  # fmt: skip
    subprocess.run(command, cwd=ROOT, env=environment, check=True, capture_output=True)
    tests = json.loads((output / "test-results.json").read_text(encoding="utf-8"))["byId"].values()
    return dict(Counter((test["name"], test["status"]) for test in tests))


def outcomes(results: list[Path]) -> dict[str, str]:
    """Each test's outcome in these Allure result folders, keyed by its history id (stable across runs)."""
    found = {}
    for folder in results:
        for path in folder.glob("*-result.json"):
            result = json.loads(path.read_text(encoding="utf-8"))
            found[result["historyId"]] = f"{result['status']} ({result['fullName']})"
    return found


def compare(single: dict, merged: dict, what: str) -> list[str]:
    """Each key that one side has and the other lacks, or where they differ."""
    problems = [f"{what} {key}: only in the single run" for key in single.keys() - merged.keys()]
    problems += [f"{what} {key}: only in the merged shards" for key in merged.keys() - single.keys()]
    problems += [
        f"{what} {key}: {single[key]} alone but {merged[key]} in shards"
        for key in single.keys() & merged.keys()
        if _normalised(single[key]) != _normalised(merged[key])
    ]
    return problems


def _normalised(value: object) -> object:
    """Coverage entries compare with their test lists sorted: shards list them in another order."""
    if isinstance(value, dict) and "tests" in value:
        return {**value, "tests": sorted(value["tests"])}
    return value


def shard_overlap(coverages: list[Path]) -> list[str]:
    """Tests that ran in more than one shard (each must run in exactly one)."""
    seen: dict[str, int] = {}
    for shard, path in enumerate(coverages, start=1):
        coverage = json.loads(path.read_text(encoding="utf-8"))
        tests = {test for rid, tally in coverage.items() if rid != RUN for test in tally["tests"]}
        for test in tests:
            if test in seen:
                return [f"{test} ran in shard {seen[test]} and shard {shard}"]
            seen[test] = shard
    return []


def main() -> int:
    """Run whole and sharded, merge, compare, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", type=int, default=2)
    parser.add_argument("--workers", default="2", help="pytest-xdist workers per run (default 2)")
    args, extra = parser.parse_known_args()
    shutil.rmtree(OUT, ignore_errors=True)
    print("running the suite whole, then in shards:")
    single = run_pytest("single", args.workers, extra)
    shards = [
        run_pytest(f"shard-{group}", args.workers, [f"--splits={args.shards}", f"--group={group}", *extra])
        for group in range(1, args.shards + 1)
    ]
    single_report = generate("single", [single / "allure-results"])
    merged_report = generate("merged", [shard / "allure-results" for shard in shards])
    single_coverage = json.loads((single / "requirements.json").read_text(encoding="utf-8"))
    single_coverage.pop(RUN, None)  # the run's size and selection differ by design between the two
    merged_coverage = merge([shard / "requirements.json" for shard in shards])
    problems = compare(single_report, merged_report, "report entry")
    problems += compare(outcomes([single / "allure-results"]), outcomes([s / "allure-results" for s in shards]), "test")
    problems += compare(single_coverage, merged_coverage, "requirement")
    problems += shard_overlap([shard / "requirements.json" for shard in shards])
    sizes = [len(outcomes([shard / "allure-results"])) for shard in shards]
    print(f"\nsingle run: {sum(single_report.values())} tests in its report")
    print(f"{args.shards} shards:   {' + '.join(map(str, sizes))} = {sum(sizes)} tests; "
          f"merged report {sum(merged_report.values())}")  # fmt: skip
    print(f"merged report: {OUT / 'merged' / 'report' / 'index.html'}")
    if problems or not single_report:
        print("\nThe merged shards differ from the single run:\n  " + "\n  ".join(problems or ["no tests ran"]))
        return 1
    print("The merged shards equal the single run: same tests, same outcomes, same requirement coverage.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
