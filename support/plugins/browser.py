"""Which browser the suite drives: Playwright's own, the system's Chromium, or one on a remote server.

- Locally: Playwright's own Chromium where installed, else the system Chromium with safe flags.
- `--browser-executable PATH` (or BROWSER_EXECUTABLE): that binary, with the same flags.
- `--browser-ws-endpoint ws://host:port/` (or PLAYWRIGHT_WS_ENDPOINT): connect to a browser server
  started with `playwright run-server` instead of launching one; the launch options travel with the
  connection (the server needs `--unsafe` to accept an executable path).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, BrowserType, expect

from support.browser import SYSTEM_CHROMIUM_FLAGS, chromium_launch_args
from support.startup import SetupProblem, at_least, named


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hotel")
    group.addoption(
        "--browser-ws-endpoint",
        default=os.environ.get("PLAYWRIGHT_WS_ENDPOINT"),
        help="connect to a Playwright browser server at this WebSocket address instead of launching a browser",
    )
    group.addoption(
        "--action-timeout",
        type=float,
        default=10_000,
        help="milliseconds a click, fill or read waits for its element before failing (default 10000)",
    )
    group.addoption(
        "--expect-timeout",
        type=float,
        default=5_000,
        help="milliseconds an expect(...) assertion waits for the page to agree before failing (default 5000)",
    )
    group.addoption(
        "--browser-executable",
        default=os.environ.get("BROWSER_EXECUTABLE"),
        help="Chromium binary to launch (on the browser server, when connecting to one)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Every `expect` of the run waits `--expect-timeout` (the defect proofs, which expect a failure, wait less).

    The browser options are judged here, before any browser is launched or connected to.
    """
    try:
        _check_browser_options(config)
    except SetupProblem as problem:
        raise pytest.UsageError(str(problem)) from None
    expect.set_options(timeout=config.getoption("expect_timeout"))


def _check_browser_options(config: pytest.Config) -> None:
    for option in ("action_timeout", "expect_timeout"):
        flag = "--" + option.replace("_", "-")
        at_least(flag, config.getoption(option), 1, "ms", "give the milliseconds to wait, e.g. 5000")
    endpoint = config.getoption("browser_ws_endpoint")
    if endpoint and urlsplit(endpoint).scheme not in ("ws", "wss"):
        raise SetupProblem(
            f"{named(config, 'browser_ws_endpoint', 'PLAYWRIGHT_WS_ENDPOINT')} {endpoint}: not a ws:// or wss:// "
            "address; give the browser server's WebSocket address, e.g. ws://grid:3000/"
        )
    executable = config.getoption("browser_executable")
    if executable and not endpoint and not os.access(executable, os.X_OK):  # a server's path is the server's
        raise SetupProblem(
            f"{named(config, 'browser_executable', 'BROWSER_EXECUTABLE')} {executable}: no such program here; "
            "give the path of a Chromium binary, e.g. /usr/bin/chromium"
        )


@pytest.fixture
def new_context(
    new_context: Callable[..., BrowserContext], pytestconfig: pytest.Config
) -> Callable[..., BrowserContext]:
    """pytest-playwright's context factory, with one action timeout for the whole suite.

    Playwright waits 30 s for an element by default; 10 s is ample for a page that is there, and a
    missing element then fails its test in seconds. Assertions keep `expect`'s own 5 s.
    """
    timeout = pytestconfig.getoption("action_timeout")

    def context_with_timeout(**kwargs: object) -> BrowserContext:
        context = new_context(**kwargs)
        context.set_default_timeout(timeout)
        return context

    return context_with_timeout


@pytest.fixture(scope="session")
def connect_options(pytestconfig: pytest.Config) -> dict | None:
    """Where to connect when the browser runs on a Playwright server (None: launch locally).

    The server reads the launch options from a header in its own (camelCase) spelling, so the
    executable and its flags are sent that way.
    """
    endpoint = pytestconfig.getoption("browser_ws_endpoint")
    if not endpoint:
        return None
    options: dict = {"endpoint": endpoint, "timeout": 30_000}
    executable = pytestconfig.getoption("browser_executable")
    if executable:
        launch = {"executablePath": executable, "args": list(SYSTEM_CHROMIUM_FLAGS)}
        launch["headless"] = not pytestconfig.getoption("--headed")
        options["headers"] = {"x-playwright-launch-options": json.dumps(launch)}
    return options


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict, browser_type: BrowserType, pytestconfig: pytest.Config
) -> dict:
    """pytest-playwright's launch options, pointed at the right Chromium binary."""
    if browser_type.name != "chromium":
        return browser_type_launch_args
    executable = pytestconfig.getoption("browser_executable")
    if pytestconfig.getoption("browser_ws_endpoint") and not executable:
        return browser_type_launch_args  # the server knows its own browsers
    return chromium_launch_args(browser_type.executable_path, browser_type_launch_args, chosen=executable)
