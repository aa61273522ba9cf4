"""What a guest types comes back whole and as text: contact form, booking and shop emails, the back office."""

from __future__ import annotations

import html
import re

from site_helpers import STAFF_PASSWORDS, Site
from sqlalchemy import select

from demo_site.db import FeedbackCase

MARKUP = '"><img src=x onerror=alert(1)> 嵐灣 & 🏨'


def _send(site: Site, **overrides: str):
    form = {"category": "enquiry", "name": "林雅婷", "email": "guest@guest.example", "message": "請問有停車位嗎？",
            "consent": "on", **overrides}  # fmt: skip
    return site.client.post("/contact", data=form, follow_redirects=False)


def _case(site: Site) -> FeedbackCase:
    with site.app.state.sessions() as session:
        return session.scalars(select(FeedbackCase)).one()


def _sign_in(site: Site) -> None:
    site.client.post("/admin/login", data={"username": "agent", "password": STAFF_PASSWORDS["agent"]})


def test_the_message_box_has_no_maxlength_that_would_cut_pasted_text_silently(site: Site):
    """A browser's maxlength counts an emoji twice and cuts a paste without a word; the server's limit says why."""
    page = site.client.get("/contact").text

    assert not re.search(r'<textarea id="message"[^>]*maxlength', page)


def test_a_message_at_its_limit_in_any_script_is_stored_whole(site: Site):
    message = ("🏨嵐灣 é " * 400)[:2000]

    assert _send(site, message=message).status_code == 303
    assert _case(site).message == message


def test_the_back_office_shows_the_name_and_message_as_text(site: Site):
    _send(site, name=MARKUP, message=MARKUP)
    _sign_in(site)

    page = site.client.get(f"/admin/cases/{_case(site).case_number}").text

    assert "<img src=x" not in page
    assert page.count(html.escape(MARKUP, quote=False).replace('"', "&#34;")) == 2


def test_the_back_office_renders_guest_text_as_html_with_its_switch(make_site):
    site = make_site(defects=("staff-case-view-unescaped",))
    _send(site, message=MARKUP)
    _sign_in(site)

    assert "<img src=x onerror=alert(1)>" in site.client.get(f"/admin/cases/{_case(site).case_number}").text


def test_the_message_is_stored_cut_after_200_characters_with_its_switch(make_site):
    site = make_site(defects=("feedback-message-cut-at-200",))

    _send(site, message="字" * 300)

    assert _case(site).message == "字" * 200


def test_the_confirmation_and_email_name_the_guest_as_text(site: Site, smtp):
    address = smtp.address("guest-text")

    response = site.confirm(site.token(guest_name=MARKUP, email=address))

    page = site.client.get(response.headers["location"]).text
    message = smtp.wait_for(to=address, timeout=5)
    assert "<img src=x" not in page
    assert "<img src=x" not in message.html
    assert html.escape(MARKUP, quote=False) in page.replace("&#34;", '"')
    assert MARKUP in message.text


def test_the_text_order_email_shows_the_company_name_unescaped(site: Site, smtp):
    address = smtp.address("order-company")
    site.client.post("/cart/add", data={"product": "mug", "quantity": "1"})
    form = {"name": "林雅婷", "email": address, "phone": "0912-345-678", "delivery_mode": "home-tcat",
            "postcode": "100", "address": "中正路 1 號", "invoice_type": "company", "tax_id": "04595257",
            "company_name": MARKUP}  # fmt: skip
    review = site.client.post("/checkout/review", data=form)
    token = re.search(r'name="token" value="([^"]+)"', review.text).group(1)

    site.client.post("/checkout/confirm", data={"token": token})

    assert MARKUP in smtp.wait_for(to=address, timeout=5).text
