"""Does the suite ever cry wolf? Run it many times, in random order, and once on a slow site.

    python scripts/flake_check.py [--runs 10] [--workers 2] [pytest args…]

Each run is the whole regression suite (tests/e2e) against a fresh bundled site, in the random
order pytest-randomly picks from its seed; a last run starts the site with 150 ms latency plus
up to 100 ms of jitter on every response. Prints executions, failures and the flake rate, and
which tests failed with which seed, then exits 1 if anything failed. No retries: a test that
fails once is counted as a failure.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "reports" / "flake-check"


@dataclass
class Run:
    """One run of the suite: what it was, how many tests ran, which failed."""

    label: str
    seed: int
    seconds: float
    executions: int = 0
    failures: list[str] = field(default_factory=list)


def run_suite(label: str, seed: int, workers: str, extra: list[str]) -> Run:
    """One full run of tests/e2e in pytest-randomly's order for `seed`; counts from its JUnit XML."""
    junit = OUT / f"{label}.xml"
    command = [
        sys.executable, "-m", "pytest", "tests/e2e", "-q", "-p", "randomly", "-p", "xdist", "-n", workers,
        f"--randomly-seed={seed}", f"--junitxml={junit}", f"--alluredir={OUT / label / 'allure-results'}",
        f"--requirements-json={OUT / label / 'requirements.json'}", f"--output={OUT / label / 'test-results'}", *extra,
    ]  # fmt: skip
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, check=False)
    run = Run(label, seed, time.monotonic() - started)
    if junit.exists():
        for case in ET.parse(junit).iter("testcase"):
            if case.find("skipped") is not None:
                continue
            run.executions += 1
            if case.find("failure") is not None or case.find("error") is not None:
                run.failures.append(f"{case.get('classname')}::{case.get('name')}")
    else:
        run.failures.append("(the run produced no report)")
    return run


def main() -> int:
    """Run the suite `--runs` times plus the latency run; print the tally."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="random-order runs (default 10)")
    parser.add_argument("--workers", default="2", help="pytest-xdist workers per run (default 2)")
    args, extra = parser.parse_known_args()
    OUT.mkdir(parents=True, exist_ok=True)
    plan = [(f"run-{n:02d}", []) for n in range(1, args.runs + 1)]
    plan.append(("latency", ["--site-latency-ms=150", "--site-jitter-ms=100"]))
    runs = []
    for label, options in plan:
        run = run_suite(label, random.SystemRandom().randrange(2**31), args.workers, [*options, *extra])
        runs.append(run)
        tally = f"{run.executions:>4} tests  {len(run.failures)} failed  {run.seconds:6.0f} s"
        print(f"{label:>9}  seed {run.seed:>10}  {tally}")
    executions = sum(run.executions for run in runs)
    failures = sum(len(run.failures) for run in runs)
    print(f"\nexecutions: {executions}\nfailures:   {failures}\nflake rate: {failures / max(executions, 1):.4%}")
    for run in runs:
        for test in run.failures:
            print(f"  {run.label} (--randomly-seed={run.seed}): {test}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
