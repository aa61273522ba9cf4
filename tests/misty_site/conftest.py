"""Fixtures of the booking engine's own tests: the app in-process at a fixed moment, with an outbox instead of SMTP.

The clock is fixed on a Wednesday morning in Hualien (2027-02-03), a few days before the lunar
new year holidays (the nights of 5–8 February), so weekend and holiday prices, deposit deadlines
and refund bands are the same on every run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from misty_hill.app import create_app, served_under
from misty_hill.house import TIME_ZONE
from misty_hill.settings import Settings

ENGINE_NOW = datetime(2027, 2, 3, 9, 30, tzinfo=TIME_ZONE)
ENGINE_TODAY = ENGINE_NOW.date()


@dataclass
class Outbox:
    """Stands in for the SMTP mailer: keeps (to, subject, text, html) of every message."""

    sent: list[tuple[str, str, str, str]] = field(default_factory=list)

    def send(self, to: str, subject: str, text: str, html: str) -> bool:
        """Keep the message, as a relay that accepts it."""
        self.sent.append((to, subject, text, html))
        return True


@dataclass
class EngineSite:
    """The app, a client speaking to it, and its outbox."""

    app: object
    client: TestClient
    outbox: Outbox
    prefix: str = ""

    def api(self, path: str, body: dict | None = None, lang: str = "zh-TW"):
        """GET (no body) or POST JSON to the wizard's API, as a browser in `lang`."""
        url, headers = f"{self.prefix}/stay/api/{path}", {"Accept-Language": lang}
        return (
            self.client.get(url, headers=headers) if body is None else self.client.post(url, json=body, headers=headers)
        )

    def count(self, model: type) -> int:
        """How many rows a table holds."""
        from sqlalchemy import func, select

        with self.app.state.sessions() as session:
            return session.scalar(select(func.count()).select_from(model))


def start_engine(tmp_path: Path, defects: tuple[str, ...] = (), root_path: str = "") -> EngineSite:
    """The site with its own SQLite file, the given switches on, served under `root_path`."""
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'engine.sqlite3'}", secret_key="engine-tests",
                        defects=frozenset(defects), root_path=root_path)  # fmt: skip
    app = create_app(settings, clock=lambda: ENGINE_NOW)
    outbox = Outbox()
    app.state.mailer = outbox
    client = TestClient(served_under(app, root_path), base_url="http://testserver")
    return EngineSite(app, client, outbox, root_path)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[EngineSite]:
    """The site with no defect switch on, started and stopped around the test."""
    site = start_engine(tmp_path)
    with site.client:
        yield site


def stay_request(arrival: date = date(2027, 3, 10), nights: int = 2, **changes: object) -> dict:
    """A good booking request (a Wednesday, two guests in the cedar room, card), with `changes`."""
    request = {
        "check_in": arrival.isoformat(), "check_out": (arrival + timedelta(days=nights)).isoformat(),
        "rooms": 1, "guests": 2, "room_type": "cedar", "addons": [], "guest_name": "林小雨",
        "email": "rain@guest.example", "phone": "0912-345-678", "special_request": "", "payment_method": "card",
    }  # fmt: skip
    return {**request, **changes}
