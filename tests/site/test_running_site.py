"""The reference site as a process: start-up, health, clean shutdown, defect listing, real races, a path prefix."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, timedelta

import httpx
import pytest
from site_helpers import TOKEN, RunningSite, SmtpCapture, free_port, start_site

from demo_site import defects
from demo_site.hotel import HOTEL


@pytest.fixture(scope="module")
def running_site(tmp_path_factory) -> Iterator[RunningSite]:
    """`python -m demo_site` in its own process, with a real SMTP capture."""
    folder = tmp_path_factory.mktemp("running-site")
    capture = SmtpCapture().start()
    site = start_site(
        smtp_port=capture.port, database_url=f"sqlite:///{folder / 'site.sqlite3'}", log_path=folder / "site.log"
    )
    yield site
    site.stop()
    capture.stop()


def test_health_answers_with_the_version_and_switches(running_site: RunningSite):
    health = httpx.get(f"{running_site.url}/healthz").json()

    assert health["status"] == "ok"
    assert health["defects"] == []


def test_list_defects_prints_name_requirement_and_description_per_line():
    output = subprocess.run(
        [sys.executable, "-m", "demo_site", "--list-defects"], capture_output=True, text=True, check=True
    ).stdout

    lines = output.strip().splitlines()
    assert len(lines) == len(defects.DEFECTS) >= 2
    for line in lines:
        name, requirement, description = line.split("\t")
        assert re.fullmatch(r"[a-z0-9-]+", name)
        assert re.fullmatch(r"P\d+(\.\d+)+", requirement), f"{name} names {requirement!r}, not a requirement ID"
        assert description


def test_an_unknown_defect_switch_is_refused():
    result = subprocess.run(
        [sys.executable, "-m", "demo_site", "--defect", "no-such-switch"], capture_output=True, text=True
    )

    assert result.returncode == 2
    assert "unknown defect switch: no-such-switch" in result.stderr


def test_sigterm_shuts_the_site_down_cleanly(tmp_path):
    site = start_site(
        smtp_port=free_port(), database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}", log_path=tmp_path / "log"
    )

    site.stop()

    assert site.process.returncode == 0
    assert "Finished server process" in site.log()


def _review_token(client: httpx.Client, check_in: date, email: str) -> str:
    form = {
        "check_in": check_in.isoformat(),
        "check_out": (check_in + timedelta(days=1)).isoformat(),
        "room_type": "ocean-suite",
        "rooms": "1",
        "guests": "1",
        "guest_name": "Racer",
        "email": email,
        "phone": "0912345678",
        "payment_method": "credit-card",
    }
    return TOKEN.search(client.post("/book/review", data=form).text).group(1)


def test_concurrent_confirms_for_the_last_room_book_it_exactly_once(running_site: RunningSite):
    suite = HOTEL.room_type("ocean-suite")
    check_in = date.today() + timedelta(days=200)
    racers = suite.count + 6
    clients = [httpx.Client(base_url=running_site.url) for _ in range(racers)]
    tokens = [_review_token(client, check_in, f"racer{i}@guest.example") for i, client in enumerate(clients)]
    start = threading.Barrier(racers)
    statuses: list[int] = []

    def confirm(client: httpx.Client, token: str) -> None:
        start.wait()
        response = client.post("/book/confirm", data={"token": token, "accept_terms": "on"}, follow_redirects=False)
        statuses.append(response.status_code)

    threads = [threading.Thread(target=confirm, args=pair) for pair in zip(clients, tokens, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [303] * suite.count + [409] * (racers - suite.count)


@pytest.fixture(scope="module")
def prefixed_site(tmp_path_factory) -> Iterator[tuple[RunningSite, SmtpCapture]]:
    """`python -m demo_site --root-path /hotel` in its own process, with its SMTP capture."""
    folder = tmp_path_factory.mktemp("prefixed-site")
    capture = SmtpCapture().start()
    site = start_site(
        smtp_port=capture.port,
        database_url=f"sqlite:///{folder / 'site.sqlite3'}",
        log_path=folder / "site.log",
        root_path="/hotel",
    )
    yield site, capture
    site.stop()
    capture.stop()


def test_a_prefixed_site_answers_inside_its_prefix_and_nowhere_else(prefixed_site):
    site, _ = prefixed_site
    origin = site.url.removesuffix("/hotel")

    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/hotel", site.url)
    assert httpx.get(f"{site.url}/healthz").json()["status"] == "ok"
    assert httpx.get(f"{site.url}/static/site.css").status_code == 200
    home = httpx.get(f"{site.url}/")
    assert home.status_code == 200
    assert 'href="/hotel/rooms"' in home.text
    assert 'src="/hotel/static/media/' in home.text
    assert "serving under /hotel/" in site.log()
    for outside in ("/healthz", "/", "/rooms", "/static/site.css", "/hotelrooms"):
        assert httpx.get(f"{origin}{outside}").status_code == 404, outside


def test_a_prefixed_site_redirects_and_mails_under_its_prefix(prefixed_site):
    site, capture = prefixed_site
    address = capture.address("prefixed-process")
    with httpx.Client(base_url=site.url) as client:
        token = _review_token(client, date.today() + timedelta(days=60), address)

        response = client.post("/book/confirm", data={"token": token, "accept_terms": "on"}, follow_redirects=False)

        assert response.status_code == 303
        assert response.headers["location"].startswith("/hotel/book/confirmation/")
        reference = response.headers["location"].rsplit("/", 1)[1]
        assert reference in client.get(site.url.removesuffix("/hotel") + response.headers["location"]).text
    message = capture.wait_for(to=address, subject=reference)
    assert f"{site.url}/manage" in message.links
    assert f"{site.url}/manage" in message.text
    assert all(link.startswith(f"{site.url}/") for link in message.links)


def test_the_site_refuses_an_unusable_prefix():
    result = subprocess.run(
        [sys.executable, "-m", "demo_site", "--root-path", "/two words"], capture_output=True, text=True
    )

    assert result.returncode == 2
    assert "not a usable path prefix" in result.stderr
