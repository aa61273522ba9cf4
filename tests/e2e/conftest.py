"""Fixtures the requirement tests share: the guest's visit, a guest who books, staff, the money format, the crawl."""

from __future__ import annotations

from types import ModuleType

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from scenarios.crawl_site import SiteMap, crawl_site
from scenarios.journey_pages import JourneyMap, walk_behind_forms
from scenarios.visit import Visit
from support.data import Guest, StayCalendar, TestData, seed_for_test
from support.mailbox import Mailbox, RecordingMailbox
from support.money import MoneyFormat
from support.plugins.data import RUN_SEED
from support.profile import Profile
from support.script_watch import ScriptWatch


@pytest.fixture
def visit(page: Page, pack: ModuleType, profile: Profile, site_lang: str) -> Visit:
    """The test's browser page on the site, read through the run's page-object pack."""
    return Visit(page, pack, profile, site_lang)


@pytest.fixture
def script_watch(context: BrowserContext) -> ScriptWatch:
    """The dialogs and script errors of the guest's browser (and of the staff's, once opened)."""
    watch = ScriptWatch()
    watch.watch(context)
    return watch


@pytest.fixture
def staff(new_context, visit: Visit, script_watch: ScriptWatch) -> Visit:
    """A browser of its own for the staff side, so guest and staff sessions never mix; watched like the guest's."""
    return visit.on(script_watch.watch(new_context()).new_page())


@pytest.fixture
def guest(data: TestData) -> Guest:
    """A guest with a mailbox address only this test reads."""
    return data.guest()


@pytest.fixture(scope="session")
def money(profile: Profile) -> MoneyFormat:
    """How the site writes amounts, from the profile: every amount check goes through it."""
    return profile.money_format


@pytest.fixture(autouse=True)
def _record_environment(run_environment: dict[str, str]) -> None:
    """Every requirement test's run records what it checked (P1.1.1), once per session."""


@pytest.fixture(scope="session")
def site_map(browser: Browser, browser_context_args: dict, pack: ModuleType, base_url: str) -> SiteMap:
    """Every page reachable from the home page, crawled once per worker for the checks that visit them all.

    The navigation test (P1.2.1) crawls on its own, so its report carries the site map it judged.
    """
    context = browser.new_context(**browser_context_args)
    try:
        return crawl_site(context, pack, base_url)
    finally:
        context.close()


@pytest.fixture(scope="session")
def behind_forms(
    pytestconfig: pytest.Config, browser: Browser, browser_context_args: dict, pack: ModuleType, profile: Profile,
    site_lang: str, base_url: str, mail_source: Mailbox, stay_calendar: StayCalendar, site_map: SiteMap,
) -> JourneyMap:  # fmt: skip
    """The pages reached only through forms, walked once per worker for the checks that read them all.

    It books, orders and writes in: only destructive tests ask for it. Its data come from the run's
    seed and its own name, so `--data-seed` replays it like any test.
    """
    mailbox = RecordingMailbox(mail_source, label="behind-forms", timeout=pytestconfig.getoption("mail_timeout"))
    seed = seed_for_test(pytestconfig.stash[RUN_SEED], "behind-forms")
    data = TestData(seed, site_lang, stay_calendar, mailbox.address(), profile)
    context = browser.new_context(**browser_context_args)
    try:
        return walk_behind_forms(context, Visit(context.new_page(), pack, profile, site_lang), data, mailbox,
                                 base_url, site_map)  # fmt: skip
    finally:
        context.close()
