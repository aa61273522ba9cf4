"""Which page-object pack reads the site's markup: `--pages MODULE`, else the profile's `pages:`.

A pack is a module (in this repository or in a hotel's own package, installed beside the suite)
that exports every page class `pages/interface.py` names, but for the pages of features the
property does not offer. It is checked when pytest starts: a
pack that cannot be imported or lacks a page stops the run, naming what is missing.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest

from pages.interface import missing_pages
from support.plugins.site import approved_profile

PACK = pytest.StashKey[ModuleType]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("hotel").addoption(
        "--pages",
        default=os.environ.get("HOTEL_PAGES"),
        metavar="MODULE",
        help="the page-object pack for the site's markup (default: the profile's `pages:`)",
    )


@pytest.hookimpl(trylast=True)  # after the site plugin loaded the profile
def pytest_configure(config: pytest.Config) -> None:
    name = config.getoption("pages") or approved_profile(config).pages
    if not name:
        raise pytest.UsageError("no page-object pack: name one with --pages MODULE or with `pages:` in the profile")
    try:
        module = importlib.import_module(name)
    except ImportError as error:
        raise pytest.UsageError(
            f"the page-object pack {name}: cannot be imported ({error}); fix --pages or `pages:` in the profile"
        ) from None
    missing = missing_pages(module, approved_profile(config).features)
    if missing:
        raise pytest.UsageError(
            f"the page-object pack {name} lacks: {', '.join(missing)}; add them (pages/interface.py names every page)"
        )
    config.stash[PACK] = module


def pytest_report_header(config: pytest.Config) -> str:
    return f"page-object pack: {config.stash[PACK].__name__}"


@pytest.fixture(scope="session")
def pack(pytestconfig: pytest.Config) -> ModuleType:
    """The page-object pack: `pack.BookingFormPage(page)`, the same names for every hotel."""
    return pytestconfig.stash[PACK]
