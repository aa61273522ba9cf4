"""The feedback oracle: by when the hotel must answer, from its service standard and the law.

A category's answer is due within its `reply_within_days` of the profile; a complaint never
later than 15 days after it was received (消保法 §43 II), whatever the profile says.
"""

from __future__ import annotations

from datetime import date, timedelta

from support.profile import Profile

LEGAL_COMPLAINT_DAYS = 15


def latest_reply(profile: Profile, category: str, submitted_on: date) -> date:
    """The last day the answer may be promised for: the standard's, and for complaints the law's."""
    approved = profile.service_standards.category(category)
    days = approved.reply_within_days
    if approved.complaint:
        promised = profile.service_standards.complaint_deadline_days or LEGAL_COMPLAINT_DAYS
        days = min(days, promised, LEGAL_COMPLAINT_DAYS)
    return submitted_on + timedelta(days=days)
