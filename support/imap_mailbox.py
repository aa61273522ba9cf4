"""A real mailbox read over IMAP: the mail a staging site sent through its own mail service.

`--mailbox imap://user@host:port/INBOX` (or `imaps://`, port 993 by default) with the password
from `MAILBOX_PASSWORD` or `--mailbox-password-file`, and `--mail-address qa@hotel.example`: each
test gets `qa+<test>-<random>@hotel.example`, which the mail service delivers into the same box
(plus-addressing), so tests never read each other's mail. It offers what `SmtpCapture` offers
(`address`, `wait_for`), so the tests do not know which one they read.

It only reads: messages are fetched with BODY.PEEK, nothing is flagged, moved or deleted.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import re
import secrets
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from support.mailbox import MailTimeout, Message, subject_matches
from support.startup import SetupProblem

PASSWORD_ENV = "MAILBOX_PASSWORD"
CONNECT_SECONDS = 5.0
POLL_SECONDS = 0.2
_RECIPIENT_HEADERS = ("Delivered-To", "X-Original-To", "To", "Cc")
_ADDRESS = re.compile(r"^[^@\s+]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class MailboxAddress:
    """Where the mailbox is: parsed from `--mailbox`, with the password kept out of the URL."""

    url: str
    secure: bool
    host: str
    port: int
    user: str
    folder: str

    @classmethod
    def parse(cls, url: str, option: str = "--mailbox") -> MailboxAddress:
        """`imap[s]://user@host[:port][/folder]`; a SetupProblem saying what to write otherwise."""
        parts = urlsplit(url)
        example = "write e.g. imap://qa%40hotel.example@mail.hotel.example:143/INBOX"
        if parts.scheme not in ("imap", "imaps") or not parts.hostname:
            raise SetupProblem(f"{option} {url}: not an imap:// or imaps:// address; {example}")
        if parts.password is not None:
            raise SetupProblem(
                f"{option} {_without_password(url)}: holds a password; drop it from the address and set "
                f"{PASSWORD_ENV} or give --mailbox-password-file"
            )
        if not parts.username:
            raise SetupProblem(f"{option} {url}: names no user to sign in as; {example}")
        try:
            port = parts.port or (993 if parts.scheme == "imaps" else 143)
        except ValueError:
            raise SetupProblem(f"{option} {url}: the port is not a TCP port; {example}") from None
        folder = unquote(parts.path.strip("/")) or "INBOX"
        return cls(url, parts.scheme == "imaps", parts.hostname, port, unquote(parts.username), folder)


def read_password(password_file: str | None) -> str:
    """The mailbox password: the file's first line, else `MAILBOX_PASSWORD`; a SetupProblem when neither is set."""
    if password_file:
        try:
            lines = Path(password_file).read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise SetupProblem(
                f"--mailbox-password-file {password_file}: cannot read it ({error.strerror or error}); check the path"
            ) from None
        if not lines or not lines[0]:
            raise SetupProblem(
                f"--mailbox-password-file {password_file}: is empty; write the password on its first line"
            )
        return lines[0]
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        raise SetupProblem(
            f"--mailbox: no password; set {PASSWORD_ENV} or give --mailbox-password-file (kept out of version control)"
        )
    return password


def base_address(given: str | None, mailbox: MailboxAddress) -> str:
    """The address tests plus-address from: `--mail-address`, else the mailbox user when it is an address."""
    address = given or (mailbox.user if "@" in mailbox.user else None)
    if address is None:
        raise SetupProblem(
            f"--mailbox {mailbox.url}: user {mailbox.user} is not an email address; give --mail-address, "
            "the address that delivers into this mailbox (e.g. qa@hotel.example)"
        )
    if not _ADDRESS.match(address):
        raise SetupProblem(
            f"--mail-address {address}: not a plain address to plus-address from; write e.g. qa@hotel.example"
        )
    return address


