"""The IMAP mailbox against a real Dovecot: mail sent over SMTP, relayed over LMTP, read over IMAP.

The same path a staging site's mail takes: the site's SMTP client, a mail service that delivers
plus-addressed mail into one mailbox, and the suite reading that mailbox. Nothing is faked.
"""

from __future__ import annotations

import re
import smtplib
import threading
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from support import findings
from support.imap_mailbox import ImapMailbox, MailboxAddress, base_address, check_login
from support.mailbox import MailTimeout, RecordingMailbox
from support.ports import free_port
from support.startup import SetupProblem
from tests import mail_server
from tests.mail_server import Dovecot, SmtpToLmtp


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[Dovecot, SmtpToLmtp]]:
    dovecot = Dovecot().start()
    relay = SmtpToLmtp(dovecot.lmtp_port).start()
    yield dovecot, relay
    relay.stop()
    dovecot.stop()


@pytest.fixture
def real(server) -> Iterator[ImapMailbox]:
    dovecot, _ = server
    mailbox = ImapMailbox(MailboxAddress.parse(dovecot.url), dovecot.password, dovecot.user, poll_seconds=0.05)
    yield mailbox.connect()
    mailbox.close()


def send(server, to: str, subject: str) -> None:
    """As the site does: one SMTP message with a text and an HTML part, to the relay."""
    _, relay = server
    message = EmailMessage()
    message["From"] = "hotel@hotel.example"
    message["To"] = to
    message["Subject"] = subject
    message.set_content("text part https://hotel.example/after-stay")
    message.add_alternative("<p><a href='https://hotel.example/x'>x</a></p>", subtype="html")
    with smtplib.SMTP("127.0.0.1", relay.port) as smtp:
        smtp.send_message(message)


def test_a_plus_addressed_message_is_found_with_its_parts_and_links(server, real):
    to = real.address("receive")
    send(server, to, "【嵐灣】訂房確認 LW-1234")

    message = real.wait_for(to=to, subject="LW-1234", timeout=5)

    assert re.fullmatch(r"qa\+receive-[0-9a-f]{6}@mail\.test", to), to
    assert message.subject == "【嵐灣】訂房確認 LW-1234"
    assert to in message.to
    assert message.text.startswith("text part")
    assert message.links == ["https://hotel.example/x", "https://hotel.example/after-stay"]


def test_mail_that_arrives_while_waiting_is_found(server, real):
    to = real.address("later")
    threading.Timer(0.3, send, args=(server, to, "late")).start()

    assert real.wait_for(to=to, timeout=5).subject == "late"


def test_another_tests_mail_in_the_same_mailbox_is_ignored(server, real):
    mine, theirs = real.address("same"), real.address("same")
    send(server, theirs, "for the other test")

    with pytest.raises(MailTimeout, match="nothing at all arrived"):
        real.wait_for(to=mine, timeout=0.5)
    assert real.wait_for(to=theirs, timeout=5).subject == "for the other test"


def test_a_missing_message_fails_with_the_missing_sentence_and_what_did_arrive(server, real):
    recording = RecordingMailbox(real, label="missing", timeout=0.5)
    to = recording.address()
    send(server, to, "something else")

    with pytest.raises(findings.Finding, match="the guest gets no booking email") as failure:
        recording.wait_for(to=to, subject=re.compile("訂房確認"), missing="the guest gets no booking email")

    assert "it did receive: ['something else']" in str(failure.value.__cause__)
    assert recording.read == []


def test_the_recording_mailbox_remembers_what_the_test_read(server, real):
    recording = RecordingMailbox(real, label="recording")
    to = recording.address()
    send(server, to, "remember me")

    recording.wait_for(to=to, timeout=5)

    assert [message.subject for message in recording.read] == ["remember me"]


def test_a_wrong_password_is_a_one_line_setup_problem(server):
    dovecot, _ = server

    with pytest.raises(SetupProblem) as problem:
        check_login(MailboxAddress.parse(dovecot.url), "wrong")

    message = str(problem.value)
    assert "\n" not in message
    assert message.startswith(f"--mailbox {dovecot.url}: the server refused the login of {dovecot.user}"), message
    assert "MAILBOX_PASSWORD" in message


def test_an_unreachable_server_is_a_one_line_setup_problem():
    nobody_there = f"imap://qa%40mail.test@127.0.0.1:{free_port()}/INBOX"

    with pytest.raises(SetupProblem, match=r"cannot reach the mail server \(connection refused\); check the host"):
        check_login(MailboxAddress.parse(nobody_there), "any")


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://mail.example/INBOX", "not an imap:// or imaps:// address"),
        ("imap://mail.example/INBOX", "names no user"),
        ("imap://qa:secret@mail.example/INBOX", "holds a password"),
    ],
)
def test_a_bad_mailbox_address_is_refused_before_any_connection(url, says):
    with pytest.raises(SetupProblem, match=says) as problem:
        MailboxAddress.parse(url)
    assert "secret" not in str(problem.value)


def test_the_base_address_comes_from_the_option_or_the_user():
    where = MailboxAddress.parse("imaps://qa%40hotel.example@mail.hotel.example/INBOX")
    assert (where.port, where.user, where.folder) == (993, "qa@hotel.example", "INBOX")
    assert base_address(None, where) == "qa@hotel.example"
    assert base_address("desk@hotel.example", where) == "desk@hotel.example"
    with pytest.raises(SetupProblem, match=r"--mail-address qa\+x@hotel\.example: not a plain address"):
        base_address("qa+x@hotel.example", where)
    with pytest.raises(SetupProblem, match="give --mail-address"):
        base_address(None, MailboxAddress.parse("imap://qa@mail.hotel.example"))


def test_without_dovecot_the_proof_fails_saying_how_to_install_it(monkeypatch):
    monkeypatch.setattr(mail_server.shutil, "which", lambda name: None)
    monkeypatch.setattr(mail_server.os, "access", lambda path, mode: False)

    with pytest.raises(pytest.fail.Exception, match="`make setup` installs it"):
        mail_server.dovecot_binary()
