"""What the hotel pages' own tests share: the app in-process at a fixed time, and a mailer that keeps what it sends.

The tests of the pages do not need a mail relay: mail.py's SMTP delivery is the engine's to
prove; here only what the acknowledgement says matters, so the app's mailer is replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from fastapi.testclient import TestClient

from misty_hill.app import create_app, served_under
from misty_hill.house import TIME_ZONE
from misty_hill.settings import Settings

NOW = datetime(2027, 2, 3, 10, 0, tzinfo=TIME_ZONE)  # a Wednesday; the holidays of 5–8 February are ahead


@dataclass
class Sent:
    """One message the site sent."""

    to: str
    subject: str
    text: str
    html: str


@dataclass
class KeptMail:
    """A mailer that keeps every message instead of delivering it."""

    sent: list[Sent] = field(default_factory=list)

    def send(self, to: str, subject: str, text: str, html: str) -> bool:
        """Keep the message; the relay always "accepts" it."""
        self.sent.append(Sent(to, subject, text, html))
        return True


@dataclass
class InfoSite:
    """The running app, its client and its outbox."""

    client: TestClient
    app: object
    mail: KeptMail

    def get(self, path: str, lang: str = "zh-TW", **kwargs):
        """GET a page as a browser set to `lang` would."""
        return self.client.get(path, headers={"Accept-Language": lang}, **kwargs)


def start(tmp_path: Path, defects: tuple[str, ...] = (), root_path: str = "") -> InfoSite:
    """The site with its own database, the given defect switches on, served under `root_path`."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'info.sqlite3'}", defects=frozenset(defects),
                        secret_key="info-tests", root_path=root_path)  # fmt: skip
    app = create_app(settings, clock=lambda: NOW)
    mail = KeptMail()
    app.state.mailer = mail
    client = TestClient(served_under(app, root_path), base_url=f"http://testserver{root_path}")
    client.__enter__()
    return InfoSite(client, app, mail)
