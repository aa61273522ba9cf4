"""A failed test's trace opens from the Allure report with no internet: Playwright's own viewer, served with it.

A tiny report is built from one failed result carrying a real trace, made offline by
scripts/offline_traces.py, served on 127.0.0.1 and opened in Chromium with every other address
refused: the trace viewer window must show the trace's actions.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Route, expect

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scripts import offline_traces  # noqa: E402
from support.plugins.evidence import PLAYWRIGHT_TRACE  # noqa: E402

PAGE = "<main><h1>Review your booking</h1><button onclick=\"this.textContent='Booked'\">Confirm booking</button></main>"
CONFIG = "export default {{ output: {output}, plugins: {{ awesome: {{ options: {{ singleFile: false }} }} }} }};\n"


def record_trace(browser: Browser, path: Path) -> None:
    """A real trace: a guest confirms a booking on a page of our own (no network needed)."""
    context = browser.new_context()
    context.tracing.start(snapshots=True, screenshots=True)
    page = context.new_page()
    page.set_content(PAGE)
    page.get_by_role("button", name="Confirm booking").click()
    expect(page.get_by_role("button", name="Booked")).to_be_visible()
    context.tracing.stop(path=path)
    context.close()


def write_failed_result(results: Path, trace: Path) -> None:
    """One failed test in allure-results, as allure-pytest writes it, with the trace attached."""
    results.mkdir()
    source = f"{uuid.uuid4()}-attachment.zip"
    (results / source).write_bytes(trace.read_bytes())
    result = {
        "uuid": str(uuid.uuid4()), "historyId": "offline-trace", "testCaseId": "offline-trace",
        "name": "The guest confirms a booking", "fullName": "tests.offline#test_confirm",
        "status": "failed", "statusDetails": {"message": "The booking was not confirmed."}, "stage": "finished",
        "start": 1_700_000_000_000, "stop": 1_700_000_001_000, "labels": [], "parameters": [],
        "attachments": [{"name": "Playwright trace", "source": source, "type": PLAYWRIGHT_TRACE}],
    }  # fmt: skip
    (results / f"{result['uuid']}-result.json").write_text(json.dumps(result), encoding="utf-8")


def generate(results: Path, folder: Path) -> Path:
    """`allure generate` with the awesome plugin, as `make report` runs it."""
    report = folder / "report"
    (folder / "allurerc.mjs").write_text(CONFIG.format(output=json.dumps(str(report))), encoding="utf-8")
    env = {**os.environ, "NODE_OPTIONS": f"--require {ROOT / 'scripts' / 'node-iterator-helpers.cjs'}"}
    command = ["npx", "--no-install", "allure", "generate", str(results), "--config", str(folder / "allurerc.mjs")]
    completed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return report


@pytest.fixture
def served_report(tmp_path: Path, browser: Browser) -> Iterator[str]:
    """The made-offline report of one failed test, served on 127.0.0.1; its address."""
    record_trace(browser, tmp_path / "trace.zip")
    write_failed_result(tmp_path / "allure-results", tmp_path / "trace.zip")
    report = generate(tmp_path / "allure-results", tmp_path)
    offline_traces.make_offline(report)
    handler = functools.partial(_QuietHandler, directory=str(report))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{server.server_port}/"
        server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The test's output stays for the test's failures."""


def refuse_other_hosts(route: Route) -> None:
    """Only the report's own server answers, as on a closed network."""
    if route.request.url.startswith("http://127.0.0.1:"):
        route.continue_()
    else:
        route.abort("internetdisconnected")


def test_a_failed_tests_trace_opens_in_the_viewer_served_with_the_report(served_report: str, browser: Browser):
    context = browser.new_context()
    context.route("**/*", refuse_other_hosts)
    report = context.new_page()
    report.goto(served_report)
    report.get_by_text("The guest confirms a booking").click()
    attachment = report.get_by_test_id("test-result-attachment-header").filter(has_text="Playwright trace")

    with context.expect_page() as opened:
        attachment.get_by_role("button").first.click()  # the trace's "open" icon; it has no accessible name
    viewer = opened.value

    expect(viewer).to_have_url(f"{served_report}trace-viewer/index.html")
    actions = viewer.get_by_role("tree").get_by_role("treeitem")
    expect(actions.filter(has_text="Confirm booking")).to_be_visible(timeout=15_000)
    context.close()


def test_an_app_that_no_longer_names_the_online_viewer_fails_loudly(tmp_path: Path):
    (tmp_path / "app-1.js").write_text('const Xs="https://example.org/trace",Ys=`${Xs}/`', encoding="utf-8")

    with pytest.raises(offline_traces.ViewerNotFoundError, match="Allure was upgraded"):
        offline_traces.make_offline(tmp_path)
    assert not (tmp_path / offline_traces.VIEWER_FOLDER).exists()


def test_the_viewer_goes_beside_the_awesome_app_when_allure_writes_several_plugins(tmp_path: Path):
    """With the compliance overview, Allure writes awesome/ and overview/ under a summary page."""
    (tmp_path / "index.html").write_text("<html><head></head><body>summary</body></html>", encoding="utf-8")
    (tmp_path / "awesome").mkdir()
    app = tmp_path / "awesome" / "app-1.js"
    app.write_text('x();const Rs="https://trace.playwright.dev",Ns=`${Rs}/`,Ls=1;', encoding="utf-8")

    assert offline_traces.make_offline(tmp_path) == [app]
    assert 'const Rs=location.origin,Ns=new URL("trace-viewer/index.html",location.href).href,Ls=1' in app.read_text()
    assert "a trace posted before the viewer listens" in (tmp_path / "awesome/trace-viewer/index.html").read_text()
    assert not (tmp_path / offline_traces.VIEWER_FOLDER).exists()
