"""Ordering food and merchandise: cart, checkout with a delivery mode and invoice, review, place, read the email."""

from __future__ import annotations

import allure
from playwright.sync_api import BrowserContext

from pages import interface as ui
from scenarios.visit import Visit
from support import findings
from support.data import Guest
from support.mailbox import Mailbox
from support.oracle.order import Item, Order


def check_out(visit: Visit, items: tuple[Item, ...]) -> ui.CheckoutPage:
    """Put the items in the cart and open the checkout, where the delivery modes are offered."""
    listed = ", ".join(f"{item.product} × {item.quantity}" for item in items)
    with allure.step(findings.step("check-out-cart", items=listed)):
        visit.pack.CartPage(visit.page).add_items({item.product: item.quantity for item in items})
        return visit.pack.CheckoutPage(visit.page).open()


def fill_checkout(visit: Visit, order: Order, customer: Guest) -> ui.CheckoutPage:
    """Fill the cart and the checkout form: customer, delivery mode (and store or address), e-invoice."""
    lang = visit.lang
    checkout = check_out(visit, order.items)
    mode = visit.profile.shop.delivery_mode(order.delivery_mode)
    checkout.fill_customer(customer.name, customer.email, customer.phone)
    checkout.delivery.choose(mode.name(lang), mode.carrier(lang))
    if order.store is not None:
        checkout.delivery.choose_store(mode.name(lang), mode.carrier(lang), mode.store(order.store).name(lang))
    if order.postcode is not None:
        checkout.fill_address(order.postcode, order.address or "")
    checkout.invoice.choose(order.invoice.kind, order.invoice.number, order.invoice.company_name)
    return checkout


def review_order(visit: Visit, order: Order, customer: Guest) -> ui.OrderReviewPage:
    """Fill the cart and the checkout and go on to the review before paying."""
    with allure.step(findings.step("review-order", mode=order.delivery_mode, invoice=order.invoice.kind)):
        return fill_checkout(visit, order, customer).continue_to_review()


def order_goods(visit: Visit, order: Order, customer: Guest) -> ui.OrderConfirmationPage:
    """Order end to end: cart, checkout, review, place the order."""
    with allure.step(findings.step("order-goods", mode=order.delivery_mode, invoice=order.invoice.kind)):
        return fill_checkout(visit, order, customer).continue_to_review().place_order()


def open_order_email(context: BrowserContext, visit: Visit, mailbox: Mailbox, customer: Guest) -> ui.OrderEmailPage:
    """Wait for the order acknowledgement sent to the customer and open it in a new tab."""
    with allure.step(findings.step("read-order-email", email=customer.email)):
        message = mailbox.wait_for(to=customer.email, missing=findings.say("no-order-email"))
        return visit.pack.OrderEmailPage(context.new_page()).show(message.html)


def place_every_way(visit: Visit, order: Order, customer: Guest) -> dict[str, str]:
    """Place one reviewed order every way a customer sends it twice; the order number shown after each, by how.

    From a second tab first (this tab keeps the review), then in this tab with a double-click,
    then reloading the confirmation, then Back to the review and placing it again.
    """
    with allure.step(findings.step("place-every-way", mode=order.delivery_mode, invoice=order.invoice.kind)):
        review = review_order(visit, order, customer)
        shown = {"second tab": review.place_order_in_new_tab().order_number()}
        confirmation = review.place_order_twice()
        shown["double-click"] = confirmation.order_number()
        shown["reload"] = confirmation.reload().order_number()
        shown["Back, then place"] = confirmation.go_back().place_order().order_number()
    return shown
