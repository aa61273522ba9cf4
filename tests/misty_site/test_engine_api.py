"""The wizard's API: it prices on the server, refuses bad input field by field storing nothing, and books once."""

from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import ENGINE_TODAY, EngineSite, start_engine, stay_request
from misty_hill.stay.models import Booking, RoomNight


def review(engine: EngineSite, lang: str = "zh-TW", **changes: object) -> dict:
    """The review of a good request with `changes`; fails the test if it is refused."""
    response = engine.api("review", stay_request(**changes), lang=lang)
    assert response.status_code == 200, response.text
    return response.json()


def book(engine: EngineSite, lang: str = "zh-TW", **changes: object):
    """Review and confirm; the confirmation response."""
    return engine.api("bookings", {"token": review(engine, lang, **changes)["token"], "accept_terms": True}, lang=lang)


def test_setup_speaks_the_guests_language_and_offers_tomorrow_to_the_horizon(engine: EngineSite):
    """Japanese browser, Japanese wizard; check-in from tomorrow (minimum lead) to 179 days ahead."""
    setup = engine.api("setup", lang="ja-JP,ja;q=0.9").json()
    assert setup["lang"] == "ja"
    assert setup["text"]["form_title"] == "オンライン予約"
    assert (setup["earliest"], setup["latest"]) == ("2027-02-04", "2027-08-01")
    assert [method["name"] for method in setup["methods"]] == [
        "クレジットカード（全額前払い）",
        "銀行振込（手付金30%）",
    ]


def test_the_review_itemises_every_fee_with_amounts_written_twd(engine: EngineSite):
    """Room line, tea, bicycles and the total, each `TWD 3,250` style."""
    shown = review(engine, addons=["tea", "bike"])["review"]
    assert [line["amount"] for line in shown["fees"]["lines"]] == ["TWD 13,000", "TWD 900", "TWD 600"]
    assert shown["fees"]["total"]["amount"] == "TWD 14,500"
    assert all(re.fullmatch(r"TWD \d{1,3}(,\d{3})*", line["amount"]) for line in shown["fees"]["lines"])


