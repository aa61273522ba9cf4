"""Less noise in the Allure report: no browser name when one browser runs, no list of set-up fixtures.

pytest-playwright parametrizes every browser test with `browser_name`, so each test carried
"chromium" as a parameter (and in its ID) though the whole run used one browser. When one browser
runs, the parameter is kept but hidden: Allure (allure-pytest and Allure 3 alike) counts hidden
parameters in a test's history ID and leaves out only excluded ones, so history, trends and
merged shards still follow every test as before. With several browsers it stays visible.

allure-pytest records every fixture a test uses (36 for an e2e test) as a set-up or tear-down
entry, all green, before the test's own steps. A fixture's entry is kept only where it tells the
reader something: it did not pass, or it attached something. Both changes are made to each
result as allure-pytest builds it, and each container as it hands it to its file writer, in the
process that ran the test, so they hold with pytest-xdist and for merged shards alike.
"""

from __future__ import annotations

from collections.abc import Iterator

import allure_commons
import pytest

BROWSER_PARAMETER = "browser_name"
HIDDEN = "hidden"  # allure_commons.types.ParameterMode.HIDDEN
TELLING = {"failed", "broken", "skipped"}


def one_browser(config: pytest.Config) -> str | None:
    """The browser of the run when it runs only one (pytest-playwright's --browser), else None."""
    browsers = set(config.getoption("browser", None) or ["chromium"])
    return next(iter(browsers)) if len(browsers) == 1 else None


class QuietReport:
    """Edits each fixture container just before allure-pytest writes it (tryfirst: before its file writer)."""

    @allure_commons.hookimpl(tryfirst=True)
    def report_container(self, container: object) -> None:
        container.befores = [fixture for fixture in container.befores if tells_something(fixture)]
        container.afters = [fixture for fixture in container.afters if tells_something(fixture)]


def tells_something(fixture: object) -> bool:
    """A fixture entry worth a line: it failed, broke or skipped, or it (or a step in it) attached something.

    allure-pytest 2.16 writes tear-down entries with no status and no end (seen in the e2e
    results); without a failure or an attachment they say nothing either.
    """
    return getattr(fixture, "status", None) in TELLING or _attached(fixture)


def _attached(step: object) -> bool:
    return bool(getattr(step, "attachments", None)) or any(_attached(inner) for inner in getattr(step, "steps", []))


_PLUGIN = pytest.StashKey[QuietReport]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Hide the browser parameter of a one-browser run while it still has its own name.

    At teardown allure-pytest has the test's parameters (added at set-up, even a failed one) and
    support/plugins/report.py has not yet put their names in the report's language.
    """
    if one_browser(item.config) is not None:
        _hide_browser(item.config)
    return (yield)


def _hide_browser(config: pytest.Config) -> None:
    listener = config.pluginmanager.get_plugin("allure_listener")
    result = listener.allure_logger.get_test(None) if listener else None
    for parameter in getattr(result, "parameters", []):
        if parameter.name == BROWSER_PARAMETER:
            parameter.mode = HIDDEN


def pytest_configure(config: pytest.Config) -> None:
    plugin = QuietReport()
    config.stash[_PLUGIN] = plugin
    allure_commons.plugin_manager.register(plugin)


def pytest_unconfigure(config: pytest.Config) -> None:
    plugin = config.stash.get(_PLUGIN, None)
    if plugin is not None and allure_commons.plugin_manager.is_registered(plugin):
        allure_commons.plugin_manager.unregister(plugin)
