"""The acknowledgement email, the signed link to the guest's own booking, cancelling it, and the path prefix."""

from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import EngineSite, start_engine, stay_request
from misty_hill.stay.models import Booking

LINK = re.compile(r'href="(http://testserver[^"]*/stay/booking/[^"]+)"')


def booked(engine: EngineSite, **changes: object) -> tuple[str, str]:
    """Book a good request; its reference and the link the acknowledgement carries."""
    token = engine.api("review", stay_request(**changes)).json()["token"]
    reference = engine.api("bookings", {"token": token, "accept_terms": True}).json()["confirmation"]["reference"]
    html = engine.outbox.sent[-1][3]
    return reference, LINK.search(html)[1]


def test_the_acknowledgement_says_everything_about_the_booking(engine: EngineSite):
    """Reference, dates, every fee and the total, the deposit deadline, refund terms, stay info and manage links."""
    reference, link = booked(engine, payment_method="wire", addons=["tea"])
    to, subject, text, html = engine.outbox.sent[-1]

    assert (to, subject) == ("rain@guest.example", f"【山霧民宿】訂房確認 {reference}")
    for part in (text, html):
        assert reference in part
        assert "TWD 13,900" in part  # 13,000 + tea 900
        assert "TWD 4,170" in part  # the 30 % deposit
        assert "入住前 10 天以上取消：退還 100%" in part
        assert "http://testserver/your-stay/" in part
    assert '<time datetime="2027-02-06T23:59">' in html
    assert link.startswith(f"http://testserver/stay/booking/{reference}/")


def test_the_acknowledgement_is_in_the_language_the_guest_booked_in(engine: EngineSite):
    """Booked in Japanese, mailed in Japanese."""
    token = engine.api("review", stay_request(), lang="ja").json()["token"]
    engine.api("bookings", {"token": token, "accept_terms": True}, lang="ja")
    _, subject, text, _ = engine.outbox.sent[-1]
    assert subject.startswith("【山霧民宿】ご予約確認 MH-")
    assert "宿泊料金" in text


def test_the_signed_link_opens_the_booking_and_nothing_else(engine: EngineSite):
    """The link works; a forged token, or another booking's token, is a plain 404."""
    reference, link = booked(engine)
    page = engine.client.get(link)
    assert page.status_code == 200
    assert reference in page.text
    assert engine.client.get(link[:-3] + "AAA").status_code == 404
    assert engine.client.get(link.replace(reference, "MH-ZZZZZZ")).status_code == 404


def test_one_guests_token_does_not_open_another_booking(engine: EngineSite):
    """Two bookings: the first's token with the second's reference finds nothing."""
    first, first_link = booked(engine)
    second, _ = booked(engine, room_type="valley")
    assert engine.client.get(first_link.replace(first, second)).status_code == 404


def test_cancelling_shows_the_refund_first_then_cancels_mails_and_frees_the_rooms(engine: EngineSite):
    """Card, check-in in 35 days: 100 % back; the cancellation email says how much and by when."""
    reference, link = booked(engine, room_type="loft")

    preview = engine.client.get(link + "/cancel")
    assert preview.status_code == 200
    assert "TWD 11,200" in preview.text  # 2 × 2,800 × 2 nights, all refunded
    with engine.app.state.sessions() as session:
        assert session.query(Booking).one().status == "confirmed"

    done = engine.client.post(link + "/cancel")
    assert done.status_code == 200
    assert "已取消" in done.text
    _, subject, _, html = engine.outbox.sent[-1]
    assert subject == f"【山霧民宿】取消訂房確認 {reference}"
    assert "TWD 11,200" in html
    assert '<time datetime="2027-02-10">' in html  # refunded within 7 days
    offers = engine.api("offers", {"check_in": "2027-03-10", "check_out": "2027-03-12", "rooms": 1, "guests": 2})
    assert {offer["code"]: offer["left"] for offer in offers.json()["offers"]}["loft"] == 1


@pytest.mark.parametrize(("defects", "refund"), [((), "TWD 4,550"), (("statutory-refund-schedule",), "TWD 3,250")])
def test_the_refund_follows_the_published_schedule(tmp_path, defects, refund):
    """TWD 6,500 prepaid, cancelled the day before check-in: 70 % back (published), not the statute's 50 %."""
    site = start_engine(tmp_path, defects=defects)
    with site.client:
        token = site.api("review", stay_request(arrival=date(2027, 2, 4), nights=1)).json()["token"]
        site.api("bookings", {"token": token, "accept_terms": True})
        link = LINK.search(site.outbox.sent[-1][3])[1]
        assert refund in site.client.get(link + "/cancel").text


def test_the_whole_engine_works_under_a_path_prefix(tmp_path):
    """Under /misty: the wizard, its API and the email's links carry the prefix; outside it nothing answers."""
    site = start_engine(tmp_path, root_path="/misty")
    with site.client:
        shell = site.client.get("/misty/stay/")
        assert shell.status_code == 200
        assert '<base href="/misty/">' in shell.text
        assert site.client.get("/stay/").status_code == 404
        _, link = booked(site)
        assert link.startswith("http://testserver/misty/stay/booking/")
        assert "http://testserver/misty/your-stay/" in site.outbox.sent[-1][3]
        assert site.client.get(link).status_code == 200
