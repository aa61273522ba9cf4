"""Mail the site under test sent, read the way a test needs it.

One interface, `Mailbox.wait_for(to=…, subject=…, timeout=…) -> Message`, over adapters:
`SmtpCapture` runs an SMTP server in this process (aiosmtpd on 127.0.0.1) and is the default;
`ImapMailbox` (support/imap_mailbox.py, `--mailbox imap://…`) reads a staging site's real mailbox.
Each test gets its own plus-address, so parallel tests never read each other's mail.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from html.parser import HTMLParser
from typing import Protocol

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from support import findings
from support.ports import free_port


@dataclass(frozen=True)
class Message:
    """One received message: who it went to, its headers, text and HTML parts, and the links in them."""

    to: tuple[str, ...]
    subject: str
    headers: dict[str, str]
    text: str
    html: str
    raw: bytes = field(repr=False)

    @property
    def links(self) -> list[str]:
        """Every href in the HTML part, then any URL in the text part not already found."""
        found = _Links.of(self.html)
        found += [url for url in re.findall(r"https?://[^\s<>\"）)]+", self.text) if url not in found]
        return found

    @classmethod
    def parse(cls, raw: bytes, recipients: tuple[str, ...]) -> Message:
        """Build a Message from the raw bytes the SMTP server received."""
        parsed: EmailMessage = message_from_bytes(raw, policy=policy.default)  # type: ignore[assignment]
        text_part = parsed.get_body(preferencelist=("plain",))
        html_part = parsed.get_body(preferencelist=("html",))
        return cls(
            to=recipients,
            subject=str(parsed.get("Subject", "")),
            headers={key: str(value) for key, value in parsed.items()},
            text=text_part.get_content() if text_part else "",
            html=html_part.get_content() if html_part else "",
            raw=raw,
        )


class MailTimeout(AssertionError):
    """No message matching the wait arrived in time."""


class Mailbox(Protocol):
    """Where a test reads the mail the site sent."""

    def address(self, label: str) -> str:
        """A recipient address no other test uses."""
        ...

    def wait_for(self, to: str, subject: str | re.Pattern[str] | None = None, timeout: float = 10) -> Message:
        """The first message to `to` (whose subject matches), waiting up to `timeout` seconds."""
        ...

    def messages_to(self, to: str) -> list[Message]:
        """Everything received for `to` so far, oldest first."""
        ...


class SmtpCapture:
    """An SMTP server on 127.0.0.1 that keeps every message in memory."""

    def __init__(self, domain: str = "guest.example", host: str = "127.0.0.1", port: int = 0) -> None:
        self.domain = domain
        self._messages: list[Message] = []
        self._arrived = threading.Condition()
        self._controller = Controller(
            _Handler(self), hostname=host, port=port or free_port(), server_hostname="mail.test"
        )

    @property
    def host(self) -> str:
        """The address the capture listens on."""
        return self._controller.hostname

    @property
    def port(self) -> int:
        """The port the capture listens on."""
        return self._controller.port

    def start(self) -> SmtpCapture:
        """Start listening; returns self so it can be chained."""
        self._controller.start()
        return self

    def stop(self) -> None:
        """Stop listening."""
        self._controller.stop()

    def address(self, label: str) -> str:
        """`guest+<label>-<random>@guest.example`: unique per call."""
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[-40:] or "test"
        return f"guest+{slug}-{secrets.token_hex(3)}@{self.domain}"

    def wait_for(self, to: str, subject: str | re.Pattern[str] | None = None, timeout: float = 10) -> Message:
        """The first message to `to` whose subject matches, or MailTimeout listing what did arrive."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                match = self._find(to, subject)
                if match is not None:
                    return match
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise MailTimeout(self._explain(to, subject, timeout))
                self._arrived.wait(remaining)

    def messages_to(self, to: str) -> list[Message]:
        """Everything received for `to` so far, oldest first."""
        with self._arrived:
            return [message for message in self._messages if _addressed_to(message, to)]

    def _deliver(self, message: Message) -> None:
        with self._arrived:
            self._messages.append(message)
            self._arrived.notify_all()

    def _find(self, to: str, subject: str | re.Pattern[str] | None) -> Message | None:
        for message in self._messages:
            if _addressed_to(message, to) and subject_matches(message.subject, subject):
                return message
        return None

    def _explain(self, to: str, subject: str | re.Pattern[str] | None, timeout: float) -> str:
        others = [message.subject for message in self._messages if _addressed_to(message, to)]
        wanted = f" with subject matching {subject!r}" if subject else ""
        seen = f"; it did receive: {others}" if others else "; nothing at all arrived for it"
        return f"no mail to {to}{wanted} within {timeout:g} s{seen}"


class RecordingMailbox:
    """A test's view of a mailbox that remembers what the test read, for the report on failure."""

    def __init__(self, mailbox: Mailbox, label: str, timeout: float = 10) -> None:
        self._mailbox = mailbox
        self._label = label
        self._timeout = timeout
        self.read: list[Message] = []

    def address(self, label: str | None = None) -> str:
        """A fresh address for this test."""
        return self._mailbox.address(label or self._label)

    def wait_for(
        self, to: str, subject: str | re.Pattern[str] | None = None, timeout: float | None = None,
        missing: str | None = None,
    ) -> Message:  # fmt: skip
        """Wait as the underlying mailbox does (by default as long as `--mail-timeout`), and remember the message.

        `missing` is the plain sentence a missing message fails with (what the guest does not get),
        followed by what the mailbox did receive.
        """
        try:
            message = self._mailbox.wait_for(to=to, subject=subject, timeout=timeout or self._timeout)
        except MailTimeout as error:
            if missing is None:
                raise
            raise findings.Finding(missing) from error
        self.read.append(message)
        return message

    def messages_to(self, to: str) -> list[Message]:
        """Everything the mailbox received for `to` so far, oldest first (to count what a test caused)."""
        return self._mailbox.messages_to(to)

    def received_before(self, to: str, marker: Message) -> list[Message]:
        """Every message to `to` that arrived before `marker`, oldest first (they are remembered as read).

        How a test shows that something was mailed once without sleeping: it makes the site send a
        later, known message (the marker, which it waits for), and counts what arrived before it.
        """
        received = self._mailbox.messages_to(to)
        earlier = received[: received.index(marker)]
        self.read.extend(message for message in earlier if message not in self.read)
        return earlier


class _Handler:
    def __init__(self, capture: SmtpCapture) -> None:
        self._capture = capture

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        data = raw if isinstance(raw, bytes) else str(raw).encode()
        self._capture._deliver(Message.parse(data, tuple(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"


def _addressed_to(message: Message, to: str) -> bool:
    return to.lower() in (recipient.lower() for recipient in message.to)


def subject_matches(actual: str, wanted: str | re.Pattern[str] | None) -> bool:
    """Whether a subject is the one waited for: any (None), containing a text, or matching a pattern."""
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
