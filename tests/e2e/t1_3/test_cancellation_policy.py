"""P1.3.4: the cancellation and refund policy states the statutory schedules (or better) and its terms.

The published refund tables are read off the page and compared, day by day, with MOTC's
standard-contract schedules for deposits and for full prepayment; and the review page shows the
terms before the guest confirms.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from scenarios.book_stay import review_stay
from scenarios.visit import Visit
from support.data import Guest, TestData
from support.oracle import refund
from support.profile import Profile

pytestmark = pytest.mark.requirement("P1.3.4")


def _published_percent(bands: list, days: int) -> int | None:
    for band in bands:
        if band.low <= days and (band.high is None or days <= band.high):
            return band.percent
    return None


@pytest.mark.nondestructive
@pytest.mark.parametrize(
    ("schedule", "statutory"), [("deposit", refund.STATUTORY_DEPOSIT), ("full", refund.STATUTORY_FULL)]
)
def test_the_policy_refunds_at_least_the_statutory_share_every_day(
    page: Page, pack: ModuleType, schedule: str, statutory: tuple
):
    """For every notice period from 30 days down to the check-in day, the published refund is at least the law's."""
    policy = pack.CancellationPolicyPage(page).open()

    published = policy.published_bands(schedule)

    short = {days: (_published_percent(published, days), refund.percent(statutory, days)) for days in range(31)}
    short = {days: pair for days, pair in short.items() if pair[0] is None or pair[0] < pair[1]}
    assert not short, f"days before check-in → (published %, statutory %) where the policy falls short: {short}"


@pytest.mark.nondestructive
def test_the_policy_refunds_everything_on_force_majeure(page: Page, pack: ModuleType):
    """Force majeure or no one's fault: everything paid is refunded."""
    policy = pack.CancellationPolicyPage(page).open()

    expect(policy.force_majeure_full_refund).to_be_visible()


@pytest.mark.nondestructive
def test_the_policy_says_how_to_cancel(page: Page, pack: ModuleType, profile: Profile):
    """How to cancel: by the service phone, and online where the property offers it."""
    policy = pack.CancellationPolicyPage(page).open()

    if profile.property.service_phone:
        expect(policy.how_to_cancel).to_contain_text(profile.property.service_phone)
    if profile.offers("online-cancellation"):
        expect(policy.how_to_cancel_links).not_to_have_count(0)
    expect(policy.how_to_cancel).to_be_visible()


@pytest.mark.nondestructive
def test_the_policy_states_the_refund_time_limit_and_rounding(page: Page, pack: ModuleType, profile: Profile):
    """The approved refund period and the half-up rounding are stated."""
    policy = pack.CancellationPolicyPage(page).open()

    if profile.cancellation.refund_within_days:
        expect(policy.refund_period).to_contain_text(str(profile.cancellation.refund_within_days))
    expect(policy.rounding_half_up).to_be_visible()


@pytest.mark.destructive
@pytest.mark.offers("online-booking")
def test_the_review_page_shows_the_cancellation_terms_before_confirming(visit: Visit, data: TestData, guest: Guest):
    """Before the final confirm button the guest can read the cancellation and refund terms."""
    review = review_stay(visit, data.stay(), guest)

    policy = review.open_cancellation_policy()

    expect(policy.heading).to_be_visible()
    expect(review.confirm_button).to_be_visible()
