"""What a failed test leaves behind for whoever reads the report.

On failure Allure gets: a full-page screenshot of every open page, taken the moment the test
failed (only then: pytest-playwright's `--screenshot only-on-failure` shoots every test and throws
the passing ones away), the Playwright trace of every browser context, video when enabled, the URL
of every open page, the data seed with the command that replays the test, each mail the test
read and the tail of the bundled site's log.
The seed and URLs are also printed with the failure in the terminal.

The trace is recorded for every browser context and kept only for failures. By default it
holds the actions, their timing and errors (`--failure-trace actions`): DOM snapshots and the
screencast cost a third more time on every test, passing or not (34 % on the review-page tests,
docs/performance.md), and the
failure screenshot already shows the page. `--failure-trace full` adds snapshots and screencast
when a failure needs them; `off` records nothing.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable, Iterator
from pathlib import Path
from weakref import WeakKeyDictionary

import allure
import pytest
from allure_commons.types import AttachmentType
from playwright.sync_api import BrowserContext
from playwright.sync_api import Error as PlaywrightError

from support.plugins.data import RUN_SEED
from support.plugins.site import BUNDLED_SITE, plain_nodeid, switch_of

PLAYWRIGHT_TRACE = "application/vnd.allure.playwright-trace"
_SITE_LOG_TAIL = 200
TRACES = pytest.StashKey[list[Path]]()
# The suite's options that only say where results go or which tests run: a replay needs none of them.
_NOT_REPLAYED = {"data_seed", "requirements_json", "report_lang", "requirement", "defect_proofs"}
_SHOWS_SOMETHING = """() => {
  const body = document.body;
  return !!body && (body.innerText.trim() !== ""
    || body.querySelector("img, svg, canvas, video, iframe, object, embed, input, select, textarea") !== null);
}"""
# The "hotel" option group of each pytest session (keyed by its plugin manager, which its config
# shares): read when a test fails, once every plugin has added its options to it.
_HOTEL_OPTIONS: WeakKeyDictionary[object, pytest.OptionGroup] = WeakKeyDictionary()


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    _HOTEL_OPTIONS[pluginmanager] = parser.getgroup("hotel")
    _HOTEL_OPTIONS[pluginmanager].addoption(
        "--failure-trace",
        choices=("actions", "full", "off"),
        default="actions",
        help="Playwright trace kept for failed tests: actions (default), full (with DOM snapshots and screencast), off",
    )


@pytest.fixture
def new_context(new_context: Callable[..., BrowserContext], request: pytest.FixtureRequest) -> Iterator[Callable]:
    """pytest-playwright's context factory, tracing every context it makes (see --failure-trace)."""
    config = request.config
    mode = config.getoption("failure_trace")
    if mode == "off" or config.getoption("--tracing") != "off":
        yield new_context
        return
    traced: list[BrowserContext] = []

    def traced_context(**kwargs: object) -> BrowserContext:
        context = new_context(**kwargs)
        full = mode == "full"
        context.tracing.start(snapshots=full, screenshots=full, sources=full)
        traced.append(context)
        return context

    yield traced_context
    folder = Path(request.getfixturevalue("output_path")) if _failed(request.node) else None
    for index, context in enumerate(traced, start=1):
        path = folder / f"trace-{index}.zip" if folder else None
        try:
            context.tracing.stop(path=path)
        except PlaywrightError:
            continue  # the test closed this context itself
        if path is not None:
            request.node.stash.setdefault(TRACES, []).append(path)


def _failed(item: pytest.Item) -> bool:
    reports = [getattr(item, f"rep_{when}", None) for when in ("setup", "call")]
    return any(report is not None and report.failed for report in reports)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    report: pytest.TestReport = yield
    if report.when in ("setup", "call") and report.failed:
        _attach_failure_context(item, report)
    if report.when == "teardown":
        _attach_playwright_artifacts(item.config, report)
        for path in item.stash.get(TRACES, []):
            allure.attach.file(str(path), name="Playwright trace", attachment_type=PLAYWRIGHT_TRACE, extension="zip")
    return report


