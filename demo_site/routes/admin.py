"""The back office at /admin: staff sign in and handle the cases guests send (T3), and see bookings.

Anonymous visitors are sent to the sign-in page (pages) or get 401 (API). Every change is a
POST with the session's CSRF token. Supervisors decide; agents record, reply, negotiate, refer.
"""

from __future__ import annotations

import logging
from datetime import datetime
from email.headerregistry import Address
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from demo_site import feedback, i18n, mail, urls
from demo_site.admin import cases, security, staff
from demo_site.admin.models import CaseEvent
from demo_site.db import Booking, FeedbackCase
from demo_site.hotel import HOTEL
from demo_site.service import SERVICE
from demo_site.web import TEMPLATES, mail_context, render

router = APIRouter(prefix="/admin")
log = logging.getLogger("demo_site.admin")
REFERRAL_TARGETS = ("supervisor", "consumer_officer", "legal_counsel")
_MAX_DOCUMENT_BYTES = 2 * 1024 * 1024


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/admin/cases") -> HTMLResponse:
    """The staff sign-in form."""
    return _login_page(request, next, error=None)


@router.post("/login", response_model=None)
async def login(request: Request) -> Response:
    """Sign in; a wrong password says nothing about which part was wrong, and repeated failures lock the account."""
    form = await request.form()
    username, password = str(form.get("username", "")).strip(), str(form.get("password", ""))
    target = _safe_next(str(form.get("next", "/admin/cases")))
    now = _now(request)
    with request.app.state.sessions() as session, session.begin():
        user, problem = staff.sign_in(session, username, password, now)
        role = user.role if user else None
    log.info("staff sign-in attempt: user %r, %s", username, f"refused ({problem})" if problem else "signed in")
    if problem:
        return _login_page(request, target, error=f"admin.login_{problem}", status_code=401)
    redirect = urls.redirect(request, target)
    value = security.session_cookie(_secret(request), username, role or "", now)
    redirect.set_cookie(
        security.SESSION_COOKIE,
        value,
        max_age=security.SESSION_TTL_SECONDS,
        httponly=True,
        samesite="strict",
        path=urls.cookie_path(request),
    )
    return redirect


@router.post("/logout", response_model=None)
async def logout(request: Request) -> Response:
    """Sign out (CSRF-checked, so another site cannot sign staff out either)."""
    session = await _authorised_post(request)
    redirect = urls.redirect(request, "/admin/login")
    if session is not None:
        redirect.delete_cookie(security.SESSION_COOKIE, path=urls.cookie_path(request))
    return redirect


@router.get("", response_model=None)
@router.get("/", response_model=None)
def home(request: Request) -> Response:
    """The back office starts at the case list."""
    return urls.redirect(request, "/admin/cases")


@router.get("/cases", response_model=None)
def case_list(request: Request) -> Response:
    """Every case, newest first, with its reply date and its 15-day handling deadline."""
    staff_session = _staff(request)
    if staff_session is None:
        return _to_login(request)
    with request.app.state.sessions() as session:
        rows = session.scalars(select(FeedbackCase).order_by(FeedbackCase.id.desc())).all()
        return _admin_render(request, staff_session, "admin/cases.html", cases=rows, deadline=cases.handling_deadline)


@router.get("/cases/{case_number}", response_model=None)
def case_detail(request: Request, case_number: str) -> Response:
    """One case: the guest's message, the deadlines, the whole history, and what can be done next."""
    staff_session = _staff(request)
    if staff_session is None:
        return _to_login(request)
    with request.app.state.sessions() as session:
        case = _case_or_404(session, case_number)
        return _case_page(request, session, staff_session, case)


@router.post("/cases/{case_number}/actions", response_model=None)
async def case_action(request: Request, case_number: str) -> Response:
    """Record one action on a case: a note, a reply, a referral, a document or (supervisors) a decision."""
    staff_session = await _authorised_post(request)
    if staff_session is None:
        return _forbidden(request)
    form = await request.form()
    action = await _action_from(form)
    if action.kind == "decide" and staff_session.role != "supervisor" and not _defect(request, "agent-can-decide"):
        return _forbidden(request)
    if not action.note.strip() and action.kind != "document":
        return _action_error(request, case_number, staff_session, "admin.note_required")
    now = _now(request)
    with request.app.state.sessions() as session, session.begin():
        case = _case_or_404(session, case_number)
        if action.kind == "refer" and _defect(request, "referral-drops-document"):
            action = cases.Action(action.kind, action.note, action.referred_to)
        cases.apply(session, case, action, staff.display_name(session, staff_session.username), now)
    _tell_guest(request, case, action)
    return urls.redirect(request, f"/admin/cases/{case_number}")


@router.post("/cases/{case_number}/history/{event_id}", response_model=None)
async def edit_history(request: Request, case_number: str, event_id: int) -> Response:
    """History cannot be edited: this exists only when the `history-editable` defect switch is on."""
    staff_session = await _authorised_post(request)
    if staff_session is None or not _defect(request, "history-editable"):
        raise HTTPException(status_code=404)
    form = await request.form()
    with request.app.state.sessions() as session, session.begin():
        entry = session.get(CaseEvent, event_id)
        if entry is not None:
            entry.note = str(form.get("note", ""))
    return urls.redirect(request, f"/admin/cases/{case_number}")


@router.get("/cases/{case_number}/documents/{event_id}", response_model=None)
def document(request: Request, case_number: str, event_id: int) -> Response:
    """A document attached to a case, for staff only."""
    if _staff(request) is None:
        return _to_login(request)
    with request.app.state.sessions() as session:
        case = _case_or_404(session, case_number)
        entry = session.get(CaseEvent, event_id)
        if entry is None or entry.case_id != case.id or entry.document is None:
            raise HTTPException(status_code=404)
        disposition = f"attachment; filename*=UTF-8''{quote(entry.document_name or 'document')}"
        headers = {"Content-Disposition": disposition}
        return Response(entry.document, media_type=entry.document_type or "application/octet-stream", headers=headers)


