"""Contact: every channel on one page, the feedback form, and the acknowledgement a sender gets (P1.4.2, P1.4.3)."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from email.headerregistry import Address

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.exc import IntegrityError

from demo_site import feedback, i18n, mail, once, recent, tokens, urls
from demo_site.admin.cases import record_received
from demo_site.booking_form import FieldError
from demo_site.db import FeedbackCase
from demo_site.hotel import HOTEL
from demo_site.service import LEGAL_COMPLAINT_DAYS, SERVICE
from demo_site.web import TEMPLATES, lang_of, long_date, render

router = APIRouter(prefix="/contact")
_RECENT = "recent_cases"
_FORM = "contact_form"  # signed cookie: this browser's contact-form token (see `send`)
_FORM_TTL = 86400


@router.get("", response_class=HTMLResponse)
def contact(request: Request) -> HTMLResponse:
    """The contact channels and an empty form (`?category=complaint` pre-selects the kind of message)."""
    values = feedback.raw_values(request.query_params)
    return _form(request, values, {})


@router.post("", response_model=None)
async def send(request: Request) -> Response:
    """Check the message; show every problem beside its field, or open a case and acknowledge it, once.

    The form carries this browser's signed token: the same message sent again with it (a
    double-click, Back and send again, a second tab) is shown the case the first one opened. A
    message posted without the form's token (not from the page) is taken as it comes.
    """
    form = await request.form()
    values = feedback.raw_values(form)
    submission = str(form.get("submission", ""))
    message, errors = feedback.validate(values, SERVICE)
    if message is None:
        return _form(request, values, errors, status_code=422, submission=submission)
    settings = request.app.state.settings
    key = _key(request, submission, message)
    if key is not None:
        with request.app.state.sessions() as session:
            claimed = once.spent(session, key)
        if claimed is not None and claimed.record:
            return _show_case(request, claimed.record)
    now: datetime = request.app.state.clock()
    try:
        with request.app.state.sessions() as session, session.begin():
            claimed = once.claim(session, key, "feedback", now) if key is not None else None
            case = feedback.open_case(session, message, SERVICE, now, lang_of(request))
            if settings.has_defect("reply-date-past-the-standard"):
                case.reply_by = now.date() + timedelta(days=20)
            if settings.has_defect("feedback-message-cut-at-200"):
                case.message = case.message[:200]
            session.flush()
            record_received(session, case)
            if claimed is not None:
                claimed.record = case.case_number
    except IntegrityError:  # the same message was sent at the same moment, and that request won
        made = once.made_by(request.app.state.sessions, key)
        if made is None:
            raise
        return _show_case(request, made)
    _acknowledge(request, case)
    return _show_case(request, case.case_number)


def _key(request: Request, submission: str, message: feedback.Feedback) -> str | None:
    """What this message is spent under: the form's token and the message itself; None without a genuine token.

    The message is part of the key, so a guest who goes Back and writes something else sends a
    new message; the same words again are the same message.
    """
    settings = request.app.state.settings
    if settings.has_defect("feedback-token-not-spent"):
        return None
    try:
        tokens.verify(settings.secret_key, submission, request.app.state.clock(), ttl_seconds=10**9)
    except tokens.InvalidToken:
        return None
    return once.key_of("feedback", submission, message.category, message.email, message.message)


def _show_case(request: Request, case_number: str) -> Response:
    """Post/Redirect/Get to the case's acknowledgement, which this browser may then open (and reload)."""
    redirect = urls.redirect(request, f"/contact/received/{case_number}")
    recent.remember(request, redirect, _RECENT, case_number)
    return redirect


@router.get("/received/{case_number}", response_class=HTMLResponse)
def received(request: Request, case_number: str) -> HTMLResponse:
    """The acknowledgement of a case just opened, shown only to the browser that sent it."""
    if case_number not in recent.recent(request, _RECENT):
        raise HTTPException(status_code=404)
    with request.app.state.sessions() as session:
        case = feedback.find(session, case_number)
    if case is None:
        raise HTTPException(status_code=404)
    settings = request.app.state.settings
    return render(
        request,
        "contact/received.html",
        case=case,
        category=SERVICE.category(case.category),
        service=SERVICE,
        show_case_number=not settings.has_defect("acknowledgement-without-case-number"),
    )


def _form(
    request: Request, values: dict, errors: dict[str, FieldError], status_code: int = 200, submission: str = ""
) -> HTMLResponse:
    """The contact page with its form; a form shown again keeps its token (it is still the same message)."""
    settings = request.app.state.settings
    line_href = SERVICE.line_account
    if settings.has_defect("line-link-to-wrong-account"):
        line_href = line_href.replace("@lanwanhotel", "@lanwan")
    submission = submission or _browser_form_token(request)
    response = render(
        request,
        "contact/form.html",
        status_code=status_code,
        values=values,
        errors=errors,
        service=SERVICE,
        line_href=line_href,
        consent_ticked=settings.has_defect("consent-pre-ticked"),
        legal_days=LEGAL_COMPLAINT_DAYS,
        submission=submission,
    )
    response.set_cookie(_FORM, submission, max_age=_FORM_TTL, httponly=True, samesite="lax",
                        path=urls.cookie_path(request))  # fmt: skip
    return response


def _browser_form_token(request: Request) -> str:
    """The contact-form token of this browser: the one it was given before, or a new one.

    It stays the same for the browser (a cookie), so a form shown again after Back, whether the
    browser kept the page or fetched it anew, still sends the same message under the same key.
    """
    settings = request.app.state.settings
    given = request.cookies.get(_FORM, "")
    try:
        tokens.verify(settings.secret_key, given, request.app.state.clock(), _FORM_TTL)
        return given
    except tokens.InvalidToken:
        nonce = secrets.token_urlsafe(12)
        return tokens.sign(settings.secret_key, {"form": "contact", "nonce": nonce}, request.app.state.clock())


def _acknowledge(request: Request, case: FeedbackCase) -> None:
    """Email the sender the case number, the next step, the due date and another channel."""
    settings = request.app.state.settings
    if case.category == "complaint" and settings.has_defect("no-complaint-email"):
        return
    lang = case.lang
    context = {
        "case": case,
        "category": SERVICE.category(case.category),
        "service": SERVICE,
        "hotel": HOTEL,
        "lang": lang,
        "t": lambda key, **params: i18n.translate(lang, key, **params),
        "long_date": lambda value: long_date(value, lang),
        "base_url": urls.base_url(request),
        "show_case_number": True,
    }
    subject = i18n.translate(lang, "mail.feedback.subject", hotel=HOTEL.name(lang), case=case.case_number)
    sender = Address(HOTEL.name(lang), "no-reply", HOTEL.service_email.split("@")[1])
    message = mail.compose(TEMPLATES.env, "feedback_acknowledgement", case.email, subject, sender, context)
    mail.send(settings, message)
