"""Fixtures for the reference site's own tests: the app in-process, with real SQLite and SMTP.

Nothing here comes from the suite (`support/`, `pages/`, `scenarios/`); the shared helpers are
in the sibling module `site_helpers`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from fastapi.testclient import TestClient
from site_helpers import STAFF_PASSWORDS, Site, SmtpCapture

from demo_site.app import create_app, hotel_clock, served_under
from demo_site.hotel import HOTEL
from demo_site.settings import Settings


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpCapture]:
    """A real SMTP server the site under test delivers to."""
    capture = SmtpCapture().start()
    yield capture
    capture.stop()


@pytest.fixture
def make_site(tmp_path, smtp: SmtpCapture) -> Iterator[Callable[..., Site]]:
    """Start the app with its own database; `defects`, `clock`, `ttl` and a path prefix `root_path` vary the run.

    With a `root_path` the client talks to the site served under that prefix, and paths the
    tests give it (`/book/review`) are inside the prefix.
    """
    clients: list[TestClient] = []

    def make(
        defects: tuple[str, ...] = (),
        clock: Callable[[], datetime] = hotel_clock,
        ttl: int = 1800,
        root_path: str = "",
    ) -> Site:
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / f'site-{len(clients)}.sqlite3'}",
            smtp_host=smtp.host,
            smtp_port=smtp.port,
            defects=frozenset(defects),
            secret_key="site-tests",
            review_ttl_seconds=ttl,
            staff_passwords=STAFF_PASSWORDS,
        )
        app = create_app(settings, clock)
        client = TestClient(served_under(app, root_path), base_url=f"http://testserver{root_path}")
        client.__enter__()
        clients.append(client)
        return Site(client, app)

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def site(make_site: Callable[..., Site]) -> Site:
    """The app with no defect switches."""
    return make_site()


@pytest.fixture
def hotel():
    """The site's own facts."""
    return HOTEL