class ImapMailbox:
    """The mail that arrived in a real mailbox, found by the per-test address it was sent to."""

    def __init__(self, where: MailboxAddress, password: str, address: str, poll_seconds: float = POLL_SECONDS) -> None:
        self.where = where
        self._password = password
        self._local, self.domain = address.split("@", 1)
        self._poll_seconds = poll_seconds
        self._lock = threading.Lock()
        self._seen: dict[bytes, Message] = {}
        self._client: imaplib.IMAP4 | None = None

    def connect(self) -> ImapMailbox:
        """Sign in and open the folder; a one-line SetupProblem when the server or the login fails."""
        with self._lock:
            self._client = self._open()
        return self

    def close(self) -> None:
        """Sign out; the mailbox is left as it was."""
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):
                client.logout()

    def address(self, label: str) -> str:
        """`<base>+<label>-<random>@<domain>`: unique per call, delivered into this mailbox."""
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[-40:] or "test"
        return f"{self._local}+{slug}-{secrets.token_hex(3)}@{self.domain}"

    def wait_for(self, to: str, subject: str | re.Pattern[str] | None = None, timeout: float = 10) -> Message:
        """The first message to `to` whose subject matches, polling until `timeout`; MailTimeout listing what came."""
        deadline = time.monotonic() + timeout
        while True:
            arrived = self.messages_to(to)
            match = next((message for message in arrived if subject_matches(message.subject, subject)), None)
            if match is not None:
                return match
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise MailTimeout(self._explain(to, subject, timeout, arrived))
            time.sleep(min(self._poll_seconds, remaining))  # the poll interval of the adapter, not of a test

    def messages_to(self, to: str) -> list[Message]:
        """Everything in the folder addressed to `to`, oldest first."""
        with self._lock:
            try:
                return self._search(to)
            except (imaplib.IMAP4.abort, OSError):  # the server dropped the connection: sign in again, once
                self._client = self._open()
                return self._search(to)

    def _search(self, to: str) -> list[Message]:
        client = self._client
        if client is None:
            raise RuntimeError("ImapMailbox.connect() was not called")
        client.noop()  # lets the server report mail that arrived since the last look
        quoted = '"' + to.replace("\\", "\\\\").replace('"', '\\"') + '"'
        status, data = client.uid("SEARCH", "OR", "OR", "TO", quoted, "CC", quoted, "HEADER", "Delivered-To", quoted)
        if status != "OK":
            raise imaplib.IMAP4.error(f"SEARCH failed: {data!r}")
        uids = data[0].split() if data and data[0] else []
        new = [uid for uid in uids if uid not in self._seen]
        if new:
            self._fetch(client, new)
        return [self._seen[uid] for uid in uids if _addressed_to(self._seen[uid], to)]

    def _fetch(self, client: imaplib.IMAP4, uids: list[bytes]) -> None:
        status, data = client.uid("FETCH", b",".join(uids).decode(), "(UID BODY.PEEK[])")
        if status != "OK":
            raise imaplib.IMAP4.error(f"FETCH failed: {data!r}")
        for item in data:
            if not isinstance(item, tuple):
                continue
            uid = re.search(rb"UID (\d+)", item[0])
            if uid is not None:
                self._seen[uid.group(1)] = Message.parse(item[1], _recipients(item[1]))

    def _open(self) -> imaplib.IMAP4:
        where = self.where
        shown = f"--mailbox {where.url}"
        try:
            if where.secure:
                client = imaplib.IMAP4_SSL(where.host, where.port, ssl_context=ssl.create_default_context(),
                                           timeout=CONNECT_SECONDS)  # fmt: skip
            else:
                client = imaplib.IMAP4(where.host, where.port, timeout=CONNECT_SECONDS)
        except (OSError, imaplib.IMAP4.error) as error:
            why = _why(error)
            raise SetupProblem(f"{shown}: cannot reach the mail server ({why}); check the host and port") from None
        try:
            client.login(where.user, self._password)
        except imaplib.IMAP4.error as error:
            _quietly_close(client)
            raise SetupProblem(
                f"{shown}: the server refused the login of {where.user} ({_reason(error)}); "
                f"check the user and {PASSWORD_ENV} or --mailbox-password-file"
            ) from None
        status, data = client.select(_quoted_folder(where.folder), readonly=True)
        if status != "OK":
            _quietly_close(client)
            raise SetupProblem(f"{shown}: no folder {where.folder} to read ({_reason(data)}); name an existing one")
        return client

    def _explain(self, to: str, subject: str | re.Pattern[str] | None, timeout: float, arrived: list[Message]) -> str:
        wanted = f" with subject matching {subject!r}" if subject else ""
        others = [message.subject for message in arrived]
        seen = f"; it did receive: {others}" if others else "; nothing at all arrived for it"
        return f"no mail to {to}{wanted} within {timeout:g} s in {self.where.url}{seen}"


def check_login(where: MailboxAddress, password: str) -> None:
    """Sign in once and out again: a SetupProblem now rather than a timeout in every test."""
    ImapMailbox(where, password, "probe@mailbox.invalid").connect().close()


def _recipients(raw: bytes) -> tuple[str, ...]:
    """Who a delivered message was for, from the headers a mail service leaves (the envelope is gone)."""
    parsed = message_from_bytes(raw, policy=policy.compat32)
    values = [value for name in _RECIPIENT_HEADERS for value in parsed.get_all(name, [])]
    found: list[str] = []
    for _, address in getaddresses([str(value) for value in values]):
        if address and address.lower() not in (known.lower() for known in found):
            found.append(address)
    return tuple(found)


def _addressed_to(message: Message, to: str) -> bool:
    return to.lower() in (recipient.lower() for recipient in message.to)


def _quoted_folder(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quietly_close(client: imaplib.IMAP4) -> None:
    with contextlib.suppress(OSError):
        client.shutdown()


def _reason(error: object) -> str:
    if isinstance(error, list):
        error = b" ".join(part for part in error if isinstance(part, bytes))
    text = error.args[0] if isinstance(error, Exception) and error.args else error
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return str(text).strip() or "no reason given"


def _why(error: Exception) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, socket.gaierror):
        return "no such host"
    if isinstance(error, TimeoutError | socket.timeout):
        return f"no answer within {CONNECT_SECONDS:g} s"
    if isinstance(error, ssl.SSLError):
        return f"TLS failed: {error.reason or error}"
    return _reason(error)


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    user = quote(parts.username or "", safe="")
    netloc = f"{user}@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()
