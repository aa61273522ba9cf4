"""The suite drives a browser on a Playwright browser server, not only one it launches itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from support.browser import system_chromium
from support.browser_server import browser_server

ROOT = Path(__file__).resolve().parents[2]
# A review page (one browser, many pages), the race for the last room (two contexts at once),
# privacy (a second, separate browser context) and a downloaded document (files live on the
# server's machine): the ways the suite uses a browser.
TESTS = [
    "tests/e2e/t1_3/test_review_before_confirmation.py::test_review_page_lines_add_up_to_the_oracle_total",
    "tests/e2e/t1_4/test_last_room.py",
    "tests/e2e/t1_4/test_guest_privacy.py",
    "tests/e2e/t3/test_complaint_handling.py::test_a_referral_reaches_the_supervisor_with_its_document",
]

pytestmark = pytest.mark.meta


def bundled_chromium_installed() -> bool:
    """Whether Playwright's own Chromium is installed (asked in a subprocess: this worker may hold Playwright)."""
    script = "from playwright.sync_api import sync_playwright\nwith sync_playwright() as p:\n"
    script += "    print(p.chromium.executable_path)"
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    return Path(found.stdout.strip()).exists()


def run_against(endpoint: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """The chosen e2e tests with the browser at `endpoint`; the system Chromium on the server if need be."""
    executable = [] if bundled_chromium_installed() else [f"--browser-executable={system_chromium()}"]
    command = [sys.executable, "-m", "pytest", *TESTS, "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
               f"--browser-ws-endpoint={endpoint}", *executable, f"--alluredir={tmp_path / 'allure-results'}",
               f"--requirements-json={tmp_path / 'requirements.json'}",
               f"--output={tmp_path / 'test-results'}"]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_the_suite_passes_on_a_remote_browser_server(tmp_path: Path):
    with browser_server() as endpoint:
        completed = run_against(endpoint, tmp_path)

    assert completed.returncode == pytest.ExitCode.OK, completed.stdout[-4000:] + completed.stderr[-2000:]


def test_an_unreachable_browser_server_fails_the_run_with_its_address(tmp_path: Path):
    with browser_server() as endpoint:
        pass  # started and stopped: nothing listens there any more

    completed = run_against(endpoint, tmp_path)

    assert completed.returncode != pytest.ExitCode.OK
    assert endpoint.removeprefix("ws://").rstrip("/") in completed.stdout + completed.stderr
