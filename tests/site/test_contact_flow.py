"""The reference site's contact form over HTTP: a case stored and acknowledged, bad input refused, its switches."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from site_helpers import Site
from sqlalchemy import func, select

from demo_site.db import FeedbackCase
from demo_site.service import SERVICE


def _message(**overrides: str) -> dict[str, str]:
    values = {"category": "enquiry", "name": "林雅婷", "email": "guest@guest.example", "message": "請問有停車位嗎？",
              "consent": "on"}  # fmt: skip
    values.update(overrides)
    return values


def _cases(site: Site) -> list[FeedbackCase]:
    with site.app.state.sessions() as session:
        return list(session.scalars(select(FeedbackCase)))


@pytest.mark.parametrize("category", [category.code for category in SERVICE.categories])
def test_a_message_opens_a_case_due_by_its_standard_and_is_acknowledged(site: Site, smtp, category: str):
    address = smtp.address(f"case-{category}")
    response = site.client.post(
        "/contact", data=_message(category=category, email=address, booking_reference="LW-7K3M-9QXD-2HTP"),
        follow_redirects=False,
    )  # fmt: skip

    assert response.status_code == 303
    [case] = _cases(site)
    assert response.headers["location"] == f"/contact/received/{case.case_number}"
    assert case.category == category
    assert case.reply_by == site.today + timedelta(days=SERVICE.category(category).reply_within_days)
    message = smtp.wait_for(to=address, subject=case.case_number, timeout=5)
    assert case.reply_by.isoformat() in message.html
    page = site.client.get(response.headers["location"])
    assert case.case_number in page.text


BAD_MESSAGES = [
    ({"category": ""}, "category", "此欄位為必填"),
    ({"category": "gossip"}, "category", "請選擇反映類別"),
    ({"name": ""}, "name", "此欄位為必填"),
    ({"email": "guest@"}, "email", "電子郵件格式不正確"),
    ({"phone": "12-34"}, "phone", "電話格式不正確"),
    ({"message": ""}, "message", "此欄位為必填"),
    ({"message": "字" * 2001}, "message", "最多 2000 個字"),
    ({"consent": ""}, "consent", "請勾選同意個人資料蒐集告知"),
    ({"category": "booking-change"}, "booking_reference", "訂房變更請填寫訂房編號"),
    ({"booking_reference": "12345"}, "booking_reference", "訂房編號格式不正確"),
]


@pytest.mark.parametrize(("overrides", "field", "says"), BAD_MESSAGES, ids=[f"{f}-{s}" for _, f, s in BAD_MESSAGES])
def test_bad_input_is_named_beside_its_field_and_no_case_is_opened(site: Site, overrides, field, says):
    response = site.client.post("/contact", data=_message(**overrides))

    assert response.status_code == 422
    assert f'<p id="{field}-error" class="field-error">{says}' in response.text
    assert f'aria-describedby="{field}-error"' in response.text
    assert _cases(site) == []


def test_an_acknowledgement_is_shown_only_to_the_browser_that_sent_it(site: Site):
    location = site.client.post("/contact", data=_message(), follow_redirects=False).headers["location"]
    site.client.cookies.clear()

    assert site.client.get(location).status_code == 404


def test_the_form_starts_with_consent_unticked_and_names_six_notice_elements(site: Site):
    page = site.client.get("/contact").text

    assert re.search(r'<input id="consent"[^>]*type="checkbox"(?![^>]*checked)', page)
    assert len(re.findall(r'<dt id="privacy-', page)) == 6


def test_complaints_get_no_email_with_its_switch(make_site, smtp):
    site = make_site(defects=("no-complaint-email",))
    complaint, enquiry = smtp.address("complaint"), smtp.address("enquiry")

    site.client.post("/contact", data=_message(category="complaint", email=complaint))
    site.client.post("/contact", data=_message(category="enquiry", email=enquiry))

    assert smtp.wait_for(to=enquiry, timeout=5)
    assert smtp.messages_to(complaint) == []
    with site.app.state.sessions() as session:
        assert session.scalar(select(func.count()).select_from(FeedbackCase)) == 2


def test_the_acknowledgement_loses_its_case_number_with_its_switch(make_site):
    site = make_site(defects=("acknowledgement-without-case-number",))

    page = site.client.post("/contact", data=_message()).text

    assert '<dt id="ack-case">' not in page
    assert _cases(site)[0].case_number not in page


def test_the_reply_date_moves_past_the_standard_with_its_switch(make_site):
    site = make_site(defects=("reply-date-past-the-standard",))

    site.client.post("/contact", data=_message(category="complaint"))

    assert _cases(site)[0].reply_by == site.today + timedelta(days=20)


def test_the_line_link_and_the_consent_box_change_with_their_switches(make_site):
    site = make_site(defects=("line-link-to-wrong-account", "consent-pre-ticked"))

    page = site.client.get("/contact").text

    assert 'href="https://line.me/R/ti/p/@lanwan"' in page
    assert re.search(r'<input id="consent"[^>]*checked', page)


def test_service_standards_are_linked_from_every_footer_but_product_pages_with_its_switch(make_site):
    site = make_site(defects=("standards-unlinked-from-product-pages",))

    assert 'href="/service-standards"' in site.client.get("/shop").text
    assert 'href="/service-standards"' not in site.client.get("/shop/mug").text
