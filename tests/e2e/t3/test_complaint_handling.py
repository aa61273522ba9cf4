"""T3: a complaint's whole life in the back office, from the guest's form to the decision in their inbox.

The guest files a complaint; an agent sees it with its deadline, records the talks and replies;
refers it to the supervisor with a document; the supervisor decides and the guest is emailed the
decision. The history shows every step, in order, and cannot be edited.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from scenarios.handle_case import decide, open_case_as, record_and_reply, refer, sign_in_staff
from scenarios.visit import Visit
from support import findings
from support.data import TestData
from support.guest_data import Feedback
from support.mailbox import RecordingMailbox
from support.oracle import feedback as feedback_oracle
from support.staff import Credentials

pytestmark = [pytest.mark.destructive, pytest.mark.staff_accounts, pytest.mark.offers("back-office", "contact-form")]


def _report(tmp_path: Path, data: TestData) -> Path:
    report = tmp_path / "engineering-report.txt"
    report.write_text(data.faker.paragraph(nb_sentences=3), encoding="utf-8")
    return report


@pytest.mark.requirement("P3.1.2", "P3.1.3")
def test_a_complaint_is_recorded_with_its_reply_date_and_15_day_deadline(
    staff: Visit, staff_credentials: dict[str, Credentials], complaint: Feedback, data: TestData, case_number: str
):
    """The case is in the list the moment it is sent, with the standard's reply date and the legal deadline."""
    cases = sign_in_staff(staff, staff_credentials["agent"])
    expect(cases.row(case_number)).to_be_visible()
    expect(cases.deadline_column).to_be_visible()

    case = cases.open_case(case_number)

    legal_deadline = data.today + timedelta(days=feedback_oracle.LEGAL_COMPLAINT_DAYS)
    expect(case.deadline).to_have_attribute("datetime", legal_deadline.isoformat())
    expect(case.reply_by).to_have_attribute("datetime", re.compile(r"^\d{4}-\d{2}-\d{2}$"))
    promised = date.fromisoformat(case.reply_by.get_attribute("datetime"))
    latest = feedback_oracle.latest_reply(staff.profile, complaint.category, data.today)
    assert promised <= latest, "reply promised too late"
    case.expect_history(["received"])


@pytest.mark.requirement("P3.1.1", "P3.1.4", "P3.3.1", "P3.3.2")
def test_an_agent_records_the_talks_and_the_reply_reaches_the_guest(
    staff: Visit, staff_credentials: dict[str, Credentials], complaint: Feedback, case_number: str,
    mailbox: RecordingMailbox, data: TestData,
):  # fmt: skip
    """A negotiation note is recorded and the agent's reply is emailed to the guest."""
    reply = data.faker.paragraph(nb_sentences=2)

    case = record_and_reply(open_case_as(staff, staff_credentials["agent"], case_number), data.faker.sentence(), reply)

    case.expect_history(["received", "note", "reply"])
    subject = staff.pack.AdminCasePage.mail_subject(case_number, "reply")
    message = mailbox.wait_for(to=complaint.email, subject=subject, missing=findings.say("no-case-reply-email"))
    assert reply in message.text


@pytest.mark.requirement("P3.2.1", "P3.2.3", "P3.3.3")
def test_a_referral_reaches_the_supervisor_with_its_document(
    staff: Visit, new_context, staff_credentials: dict[str, Credentials], case_number: str, tmp_path: Path,
    data: TestData,
):  # fmt: skip
    """The agent refers the case with a report; the supervisor sees the referral and can open the report."""
    report = _report(tmp_path, data)
    agent_case = open_case_as(staff, staff_credentials["agent"], case_number)
    refer(agent_case, "supervisor", data.faker.sentence(), report)

    supervisor = open_case_as(staff.on(new_context().new_page()), staff_credentials["supervisor"], case_number)

    supervisor.expect_history(["received", "refer"])
    expect(supervisor.document_link(report.name)).to_be_visible()
    downloaded = supervisor.download(report.name)
    assert downloaded == report.read_bytes(), "the referred document is not the one the agent attached"


@pytest.mark.requirement("P3.1.6", "P3.2.4")
def test_the_supervisors_decision_is_emailed_to_the_guest(
    staff: Visit, staff_credentials: dict[str, Credentials], complaint: Feedback, case_number: str,
    mailbox: RecordingMailbox, data: TestData,
):  # fmt: skip
    """The supervisor decides; the case is decided and the guest gets the decision by email."""
    decision = data.faker.paragraph(nb_sentences=2)

    case = decide(open_case_as(staff, staff_credentials["supervisor"], case_number), decision)

    expect(case.status).to_have_text(case.DECIDED)
    subject = staff.pack.AdminCasePage.mail_subject(case_number, "decide")
    message = mailbox.wait_for(to=complaint.email, subject=subject, missing=findings.say("no-decision-email"))
    assert decision in message.text


@pytest.mark.requirement("P3.1.5")
def test_the_history_keeps_every_step_in_order_and_cannot_be_edited(
    staff: Visit, new_context, staff_credentials: dict[str, Credentials], case_number: str, tmp_path: Path,
    data: TestData,
):  # fmt: skip
    """Received, note, reply, referral, decision: in that order, with no way to change an entry."""
    agent = open_case_as(staff, staff_credentials["agent"], case_number)
    agent = record_and_reply(agent, data.faker.sentence(), data.faker.sentence())
    refer(agent, "supervisor", data.faker.sentence(), _report(tmp_path, data))

    supervisor = staff.on(new_context().new_page())
    case = decide(open_case_as(supervisor, staff_credentials["supervisor"], case_number), data.faker.sentence())

    case.expect_history(["received", "note", "reply", "refer", "decide"])
    expect(case.history_edit_controls).to_have_count(0)


@pytest.mark.requirement("P3.2.2")
def test_only_a_supervisor_can_decide(staff: Visit, staff_credentials: dict[str, Credentials], case_number: str):
    """An agent is offered no decision and the server refuses one sent anyway."""
    case = open_case_as(staff, staff_credentials["agent"], case_number)

    expect(case.form("decide")).to_have_count(0)
    assert case.post_as_signed_in(case_number, "decide", "agent decides").status == 403
    case.expect_history(["received"])
