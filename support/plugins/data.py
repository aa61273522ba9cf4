"""The `data` fixture: seeded Faker builders and stay dates of this test's own.

The run's seed is printed in the header and can be fixed with `--data-seed`; each test's seed
is derived from it and its node ID, so one failing test can be replayed with the same data.
"""

from __future__ import annotations

import os
import random

import pytest

from support.data import StayCalendar, TestData, seed_for_test
from support.mailbox import RecordingMailbox
from support.plugins.site import plain_nodeid
from support.profile import Profile
from support.startup import SetupProblem, named, whole_number

RUN_SEED = pytest.StashKey[int]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("hotel").addoption(
        "--data-seed",
        default=None,
        help="seed for generated test data (default: DATA_SEED, else random, printed in the header)",
    )


def pytest_configure(config: pytest.Config) -> None:
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None and "data_seed" in workerinput:
        config.stash[RUN_SEED] = workerinput["data_seed"]
    else:
        given = _given_seed(config)
        config.stash[RUN_SEED] = given if given is not None else random.SystemRandom().randrange(10**6)
    if config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(_ShareSeed(), "share-data-seed")


def _given_seed(config: pytest.Config) -> int | None:
    """`--data-seed`, else DATA_SEED; a usage error naming which when it is not a whole number."""
    value = config.getoption("data_seed") or os.environ.get("DATA_SEED") or None
    if value is None:
        return None
    try:
        return whole_number(named(config, "data_seed", "DATA_SEED"), value)
    except SetupProblem as problem:
        raise pytest.UsageError(str(problem)) from None


def pytest_report_header(config: pytest.Config) -> str:
    return f"data seed: {config.stash[RUN_SEED]} (replay with --data-seed {config.stash[RUN_SEED]})"


class _ShareSeed:
    """Give every xdist worker the controller's seed, so the whole run replays from one number."""

    def pytest_configure_node(self, node: object) -> None:
        node.workerinput["data_seed"] = node.config.stash[RUN_SEED]  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def stay_calendar(profile: Profile) -> StayCalendar:
    """Stay windows for this worker's tests, from today in the property's time zone."""
    return StayCalendar(profile.property.zone, profile.booking.min_lead_days, profile.booking.horizon_days)


@pytest.fixture
def data(
    request: pytest.FixtureRequest, stay_calendar: StayCalendar, site_lang: str, mailbox: RecordingMailbox,
    profile: Profile,
) -> TestData:  # fmt: skip
    """The data builders of this test, seeded from the run's seed and the test's ID (without a proof run's switch)."""
    seed = seed_for_test(request.config.stash[RUN_SEED], plain_nodeid(request.node))
    return TestData(seed, site_lang, stay_calendar, mailbox.address(), profile)
