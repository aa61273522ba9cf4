"""The hotel pages' defect switches: realistic slips a small site makes, for the suite to prove it catches them.

Each entry is (name, requirement, what the site then does wrong); `misty_hill.defects` lists them
with the booking engine's. A route asks `defect_on(request, name)` where the slip would happen.
"""

from __future__ import annotations

from starlette.requests import Request

DEFECTS = [
    ("about-without-licence", "P1.1.2", "the about page leaves out the B&B licence number"),
    ("fees-show-last-years-tea-price", "P1.3.1",
     "the fee page still states last year's afternoon tea price (TWD 400 instead of TWD 450)"),
    ("policy-drops-day-before-row", "P1.3.4",
     "the cancellation policy's deposit table loses its 'one day before' row, so that day has no published refund"),
    ("service-standards-without-complaint-deadline", "P1.4.1",
     "the complaint procedure on the service standards page no longer says within how many days we answer"),
    ("feedback-ack-without-case-number", "P1.4.3", "the contact form's acknowledgement and email give no case number"),
    ("contact-form-accepts-malformed-email", "P1.4.2",
     "the contact form takes an email address without an @ and stores the message"),
    ("feedback-sent-twice", "P1.4.3",
     "the contact form's token is never spent, so the same message sent again opens a second case and email"),
]  # fmt: skip


def defect_on(request: Request, name: str) -> bool:
    """Whether this run was started with the switch `name` (the site then misbehaves on purpose)."""
    return request.app.state.settings.has_defect(name)
