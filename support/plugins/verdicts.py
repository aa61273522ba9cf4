"""Honest verdicts: *not applicable* is shown as such, and a check over nothing does not pass.

- `--report-lang zh-TW|en` (`REPORT_LANG`, default zh-TW): the language of the verdicts' sentences
  (support/findings.yaml), on the controller and every xdist worker.
- `@pytest.mark.offers("shop", …)`: the test needs the property to offer these features (keys of
  support/features.yaml; any other name is a collection error naming the known ones). Where the
  profile (the `profile` fixture's `offers(feature)`) does not offer one:
    - not demanded by the standard: the test is skipped as *not applicable* before any of its
      function-scoped fixtures run, with `findings.say("not-offered")`; Allure shows it skipped,
      with that sentence, the tag 不適用 / not applicable and the label `verdict=not-applicable`;
      the coverage table counts it under n/a, never as passed or skipped;
    - demanded: the test fails in its call phase, without running its body, with
      `findings.say("demanded-not-offered")`.
- A requirement test (marked `requirement`) that would pass having made no comparison fails with
  `findings.say("compared-nothing")`. Comparisons are passing Playwright `expect(...)` assertions
  and passing plain `assert`s (`enable_assertion_pass_hook`; stale .pyc files written without that
  option do not report their asserts: delete them if a test that asserts is said to compare nothing).
- A test that calls `checks.not_applicable(what)` (a case source with nothing in it, a fact the
  profile does not have) is not applicable in the same way, with `findings.say("not-in-profile")`.
- A test failing on a comparison (an AssertionError that is not one of the verdicts above) opens
  its Allure message, and its terminal report, with the test's plain sentence in the report's
  language (support/test_texts.yaml `fails`), then what Playwright or the assert said.
- Every test result gets the Allure label `site-language` and the parameter `language` (the
  `--site-lang` value), so runs in several languages stay apart in one report and its history.
  (The label is not called `language`: allure-pytest gives every result `language=cpython3`.)
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from typing import Any

import allure
import pytest

from support import checks, findings
from support.plugins.report import current_result, failure_sentence
from support.plugins.requirements import NOT_APPLICABLE

OFFERED_FIXTURE = "_offered_features"
VERDICT_LABEL = "verdict"
LANGUAGE_LABEL = "site-language"
NOT_APPLICABLE_TAG = {"zh-TW": "不適用", "en": "not applicable"}
_DEMANDED_MISSING = pytest.StashKey[list[str]]()
_VERDICT = pytest.StashKey[str]()
_ASSERTION_CLASSES = ("LocatorAssertions", "PageAssertions", "APIResponseAssertions")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("hotel").addoption(
        "--report-lang",
        default=os.environ.get("REPORT_LANG", "zh-TW"),
        choices=findings.LANGUAGES,
        help="language of the verdicts in the report (default REPORT_LANG, else zh-TW)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "offers(*features): the property must offer these features (keys of support/features.yaml)"
    )
    findings.use(config.getoption("report_lang"))
    count_playwright_assertions()


def count_playwright_assertions() -> None:
    """Count every passing `expect(...).to_*` / `not_to_*` of Playwright's sync API (patched once, by class)."""
    from playwright import sync_api

    for class_name in _ASSERTION_CLASSES:
        cls = getattr(sync_api, class_name)
        for name, method in list(vars(cls).items()):
            if (name.startswith(("to_", "not_to_"))) and callable(method) and not hasattr(method, "_counts"):
                setattr(cls, name, _counting(method))


