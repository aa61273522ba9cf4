"""Outgoing mail: the site sends real messages over SMTP to the configured relay."""

from __future__ import annotations

import logging
import smtplib
from email.headerregistry import Address
from email.message import EmailMessage

from jinja2 import Environment

from demo_site.settings import Settings

log = logging.getLogger("demo_site.mail")


def compose(env: Environment, template: str, to: str, subject: str, sender: Address, context: dict) -> EmailMessage:
    """A message with a plain-text part and an HTML alternative, both from `template`."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content(env.get_template(f"mail/{template}.txt").render(context))
    message.add_alternative(env.get_template(f"mail/{template}.html").render(context), subtype="html")
    return message


def send(settings: Settings, message: EmailMessage) -> bool:
    """Hand `message` to the SMTP relay; False (and a log line) when the relay refuses or is down."""
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as smtp:
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException):
        log.exception("could not send %r to %s", message["Subject"], message["To"])
        return False
    return True
