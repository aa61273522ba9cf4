"""The site as a process (command line, health, clean stop), real SMTP delivery, and the database deciding a race."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from datetime import date
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from misty_hill import db
from misty_hill.mail import Mailer
from misty_hill.stay import inventory
from misty_hill.stay.models import RoomNight

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, timeout: float = 20) -> subprocess.CompletedProcess:
    """`python -m misty_hill ARGS` from the repository, to the end."""
    return subprocess.run([sys.executable, "-m", "misty_hill", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)  # fmt: skip


def test_list_defects_prints_name_requirement_and_what_it_does():
    """One tab-separated line per switch, the engine's among them."""
    lines = run("--list-defects").stdout.splitlines()
    fields = [line.split("\t") for line in lines]
    assert all(len(parts) == 3 for parts in fields)
    assert ["last-room-sold-twice", "P1.4.4"] in [parts[:2] for parts in fields]


def test_an_unknown_defect_is_refused_with_status_2():
    """A typo in a switch name must not start a site that silently lacks it."""
    result = run("--defect", "no-such-switch")
    assert result.returncode == 2
    assert "no-such-switch" in result.stderr


def free_port() -> int:
    """A port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_site_answers_health_under_its_prefix_and_stops_cleanly(tmp_path):
    """Started under /misty: healthz answers there; SIGTERM ends it with status 0."""
    port = free_port()
    command = [sys.executable, "-m", "misty_hill", "--port", str(port), "--db", f"sqlite:///{tmp_path / 's.db'}",
               "--root-path", "/misty"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert _healthy(f"http://127.0.0.1:{port}/misty/healthz", process)
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


def _healthy(url: str, process: subprocess.Popen) -> bool:
    """Whether the site answers 200 before it exits or 100 attempts pass (each waits on the process, not a sleep)."""
    for _ in range(100):
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                return response.status == 200
        except OSError:
            try:
                process.wait(timeout=0.1)
                return False
            except subprocess.TimeoutExpired:
                continue
    return False


class _Keep:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(envelope.content)
        return "250 OK"


def test_mail_goes_out_over_smtp_as_text_with_an_html_alternative():
    """The relay receives one message: UTF-8 subject, a plain-text part and an HTML part."""
    keep = _Keep()
    controller = Controller(keep, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        sent = Mailer("127.0.0.1", controller.port).send(
            "rain@guest.example", "【山霧民宿】訂房確認 MH-7K3Q9P", "TWD 3,250", "<p>TWD 3,250</p>"
        )
    finally:
        controller.stop()
    message = message_from_bytes(keep.messages[0], policy=default)
    assert sent
    assert message["Subject"] == "【山霧民宿】訂房確認 MH-7K3Q9P"
    assert message.get_body(("plain",)).get_content().strip() == "TWD 3,250"
    assert "<p>TWD 3,250</p>" in message.get_body(("html",)).get_content()


def test_a_relay_that_is_down_is_logged_not_raised(caplog):
    """The booking is stored already; a failed email must not turn it into an error page."""
    assert Mailer("127.0.0.1", free_port()).send("a@b.example", "s", "t", "<p>h</p>") is False
    assert "could not send" in caplog.text


@pytest.mark.parametrize("check", [True, False], ids=["enforced", "defect-unchecked"])
def test_two_transactions_racing_for_the_last_room_let_one_through(tmp_path, check: bool):
    """Two threads take the only loft for the same night at once: the database lets exactly one commit."""
    engine = db.make_engine(f"sqlite:///{tmp_path / 'race.db'}")
    db.create_schema(engine)
    sessions = db.session_factory(engine)
    start, outcomes = threading.Barrier(2), []

    def take() -> None:
        start.wait()
        try:
            with sessions() as session, session.begin():
                inventory.take(session, "loft", [date(2027, 3, 10)], 1, check=check)
            outcomes.append("booked")
        except inventory.SoldOut:
            outcomes.append("sold out")

    threads = [threading.Thread(target=take) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    with sessions() as session:
        taken = session.query(RoomNight).one().taken
    assert sorted(outcomes) == (["booked", "sold out"] if check else ["booked", "booked"])
    assert taken == (1 if check else 2)
