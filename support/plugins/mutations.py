"""Keep live sites safe: tests that create bookings, orders or cases run only where that is allowed.

Every requirement test says whether it changes the site (`destructive`) or only reads it
(`nondestructive`). Against a host outside the allow list (the bundled site and localhost by
default) the destructive ones refuse to run unless `--allow-mutations` is given; the read-only
subset (`-m nondestructive`) runs anywhere.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import pytest

DEFAULT_HOSTS = ("127.0.0.1", "localhost", "::1")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hotel")
    group.addoption(
        "--allow-mutations",
        action="store_true",
        default=False,
        help="let destructive tests (bookings, orders, cases) run against a host outside the allow list",
    )
    group.addoption(
        "--mutation-hosts",
        default=os.environ.get("MUTATION_HOSTS", ""),
        help="comma-separated hosts, besides localhost, where destructive tests may run (e.g. staging.example.com)",
    )


@pytest.hookimpl(trylast=True)  # after -m and -k have deselected what they will
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    undeclared = [item.nodeid for item in items if item.get_closest_marker("requirement") and _declared(item) != 1]
    if undeclared:
        raise pytest.UsageError(
            "each requirement test must be marked exactly one of destructive / nondestructive:\n  "
            + "\n  ".join(undeclared)
        )
    base_url = config.getoption("base_url") or config.getini("base_url")
    if not base_url or config.getoption("allow_mutations"):
        return
    host = urlsplit(base_url).hostname or ""
    allowed = {*DEFAULT_HOSTS, *(h.strip() for h in config.getoption("mutation_hosts").split(",") if h.strip())}
    destructive = [item for item in items if item.get_closest_marker("destructive")]
    if destructive and host not in allowed:
        raise pytest.UsageError(
            f"{len(destructive)} selected tests create bookings, orders or cases, and {host} is not in the allow list "
            f"({', '.join(sorted(allowed))}). Run the read-only subset with -m nondestructive, allow the host with "
            "--mutation-hosts, or pass --allow-mutations if changing that site is really intended."
        )


def _declared(item: pytest.Item) -> int:
    return sum(1 for name in ("destructive", "nondestructive") if item.get_closest_marker(name))
