"""The contact page and its form: a message is checked, stored as a case, acknowledged on screen and by email.

The form posts to the server (it works without JavaScript; info.js only opens it in a dialog).
Bad input re-renders the page with the dialog open, each message beside its field and nothing
stored. A sent message leads to its acknowledgement, which only the browser that sent it may
open: its address carries the case number, so the page checks a signed cookie set on sending.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import date, datetime, timedelta
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from misty_hill.i18n import T, pick
from misty_hill.info import cases, facts, feedback_mail
from misty_hill.info.defects import defect_on
from misty_hill.info.pages import page
from misty_hill.info.paths import PATHS
from misty_hill.web import base_href, language

router = APIRouter()

SENT_COOKIE = "mh_sent"
FORM_COOKIE = "mh_form"  # this browser's contact-form token: the same message sent again is the same case
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9][0-9\s()-]{6,19}$")
FIELDS = ("category", "booking_reference", "name", "email", "phone", "message")
LIMITS = {"booking_reference": 30, "name": 80, "email": 200, "phone": 30, "message": 3000}

SAYS = {
    "category": T("請選擇留言類別", "お問い合わせの種類をお選びください"),
    "booking_reference": T("訂房相關的留言請填寫訂房編號（例如 MH-7K3Q9P）",
                           "ご予約に関するお問い合わせには予約番号（例：MH-7K3Q9P）をご記入ください"),
    "name": T("請填寫您的姓名", "お名前をご記入ください"),
    "email": T("電子郵件格式不正確，請寫成 name@example.com 的樣子",
               "メールアドレスの形式が正しくありません（例：name@example.com）"),
    "email_missing": T("請填寫電子郵件，我們會寄回覆給您", "ご返信先のメールアドレスをご記入ください"),
    "phone": T("電話號碼格式不正確，請只填數字與連字號", "電話番号の形式が正しくありません（数字とハイフンのみ）"),
    "message": T("請寫下您想告訴我們的事", "お問い合わせ内容をご記入ください"),
    "too_long": T("內容太長了，最多 {max} 字，請精簡一些", "文字数が多すぎます。{max}文字以内で入力してください"),
    "consent": T("請勾選同意個人資料告知，我們才能處理您的留言", "個人情報の取り扱いに同意いただくと送信できます"),
}  # fmt: skip


@router.get("/contact/", response_class=HTMLResponse)
def contact(request: Request) -> HTMLResponse:
    """Every way to reach us, and the message form (closed until the guest opens it)."""
    submission = browser_submission(request)
    response = page(request, "info/contact.html", values={}, errors={}, open_form=False, submission=submission)
    response.set_cookie(FORM_COOKIE, submission, max_age=86400, httponly=True, samesite="lax", path=base_href(request))
    return response


@router.post("/contact/", response_class=HTMLResponse)
async def send(request: Request) -> Response:
    """Check the message; store it, acknowledge it by email and show the acknowledgement, or say what to fix."""
    form = await request.form()
    values = {field: str(form.get(field, "")).strip() for field in FIELDS}
    values["booking_reference"] = values["booking_reference"].upper()
    consent = form.get("consent") == "yes"
    submission = str(form.get("submission", ""))
    errors = problems(values, consent, accept_any_email=defect_on(request, "contact-form-accepts-malformed-email"))
    if errors:
        lang = language(request)
        said = {field: said_of(field, key, lang) for field, key in errors.items()}
        return page(request, "info/contact.html", status_code=422, values=values, errors=said, open_form=True,
                    consent=consent, submission=submission or browser_submission(request))  # fmt: skip
    key = submission_key(request, submission, values)
    case = await run_in_threadpool(open_and_acknowledge, request, values, key)  # the database and SMTP block
    response = RedirectResponse(f"{base_href(request)}{PATHS['contact']}received/{case.number}", status_code=303)
    response.set_cookie(SENT_COOKIE, sign(request, case.number), httponly=True, samesite="lax",
                        path=base_href(request))  # fmt: skip
    return response


def problems(values: dict[str, str], consent: bool, accept_any_email: bool = False) -> dict[str, str]:
    """What is wrong with the message, by field (the key of its wording in SAYS); empty when it can be sent."""
    found: dict[str, str] = {}
    category = facts.category(values["category"])
    if category is None:
        found["category"] = "category"
    elif category.needs_booking_reference and not values["booking_reference"]:
        found["booking_reference"] = "booking_reference"
    if not values["name"]:
        found["name"] = "name"
    if not values["email"]:
        found["email"] = "email_missing"
    elif not accept_any_email and not EMAIL.match(values["email"]):
        found["email"] = "email"
    if values["phone"] and not PHONE.match(values["phone"]):
        found["phone"] = "phone"
    if not values["message"]:
        found["message"] = "message"
    found |= {field: "too_long" for field, limit in LIMITS.items() if len(values[field]) > limit and field not in found}
    if not consent:
        found["consent"] = "consent"
    return found


def said_of(field: str, key: str, lang: str) -> str:
    """The message beside `field` in `lang`; one about length names the limit, so the guest knows how far to cut."""
    text = pick(SAYS[key], lang)
    return text.format(max=LIMITS[field]) if key == "too_long" else text


def reply_by(received: date, category: facts.Category) -> date:
    """The day we promise to answer by: the category's standard, and a complaint never later than our deadline."""
    days = category.reply_within_days
    if category.code == "complaint":
        days = min(days, facts.COMPLAINT_DEADLINE_DAYS)
    return received + timedelta(days=days)