def _counting(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def counted(*args: Any, **kwargs: Any) -> Any:
        result = method(*args, **kwargs)
        checks.count_comparison()
        return result

    counted._counts = True  # type: ignore[attr-defined]
    return counted


def pytest_assertion_pass() -> None:
    checks.count_comparison()


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    """Fail the collection of a module whose tests name a feature support/features.yaml lacks."""
    report = yield
    if report.outcome != "passed":
        return report
    problems = [
        f"{item.nodeid}: unknown feature {name!r} in @pytest.mark.offers"
        for item in report.result
        if isinstance(item, pytest.Item)
        for name in offered_features(item)
        if name not in findings.features()
    ]
    if problems:
        report.outcome = "failed"
        report.longrepr = "\n".join([*problems, f"known features: {', '.join(findings.features())}"])
    return report


def offered_features(item: pytest.Item) -> list[str]:
    """The features a test needs, from its own, class and module `offers` markers."""
    names: list[str] = []
    for mark in item.iter_markers("offers"):
        names.extend(name for name in mark.args if name not in names)
    return names


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Label each test with the site language; the feature check goes before every other fixture."""
    lang = config.getoption("site_lang", default=None)
    for item in items:
        if lang:
            item.add_marker(allure.label(LANGUAGE_LABEL, lang))
        names = getattr(item, "fixturenames", None)
        if names is not None and OFFERED_FIXTURE in names:
            names.remove(OFFERED_FIXTURE)
            names.insert(0, OFFERED_FIXTURE)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    """The language parameter goes in before anything can skip the test, so every result has it."""
    lang = item.config.getoption("site_lang", default=None)
    if lang and _allure_on(item.config):
        allure.dynamic.parameter("language", lang)
    return (yield)


@pytest.fixture(autouse=True)
def _offered_features(request: pytest.FixtureRequest) -> None:
    """Skip a test of a feature the property does not offer; mark it to fail where the standard demands it."""
    needed = offered_features(request.node)
    if not needed:
        return
    profile = request.getfixturevalue("profile")
    missing = [name for name in needed if not profile.offers(name)]
    demanded = [name for name in missing if findings.features()[name].get("demanded")]
    if demanded:
        request.node.stash[_DEMANDED_MISSING] = demanded
        return
    if missing:
        reason = findings.say("not-offered", feature=_joined(missing))
        request.node.user_properties.extend((NOT_APPLICABLE, name) for name in missing)
        request.node.stash[_VERDICT] = reason
        _allure_verdict(request.config, "not-applicable", NOT_APPLICABLE_TAG[findings.language()])
        pytest.skip(reason)


def _joined(features: list[str]) -> str:
    separator = "、" if findings.language() == "zh-TW" else "; "
    return separator.join(findings.feature(name) for name in features)


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> Iterator[object]:
    """Fail a test whose demanded feature is not offered, and a requirement test that compared nothing.

    The first fails before the body runs; the second after it returned, as a normal call failure.
    """
    demanded = pyfuncitem.stash.get(_DEMANDED_MISSING, [])
    if demanded:
        message = findings.say("demanded-not-offered", feature=_joined(demanded))
        pyfuncitem.stash[_VERDICT] = message
        _allure_verdict(pyfuncitem.config, "demanded-not-offered")
        raise AssertionError(message)
    checks.reset_comparisons()
    result = yield
    if checks.comparisons() == 0 and any(pyfuncitem.iter_markers("requirement")):
        message = findings.say("compared-nothing")
        pyfuncitem.stash[_VERDICT] = message
        _allure_verdict(pyfuncitem.config, "compared-nothing")
        raise AssertionError(message)
    return result


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    """Allure's status message of a verdict is its plain sentence, not `Skipped: …` or `AssertionError: …`."""
    report = yield
    if call.excinfo is not None and isinstance(call.excinfo.value, checks.NotApplicable):
        _nothing_to_check(item, report, call.excinfo.value)
    if call.excinfo is not None and isinstance(call.excinfo.value, findings.Finding):
        item.stash[_VERDICT] = call.excinfo.value.sentence
    sentence = item.stash.get(_VERDICT, None)
    if sentence and call.excinfo is not None and sentence in str(call.excinfo.value):
        _set_allure_message(item.config, sentence)
    elif report.failed and call.excinfo is not None and isinstance(call.excinfo.value, AssertionError):
        _open_with_plain_sentence(item, report, call.excinfo.exconly())
    return report


def _open_with_plain_sentence(item: pytest.Item, report: pytest.TestReport, detail: str) -> None:
    """A failed comparison opens with the test's plain sentence (what is wrong on the site), then the detail."""
    sentence = failure_sentence(item)
    if sentence:
        report.sections.insert(0, (findings.say("section-plain-words"), sentence))
        _set_allure_message(item.config, f"{sentence}\n\n{detail}")


def _nothing_to_check(item: pytest.Item, report: pytest.TestReport, reason: checks.NotApplicable) -> None:
    """A test the property gives nothing to check (checks.not_applicable): not applicable, as an unoffered feature."""
    report.user_properties.append((NOT_APPLICABLE, reason.what))
    item.stash[_VERDICT] = reason.msg
    _allure_verdict(item.config, "not-applicable", NOT_APPLICABLE_TAG[findings.language()])


def _allure_on(config: pytest.Config) -> bool:
    """Whether this session writes Allure results.

    Allure's dynamic API is global: a pytest run inside pytest (the plugins' own tests) must not
    label the outer run's test.
    """
    return config.pluginmanager.get_plugin("allure_listener") is not None


def _allure_verdict(config: pytest.Config, verdict: str, tag: str | None = None) -> None:
    if _allure_on(config):
        allure.dynamic.label(VERDICT_LABEL, verdict)
        if tag:
            allure.dynamic.tag(tag)


def _set_allure_message(config: pytest.Config, sentence: str) -> None:
    test_result = current_result(config)
    if test_result is not None and test_result.statusDetails is not None:
        test_result.statusDetails.message = sentence
