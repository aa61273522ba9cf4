"""`@pytest.mark.cases(method="payment_methods")`: parametrise a test from the profile under test.

Each named argument gets one case per item of the source (support/cases.py), named by its
profile code. When the source gives nothing, the test gets one case, `none`, that is not
applicable: the property has nothing of that kind to check.
"""

from __future__ import annotations

import pytest

from support.cases import SOURCES, case_id
from support.checks import not_applicable
from support.plugins.site import approved_profile

NOTHING = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "cases(**sources): parametrise arguments from the profile (support/cases.py)")
    config.addinivalue_line("markers", "nothing_of_the_kind(what): a case from an empty source (not applicable)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    for mark in metafunc.definition.iter_markers("cases"):
        for argname, source_name in mark.kwargs.items():
            if source_name not in SOURCES:
                raise pytest.UsageError(f"{metafunc.definition.nodeid}: no case source {source_name!r}")
            source = SOURCES[source_name]
            items = source.items(approved_profile(metafunc.config))
            if items:
                metafunc.parametrize(argname, items, ids=[case_id(item) for item in items])
            else:
                empty = pytest.param(None, id="none", marks=pytest.mark.nothing_of_the_kind(source.what))
                metafunc.parametrize(argname, [empty])


@pytest.fixture(autouse=True)
def _nothing_of_the_kind(request: pytest.FixtureRequest) -> None:
    """A case from an empty source is not applicable: the property has nothing of that kind."""
    mark = request.node.get_closest_marker("nothing_of_the_kind")
    if mark is not None:
        not_applicable(mark.args[0])
