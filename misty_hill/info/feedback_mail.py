"""The email acknowledging a contact-form message: the same facts as the screen, in the sender's language.

Plain text for any mail client, HTML as the alternative; links are absolute because a mail
client has no base address. A relay that is down is logged by the mailer, not shown to the guest:
the case is stored and the screen already told them everything.
"""

from __future__ import annotations

from starlette.requests import Request

from misty_hill import house
from misty_hill.i18n import pick
from misty_hill.info import facts
from misty_hill.info.cases import FeedbackCase
from misty_hill.info.defects import defect_on
from misty_hill.info.paths import PATHS
from misty_hill.web import site_url, templates


def subject(case: FeedbackCase, show_number: bool) -> str:
    """The subject line; it carries the case number so the guest (and we) can find the thread again."""
    name = pick(house.PROPERTY.name, case.lang)
    number = f"（{case.number}）" if show_number else ""
    if case.lang == "ja":
        return f"【{name}】お問い合わせを受け付けました{number}"
    return f"【{name}】已收到您的留言{number}"


def send(request: Request, case: FeedbackCase) -> bool:
    """Send the acknowledgement to the address the guest gave; True when the relay took it."""
    show_number = not defect_on(request, "feedback-ack-without-case-number")
    context = {
        "lang": case.lang,
        "say": lambda zh, ja: zh if case.lang == "zh-TW" else ja,
        "t": lambda texts: pick(texts, case.lang),
        "house": house,
        "facts": facts,
        "case": case,
        "category": facts.category(case.category),
        "show_number": show_number,
        "site": site_url(request),
        "paths": PATHS,
    }
    text = templates.env.get_template("mail/feedback.txt").render(context)
    html = templates.env.get_template("mail/feedback.html").render(context)
    return request.app.state.mailer.send(case.email, subject(case, show_number), text, html)
