"""Measure the suite: start-up, per-test overhead, the booking journey against bare Playwright, wall time.

    python scripts/bench.py [--runs 10] [--suite-workers 1 2 3]

Prints a Markdown table (the numbers in docs/performance.md come from it) and writes
reports/bench.json. Budgets: start-up (site + SMTP + browser) under 2 s; the suite's booking
journey at most 10% slower than the same clicks in a bare Playwright script.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import bare_booking  # noqa: E402 - after the path is set
from support.browser import SYSTEM_CHROMIUM_FLAGS, system_chromium  # noqa: E402
from support.mailbox import SmtpCapture  # noqa: E402
from support.profile import load  # noqa: E402
from support.site_launcher import start_site  # noqa: E402

REFERENCE_SITE = load(ROOT / "profiles" / "demo-hotel.yaml").reference_site.module

OUT = ROOT / "reports" / "bench"
TRACE_FILES = ["tests/e2e/t1_3/test_review_before_confirmation.py"]


def startup(repeats: int) -> dict[str, float]:
    """Median seconds to start the SMTP capture, the bundled site (until healthy) and the browser."""
    from playwright.sync_api import sync_playwright

    smtp, site, browser = [], [], []
    executable = _executable()
    for n in range(repeats):
        started = time.perf_counter()
        capture = SmtpCapture().start()
        smtp.append(time.perf_counter() - started)
        started = time.perf_counter()
        folder = Path(tempfile.mkdtemp(prefix="bench-site-"))
        running = start_site(smtp_port=capture.port, database_url=f"sqlite:///{folder / 'db.sqlite3'}",
                             log_path=folder / "site.log", module=REFERENCE_SITE)  # fmt: skip
        site.append(time.perf_counter() - started)
        with sync_playwright() as playwright:
            started = time.perf_counter()
            launched = playwright.chromium.launch(**_launch_options(executable))
            browser.append(time.perf_counter() - started)
            launched.close()
        running.stop()
        capture.stop()
        print(f"  start-up {n + 1}: smtp {smtp[-1]:.2f} s, site {site[-1]:.2f} s, browser {browser[-1]:.2f} s")
    medians = {"smtp": statistics.median(smtp), "site": statistics.median(site), "browser": statistics.median(browser)}
    medians["total"] = sum(medians.values())
    return medians


def pytest_timings(expression: str) -> dict[str, float]:
    """Median total time (setup + call + teardown) per benchmark test, by test function."""
    junit = OUT / "overhead.xml"
    subprocess.run(
        [sys.executable, "-m", "pytest", "benchmarks/test_overhead.py", "-q", "-p", "no:randomly", "-k", expression,
         f"--junitxml={junit}", "-o", "junit_duration_report=total", f"--alluredir={OUT / 'allure-results'}",
         f"--requirements-json={OUT / 'requirements.json'}", f"--output={OUT / 'test-results'}"],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    by_test: dict[str, list[float]] = {}
    for case in ET.parse(junit).iter("testcase"):
        by_test.setdefault(case.get("name").split("[")[0], []).append(float(case.get("time")))
    return {name: statistics.median(times[1:] or times) for name, times in by_test.items()}  # first one warms up


def bare_journey(runs: int) -> float:
    """Median seconds of the booking journey as a bare Playwright script, against a fresh bundled site."""
    capture = SmtpCapture().start()
    folder = Path(tempfile.mkdtemp(prefix="bench-bare-"))
    running = start_site(smtp_port=capture.port, database_url=f"sqlite:///{folder / 'db.sqlite3'}",
                         log_path=folder / "site.log", module=REFERENCE_SITE)  # fmt: skip
    try:
        timings = bare_booking.run(running.url, runs, _executable(), date.today() + timedelta(days=200))
    finally:
        running.stop()
        capture.stop()
    return statistics.median(timings)


def suite_wall_time(workers: str) -> float:
    """Seconds for the whole regression suite (tests/e2e) with this many xdist workers."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", "tests/e2e", "-q", "-p", "no:randomly", "-n", workers,
         f"--alluredir={OUT / f'suite-{workers}'}", f"--requirements-json={OUT / f'suite-{workers}.json'}",
         f"--output={OUT / f'suite-{workers}-results'}"],
        cwd=ROOT, check=False, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - started


