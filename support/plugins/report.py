"""Report readability and history: titles in the operator's language, parameters that are the same every run.

Operators read titles, not function names: "確認頁的費用明細加總等於顯示的總額… [deluxe-twin-atm-breakfast]",
or in English (`--report-lang en`) the first line of the test's docstring. Each result is put in
the report's language as it finishes: its title (support/test_texts.yaml), the names of its
parameters and its tags (support/report_words.yaml), and suites named by the standard's duty,
task and indicator rather than Python modules. A test's failure opens with its plain sentence
(`failure_sentence`, used by support/plugins/verdicts.py).

Allure follows a test from run to run (history, trends, flaky marks, merged shards) by a hash of
its parameters' values. A value whose repr holds a memory address (a plain function, an object
without a repr) hashes differently every run, so each run would show that test as new: such a
parameter is a collection error that names it. Give it a repr (a dataclass, a string, or
`support.data.variation` for a function).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from allure_commons.model2 import Label

from support import findings
from support.cases import case_id
from support.data import Variation
from support.requirements import catalogue

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_FINISHING: dict[str, pytest.Item] = {}
BROWSER_PARAMETER = "browser_name"  # pytest-playwright parametrizes every browser test with it


def pytest_make_parametrize_id(val: object) -> str | None:
    """A variation's name is its test ID too, where the test does not give one."""
    return val.name if isinstance(val, Variation) else None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    unstable = [
        f"{item.nodeid}: {name} = {value!r}"
        for item in items
        for name, value in getattr(getattr(item, "callspec", None), "params", {}).items()
        if _ADDRESS.search(repr(value))
    ]
    if unstable:
        raise pytest.UsageError(
            "these parameters change their value every run, so the report's history cannot follow their tests; "
            "give them a repr:\n  " + "\n  ".join(unstable)
        )


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_logfinish(nodeid: str, location: tuple) -> Iterator[None]:
    """Put the finished result in the report's language, before allure-pytest writes it (its logfinish)."""
    item = _FINISHING.get(nodeid)
    result = current_result(item.config) if item is not None else None
    if result is not None:
        _localise(item, result)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[object]:
    """Remember the running item for logfinish, which only gets its node ID."""
    _FINISHING[item.nodeid] = item
    try:
        return (yield)
    finally:
        del _FINISHING[item.nodeid]


def current_result(config: pytest.Config) -> object | None:
    """The Allure result of the test running now (None when this session writes no Allure results)."""
    listener = config.pluginmanager.get_plugin("allure_listener")
    return listener.allure_logger.get_test(None) if listener else None


def _localise(item: pytest.Item, result: object) -> None:
    """Title, parameter names, tags and suites in the report's language (set even for skipped tests).

    A parameter that is a profile item (a room type, a payment method) shows its code, not its repr.
    The browser of a one-browser run is hidden: allure-pytest computed the history ID at tear-down,
    before this, so history, trends and merged shards still follow every test.
    """
    title = _title(item)
    if title:
        result.name = title
    params = getattr(getattr(item, "callspec", None), "params", {})
    browser = one_browser(item.config)
    for parameter in result.parameters:
        if parameter.name == BROWSER_PARAMETER and browser is not None:
            parameter.mode = "hidden"  # allure_commons ParameterMode.HIDDEN
        value = params.get(parameter.name)
        parameter.value = case_id(value) if getattr(value, "code", None) else _plain(parameter.value)
        parameter.name = findings.parameter(parameter.name)
    for label in result.labels:
        if label.name == "tag":
            label.value = findings.tag(label.value)
    _suites_from_the_standard(item, result)


def _plain(value: str) -> str:
    """`'zh-TW'` → `zh-TW`: a string parameter without the quotes of its Python repr."""
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] == "'" and "'" not in value[1:-1] else value


def _suites_from_the_standard(item: pytest.Item, result: object) -> None:
    """Suites by the standard (duty, task, indicator) instead of Python package and module names."""
    ids = [rid for mark in item.iter_markers("requirement") for rid in mark.args if rid in catalogue()]
    if not ids:
        return
    requirement = catalogue()[ids[0]]
    suites = {"parentSuite": requirement.duty.title, "suite": requirement.task.title, "subSuite": requirement.title}
    result.labels[:] = [label for label in result.labels if label.name not in suites]
    result.labels.extend(Label(name=name, value=value) for name, value in suites.items())


def text_key(item: pytest.Item) -> str:
    """The key of a test's texts in support/test_texts.yaml: its file under tests/e2e and its function."""
    path = Path(str(item.path))
    root = Path(item.config.rootpath, "tests", "e2e")
    where = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    return f"{where}::{getattr(item, 'originalname', item.name)}"


def failure_sentence(item: pytest.Item) -> str | None:
    """The plain sentence that opens the test's failure in the report language, where the test has one."""
    return findings.test_failure(text_key(item))


def _title(item: pytest.Item) -> str | None:
    doc = getattr(getattr(item, "obj", None), "__doc__", None)
    if not doc or not doc.strip():
        return None
    first_line = findings.test_title(text_key(item), doc.strip().splitlines()[0].strip())
    shown_id = _shown_id(item)
    return f"{first_line} [{shown_id}]" if shown_id else first_line


def one_browser(config: pytest.Config) -> str | None:
    """The browser of the run when it runs only one (pytest-playwright's --browser), else None."""
    browsers = set(config.getoption("browser", None) or ["chromium"])
    return next(iter(browsers)) if len(browsers) == 1 else None


def _shown_id(item: pytest.Item) -> str | None:
    """The test's parameter ID as a reader needs it: without the browser when the run uses only one."""
    callspec = getattr(item, "callspec", None)
    if callspec is None:
        return None
    browser = one_browser(item.config)
    if browser is None or callspec.params.get(BROWSER_PARAMETER) != browser:
        return callspec.id
    parts = callspec.id.split("-")
    if browser in parts:
        parts.remove(browser)  # pytest-playwright's browser_name, one part of the ID
    return "-".join(parts) or None
