"""P1.4.4: ordering food and merchandise works end to end, with the delivery mode and carrier confirmed.

A representative matrix from the profile: every delivery mode with a product it may carry, and
every product kind at least once; e-invoice destinations rotate. The review before paying, the
confirmation and the acknowledgement email show the same items, delivery mode, carrier, fee,
expected date, invoice, total and withdrawal terms, each as the profile and the order oracle give.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, expect

from scenarios.order_goods import open_order_email, review_order
from scenarios.visit import Visit
from support.cases import OrderCase
from support.data import Guest, TestData
from support.guest_data import invoice, order_for
from support.mailbox import RecordingMailbox
from support.money import MoneyFormat
from tests.e2e.t1_4.shop_checks import expect_order_shows

pytestmark = [pytest.mark.requirement("P1.4.4"), pytest.mark.destructive, pytest.mark.offers("shop")]


@pytest.mark.cases(case="order_matrix")
def test_order_shows_the_same_delivery_fee_carrier_date_and_total_from_review_to_email(
    visit: Visit, context: BrowserContext, data: TestData, guest: Guest, mailbox: RecordingMailbox,
    money: MoneyFormat, case: OrderCase,
):  # fmt: skip
    """Review, confirmation and email agree with the oracle on items, mode, carrier, fee, date, invoice and total."""
    order = order_for(data, case.items, case.mode, invoice(data, case.invoice_kind))
    shows = {"profile": visit.profile, "lang": visit.lang, "order": order, "ordered_on": data.today, "money": money}

    review = review_order(visit, order, guest)
    expect(review.heading).to_be_visible()
    expect_order_shows(review.summary, **shows)
    confirmation = review.place_order()
    number = confirmation.order_number()
    expect_order_shows(confirmation.summary, **shows)
    email = open_order_email(context, visit, mailbox, guest)

    expect_order_shows(email.summary, **shows)
    expect(email.summary.number).to_have_text(number)
