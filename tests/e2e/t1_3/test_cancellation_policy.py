"""P1.3.4: the cancellation and refund policy states the statutory schedules (or better) and its terms.

The published refund tables are read off the page and compared, day by day, with MOTC's
standard-contract schedules for deposits and for full prepayment.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from pages.cancellation_policy import CancellationPolicyPage, PublishedBand
from support.oracle import refund
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.3.4"), pytest.mark.nondestructive]


def _published_percent(bands: list[PublishedBand], days: int) -> int | None:
    for band in bands:
        if band.low <= days and (band.high is None or days <= band.high):
            return band.percent
    return None


@pytest.mark.parametrize(
    ("schedule", "statutory"), [("deposit", refund.STATUTORY_DEPOSIT), ("full", refund.STATUTORY_FULL)]
)
def test_the_policy_refunds_at_least_the_statutory_share_every_day(page: Page, schedule: str, statutory):
    """For every notice period from 30 days down to the check-in day, the published refund is at least the law's."""
    policy = CancellationPolicyPage(page).open()

    published = policy.published_bands(schedule)

    short = {days: (_published_percent(published, days), refund.percent(statutory, days)) for days in range(31)}
    short = {days: pair for days, pair in short.items() if pair[0] is None or pair[0] < pair[1]}
    assert not short, f"days before check-in → (published %, statutory %) where the policy falls short: {short}"


def test_the_policy_refunds_everything_on_force_majeure(page: Page):
    """Force majeure or no one's fault: everything paid is refunded."""
    policy = CancellationPolicyPage(page).open()

    expect(policy.force_majeure).to_contain_text(re.compile("全額退還|refund everything"))


def test_the_policy_says_how_to_cancel(page: Page, profile: Profile):
    """How to cancel: online, and by the service phone."""
    policy = CancellationPolicyPage(page).open()

    expect(policy.how_to_cancel).to_contain_text(profile.property.phones["service"])
    expect(policy.how_to_cancel.get_by_role("link")).not_to_have_count(0)


def test_the_policy_states_the_refund_time_limit_and_rounding(page: Page, profile: Profile):
    """The approved refund period and the half-up rounding to the dollar are stated."""
    policy = CancellationPolicyPage(page).open()

    expect(policy.refund_period).to_contain_text(str(profile.cancellation.refund_within_days))
    expect(policy.rounding).to_contain_text(re.compile("四捨五入|halves up"))