def trace_cost(files: list[str]) -> dict[str, float]:
    """Seconds for the same tests, one worker, with each `--failure-trace` mode (what passing tests pay)."""
    seconds = {}
    for mode in ("off", "actions", "full"):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pytest", *files, "-q", "-p", "no:randomly", f"--failure-trace={mode}",
             f"--alluredir={OUT / f'trace-{mode}'}", f"--requirements-json={OUT / f'trace-{mode}.json'}",
             f"--output={OUT / f'trace-{mode}-results'}"],
            cwd=ROOT, check=False, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        seconds[mode] = time.perf_counter() - started
    return seconds


def _executable() -> str | None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        bundled = Path(playwright.chromium.executable_path)
    return None if bundled.exists() else system_chromium()


def _launch_options(executable: str | None) -> dict:
    return {"executable_path": executable, "args": list(SYSTEM_CHROMIUM_FLAGS)} if executable else {}


def main() -> int:
    """Run every measurement, print the table, write reports/bench/bench.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="bookings for the bare-script baseline")
    parser.add_argument("--suite-workers", nargs="*", default=["1", "2", "3"], help="xdist workers to time e2e with")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print("Start-up …")
    start = startup(5)
    print("Per-test overhead and the suite's booking journey …")
    timings = pytest_timings("empty_page or booking_journey")
    print("Bare Playwright booking journey …")
    bare = bare_journey(args.runs)
    print("Trace modes on the review-page tests …")
    traces = trace_cost(TRACE_FILES)
    walls = {}
    for workers in args.suite_workers:
        print(f"Whole suite with -n {workers} …")
        walls[workers] = suite_wall_time(workers)
    results = {
        "cpus": os.cpu_count(),
        "startup_s": start,
        "empty_page_plain_s": timings["test_empty_page_plain"],
        "empty_page_with_harness_s": timings["test_empty_page_with_the_harness"],
        "per_test_overhead_s": timings["test_empty_page_with_the_harness"] - timings["test_empty_page_plain"],
        "booking_suite_s": timings["test_booking_journey"],
        "booking_bare_s": bare,
        "booking_ratio": timings["test_booking_journey"] / bare,
        "trace_modes_s": traces,
        "suite_wall_s": walls,
    }
    (OUT / "bench.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(_table(results))
    return 0


def _table(r: dict) -> str:
    rows = [
        ("Start-up: SMTP capture", f"{r['startup_s']['smtp']:.2f} s"),
        ("Start-up: bundled site until healthy", f"{r['startup_s']['site']:.2f} s"),
        ("Start-up: browser launch", f"{r['startup_s']['browser']:.2f} s"),
        ("Start-up: total (budget < 2 s)", f"{r['startup_s']['total']:.2f} s"),
        ("Empty page test, pytest-playwright only", f"{r['empty_page_plain_s']:.3f} s"),
        ("Empty page test with the harness (profile, data, mailbox)", f"{r['empty_page_with_harness_s']:.3f} s"),
        ("Per-test overhead of the harness", f"{r['per_test_overhead_s'] * 1000:.0f} ms"),
        ("Booking journey, bare Playwright script", f"{r['booking_bare_s']:.3f} s"),
        ("Booking journey, through the suite (whole test)", f"{r['booking_suite_s']:.3f} s"),
        ("Suite ÷ bare (budget ≤ 1.10)", f"{r['booking_ratio']:.2f}"),
        *((f"Review-page tests (13), `--failure-trace {m}`", f"{s:.1f} s") for m, s in r["trace_modes_s"].items()),
        *((f"Whole e2e suite, -n {w}", f"{s:.0f} s") for w, s in r["suite_wall_s"].items()),
    ]
    lines = ["| Measurement | Value |", "|---|---|", *(f"| {name} | {value} |" for name, value in rows)]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
