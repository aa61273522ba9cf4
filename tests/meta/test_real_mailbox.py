"""The suite reads a staging site's real mailbox: `--base-url` plus `--mailbox imap://…`.

The bundled site is started apart from the suite, as a staging site would run, and sends its mail
over SMTP to a relay that delivers it over LMTP into a private Dovecot (tests/mail_server.py); the
suite is pointed at the site and at Dovecot's INBOX, with the password in `MAILBOX_PASSWORD`, and
books end to end, reading the acknowledgement email over IMAP. A wrong password stops the run at
start-up with one line and exit code 4.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.profile import load
from support.site_launcher import RunningSite, start_site
from tests.mail_server import Dovecot, SmtpToLmtp

ROOT = Path(__file__).resolve().parents[2]
PROFILE = load(ROOT / "profiles" / "demo-hotel.yaml")
BOOKING_MAIL = "agree_with_the_oracle and standard-double_line-pay"

pytestmark = pytest.mark.meta


@pytest.fixture(scope="module")
def staging(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningSite, Dovecot]]:
    """A site whose mail goes SMTP → relay → LMTP → Dovecot, and the Dovecot to read it from."""
    folder = tmp_path_factory.mktemp("staging")
    dovecot = Dovecot().start()
    relay = SmtpToLmtp(dovecot.lmtp_port).start()
    try:
        site = start_site(smtp_port=relay.port, database_url=f"sqlite:///{folder / 'site.sqlite3'}",
                          log_path=folder / "site.log", module=PROFILE.reference_site.module,
                          staff_users=tuple(PROFILE.reference_site.staff.values()))  # fmt: skip
    except BaseException:
        relay.stop()
        dovecot.stop()
        raise
    yield site, dovecot
    site.stop()
    relay.stop()
    dovecot.stop()


def run_suite(tmp_path: Path, site: RunningSite, dovecot: Dovecot, password: str, *args: str):
    return subprocess.run(
        [sys.executable, "-m", "pytest", "tests/e2e/t1_4/test_booking_acknowledgement.py", "-q", "-p", "no:randomly",
         "-p", "no:cacheprovider", f"--base-url={site.url}", f"--mailbox={dovecot.url}",
         f"--alluredir={tmp_path / 'allure'}", f"--requirements-json={tmp_path / 'requirements.json'}",
         f"--output={tmp_path / 'out'}", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=600, env={**os.environ, "MAILBOX_PASSWORD": password},
    )  # fmt: skip


def test_booking_mail_is_read_from_the_real_mailbox_end_to_end(tmp_path: Path, staging):
    site, dovecot = staging

    completed = run_suite(tmp_path, site, dovecot, dovecot.password, "-k", BOOKING_MAIL,
                          f"--mail-address={dovecot.user}")  # fmt: skip

    assert completed.returncode == pytest.ExitCode.OK, completed.stdout[-4000:] + completed.stderr[-2000:]
    summary = completed.stdout.strip().splitlines()[-1]
    assert ("1 passed" in summary, "skipped" in summary) == (True, False), summary
    assert "saved mail to INBOX" in dovecot.log(), "the mail did not go through Dovecot"


def test_a_wrong_mailbox_password_stops_the_run_with_one_line(tmp_path: Path, staging):
    site, dovecot = staging

    completed = run_suite(tmp_path, site, dovecot, "not-the-password", "-k", BOOKING_MAIL)

    assert completed.returncode == pytest.ExitCode.USAGE_ERROR, completed.stdout[-2000:] + completed.stderr[-2000:]
    errors = [line for line in completed.stderr.splitlines() if line.startswith("ERROR:")]
    assert errors == [
        f"ERROR: --mailbox {dovecot.url}: the server refused the login of {dovecot.user} "
        "([AUTHENTICATIONFAILED] Authentication failed.); check the user and MAILBOX_PASSWORD or "
        "--mailbox-password-file"
    ], completed.stderr
