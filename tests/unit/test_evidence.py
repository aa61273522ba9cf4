"""What a failed test attaches: one command that replays it, and screenshots only of pages that show something."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from playwright.sync_api import Browser

from support.plugins import evidence

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ("-p", "support.plugins.data", "-p", "support.plugins.evidence", "-p", "no:randomly",
           "-p", "no:cacheprovider", "-p", "no:playwright")  # fmt: skip

FAILING = """
import pytest

@pytest.mark.parametrize("room", ["family"])
def test_x(room):
    assert room == "deluxe"
"""


def test_a_failure_attaches_the_run_seed_and_the_command_that_replays_that_test(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # this checkout's plugins, not the installed package's
    pytester.makepyfile(test_replay=FAILING)

    result = pytester.runpytest_subprocess(*PLUGINS, "--data-seed=4242", "--failure-trace=off", "--alluredir=out")

    assert result.ret == pytest.ExitCode.TESTS_FAILED
    [failure] = [json.loads(path.read_text()) for path in (pytester.path / "out").glob("*-result.json")]
    [seed] = [attachment for attachment in failure["attachments"] if attachment["name"] == "data seed"]
    assert (pytester.path / "out" / seed["source"]).read_text() == (
        "data seed 4242; replay this test with:\n"
        "python -m pytest 'test_replay.py::test_x[family]' --data-seed 4242 --failure-trace off"
    )


def test_only_pages_that_show_something_are_photographed(browser: Browser, monkeypatch):
    attached = []
    monkeypatch.setattr(evidence.allure, "attach", lambda body, name, attachment_type: attached.append(name))
    context = browser.new_context()
    context.new_page()  # about:blank
    context.new_page().goto("data:text/html,<body></body>")
    context.new_page().goto("data:text/html,<h1>Your booking</h1>")

    evidence._attach_screenshots(SimpleNamespace(contexts=[context]))
    context.close()

    assert attached == ["screenshot"]
