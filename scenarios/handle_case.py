"""Handling a guest's case in the back office: sign in, record, reply, refer with documents, decide (T3)."""

from __future__ import annotations

from pathlib import Path

import allure

from pages import interface as ui
from scenarios.visit import Visit
from support import findings
from support.staff import Credentials


def sign_in_staff(visit: Visit, account: Credentials) -> ui.AdminCaseListPage:
    """Sign in to the back office as `account`; returns the case list."""
    with allure.step(findings.step("sign-in", username=account.username)):
        return visit.pack.AdminLoginPage(visit.page).open().sign_in(account.username, account.password)


def open_case_as(visit: Visit, account: Credentials, case_number: str) -> ui.AdminCasePage:
    """Sign in and open one case from the list."""
    with allure.step(findings.step("open-case", username=account.username, case_number=case_number)):
        return sign_in_staff(visit, account).open_case(case_number)


def open_bookings_as(visit: Visit, account: Credentials) -> ui.AdminBookingListPage:
    """Sign in and open the list of bookings."""
    with allure.step(findings.step("open-bookings", username=account.username)):
        sign_in_staff(visit, account)
        return visit.pack.AdminBookingListPage(visit.page).open()


def record_and_reply(case: ui.AdminCasePage, note: str, reply: str) -> ui.AdminCasePage:
    """Record what was discussed with the guest, then reply to them (the reply is emailed)."""
    with allure.step(findings.step("note-and-reply")):
        return case.act("note", note).act("reply", reply)


def refer(case: ui.AdminCasePage, role: str, note: str, document: Path) -> ui.AdminCasePage:
    """Refer the case to the staff role named (`supervisor`), forwarding a document."""
    with allure.step(findings.step("refer-case", role=role, document=document.name)):
        return case.act("refer", note, document=document, refer_to=role)


def decide(case: ui.AdminCasePage, decision: str) -> ui.AdminCasePage:
    """Take the decision on the case (supervisors); the guest is emailed it."""
    with allure.step(findings.step("decide")):
        return case.act("decide", decision)
