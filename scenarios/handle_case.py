"""Handling a guest's case in the back office: sign in, record, reply, refer with documents, decide (T3)."""

from __future__ import annotations

from pathlib import Path

import allure
from playwright.sync_api import Page

from pages.admin_case import AdminCasePage
from pages.admin_cases import AdminCaseListPage
from pages.admin_login import AdminLoginPage
from support.staff import Credentials


def sign_in_staff(page: Page, account: Credentials) -> AdminCaseListPage:
    """Sign in to the back office as `account`; returns the case list."""
    with allure.step(f"Sign in to the back office as {account.username}"):
        return AdminLoginPage(page).open().sign_in(account.username, account.password)


def open_case_as(page: Page, account: Credentials, case_number: str) -> AdminCasePage:
    """Sign in and open one case from the list."""
    with allure.step(f"{account.username} opens case {case_number}"):
        return sign_in_staff(page, account).open_case(case_number)


def record_and_reply(case: AdminCasePage, note: str, reply: str) -> AdminCasePage:
    """Record what was discussed with the guest, then reply to them (the reply is emailed)."""
    with allure.step("Record a negotiation note and reply to the guest"):
        return case.act("note", note).act("reply", reply)


def refer(case: AdminCasePage, target: str, note: str, document: Path) -> AdminCasePage:
    """Refer the case to someone else, forwarding a document."""
    with allure.step(f"Refer the case to {target} with {document.name}"):
        return case.act("refer", note, document=document, refer_to=target)


def decide(case: AdminCasePage, decision: str) -> AdminCasePage:
    """Take the decision on the case (supervisors); the guest is emailed it."""
    with allure.step("Decide and tell the guest"):
        return case.act("decide", decision)
