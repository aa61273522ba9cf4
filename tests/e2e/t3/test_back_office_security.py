"""T3: the complaint records are kept safe: only signed-in staff see them, and only as their role allows.

Anonymous visitors are sent to sign in (pages) or refused with 401 (API); the session cookie is
HttpOnly and SameSite; wrong passwords say nothing useful and repeated ones lock the account; a
change without the session's CSRF token is refused.

Only the anonymous check is read-only. Signing in, even with a wrong password, uses a staff account
(a live site logs it and counts failures towards a lockout), so those tests are `destructive` and
`staff_accounts`: they never run in the read-only subset (`-m nondestructive`).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from scenarios.handle_case import open_case_as, sign_in_staff
from scenarios.visit import Visit
from support.staff import Credentials

pytestmark = [pytest.mark.requirement("P3.1.5"), pytest.mark.offers("back-office")]


@pytest.mark.nondestructive
def test_anonymous_visitors_are_sent_to_sign_in_and_the_api_refuses_them(visit: Visit):
    """The case list sends an anonymous visitor to the sign-in page; the case API answers 401."""
    cases = visit.pack.AdminCaseListPage(visit.page)
    cases.open()

    expect(visit.pack.AdminLoginPage(visit.page).heading).to_be_visible()
    assert cases.api_status() == 401


@pytest.mark.destructive
@pytest.mark.staff_accounts
def test_the_staff_session_cookie_is_http_only_and_same_site(staff: Visit, staff_credentials: dict[str, Credentials]):
    """Scripts cannot read the session, and other sites cannot send it."""
    cases = sign_in_staff(staff, staff_credentials["agent"])
    expect(cases.heading).to_be_visible()

    cookie = staff.pack.AdminLoginPage(staff.page).session_cookie()

    assert cookie is not None, "no session cookie after signing in"
    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] in ("Strict", "Lax")


@pytest.mark.destructive
@pytest.mark.staff_accounts
def test_a_wrong_password_gives_nothing_away(visit: Visit, staff_credentials: dict[str, Credentials]):
    """A wrong password and an unknown account get the same answer."""
    login = visit.pack.AdminLoginPage(visit.page).open()
    login.sign_in(staff_credentials["agent"].username, "not-the-password")
    wrong_password = login.alert.inner_text()
    login.sign_in("no-such-user", "not-the-password")

    expect(login.alert).to_have_text(wrong_password)


@pytest.mark.destructive
@pytest.mark.staff_accounts
def test_repeated_failures_lock_the_account(visit: Visit, staff_credentials: dict[str, Credentials]):
    """After five wrong passwords even the right one is refused for a while."""
    account = staff_credentials["lockout"]
    login = visit.pack.AdminLoginPage(visit.page).open()
    for _ in range(5):
        login.sign_in(account.username, "wrong-password")
        expect(login.alert).to_be_visible()

    login.sign_in(account.username, account.password)

    expect(login.heading).to_be_visible()
    expect(login.alert).to_have_text(login.LOCKED)


@pytest.mark.destructive
@pytest.mark.staff_accounts
def test_a_change_without_the_csrf_token_is_refused(
    staff: Visit, staff_credentials: dict[str, Credentials], case_number: str
):
    """A forged form from another site, carrying the session but not its token, changes nothing."""
    case = open_case_as(staff, staff_credentials["agent"], case_number)

    assert case.post_without_csrf(case_number, "note").status == 403
    staff.page.reload()
    staff.pack.AdminCasePage(staff.page).expect_history(["received"])
