"""What a guest types comes back whole and as text: the name and special request of a booking, a message's limit."""

from __future__ import annotations

from conftest import EngineSite, start_engine, stay_request

REQUEST = '"><img src=x onerror=alert(1)> 請準備嬰兒床 🍼 ベビーベッド café'


def _book(engine: EngineSite, **changes: object) -> dict:
    token = engine.api("review", stay_request(**changes)).json()["token"]
    return engine.api("bookings", {"token": token, "accept_terms": True}).json()["confirmation"]


def _row(rows: list[dict], key: str) -> str | None:
    return next((row["text"] for row in rows if row["key"] == key), None)


def test_the_review_and_confirmation_repeat_the_guest_and_the_request_as_typed(engine: EngineSite):
    """Who booked and what they asked for, unchanged, among the stay's facts (the wizard draws them as text)."""
    review = engine.api("review", stay_request(guest_name="林小雨", special_request=REQUEST)).json()["review"]
    confirmation = _book(engine, guest_name="林小雨", special_request=REQUEST)

    for shown in (review, confirmation):
        assert _row(shown["stay"], "guest_name") == "林小雨"
        assert _row(shown["stay"], "special_request") == REQUEST


def test_no_request_row_when_the_guest_asked_for_nothing(engine: EngineSite):
    assert _row(_book(engine)["stay"], "special_request") is None


def test_the_email_repeats_the_request_escaped_in_html_and_unchanged_in_text(engine: EngineSite):
    _book(engine, special_request=REQUEST)

    [(_, _, text, html)] = engine.outbox.sent
    assert REQUEST in text
    assert "<img src=x" not in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_request_at_its_limit_in_chinese_is_accepted(engine: EngineSite):
    """500 characters, counted as characters (1,500 bytes in UTF-8)."""
    assert engine.api("review", stay_request(special_request="嵐" * 500)).status_code == 200
    assert engine.api("review", stay_request(special_request="嵐" * 501)).status_code == 422


def test_the_limit_is_counted_in_bytes_with_its_switch(tmp_path):
    site = start_engine(tmp_path, defects=("special-request-limit-in-bytes",))
    with site.client:
        response = site.api("review", stay_request(special_request="嵐" * 200))

    assert response.status_code == 422
    assert "500" in response.json()["errors"]["special_request"]
