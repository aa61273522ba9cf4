"""The reference site's fee statement, payment plans, store-code ceiling, and manage-and-cancel flow."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from site_helpers import Site
from sqlalchemy import select

from demo_site.db import Booking, Inventory
from demo_site.hotel import HOTEL

_AMOUNT = re.compile(r"NT\$([\d,]+)")


def _amount(html: str, term_id: str) -> int:
    """The NT$ amount in the <dd> labelled by `term_id`."""
    value = re.search(rf'aria-labelledby="{term_id}">([^<]*)<', html).group(1)
    return int(_AMOUNT.search(value).group(1).replace(",", ""))


def _book(site: Site, **overrides: object) -> str:
    response = site.confirm(site.token(**overrides))
    assert response.status_code == 303, response.text
    return response.headers["location"].rsplit("/", 1)[1]


def _manage(site: Site, reference: str, email: str = "guest@guest.example"):
    return site.client.post("/manage", data={"reference": reference, "email": email}, follow_redirects=False)


def test_the_fee_statement_shows_every_price_the_flow_charges(site: Site):
    html = site.client.get("/fees").text

    for room in HOTEL.room_types:
        assert _amount(html, f"rate-{room.code}-weekday") == room.weekday_rate
        assert _amount(html, f"rate-{room.code}-weekend") == room.weekend_rate
    for meal in HOTEL.meals:
        assert _amount(html, f"meal-{meal.code}") == meal.per_person_night
    for transfer in HOTEL.transfers:
        assert _amount(html, f"transfer-{transfer.code}") == transfer.per_trip
    for method in HOTEL.payment_methods:
        assert _amount(html, f"handling-{method.code}") == method.handling_fee


def test_a_deposit_is_thirty_percent_of_the_room_price_and_the_rest_is_due_at_check_in(site: Site):
    html = site.review(payment_method="line-pay", breakfast="on").text

    room = int(re.search(r"房價：[^<]*</th><td class=\"amount\">NT\$([\d,]+)", html).group(1).replace(",", ""))
    total = int(re.search(r"應付總額</th><td class=\"amount\">NT\$([\d,]+)", html).group(1).replace(",", ""))
    assert _amount(html, "sum-prepay") == round(room * 0.3)
    assert _amount(html, "sum-balance") == total - round(room * 0.3)


def test_a_store_code_is_refused_above_its_ceiling_with_the_reason(site: Site):
    response = site.review(room_type="ocean-suite", guests=2, payment_method="cvs-code")

    assert response.status_code == 422
    assert "超商代碼繳費單筆上限 NT$6,000" in response.text
    assert site.bookings() == 0


def test_the_live_quote_names_the_methods_that_cannot_take_the_total(site: Site):
    stay = site.form(room_type="ocean-suite", guests=2)
    quote = site.client.get("/book/quote", params=stay).json()

    assert quote["complete"] is True
    assert "NT$6,000" in quote["methods"]["cvs-code"]
    assert quote["methods"]["credit-card"] == ""


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"transfer": "helicopter", "transfer_trips": "1"}, "transfer", "請從清單選擇接送服務"),
        ({"transfer": "airport"}, "transfer_trips", "請選擇接送趟數"),
        ({"transfer": "hsr", "transfer_trips": "3"}, "transfer_trips", "請選擇接送趟數"),
    ],
)
def test_transfer_choices_are_checked(site: Site, overrides, field, message):
    response = site.review(**overrides)

    assert response.status_code == 422
    assert f'<p id="{field}-error" class="field-error">{message}' in response.text


def test_a_wrong_reference_and_email_pair_reveals_nothing(site: Site):
    reference = _book(site)

    wrong_email = _manage(site, reference, "someone.else@guest.example")
    unknown = _manage(site, "LW-0000-0000-0000")

    assert wrong_email.status_code == unknown.status_code == 404
    assert "查無符合的訂房" in wrong_email.text
    assert reference not in wrong_email.text.replace(f'value="{reference}"', "")
    assert site.client.get("/manage/booking", follow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    ("reference", "email", "field"),
    [
        ("", "guest@guest.example", "reference"),
        ("12345", "guest@guest.example", "reference"),
        ("LW-0000-0000-0000", "x@", "email"),
    ],
)
def test_the_lookup_form_names_a_malformed_field(site: Site, reference, email, field):
    response = _manage(site, reference, email)

    assert response.status_code == 422
    assert f'id="{field}-error"' in response.text


def test_cancelling_shows_the_refund_first_then_refunds_mails_and_frees_the_rooms(site: Site, smtp):
    address = smtp.address("cancel")
    check_in = site.today + timedelta(days=12)
    reference = _book(site, email=address, payment_method="line-pay", check_in=check_in,
                      check_out=check_in + timedelta(days=1))  # fmt: skip
    assert _manage(site, reference, address).status_code == 303

    preview = site.client.get("/manage/cancel").text
    paid = _amount(preview, "cancel-paid")
    assert _amount(preview, "cancel-refund") == round(paid * 0.7)
    assert site.client.post("/manage/cancel", follow_redirects=False).status_code == 303

    message = smtp.wait_for(to=address, subject=re.compile("取消訂房確認"), timeout=5)
    assert f"NT${round(paid * 0.7):,}" in message.text
    with site.app.state.sessions() as session:
        booking = session.scalars(select(Booking).where(Booking.reference == reference)).one()
        night = session.scalars(select(Inventory).where(Inventory.room_type == booking.room_type,
                                                        Inventory.night == check_in)).one()  # fmt: skip
        assert booking.status == "cancelled"
        assert night.booked == 0


def test_cancelling_an_unpaid_transfer_booking_refunds_nothing(site: Site):
    reference = _book(site, payment_method="atm")
    _manage(site, reference)

    preview = site.client.get("/manage/cancel").text

    assert _amount(preview, "cancel-refund") == 0
    assert "您尚未付款" in preview