def test_the_review_tells_a_transfer_its_deposit_deadline_and_balance(engine: EngineSite):
    """Wire: 30 % by three days from today 23:59, the rest at check-in, the room held until the deadline."""
    rows = {row["key"]: row for row in review(engine, payment_method="wire")["review"]["payment"]}
    assert rows["prepay"]["text"] == "TWD 3,900"
    assert rows["prepay_by"]["when"]["iso"] == rows["hold_until"]["when"]["iso"] == "2027-02-06T23:59"
    assert rows["balance"]["text"] == "TWD 9,100"
    assert rows["final_payment_date"]["when"]["iso"] == "2027-03-10"


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"check_in": ENGINE_TODAY.isoformat()}, "check_in", "入住日期最早可選"),
        ({"check_in": "2027-03-10", "check_out": "2027-03-10"}, "check_out", "必須晚於入住日期"),
        ({"check_out": "2027-03-30"}, "check_out", "最多住宿 14 晚"),
        ({"guests": 3}, "guests", "每間最多入住 2 位"),
        ({"room_type": "loft", "rooms": 2, "guests": 2}, "rooms", "共 1 間"),
        ({"email": "rain.guest.example"}, "email", "電子郵件地址格式"),
        ({"phone": "12-34"}, "phone", "電話號碼格式"),
        ({"guest_name": "  "}, "guest_name", "訂房人姓名"),
        ({"payment_method": "bitcoin"}, "payment_method", "付款方式"),
        ({"room_type": "penthouse"}, "room_type", "房型"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_stored(engine: EngineSite, changes, field, says):
    """422 with a message for the field, in the guest's language; no booking, no room taken."""
    response = engine.api("review", stay_request(**changes))

    assert response.status_code == 422
    assert says in response.json()["errors"][field]
    assert engine.count(Booking) == engine.count(RoomNight) == 0


def test_messages_are_in_japanese_for_a_japanese_guest(engine: EngineSite):
    """The same refusal, in Japanese."""
    errors = engine.api("review", stay_request(email="x"), lang="ja").json()["errors"]
    assert errors == {"email": "メールアドレスの形式が正しくありません（例：name@example.com）"}


def test_confirming_books_at_the_price_the_server_computes_whatever_the_browser_sends(engine: EngineSite):
    """A total sent by the browser is ignored; the booking costs what the tariff says."""
    token = review(engine)["token"]
    response = engine.api("bookings", {"token": token, "accept_terms": True, "total": 1})

    assert response.status_code == 201
    confirmation = response.json()["confirmation"]
    assert re.fullmatch(r"MH-[2-9A-HJKMNP-Z]{6}", confirmation["reference"])
    assert confirmation["fees"]["total"]["amount"] == "TWD 13,000"


def test_a_tampered_review_books_nothing(engine: EngineSite):
    """One character of the signed review changed: refused with the 'nothing booked' message."""
    token = review(engine)["token"]
    forged = ("A" if token[0] != "A" else "B") + token[1:]

    response = engine.api("bookings", {"token": forged, "accept_terms": True})

    assert response.status_code == 400
    assert "尚未完成訂房" in response.json()["refused"]
    assert engine.count(Booking) == 0


def test_the_terms_must_be_accepted(engine: EngineSite):
    """Without the ticked terms box nothing is booked."""
    response = engine.api("bookings", {"token": review(engine)["token"], "accept_terms": False})
    assert response.status_code == 422
    assert "accept_terms" in response.json()["errors"]
    assert engine.count(Booking) == 0


def test_the_last_room_is_sold_once(engine: EngineSite):
    """Two guests both reviewed the only loft; the first to confirm gets it, the second is told it is sold out."""
    first, second = (review(engine, room_type="loft")["token"] for _ in range(2))

    won = engine.api("bookings", {"token": first, "accept_terms": True})
    lost = engine.api("bookings", {"token": second, "accept_terms": True})

    assert (won.status_code, lost.status_code) == (201, 409)
    assert "已無足夠空房" in lost.json()["errors"]["room_type"]
    assert engine.count(Booking) == 1


def test_the_defect_switch_sells_the_last_room_twice(tmp_path):
    """`last-room-sold-twice`: the same two confirmations both book."""
    site = start_engine(tmp_path, defects=("last-room-sold-twice",))
    with site.client:
        tokens = [review(site, room_type="loft")["token"] for _ in range(2)]
        codes = [site.api("bookings", {"token": token, "accept_terms": True}).status_code for token in tokens]
    assert codes == [201, 201]


def test_the_offers_show_each_rooms_price_and_what_is_left(engine: EngineSite):
    """After the loft is booked, its card for those nights says none is left."""
    book(engine, room_type="loft")
    offers = engine.api("offers", {"check_in": "2027-03-10", "check_out": "2027-03-12", "rooms": 1, "guests": 2})
    cards = {offer["code"]: offer for offer in offers.json()["offers"]}
    assert (cards["loft"]["left"], cards["loft"]["sold_out"], cards["cedar"]["left"]) == (0, True, 3)
    assert cards["cedar"]["price"] == "TWD 13,000"


def test_a_night_is_sold_out_on_the_calendar_only_when_every_room_is_taken(engine: EngineSite):
    """Three cedar, two valley and the loft booked for one night: that night is greyed out."""
    for room_type, rooms in (("cedar", 3), ("valley", 2)):
        assert book(engine, room_type=room_type, rooms=rooms, nights=1).status_code == 201
    calendar = lambda: engine.api("calendar?start=2027-03-01&end=2027-03-31").json()["sold_out"]  # noqa: E731
    assert calendar() == []
    assert book(engine, room_type="loft", nights=1).status_code == 201
    assert calendar() == [date(2027, 3, 10).isoformat()]
