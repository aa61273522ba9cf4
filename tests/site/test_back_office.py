"""The reference site's back office over HTTP: sign-in, lockout, CSRF, roles, append-only history, mail."""

from __future__ import annotations

import re

import pytest
from site_helpers import STAFF_PASSWORDS, Site
from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from demo_site.admin.models import CaseEvent
from demo_site.db import FeedbackCase

_CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def _open_case(site: Site, email: str = "guest@guest.example") -> str:
    form = {"category": "complaint", "name": "林雅婷", "email": email, "message": "房間冷氣故障。", "consent": "on"}
    location = site.client.post("/contact", data=form, follow_redirects=False).headers["location"]
    return location.rsplit("/", 1)[1]


def _sign_in(site: Site, username: str, password: str | None = None):
    password = STAFF_PASSWORDS[username] if password is None else password
    return site.client.post("/admin/login", data={"username": username, "password": password}, follow_redirects=False)


def _csrf(site: Site, case_number: str) -> str:
    return _CSRF.search(site.client.get(f"/admin/cases/{case_number}").text).group(1)


def _act(site: Site, case_number: str, action: str, note: str, **extra: object):
    data = {"action": action, "note": note, "csrf": _csrf(site, case_number), **extra.pop("data", {})}
    return site.client.post(f"/admin/cases/{case_number}/actions", data=data, follow_redirects=False, **extra)


def _history(site: Site, case_number: str) -> list[CaseEvent]:
    with site.app.state.sessions() as session:
        case = session.scalars(select(FeedbackCase).where(FeedbackCase.case_number == case_number)).one()
        return list(session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)))


def test_anonymous_visitors_are_sent_to_sign_in_and_the_api_says_401(site: Site):
    page = site.client.get("/admin/cases", follow_redirects=False)

    assert page.status_code == 303
    assert page.headers["location"].startswith("/admin/login")
    assert site.client.get("/admin/api/cases").status_code == 401


def test_signing_in_sets_an_http_only_same_site_session_cookie(site: Site):
    response = _sign_in(site, "agent")

    cookie = response.headers["set-cookie"]
    assert response.status_code == 303
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert site.client.get("/admin/api/cases").status_code == 200


def test_a_wrong_password_says_nothing_about_which_part_was_wrong(site: Site):
    wrong_password = _sign_in(site, "agent", "nope")
    no_such_user = _sign_in(site, "nobody", "nope")

    assert wrong_password.status_code == no_such_user.status_code == 401
    assert "帳號或密碼錯誤" in wrong_password.text
    assert "帳號或密碼錯誤" in no_such_user.text


def test_every_sign_in_attempt_is_logged_without_its_password(site: Site, caplog: pytest.LogCaptureFixture):
    """The log is where an operator, or the read-only proof, sees that nobody tried a staff account."""
    with caplog.at_level("INFO", logger="demo_site.admin"):
        _sign_in(site, "agent", "not-this-one")
        _sign_in(site, "agent")

    attempts = [record.getMessage() for record in caplog.records if "sign-in attempt" in record.getMessage()]
    assert attempts == [
        "staff sign-in attempt: user 'agent', refused (invalid)",
        "staff sign-in attempt: user 'agent', signed in",
    ]
    assert "not-this-one" not in caplog.text


def test_five_failed_sign_ins_lock_the_account_even_for_the_right_password(site: Site):
    for _ in range(5):
        _sign_in(site, "trainee", "wrong")

    locked = _sign_in(site, "trainee")

    assert locked.status_code == 401
    assert "帳號已暫時鎖定" in locked.text


def test_a_change_without_the_csrf_token_is_refused(site: Site):
    case_number = _open_case(site)
    _sign_in(site, "agent")

    response = site.client.post(
        f"/admin/cases/{case_number}/actions", data={"action": "note", "note": "x"}, follow_redirects=False
    )

    assert response.status_code == 403
    assert [entry.action for entry in _history(site, case_number)] == ["received"]


def test_an_agent_cannot_decide_but_a_supervisor_can_and_the_guest_is_told(site: Site, smtp):
    address = smtp.address("decision")
    case_number = _open_case(site, address)
    _sign_in(site, "agent")
    assert _act(site, case_number, "decide", "Refund one night").status_code == 403

    _sign_in(site, "supervisor")
    assert _act(site, case_number, "decide", "Refund one night").status_code == 303

    message = smtp.wait_for(to=address, subject=re.compile(f"{case_number}.*處理結果"), timeout=5)
    assert "Refund one night" in message.text


def test_a_referral_keeps_its_document_for_staff_only(site: Site):
    case_number = _open_case(site)
    _sign_in(site, "agent")
    files = {"document": ("report.txt", b"engineer's report", "text/plain")}

    assert (
        _act(site, case_number, "refer", "needs approval", data={"referred_to": "supervisor"}, files=files).status_code
        == 303
    )

    entry = _history(site, case_number)[-1]
    document_url = f"/admin/cases/{case_number}/documents/{entry.id}"
    assert site.client.get(document_url).content == b"engineer's report"
    site.client.cookies.clear()
    assert site.client.get(document_url, follow_redirects=False).status_code == 303


def test_history_is_append_only_in_the_database_itself(site: Site):
    case_number = _open_case(site)
    entry = _history(site, case_number)[0]

    with site.app.state.sessions() as session:
        session.get(CaseEvent, entry.id).note = "rewritten"
        with pytest.raises(DatabaseError, match="append-only"):
            session.commit()
    assert site.client.post(f"/admin/cases/{case_number}/history/{entry.id}", data={"note": "x"}).status_code == 404


def test_sign_in_never_redirects_off_the_back_office(site: Site):
    response = site.client.post(
        "/admin/login",
        data={"username": "agent", "password": STAFF_PASSWORDS["agent"], "next": "https://evil.example/"},
        follow_redirects=False,
    )

    assert response.headers["location"] == "/admin/cases"
