"""The contact form: a good message becomes a case acknowledged on screen and by email; bad input stores nothing."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from info_helpers import InfoSite, start
from sqlalchemy import func, select

from misty_hill.info.cases import FeedbackCase

MESSAGE = {
    "category": "question",
    "booking_reference": "",
    "name": "林小雨",
    "email": "rain@example.com",
    "phone": "0912-345-678",
    "message": "請問可以帶狗狗入住嗎？",
    "consent": "yes",
}


@pytest.fixture
def site(tmp_path) -> InfoSite:
    """The site with no defect switches."""
    return start(tmp_path)


def send(site: InfoSite, lang: str = "zh-TW", **changes: str):
    """Post the contact form as a browser in `lang` would, with some fields changed (None: left out)."""
    form = {key: value for key, value in (MESSAGE | changes).items() if value is not None}
    return site.client.post("/contact/", data=form, headers={"Accept-Language": lang}, follow_redirects=False)


def stored(site: InfoSite) -> int:
    """How many cases the database holds."""
    with site.app.state.sessions() as session:
        return session.scalar(select(func.count()).select_from(FeedbackCase))


def test_a_message_is_stored_acknowledged_and_mailed_with_the_same_facts(site: InfoSite):
    """Case number, category, next step and reply date (2 days for a question) on screen and in the email."""
    response = send(site)
    case_number = response.headers["location"].rsplit("/", 1)[1]
    screen = site.client.get(response.headers["location"], headers={"Accept-Language": "zh-TW"}).text

    assert response.status_code == 303
    assert re.fullmatch(r"MHC-270203-\d{4}", case_number)
    assert stored(site) == 1
    [mail] = site.mail.sent
    assert mail.to == "rain@example.com"
    assert case_number in mail.subject
    for view in (screen, mail.html):
        assert case_number in view
        assert "住宿諮詢" in view
        assert "民宿主人會以電子郵件回覆您" in view
        assert 'datetime="2027-02-05"' in view
        assert 'href="https://line.me/R/ti/p/@mistyhill"' in view
        assert 'href="tel:+88638612345"' in view
    assert "2027-02-05" in mail.text
    assert case_number in mail.text


def test_a_complaint_is_answered_within_the_complaint_deadline(site: InfoSite):
    """A complaint's reply date is five days on, in the language the guest wrote in."""
    location = send(site, "ja", category="complaint").headers["location"]
    screen = site.client.get(location, headers={"Accept-Language": "ja"}).text

    assert 'datetime="2027-02-08"' in screen
    assert "ご意見・苦情" in screen
    assert "受付番号" in site.mail.sent[0].html


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"consent": None}, "consent", "請勾選同意個人資料告知"),
        ({"message": "  "}, "message", "請寫下您想告訴我們的事"),
        ({"email": "rain.example.com"}, "email", "電子郵件格式不正確"),
        ({"category": "reservation"}, "booking_reference", "訂房相關的留言請填寫訂房編號"),
        ({"name": ""}, "name", "請填寫您的姓名"),
        ({"phone": "call me"}, "phone", "電話號碼格式不正確"),
        ({"category": "spam"}, "category", "請選擇留言類別"),
    ],
)
def test_bad_input_is_named_at_its_field_and_nothing_is_stored(site: InfoSite, changes: dict, field: str, says: str):
    """The form comes back open, the field marked invalid and described by its message, the rest kept."""
    response = send(site, **changes)

    assert response.status_code == 422
    assert re.search(rf'id="{field}-error">{says}', response.text)
    assert re.search(rf'(id="{field}"|name="{field}")[^>]*aria-invalid="true"', response.text)
    assert "data-open-on-load" in response.text
    assert 'role="alert"' in response.text
    assert 'value="林小雨"' in response.text or field == "name"
    assert stored(site) == 0
    assert site.mail.sent == []


@pytest.mark.parametrize(("lang", "says"), [("zh-TW", "最多 3000 字"), ("ja", "3000文字以内")])
def test_a_message_over_its_limit_is_refused_naming_the_limit(site: InfoSite, lang: str, says: str):
    """The guest is told how far to cut, in characters (code points), and nothing is stored."""
    response = send(site, lang, message="嵐" * 3001)

    assert response.status_code == 422
    assert says in response.text
    assert stored(site) == 0


def test_bad_input_is_named_in_japanese_for_a_japanese_browser(site: InfoSite):
    """The messages are in the page's language."""
    response = send(site, "ja", email="rain.example.com")

    assert "メールアドレスの形式が正しくありません" in response.text


def test_only_the_browser_that_sent_a_message_sees_its_acknowledgement(site: InfoSite):
    """Another browser of the same site, or a forged cookie, gets 'not found' at the acknowledgement's address."""
    location = send(site).headers["location"]
    stranger = TestClient(site.client.app, base_url="http://testserver")  # no cookies of the sender

    assert site.client.get(location).status_code == 200
    assert stranger.get(location).status_code == 404
    stranger.cookies.set("mh_sent", location.rsplit("/", 1)[1] + ".forged")
    assert stranger.get(location).status_code == 404


def test_switches_break_the_acknowledgement_and_the_email_check(tmp_path):
    """Without a case number on screen and in the mail; a malformed email address taken and stored."""
    unnumbered = start(tmp_path / "a", defects=("feedback-ack-without-case-number",))
    screen = unnumbered.client.get(send(unnumbered).headers["location"]).text
    careless = start(tmp_path / "b", defects=("contact-form-accepts-malformed-email",))

    assert "案件編號" not in screen
    assert "案件編號" not in unnumbered.mail.sent[0].html
    assert send(careless, email="rain.example.com").status_code == 303
    assert stored(careless) == 1