@router.get("/bookings", response_model=None)
def bookings(request: Request) -> Response:
    """Every booking, newest first."""
    staff_session = _staff(request)
    if staff_session is None:
        return _to_login(request)
    with request.app.state.sessions() as session:
        rows = session.scalars(select(Booking).order_by(Booking.id.desc())).all()
        return _admin_render(request, staff_session, "admin/bookings.html", bookings=rows)


@router.get("/api/cases")
def api_cases(request: Request) -> JSONResponse:
    """The case list as JSON for tools; 401 without a staff session."""
    if _staff(request) is None:
        return JSONResponse({"detail": "sign in first"}, status_code=401)
    with request.app.state.sessions() as session:
        rows = session.scalars(select(FeedbackCase).order_by(FeedbackCase.id.desc())).all()
        return JSONResponse(
            [
                {
                    "case_number": case.case_number,
                    "category": case.category,
                    "status": case.status,
                    "received": case.created_at.isoformat(),
                    "reply_by": case.reply_by.isoformat(),
                    "deadline": cases.handling_deadline(case).isoformat(),
                }
                for case in rows
            ]
        )


def _case_page(
    request: Request, session: Session, staff_session: security.StaffSession, case: FeedbackCase, **extra: object
) -> HTMLResponse:
    return _admin_render(
        request,
        staff_session,
        "admin/case.html",
        case=case,
        history=cases.history(session, case),
        deadline=cases.handling_deadline(case),
        targets=REFERRAL_TARGETS,
        can_decide=staff_session.role == "supervisor" or _defect(request, "agent-can-decide"),
        editable=_defect(request, "history-editable"),
        **extra,
    )


def _action_error(request: Request, case_number: str, staff_session: security.StaffSession, error: str) -> Response:
    with request.app.state.sessions() as session:
        case = _case_or_404(session, case_number)
        page = _case_page(request, session, staff_session, case, error=error)
        page.status_code = 422
        return page


async def _action_from(form: object) -> cases.Action:
    kind = str(form.get("action", ""))
    if kind not in ("note", "reply", "refer", "document", "decide"):
        raise HTTPException(status_code=422, detail="unknown action")
    upload = form.get("document")
    name = content_type = data = None
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read(_MAX_DOCUMENT_BYTES + 1)
        if len(data) > _MAX_DOCUMENT_BYTES:
            raise HTTPException(status_code=413, detail="documents are limited to 2 MB")
        name, content_type = upload.filename, upload.content_type
    target = str(form.get("referred_to", ""))
    if kind == "refer" and target not in REFERRAL_TARGETS:
        raise HTTPException(status_code=422, detail="unknown referral target")
    return cases.Action(kind, str(form.get("note", "")), target, name, content_type, data)


def _tell_guest(request: Request, case: FeedbackCase, action: cases.Action) -> None:
    """Replies and decisions go to the guest by email, in the language they wrote in."""
    if action.kind not in ("reply", "decide"):
        return
    if action.kind == "decide" and _defect(request, "decision-never-mailed"):
        return
    lang = case.lang
    template = "case_reply" if action.kind == "reply" else "case_decision"
    subject = i18n.translate(lang, f"mail.{template}.subject", hotel=HOTEL.name(lang), case=case.case_number)
    context = {**mail_context(request, lang), "case": case, "text": action.note}
    sender = Address(HOTEL.name(lang), "no-reply", HOTEL.service_email.split("@")[1])
    mail.send(request.app.state.settings, mail.compose(TEMPLATES.env, template, case.email, subject, sender, context))


def _login_page(request: Request, target: str, error: str | None, status_code: int = 200) -> HTMLResponse:
    return render(request, "admin/login.html", status_code=status_code, next=target, error=error)


def _admin_render(
    request: Request, staff_session: security.StaffSession, template: str, **context: object
) -> HTMLResponse:
    csrf = security.csrf_token(_secret(request), staff_session)
    return render(request, template, staff=staff_session, csrf=csrf, service=SERVICE, **context)


def _staff(request: Request) -> security.StaffSession | None:
    return security.read_session(_secret(request), request.cookies.get(security.SESSION_COOKIE, ""), _now(request))


async def _authorised_post(request: Request) -> security.StaffSession | None:
    """The staff session of a POST whose CSRF token is right; None otherwise."""
    staff_session = _staff(request)
    if staff_session is None:
        return None
    form = await request.form()
    return staff_session if security.csrf_ok(_secret(request), staff_session, str(form.get("csrf", ""))) else None


def _case_or_404(session: Session, case_number: str) -> FeedbackCase:
    case = feedback.find(session, case_number)
    if case is None:
        raise HTTPException(status_code=404)
    return case


def _to_login(request: Request) -> RedirectResponse:
    return urls.redirect(request, f"/admin/login?next={quote(urls.route_path(request))}")


def _forbidden(request: Request) -> HTMLResponse:
    return render(request, "admin/forbidden.html", status_code=403)


def _safe_next(target: str) -> str:
    """Only back-office paths: a sign-in link cannot send staff to another site."""
    return target if target.startswith("/admin/") and "//" not in target else "/admin/cases"


def _defect(request: Request, name: str) -> bool:
    return request.app.state.settings.has_defect(name)


def _secret(request: Request) -> str:
    return request.app.state.settings.secret_key


def _now(request: Request) -> datetime:
    return request.app.state.clock()
