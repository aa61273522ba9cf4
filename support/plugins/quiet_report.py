"""Less noise in the Allure report: no list of set-up fixtures.

(The browser of a one-browser run is left out of titles and parameters by support/plugins/report.py.)

allure-pytest records every fixture a test uses (36 for an e2e test) as a set-up or tear-down
entry, all green, before the test's own steps. A fixture's entry is kept only where it tells the
reader something: it did not pass, or it attached something. The change is made to each container
as allure-pytest hands it to its file writer, in the process that ran the test, so it holds with
pytest-xdist and for merged shards alike.
"""

from __future__ import annotations

import allure_commons
import pytest

TELLING = {"failed", "broken", "skipped"}


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


def pytest_configure(config: pytest.Config) -> None:
    plugin = QuietReport()
    config.stash[_PLUGIN] = plugin
    allure_commons.plugin_manager.register(plugin)


def pytest_unconfigure(config: pytest.Config) -> None:
    plugin = config.stash.get(_PLUGIN, None)
    if plugin is not None and allure_commons.plugin_manager.is_registered(plugin):
        allure_commons.plugin_manager.unregister(plugin)