def browser_submission(request: Request) -> str:
    """The form token of this browser: the one it was given before (a cookie), or a new signed nonce.

    It stays the same for the browser, so the form shown again after Back, whether the browser
    kept the page or fetched it anew, sends the same message under the same key.
    """
    given = request.cookies.get(FORM_COOKIE, "")
    nonce, _, _ = given.partition(".")
    if nonce and hmac.compare_digest(given, sign(request, nonce)):
        return given
    return sign(request, secrets.token_urlsafe(12))


def submission_key(request: Request, submission: str, values: dict[str, str]) -> str | None:
    """What a message is sent once under: the form's token and the words; None without a genuine token.

    The same words sent again from the same form (a double-click, Back and send again, a second
    tab) are the same message; a guest who goes Back and writes something else sends a new one.
    A message posted without the form's token (not from the page) is taken as it comes.
    """
    nonce, _, _ = submission.partition(".")
    if not nonce or not hmac.compare_digest(submission, sign(request, nonce)):
        return None
    if defect_on(request, "feedback-sent-twice"):
        return None
    words = "\x1f".join((submission, values["category"], values["email"], values["message"]))
    return hashlib.sha256(words.encode()).hexdigest()


def open_and_acknowledge(request: Request, values: dict[str, str], key: str | None = None) -> cases.FeedbackCase:
    """Store the message as a case, then mail the guest its acknowledgement (a relay that is down is only logged).

    The same message sent again (the same `key`) opens no second case and sends no second email:
    it is answered with the case the first sending opened.
    """
    try:
        case, new = store(request, values, key)
    except IntegrityError:  # the same message was sent at the same moment, and that request stored it
        with request.app.state.sessions() as session:
            case, new = cases.find_submitted(session, key), False
        if case is None:
            raise
    if new:
        feedback_mail.send(request, case)
    return case


def store(request: Request, values: dict[str, str], key: str | None = None) -> tuple[cases.FeedbackCase, bool]:
    """Open the case in the database, in the guest's language (the reply is written in it); False: it was open."""
    now: datetime = request.app.state.clock()
    category = facts.category(values["category"])
    with request.app.state.sessions.begin() as session:
        earlier = cases.find_submitted(session, key) if key else None
        if earlier is not None:
            return earlier, False
        case = cases.open_case(session, now, reply_by(now.date(), category), lang=language(request), submission=key,
                               **values)  # fmt: skip
        return case, True


def sign(request: Request, number: str) -> str:
    """`number` with a signature only this site can make, so a cookie cannot be forged to read someone's case."""
    key = request.app.state.settings.secret_key.encode()
    return f"{number}.{hmac.new(key, number.encode(), hashlib.sha256).hexdigest()}"


def sent_here(request: Request, number: str) -> bool:
    """Whether this browser sent the case `number` (it holds the signed cookie set on sending)."""
    return hmac.compare_digest(request.cookies.get(SENT_COOKIE, ""), sign(request, number))


@router.get("/contact/received/{number}", response_class=HTMLResponse)
def received(request: Request, number: str) -> HTMLResponse:
    """The acknowledgement, for the browser that sent the message; anyone else gets 'not found'."""
    if not sent_here(request, number):
        raise HTTPException(status_code=404)
    with request.app.state.sessions() as session:
        case = cases.find_case(session, number)
    if case is None:
        raise HTTPException(status_code=404)
    return page(request, "info/received.html", **acknowledgement(request, case))


def acknowledgement(request: Request, case: cases.FeedbackCase) -> dict[str, Any]:
    """What the screen and the email both state about a case."""
    return {
        "case": case,
        "category": facts.category(case.category),
        "show_number": not defect_on(request, "feedback-ack-without-case-number"),
    }
