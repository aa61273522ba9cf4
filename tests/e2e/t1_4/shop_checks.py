"""Checks the shop tests share: an order shown as the oracle prices it, on the review, confirmation and email."""

from __future__ import annotations

import re
from datetime import date

from playwright.sync_api import expect

from support.money import MoneyFormat
from support.oracle import order as orders
from support.profile import Profile


def expect_order_shows(
    view: object, profile: Profile, lang: str, order: orders.Order, ordered_on: date, money: MoneyFormat
) -> None:
    """Items, quantities, unit prices, delivery mode, carrier, fee, date, invoice, total and withdrawal terms."""
    quote = orders.price(profile, order.items, order.delivery_mode)
    mode = profile.shop.delivery_mode(order.delivery_mode)
    expect(view.item_names).to_have_count(len(order.items))
    for product, quantity in orders.products(profile, order.items):
        unit, amount = money.pattern(product.price), money.pattern(product.price * quantity)
        expect(view.item(product.name(lang)), product.code).to_have_text(
            [unit, re.compile(rf"^\s*{quantity}\s*$"), amount]
        )
    expect(view.mode).to_have_text(mode.name(lang))
    expect(view.carrier).to_have_text(mode.carrier(lang))
    expect(view.fee).to_have_text(money.pattern(quote.delivery_fee))
    expect(view.fee_line).to_have_text(money.pattern(quote.delivery_fee))
    expect(view.subtotal).to_have_text(money.pattern(quote.subtotal))
    expect(view.total).to_have_text(money.pattern(quote.total))
    expect(view.expected_on).to_have_attribute(
        "datetime", orders.expected_on(profile, mode.code, ordered_on).isoformat()
    )
    if order.store is not None:
        expect(view.store).to_contain_text(mode.store(order.store).name(lang))
    expect(view.invoice).to_contain_text(order.invoice.number)
    expect(view.withdrawal_right).to_be_visible()
    excluded = [product.name(lang) for product in orders.excluded_from_withdrawal(profile, order.items)]
    expect(view.excluded_from_withdrawal).to_have_text(excluded)
