"""Fixtures for the reference site's own tests: the app in-process, with real SQLite and SMTP."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from demo_site.app import create_app, hotel_clock
from demo_site.db import Booking
from demo_site.hotel import HOTEL
from demo_site.settings import Settings
from support.mailbox import SmtpCapture

_TOKEN = re.compile(r'name="token" value="([^"]+)"')
STAFF_PASSWORDS = {"agent": "agent-pass-1", "supervisor": "supervisor-pass-1", "trainee": "trainee-pass-1"}


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpCapture]:
    """A real SMTP server the site under test delivers to."""
    capture = SmtpCapture().start()
    yield capture
    capture.stop()


class Site:
    """The app under test with helpers to walk the booking flow over HTTP."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    @property
    def today(self) -> date:
        """Today by the app's clock."""
        return self.client.app.state.clock().date()

    def form(self, **overrides: object) -> dict[str, str]:
        """A valid booking form, 30 days ahead, with `overrides`."""
        check_in = self.today + timedelta(days=30)
        values = {
            "check_in": check_in.isoformat(),
            "check_out": (check_in + timedelta(days=2)).isoformat(),
            "room_type": "deluxe-twin",
            "rooms": "1",
            "guests": "2",
            "guest_name": "林雅婷",
            "email": "guest@guest.example",
            "phone": "0912-345-678",
            "payment_method": "credit-card",
        }
        values.update({key: str(value) for key, value in overrides.items()})
        return values

    def review(self, **overrides: object):
        """POST the booking form to the review step."""
        return self.client.post("/book/review", data=self.form(**overrides))

    def token(self, **overrides: object) -> str:
        """The signed review token for a valid form."""
        response = self.review(**overrides)
        assert response.status_code == 200, response.text
        return _TOKEN.search(response.text).group(1)

    def confirm(self, token: str, accept: bool = True):
        """POST the review's confirm form."""
        data = {"token": token, **({"accept_terms": "on"} if accept else {})}
        return self.client.post("/book/confirm", data=data, follow_redirects=False)

    def bookings(self) -> int:
        """How many bookings the database holds."""
        with self.client.app.state.sessions() as session:
            return session.scalar(select(func.count()).select_from(Booking))


@pytest.fixture
def make_site(tmp_path, smtp: SmtpCapture) -> Iterator[Callable[..., Site]]:
    """Start the app with its own database; `defects`, `clock` and `ttl` vary the run."""
    clients: list[TestClient] = []

    def make(defects: tuple[str, ...] = (), clock: Callable[[], datetime] = hotel_clock, ttl: int = 1800) -> Site:
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / f'site-{len(clients)}.sqlite3'}",
            smtp_host=smtp.host,
            smtp_port=smtp.port,
            defects=frozenset(defects),
            secret_key="site-tests",
            review_ttl_seconds=ttl,
            staff_passwords=STAFF_PASSWORDS,
        )
        client = TestClient(create_app(settings, clock))
        client.__enter__()
        clients.append(client)
        return Site(client)

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
