"""Outgoing mail over SMTP: plain text with an HTML alternative.

A mail relay that is down must not turn a booking that was stored into an error page, so sending
failures are logged, not raised; the caller learns of them from the return value.
"""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

log = logging.getLogger("misty_hill.mail")

SENDER = ("山霧民宿", "stay@misty-hill.example")


class Mailer:
    """Sends messages through one SMTP relay."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port

    def send(self, to: str, subject: str, text: str, html: str) -> bool:
        """Send a message to `to`; True when the relay accepted it."""
        message = compose(to, subject, text, html)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=10) as smtp:
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException):
            log.exception("could not send %r to %s via %s:%s", subject, to, self.host, self.port)
            return False
        return True


def compose(to: str, subject: str, text: str, html: str) -> EmailMessage:
    """The message: text first, HTML as the alternative a mail client prefers."""
    message = EmailMessage()
    message["From"] = formataddr(SENDER)
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="misty-hill.example")
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message
