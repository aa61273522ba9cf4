"""P1.4.1: the service standards are explained, and every page of the site leads to them.

Reply times per channel, service hours, how fast each kind of feedback is answered and the
complaint procedure with its deadline, all as the profile approved them; the complaint deadline
is within the 15 days the Consumer Protection Act allows.
"""

from __future__ import annotations

import re
from types import ModuleType

import pytest
from playwright.sync_api import Page, expect

from scenarios.crawl_site import SiteMap
from support.checks import each
from support.oracle.feedback import LEGAL_COMPLAINT_DAYS
from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.4.1"), pytest.mark.nondestructive]


def number(value: int) -> re.Pattern[str]:
    """Text that states `value` as a whole number (so 2 does not match 24)."""
    return re.compile(rf"(?<!\d){value}(?!\d)")


def test_every_page_links_to_the_service_standards(page: Page, pack: ModuleType, site_map: SiteMap):
    """Each page reachable from the home page carries a footer link to the same service standards page."""
    home = pack.HomePage(page).open()
    href = home.footer.service_standards.get_attribute("href")
    expect(home.footer.open_service_standards().heading).to_be_visible()

    for visit in each(site_map.html_pages(), "pages reached by the crawler"):
        link = pack.AnyPage(page).open(visit.url).footer.service_standards
        expect(link, f"{visit.url} should link to the service standards").to_have_count(1)
        expect(link, f"{visit.url} links elsewhere").to_have_attribute("href", href or "")


def test_service_hours_and_each_channels_reply_time_are_as_approved(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str
):
    """Opening hours, and per channel its staffed hours and reply time, equal the profile."""
    approved = profile.service_standards
    channels = each(approved.channels, "contact channels with an approved service standard")
    hours = [approved.opening_hours.opens, approved.opening_hours.closes] if approved.opening_hours else []

    standards = pack.ServiceStandardsPage(page).open()

    if hours:
        expect(standards.opening_times).to_have_text(hours)
    for channel in channels:
        name = channel.name(site_lang)
        reply = number(channel.reply_within_hours) if channel.reply_within_hours else standards.LIVE
        expect(standards.reply_time(name), f"reply time of {name}").to_have_text(reply)
        staffed = hours if channel.staffed_hours_only else []
        expect(standards.staffed_times(name), f"hours of {name}").to_have_text(staffed)


def test_each_kind_of_feedback_states_its_reply_time_and_next_step(
    page: Page, pack: ModuleType, profile: Profile, site_lang: str
):
    """For each kind of feedback: the approved days and what happens next."""
    standards = pack.ServiceStandardsPage(page).open()

    for category in each(profile.service_standards.feedback, "kinds of feedback"):
        standard = standards.feedback_standard(category.name(site_lang))
        expect(standard, f"standard for {category.code}").to_contain_text(category.next_step(site_lang))
        expect(standard, f"days for {category.code}").to_have_text(number(category.reply_within_days))


def test_complaint_procedure_gives_the_approved_deadline_within_the_law(page: Page, pack: ModuleType, profile: Profile):
    """The complaint procedure is set out step by step, with the approved deadline and the consumer hotline."""
    days = profile.service_standards.complaint_deadline_days or LEGAL_COMPLAINT_DAYS
    assert days <= LEGAL_COMPLAINT_DAYS, f"the profile promises {days} days; the law allows {LEGAL_COMPLAINT_DAYS}"

    standards = pack.ServiceStandardsPage(page).open()

    expect(standards.complaint_steps.first).to_be_visible()
    expect(standards.complaint_deadline).to_have_text(number(days))
    if profile.service_standards.consumer_hotline:
        expect(standards.consumer_hotline).to_have_text(profile.service_standards.consumer_hotline)
