"""The reference site's shop over HTTP: cart, checkout rules, stored orders and mail, what it refuses, its switches."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from site_helpers import Site
from sqlalchemy import select

from demo_site.db import ShopOrder
from demo_site.shop_catalogue import delivery_mode

_TOKEN = re.compile(r'name="token" value="([^"]+)"')


def _checkout(**overrides: str) -> dict[str, str]:
    values = {"name": "林雅婷", "email": "guest@guest.example", "phone": "0912-345-678", "delivery_mode": "home-tcat",
              "postcode": "100", "address": "中正路 1 號", "invoice_type": "mobile-barcode",
              "carrier_barcode": "/ABC+123"}  # fmt: skip
    values.update(overrides)
    return values


def _fill(site: Site, **items: int) -> None:
    for code, quantity in items.items():
        assert site.client.post(
            "/cart/add", data={"product": code.replace("_", "-"), "quantity": str(quantity)}
        ).is_success


def _orders(site: Site) -> list[ShopOrder]:
    with site.app.state.sessions() as session:
        return list(session.scalars(select(ShopOrder)))


def _place(site: Site, **overrides: str):
    review = site.client.post("/checkout/review", data=_checkout(**overrides))
    assert review.status_code == 200, review.text
    return site.client.post(
        "/checkout/confirm", data={"token": _TOKEN.search(review.text).group(1)}, follow_redirects=False
    )


def test_an_order_is_stored_mailed_and_confirmed_with_its_fee_and_date(site: Site, smtp):
    address = smtp.address("order")
    _fill(site, xo_sauce=2, mug=1)

    response = _place(site, email=address)

    assert response.status_code == 303
    [order] = _orders(site)
    assert response.headers["location"] == f"/orders/{order.number}"
    assert (order.subtotal, order.delivery_fee, order.total) == (1640, 150, 1790)
    assert order.expected_on == site.today + timedelta(days=delivery_mode("home-tcat").lead_days)
    message = smtp.wait_for(to=address, subject=order.number, timeout=5)
    assert "黑貓宅急便" in message.html
    assert "NT$1,790" in message.text
    assert order.number in site.client.get(response.headers["location"]).text
    assert "購物車是空的" in site.client.get("/cart").text


def test_delivery_is_free_from_the_threshold(site: Site):
    _fill(site, beach_towel=4)

    _place(site)

    assert _orders(site)[0].delivery_fee == 0


def test_frozen_food_is_never_offered_an_ambient_only_mode(site: Site):
    _fill(site, frozen_dumplings=1)

    page = site.client.get("/checkout").text

    for code in ("home-tcat", "home-hct", "home-post", "store-711", "store-family"):
        assert re.search(rf'<input id="delivery-{code}"[^>]* disabled', page), code
    for code in ("front-desk", "local", "cold-tcat", "store-family-frozen"):
        assert not re.search(rf'<input id="delivery-{code}"[^>]* disabled', page), code


BAD_CHECKOUTS = [
    ({"delivery_mode": ""}, "delivery_mode", "請選擇配送方式"),
    ({"delivery_mode": "store-711"}, "pickup_store-711", "請選擇取貨門市"),
    ({"delivery_mode": "local", "postcode": "806"}, "postcode", "此地址不在在地外送範圍內"),
    ({"postcode": "12"}, "postcode", "郵遞區號格式不正確"),
    ({"invoice_type": ""}, "invoice_type", "請選擇發票開立方式"),
    ({"carrier_barcode": "/abc1234"}, "carrier_barcode", "手機條碼格式不正確"),
    ({"invoice_type": "company", "tax_id": "12345678", "company_name": "X"}, "tax_id", "統一編號不正確"),
    ({"invoice_type": "company", "tax_id": "04595257"}, "company_name", "此欄位為必填"),
    ({"invoice_type": "donation", "donation_code": "12"}, "donation_code", "捐贈碼為 3 至 7 碼數字"),
]


@pytest.mark.parametrize(("overrides", "field", "says"), BAD_CHECKOUTS, ids=[f"{f}-{s}" for _, f, s in BAD_CHECKOUTS])
def test_bad_checkout_input_is_named_beside_its_field_and_nothing_is_ordered(site: Site, overrides, field, says):
    _fill(site, mug=1)

    response = site.client.post("/checkout/review", data=_checkout(**overrides))

    assert response.status_code == 422
    assert f'<p id="{field}-error" class="field-error">{says}' in response.text
    assert f'aria-describedby="{field}-error"' in response.text
    assert _orders(site) == []


def test_a_mode_the_cart_may_not_use_is_refused_even_when_posted(site: Site):
    _fill(site, frozen_dumplings=1)

    response = site.client.post(
        "/checkout/review", data=_checkout(delivery_mode="store-711", **{"pickup_store-711": "183457"})
    )

    assert response.status_code == 422
    assert "冷藏、冷凍食品須以低溫方式配送" in response.text


@pytest.mark.parametrize("quantity", ["", "abc", "0", "-1", "11"])
def test_a_bad_quantity_is_refused_and_the_cart_stays_empty(site: Site, quantity: str):
    response = site.client.post("/cart/add", data={"product": "mug", "quantity": quantity})

    assert response.status_code == 422
    assert 'aria-describedby="quantity-hint quantity-error"' in response.text
    assert "購物車是空的" in site.client.get("/cart").text


def test_an_empty_cart_cannot_be_reviewed_or_confirmed(site: Site):
    assert site.client.post("/checkout/review", data=_checkout()).status_code == 422
    assert site.client.post("/checkout/confirm", data={"token": "forged.token"}).status_code == 400
    assert _orders(site) == []


def test_the_fee_is_left_out_of_the_total_with_its_switch(make_site):
    site = make_site(defects=("delivery-fee-not-in-total",))
    _fill(site, mug=1)

    _place(site)

    [order] = _orders(site)
    assert order.delivery_fee == 150
    assert order.total == order.subtotal


def test_the_confirmation_names_another_carrier_with_its_switch(make_site):
    site = make_site(defects=("wrong-carrier-on-confirmation",))
    _fill(site, mug=1)

    page = site.client.get(_place(site).headers["location"]).text

    assert "黑貓宅急便" not in page.split("<main", 1)[1].split("</main>", 1)[0]


def test_a_bad_tax_id_checksum_passes_with_its_switch(make_site):
    site = make_site(defects=("tax-id-checksum-ignored",))
    _fill(site, mug=1)

    response = site.client.post(
        "/checkout/review", data=_checkout(invoice_type="company", tax_id="12345678", company_name="X")
    )

    assert response.status_code == 200


def test_frozen_food_is_offered_7_eleven_with_its_switch(make_site):
    site = make_site(defects=("frozen-offered-store-pickup",))
    _fill(site, frozen_dumplings=1)

    assert not re.search(r'<input id="delivery-store-711"[^>]* disabled', site.client.get("/checkout").text)


def test_perishables_lose_their_exclusion_notice_with_its_switch(make_site):
    site = make_site(defects=("perishables-without-withdrawal-exclusion",))

    assert "不適用 7 日解除權" not in site.client.get("/shop/mullet-roe").text
