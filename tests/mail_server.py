"""A real mail path for the project's own tests: SMTP → LMTP → Dovecot's maildir → IMAP.

`Dovecot` starts Debian's Dovecot with a throw-away configuration in a temp folder (one user in a
passwd-file, plain login, no TLS, 127.0.0.1 only, free ports), as the current user; run as root it
hands the mail to the `dovecot` system user, because Dovecot will not store mail as root.
`SmtpToLmtp` is the small relay a site's SMTP client talks to: every message it receives it
delivers over LMTP into Dovecot, which plus-addressing files into the user's INBOX.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import smtplib
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from support.ports import free_port

USER = "qa@mail.test"
INSTALL_HINT = "Dovecot is not installed (dovecot-imapd, dovecot-lmtpd): `make setup` installs it (CI does)"
_START_SECONDS = 15


def dovecot_binary() -> str:
    """Where `dovecot` is; the test fails (it is not skipped) saying how to install it otherwise."""
    found = shutil.which("dovecot") or next(
        (path for path in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(path, os.X_OK)), None
    )
    if found is None:
        pytest.fail(INSTALL_HINT, pytrace=False)
    return found


class Dovecot:
    """A private Dovecot: IMAP and LMTP on free ports of 127.0.0.1, mail in a temp folder, gone after stop()."""

    def __init__(self, user: str = USER, password: str = "s3cret-for-tests") -> None:
        self.user, self.password = user, password
        self.imap_port, self.lmtp_port = free_port(), free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="suite-dovecot-"))
        self._process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        """The `--mailbox` address of the user's INBOX."""
        return f"imap://{self.user.replace('@', '%40')}@127.0.0.1:{self.imap_port}/INBOX"

    def start(self) -> Dovecot:
        """Write the configuration, start Dovecot in the foreground and wait until IMAP answers."""
        binary = dovecot_binary()
        config = self._write_config()
        with open(self.folder / "stderr.log", "wb") as stderr:  # its own process group, so stop() ends all of it
            self._process = subprocess.Popen([binary, "-F", "-c", str(config)], stdout=subprocess.DEVNULL,
                                             stderr=stderr, start_new_session=True)  # fmt: skip
        deadline = time.monotonic() + _START_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            if _answers(self.imap_port) and _answers(self.lmtp_port):
                return self
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=0.05)  # the pause between probes, ended early if Dovecot exits
        log = self.log()
        self.stop()
        hint = "are dovecot-imapd and dovecot-lmtpd installed? `make setup` installs them"
        pytest.fail(f"Dovecot did not start within {_START_SECONDS} s ({hint}):\n{log}", pytrace=False)

    def stop(self) -> None:
        """Stop Dovecot and the processes it started (its own process group), and remove its folder."""
        if self._process is not None and self._process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._process.pid, signal.SIGTERM)  # the group of the Dovecot this object started
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    def log(self) -> str:
        """Dovecot's own log and what it wrote to stderr, for a failure message."""
        parts = [self.folder / name for name in ("dovecot.log", "stderr.log")]
        return "\n".join(path.read_text(errors="replace") for path in parts if path.exists())

    def _write_config(self) -> Path:
        mail_user, login_user = _users()
        uid, gid = pwd.getpwnam(mail_user).pw_uid, grp.getgrgid(pwd.getpwnam(mail_user).pw_gid).gr_gid
        group = grp.getgrgid(gid).gr_name
        folder = self.folder
        (folder / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}\n", encoding="utf-8")
        for name in ("run", "state", "mail"):
            (folder / name).mkdir()
        config = folder / "dovecot.conf"
        config.write_text(
            f"""\
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
instance_name = suite-{folder.name}
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {mail_user}
default_internal_group = {group}
default_login_user = {login_user}
first_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:{folder}/mail/%n
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {folder}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={folder}/mail/%n
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {self.lmtp_port}
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  user = {mail_user}
}}
service auth-worker {{
  user = {mail_user}
}}
""",
            encoding="utf-8",
        )
        if os.geteuid() == 0:  # the mail user and the login processes must reach and own their files
            folder.chmod(0o755)
            for path in [folder, *folder.rglob("*")]:
                os.chown(path, uid, gid)
        return config


class SmtpToLmtp:
    """An SMTP server on 127.0.0.1 that delivers each message over LMTP into Dovecot, as a mail service would."""

    def __init__(self, lmtp_port: int) -> None:
        self._controller = Controller(_Relay(lmtp_port), hostname="127.0.0.1", port=free_port(),
                                      server_hostname="relay.test")  # fmt: skip

    @property
    def port(self) -> int:
        """The SMTP port a site sends its mail to."""
        return self._controller.port

    def start(self) -> SmtpToLmtp:
        """Start listening; returns self."""
        self._controller.start()
        return self

    def stop(self) -> None:
        """Stop listening."""
        self._controller.stop()


class _Relay:
    def __init__(self, lmtp_port: int) -> None:
        self._lmtp_port = lmtp_port

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        data = raw if isinstance(raw, bytes) else str(raw).encode()
        try:
            with smtplib.LMTP("127.0.0.1", self._lmtp_port, timeout=10) as lmtp:
                refused = lmtp.sendmail(envelope.mail_from, envelope.rcpt_tos, data)
        except smtplib.SMTPException as error:
            return f"451 4.3.0 LMTP delivery failed: {error}"
        if refused:
            return f"451 4.3.0 LMTP refused {sorted(refused)}"
        return "250 Delivered over LMTP"


def _users() -> tuple[str, str]:
    """(mail and internal user, login user): the current user, or Dovecot's own users when run as root."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid()).pw_name
        return me, me
    try:
        pwd.getpwnam("dovecot"), pwd.getpwnam("dovenull")
    except KeyError:
        pytest.fail(INSTALL_HINT + " (its users dovecot and dovenull are missing)", pytrace=False)
    return "dovecot", "dovenull"


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False
