"""The SMTP capture and the mailbox interface: real SMTP, per-test addresses, clear timeouts."""

import re
import smtplib
import threading
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from support.mailbox import MailTimeout, RecordingMailbox, SmtpCapture


@pytest.fixture(scope="module")
def capture() -> Iterator[SmtpCapture]:
    server = SmtpCapture().start()
    yield server
    server.stop()


def send(capture: SmtpCapture, to: str, subject: str, html: str = "<p><a href='https://hotel.example/x'>x</a></p>"):
    message = EmailMessage()
    message["From"] = "hotel@hotel.example"
    message["To"] = to
    message["Subject"] = subject
    message.set_content("text part https://hotel.example/after-stay")
    message.add_alternative(html, subtype="html")
    with smtplib.SMTP(capture.host, capture.port) as smtp:
        smtp.send_message(message)


def test_a_message_is_received_with_text_html_links_and_headers(capture):
    to = capture.address("receive")
    send(capture, to, "【嵐灣】訂房確認 LW-1234")

    message = capture.wait_for(to=to, subject="LW-1234", timeout=5)

    assert message.subject == "【嵐灣】訂房確認 LW-1234"
    assert message.text.startswith("text part")
    assert "<a href" in message.html
    assert message.links == ["https://hotel.example/x", "https://hotel.example/after-stay"]
    assert message.headers["From"] == "hotel@hotel.example"


def test_wait_for_returns_mail_that_arrives_while_waiting(capture):
    to = capture.address("later")
    threading.Timer(0.2, send, args=(capture, to, "late")).start()

    assert capture.wait_for(to=to, timeout=5).subject == "late"


def test_each_address_is_unique_and_reads_only_its_own_mail(capture):
    first, second = capture.address("same"), capture.address("same")
    send(capture, first, "for the first")

    assert first != second
    with pytest.raises(MailTimeout, match="nothing at all arrived"):
        capture.wait_for(to=second, timeout=0.3)


def test_a_timeout_names_what_did_arrive(capture):
    to = capture.address("subject")
    send(capture, to, "something else")

    with pytest.raises(MailTimeout, match="it did receive: \\['something else'\\]"):
        capture.wait_for(to=to, subject=re.compile("訂房確認"), timeout=0.3)


def test_the_recording_mailbox_remembers_what_the_test_read(capture):
    mailbox = RecordingMailbox(capture, label="recording")
    to = mailbox.address()
    send(capture, to, "remember me")

    mailbox.wait_for(to=to, timeout=5)

    assert [message.subject for message in mailbox.read] == ["remember me"]