def _attach_failure_context(item: pytest.Item, report: pytest.TestReport) -> None:
    funcargs = getattr(item, "funcargs", {})
    _attach_screenshots(funcargs.get("browser"))
    urls = _open_page_urls(funcargs.get("browser"))
    if urls:
        text = "\n".join(urls)
        allure.attach(text, name="page URL", attachment_type=AttachmentType.URI_LIST)
        report.sections.append(("page URL", text))
    run_seed = item.config.stash.get(RUN_SEED, None)
    if run_seed is not None:
        replay = f"data seed {run_seed}; replay this test with:\n{replay_command(item, run_seed)}"
        allure.attach(replay, name="data seed", attachment_type=AttachmentType.TEXT)
        report.sections.append(("data seed", replay))
    mailbox = funcargs.get("mailbox")
    for index, message in enumerate(getattr(mailbox, "read", []), start=1):
        _attach_mail(index, message)
    site = item.config.stash.get(BUNDLED_SITE, None)
    if site is not None:
        tail = "\n".join(site.log().splitlines()[-_SITE_LOG_TAIL:])
        allure.attach(tail, name="site log (tail)", attachment_type=AttachmentType.TEXT)


def replay_command(item: pytest.Item, run_seed: int) -> str:
    """The one command that replays this test with its data: its node ID, the run's seed, the run's site options.

    A test's data comes from the run's seed and its node ID (support/plugins/data.py), so the run's
    seed is the one number to give. The suite's options that chose the site, its language, profile
    or pack are repeated; those that only say where results go are not. A test of a defect proof run
    (`--defect-proofs`) is replayed with its one switch, `--site-defect NAME`.
    """
    words = ["python", "-m", "pytest", plain_nodeid(item), "--data-seed", str(run_seed)]
    switch = switch_of(item)
    if switch is not None:
        words += ["--site-defect", switch]
    base_url = item.config.getoption("base_url", None)
    if base_url:
        words += ["--base-url", base_url]
    for option in _suite_options(item.config):
        words += _given(item.config, option)
    return shlex.join(words)


def _suite_options(config: pytest.Config) -> list:
    group = _HOTEL_OPTIONS.get(config.pluginmanager)
    return [option for option in getattr(group, "options", []) if option.dest not in _NOT_REPLAYED]


def _given(config: pytest.Config, option: object) -> list[str]:
    """The option as given to this run, or nothing where it kept its default."""
    value, default = config.getoption(option.dest), option.attrs().get("default")
    if value == default or value is None:
        return []
    name = option.names()[-1]
    if value is True:
        return [name]
    values = value if isinstance(value, list | tuple) else [value]
    return [word for item in values for word in (name, str(item))]


def _attach_screenshots(browser: object) -> None:
    """A screenshot of every page still open when the test failed: what the guest would have seen.

    A page with nothing drawn (about:blank, an empty body) shows the reader nothing and is left out.
    """
    pages = [page for context in getattr(browser, "contexts", []) for page in context.pages if _drawn(page)]
    for index, page in enumerate(pages, start=1):
        try:
            image = page.screenshot(full_page=True, timeout=5_000)
        except PlaywrightError:
            continue  # a page that cannot be drawn any more (closed, crashed) has nothing to show
        allure.attach(
            image, name="screenshot" if len(pages) == 1 else f"screenshot {index}", attachment_type=AttachmentType.PNG
        )


def _drawn(page: object) -> bool:
    """Whether the page shows anything: a URL other than about:blank and a body with text or media."""
    if page.url == "about:blank":
        return False
    try:
        return page.evaluate(_SHOWS_SOMETHING)
    except PlaywrightError:
        return False  # closed or crashed: nothing to draw


def _open_page_urls(browser: object) -> list[str]:
    contexts = getattr(browser, "contexts", [])
    return [page.url for context in contexts for page in context.pages]


def _attach_mail(index: int, message: object) -> None:
    headers = json.dumps(message.headers, ensure_ascii=False, indent=2)
    allure.attach(headers, name=f"mail {index}: headers", attachment_type=AttachmentType.JSON)
    if message.text:
        allure.attach(message.text, name=f"mail {index}: text", attachment_type=AttachmentType.TEXT)
    if message.html:
        allure.attach(message.html, name=f"mail {index}: HTML", attachment_type=AttachmentType.HTML)


def _attach_playwright_artifacts(config: pytest.Config, report: pytest.TestReport) -> None:
    kinds = {
        "playwright_screenshot": ("screenshot", AttachmentType.PNG, None),
        "playwright_trace": ("Playwright trace", PLAYWRIGHT_TRACE, "zip"),
        "playwright_video": ("video", AttachmentType.WEBM, None),
    }
    for name, value in report.user_properties:
        if name not in kinds:
            continue
        path = Path(value) if Path(value).is_absolute() else Path(config.invocation_params.dir, value)
        title, kind, extension = kinds[name]
        if path.exists():
            allure.attach.file(str(path), name=title, attachment_type=kind, extension=extension)
