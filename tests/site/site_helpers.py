"""What the reference site's own tests share: the app over HTTP, a mail capture, a process launcher.

The site stands apart from the suite, so nothing here comes from `support/`, `pages/` or
`scenarios/`: the site's tests carry their own small SMTP capture (aiosmtpd) and their own
launcher for `python -m demo_site`.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import httpx
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from demo_site.db import Booking

TOKEN = re.compile(r'name="token" value="([^"]+)"')
STAFF_PASSWORDS = {"agent": "agent-pass-1", "supervisor": "supervisor-pass-1", "trainee": "trainee-pass-1"}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Site:
    """The app under test (in-process) with helpers to walk the booking flow over HTTP."""

    def __init__(self, client: TestClient, app: FastAPI) -> None:
        self.client = client
        self.app = app

    @property
    def today(self) -> date:
        """Today by the app's clock."""
        return self.app.state.clock().date()

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

    def review(self, **overrides: object) -> httpx.Response:
        """POST the booking form to the review step."""
        return self.client.post("/book/review", data=self.form(**overrides))

    def token(self, **overrides: object) -> str:
        """The signed review token for a valid form."""
        response = self.review(**overrides)
        assert response.status_code == 200, response.text
        return TOKEN.search(response.text).group(1)

    def confirm(self, token: str, accept: bool = True) -> httpx.Response:
        """POST the review's confirm form."""
        data = {"token": token, **({"accept_terms": "on"} if accept else {})}
        return self.client.post("/book/confirm", data=data, follow_redirects=False)

    def bookings(self) -> int:
        """How many bookings the database holds."""
        with self.app.state.sessions() as session:
            return session.scalar(select(func.count()).select_from(Booking))


@dataclass(frozen=True)
class Mail:
    """One message the site sent: recipients, subject, text and HTML parts, and the links in the HTML."""

    to: tuple[str, ...]
    subject: str
    text: str
    html: str

    @property
    def links(self) -> list[str]:
        """Every href in the HTML part."""
        return _Links.of(self.html)

    @classmethod
    def parse(cls, raw: bytes, recipients: tuple[str, ...]) -> Mail:
        """The message as the SMTP server received it."""
        parsed: EmailMessage = message_from_bytes(raw, policy=policy.default)  # type: ignore[assignment]
        text, html = parsed.get_body(preferencelist=("plain",)), parsed.get_body(preferencelist=("html",))
        return cls(
            to=recipients,
            subject=str(parsed.get("Subject", "")),
            text=text.get_content() if text else "",
            html=html.get_content() if html else "",
        )


class SmtpCapture:
    """A real SMTP server on 127.0.0.1 that keeps every message it is handed, in memory."""

    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self._messages: list[Mail] = []
        self._arrived = threading.Condition()
        self._controller = Controller(self, hostname=self.host, port=self.port, server_hostname="mail.test")

    def start(self) -> SmtpCapture:
        """Start listening; returns self."""
        self._controller.start()
        return self

    def stop(self) -> None:
        """Stop listening."""
        self._controller.stop()

    def address(self, label: str) -> str:
        """A recipient address no other test uses: `guest+<label>-<random>@guest.example`."""
        return f"guest+{label}-{secrets.token_hex(3)}@guest.example"

    def messages_to(self, to: str) -> list[Mail]:
        """Everything received for `to` so far, oldest first."""
        with self._arrived:
            return [mail for mail in self._messages if to.lower() in (r.lower() for r in mail.to)]

    def wait_for(self, to: str, subject: str | re.Pattern[str] | None = None, timeout: float = 5) -> Mail:
        """The first message to `to` whose subject contains (or matches) `subject`; AssertionError after `timeout`."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for mail in self.messages_to(to):
                    if _subject_matches(mail.subject, subject):
                        return mail
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [mail.subject for mail in self.messages_to(to)]
                    raise AssertionError(f"no mail to {to} with subject {subject!r} in {timeout:g} s; got {seen}")
                self._arrived.wait(remaining)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """Aiosmtpd's hook: keep the message and wake whoever waits for it."""
        raw = envelope.original_content or envelope.content
        data = raw if isinstance(raw, bytes) else str(raw).encode()
        with self._arrived:
            self._messages.append(Mail.parse(data, tuple(envelope.rcpt_tos)))
            self._arrived.notify_all()
        return "250 Message accepted for delivery"


def _subject_matches(actual: str, wanted: str | re.Pattern[str] | None) -> bool:
    if wanted is None:
        return True
    if isinstance(wanted, re.Pattern):
        return wanted.search(actual) is not None
    return wanted in actual


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)

    @classmethod
    def of(cls, html: str) -> list[str]:
        parser = cls()
        parser.feed(html)
        return parser.hrefs


@dataclass
class RunningSite:
    """`python -m demo_site` in its own process: where it answers (with any prefix), its log, its process."""

    url: str
    log_path: Path
    process: subprocess.Popen

    def log(self) -> str:
        """Everything the site has written so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self, grace_seconds: float = 10) -> None:
        """SIGTERM, then SIGKILL if it has not exited within the grace period."""
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=grace_seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_site(
    *,
    smtp_port: int,
    database_url: str,
    log_path: Path,
    args: tuple[str, ...] = (),
    root_path: str = "",
    deadline_seconds: float = 30,
) -> RunningSite:
    """Start `python -m demo_site` on a free port, output to `log_path`, and wait until its health answers.

    `root_path` is the prefix the site is asked to serve under (`--root-path`); the returned URL
    includes it. A site that exits or does not answer within the deadline fails with its log.
    """
    port = free_port()
    command = [
        sys.executable, "-m", "demo_site",
        "--port", str(port),
        "--smtp-port", str(smtp_port),
        "--db", database_url,
        "--staff-password", f"agent={STAFF_PASSWORDS['agent']}",
        *(("--root-path", root_path) if root_path else ()),
        *args,
    ]  # fmt: skip
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    site = RunningSite(f"http://127.0.0.1:{port}{root_path.rstrip('/')}", log_path, process)
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"demo_site exited with code {process.returncode}:\n{site.log()}")
        if _healthy(f"{site.url}/healthz"):
            return site
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=0.05)  # between polls, wait on the process itself, so a crash shows at once
    site.stop()
    raise AssertionError(f"demo_site did not answer {site.url}/healthz within {deadline_seconds:g} s:\n{site.log()}")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False
