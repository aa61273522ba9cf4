"""The reference site's booking flow over HTTP: review, confirm, mail, and what it refuses."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from site_helpers import Site
from sqlalchemy import select

from demo_site.db import Booking
from demo_site.hotel import HOTEL


def test_review_lists_each_fee_and_a_total_that_adds_up(site: Site):
    response = site.review(breakfast="on", payment_method="atm")

    assert response.status_code == 200
    amounts = [int(a.replace(",", "")) for a in re.findall(r'<td class="amount">NT\$([\d,]+)</td>', response.text)]
    *lines, total = amounts
    assert len(lines) == 4  # room, breakfast, service charge, ATM handling fee
    assert sum(lines) == total


def test_confirm_books_once_and_sends_the_acknowledgement(site: Site, smtp):
    address = smtp.address("flow")
    response = site.confirm(site.token(email=address))

    assert response.status_code == 303
    reference = response.headers["location"].rsplit("/", 1)[1]
    assert re.fullmatch(r"LW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", reference)
    assert site.bookings() == 1
    message = smtp.wait_for(to=address, subject=reference, timeout=5)
    assert reference in message.text
    assert reference in message.html
    page = site.client.get(response.headers["location"])
    assert page.status_code == 200
    assert reference in page.text


BAD_FIELDS = [
    ({"check_in": "2020-01-01"}, "check_in", "入住日期不可早於今天"),
    ({"check_in": "31/12/2026"}, "check_in", "請輸入有效的日期"),
    ({"check_out": "2020-01-01"}, "check_out", "退房日期必須晚於入住日期"),
    ({"room_type": ""}, "room_type", "此欄位為必填"),
    ({"room_type": "penthouse"}, "room_type", "請從清單選擇房型"),
    ({"rooms": "0"}, "rooms", "房間數至少 1 間"),
    ({"rooms": "two"}, "rooms", "請輸入正整數"),
    ({"rooms": "9", "room_type": "ocean-suite", "guests": "9"}, "rooms", "此房型共 2 間"),
    ({"guests": "3"}, "guests", "1 間此房型最多可入住 2 位"),
    ({"rooms": "2", "guests": "1"}, "guests", "每間房至少需 1 位入住者"),
    ({"guest_name": ""}, "guest_name", "此欄位為必填"),
    ({"guest_name": "王" * 101}, "guest_name", "最多 100 個字"),
    ({"email": "guest@"}, "email", "電子郵件格式不正確"),
    ({"phone": "12-34"}, "phone", "電話格式不正確"),
    ({"payment_method": ""}, "payment_method", "此欄位為必填"),
    ({"payment_method": "bitcoin"}, "payment_method", "請選擇付款方式"),
]


@pytest.mark.parametrize(("overrides", "field", "message"), BAD_FIELDS, ids=[f"{f}-{m}" for _, f, m in BAD_FIELDS])
def test_bad_input_is_named_beside_its_field_and_nothing_is_stored(site: Site, overrides, field, message):
    response = site.review(**overrides)

    assert response.status_code == 422
    assert f'<p id="{field}-error" class="field-error">{message}' in response.text
    assert f'aria-describedby="{field}-error"' in response.text
    assert site.bookings() == 0


@pytest.mark.parametrize("method", ["atm", "cvs-code"])
def test_pay_later_methods_are_refused_for_same_day_check_in(site: Site, method: str):
    today = site.today
    response = site.review(check_in=today, check_out=today + timedelta(days=1), payment_method=method)

    assert response.status_code == 422
    assert "當日入住無法使用 ATM 轉帳或超商代碼繳費" in response.text


def test_confirm_without_accepting_the_terms_books_nothing(site: Site):
    response = site.confirm(site.token(), accept=False)

    assert response.status_code == 422
    assert 'id="accept_terms-error"' in response.text
    assert site.bookings() == 0


def test_a_tampered_review_is_refused(site: Site):
    token = site.token()
    payload, _, mac = token.partition(".")
    forged = f"{payload[:-2]}{'A' if payload[-2] != 'A' else 'B'}{payload[-1]}.{mac}"

    response = site.confirm(forged)

    assert response.status_code == 400
    assert "訂單確認資料無效" in response.text
    assert site.bookings() == 0


def test_an_expired_review_is_refused_but_keeps_the_guests_choices(make_site):
    now = [datetime.now(HOTEL.time_zone)]
    site = make_site(clock=lambda: now[0], ttl=60)
    token = site.token(guest_name="陳志明")
    now[0] += timedelta(seconds=61)

    response = site.confirm(token)

    assert response.status_code == 400
    assert "訂單確認頁已逾時" in response.text
    assert 'value="陳志明"' in response.text
    assert site.bookings() == 0


def test_a_confirm_that_would_overbook_is_refused(site: Site):
    suite = HOTEL.room_type("ocean-suite")
    assert site.confirm(site.token(room_type=suite.code, rooms=suite.count, guests=2)).status_code == 303

    response = site.confirm(site.token(room_type=suite.code, rooms=1, guests=1))

    assert response.status_code == 409
    assert "已無足夠空房" in response.text
    assert site.bookings() == 1


def test_the_confirmation_is_shown_only_to_the_browser_that_booked(site: Site, make_site):
    location = site.confirm(site.token()).headers["location"]
    site.client.cookies.clear()

    assert site.client.get(location).status_code == 404


def test_review_loses_the_contact_phone_with_its_defect_switch(make_site):
    site = make_site(defects=("review-no-contact-phone",))

    assert HOTEL.service_phone not in site.review().text.split("<main", 1)[1].split("</main>", 1)[0]


def test_no_acknowledgement_is_sent_with_its_defect_switch(make_site, smtp):
    site = make_site(defects=("no-booking-email",))
    address = smtp.address("no-mail")

    assert site.confirm(site.token(email=address)).status_code == 303
    assert smtp.messages_to(address) == []


def test_pages_speak_english_when_asked_and_remember_it(site: Site):
    english = site.client.get("/book?lang=en")
    assert 'lang="en"' in english.text
    assert "Check-in date" in english.text

    assert "Check-in date" in site.client.get("/book").text  # the cookie keeps the choice
    assert "入住日期" in site.client.get("/book?lang=zh-TW").text


def test_unknown_pages_are_real_pages_with_navigation(site: Site):
    response = site.client.get("/no-such-page")

    assert response.status_code == 404
    assert 'aria-label="主選單"' in response.text


def _region(html: str, heading_id: str) -> str:
    """The markup of the <section> labelled by `heading_id`."""
    match = re.search(rf'<section aria-labelledby="{heading_id}">(.*?)</section>', html, re.S)
    assert match, f"no region labelled by {heading_id}"
    return match.group(1)


def _without_token(html: str) -> str:
    """The page with its (time-stamped) review token blanked and the whitespace between tags removed."""
    return re.sub(r">\s+<", "><", re.sub(r'name="token" value="[^"]+"', 'name="token" value=""', html))


@pytest.mark.parametrize("broken", [False, True], ids=["correct", "review-no-cancellation-terms"])
def test_review_loses_only_the_cancellation_terms_with_its_defect_switch(make_site, broken: bool):
    correct = _without_token(make_site().review().text)
    site = make_site(defects=("review-no-cancellation-terms",) if broken else ())

    page = _without_token(site.review().text)

    terms = _region(page, "policies-heading")
    assert ('href="/cancellation"' in terms) is not broken
    assert ("取消與退款政策" in terms) is not broken
    assert 'href="/fees"' in terms
    assert 'href="/terms"' in terms
    assert "費用與取消條款" in terms  # the region keeps its name
    cancellation_item = re.search(r'<li><a href="/cancellation"[^<]*</a></li>', correct).group(0)
    assert page == (correct.replace(cancellation_item, "") if broken else correct)


@pytest.mark.parametrize("broken", [False, True], ids=["correct", "confirmation-no-reference"])
def test_confirmation_and_mail_lose_the_reference_with_its_defect_switch(make_site, smtp, broken: bool):
    site = make_site(defects=("confirmation-no-reference",) if broken else ())
    address = smtp.address("no-reference" if broken else "reference")

    response = site.confirm(site.token(email=address))

    assert response.status_code == 303
    reference = response.headers["location"].rsplit("/", 1)[1]
    assert site.bookings() == 1
    with site.app.state.sessions() as session:
        assert session.scalar(select(Booking.reference)) == reference
    page = site.client.get(response.headers["location"]).text
    message = smtp.wait_for(to=address, subject="訂房確認")
    shown = {
        "page": reference in page,
        "page entry": 'id="conf-reference"' in page,
        "subject": reference in message.subject,
        "text": reference in message.text,
        "html": reference in message.html,
        "mail entry": "訂房編號" in message.text or 'id="mail-reference"' in message.html,
    }
    assert shown == dict.fromkeys(shown, not broken)
    assert re.fullmatch(r"【.+】訂房確認" + ("" if broken else f" {reference}"), message.subject)
    assert "訂房完成" in page
    assert site.client.get(response.headers["location"]).status_code == 200
