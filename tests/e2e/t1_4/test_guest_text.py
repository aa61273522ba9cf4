"""P1.4.2, P1.4.4, P3.1.2: what a guest types comes back whole, unchanged and as text, and over its limit is refused.

For every field the profile approves a length for (`guest_text`: a name, a message, a special
request, a delivery address, an invoice's company name), one journey. The guest first types one
character more than the limit: the form refuses it beside the field, naming the limit, and keeps
what was typed. Cut to the limit (Traditional Chinese, Japanese, accented Latin, emoji outside the
BMP, and markup such as `"><img src=x onerror=alert(1)>`), it is accepted, and every view the
profile names shows it whole and as text: the review, the confirmation, the email (its HTML and
its plain text) and the back office. No page of the guest's or the staff's browser opens a dialog
or throws, and the refused attempt left nothing behind: the guest gets one acknowledgement.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from playwright.sync_api import BrowserContext, expect

from scenarios.book_stay import fill_booking_form, open_booking_email
from scenarios.handle_case import open_bookings_as, open_case_as
from scenarios.order_goods import fill_checkout, open_order_email
from scenarios.send_feedback import fill_contact_form, open_feedback_email
from scenarios.visit import Visit
from support import findings
from support.cases import SOURCES, TextField
from support.checks import not_applicable
from support.data import Guest, TestData
from support.guest_data import feedback, guest_text, invoice, one_character_more, order_for
from support.mailbox import RecordingMailbox
from support.oracle import order as orders
from support.oracle.order import Item, Order
from support.plugins.site import approved_profile
from support.script_watch import ScriptWatch

pytestmark = [pytest.mark.destructive]

FORM_OF = {  # each test's form, whose fields (support/cases.py) it is parametrised with
    "test_what_a_guest_types_when_booking_comes_back_whole_and_as_text": "booking",
    "test_what_a_guest_writes_to_the_hotel_comes_back_whole_and_as_text": "feedback",
    "test_what_a_customer_types_at_checkout_comes_back_whole_and_as_text": "order",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """One case per field of the test's form; a field the back office shows signs staff in (and is staff's record)."""
    form = FORM_OF.get(metafunc.function.__name__)
    if form is None:
        return
    source = SOURCES[f"{form}_text_fields"]
    fields = source.items(approved_profile(metafunc.config))
    cases = [pytest.param(field, id=field.code, marks=_back_office_marks(field)) for field in fields]
    metafunc.parametrize(
        "field", cases or [pytest.param(None, id="none", marks=pytest.mark.nothing_of_the_kind(source.what))]
    )


GUEST_FIELD = {"guest_name": "name", "special_request": "special_request"}  # the profile's names → support.data.Guest's


def _back_office_marks(field: TextField) -> list[pytest.MarkDecorator]:
    if "back-office" not in field.shown_on:
        return []
    record = [pytest.mark.requirement("P3.1.2")] if field.form == "feedback" else []
    return [pytest.mark.staff_accounts, *record]


def _expect_refused_beside(form: object, field: TextField, typed: str) -> None:
    """The field is marked invalid, its message says it is too long and names the limit, and it keeps the text."""
    box = form.guest_text(field.code)
    expect(box, f"{field.code} over its limit").to_have_attribute("aria-invalid", "true")
    expect(box).to_have_accessible_description(form.TOO_LONG)
    expect(box).to_have_accessible_description(re.compile(rf"(?<!\d){field.max_length}(?!\d)"))
    expect(box).to_have_value(typed)


def _expect_shown_whole(where: str, view: object, field: TextField, typed: str) -> None:
    """If the profile says this view shows the field, it shows the text whole and as text."""
    if where in field.shown_on:
        expect(view.guest_text(field.code), f"{field.code} on the {where}").to_contain_text(typed)


def _expect_mailed_whole(mailbox: RecordingMailbox, field: TextField, typed: str) -> None:
    """If the email shows the field, its plain-text part (of the message just read) has the text unchanged."""
    if "email" in field.shown_on:
        assert typed in mailbox.read[-1].text, findings.say("guest-text-mail-altered")


def _expect_nothing_else(watch: ScriptWatch, mailbox: RecordingMailbox, email: str) -> None:
    """Nothing of the text ran anywhere, and the refused attempt was not acknowledged (so not stored)."""
    watch.expect_nothing_ran()
    assert len(mailbox.messages_to(email)) == 1, findings.say("refused-text-stored")


def _staff(request: pytest.FixtureRequest, field: TextField) -> tuple[Visit, object] | None:
    """The staff's watched browser and the agent's account, when the back office shows this field."""
    if "back-office" not in field.shown_on:
        return None
    return request.getfixturevalue("staff"), request.getfixturevalue("staff_credentials")["agent"]


@pytest.mark.requirement("P1.4.4")
@pytest.mark.offers("online-booking")
def test_what_a_guest_types_when_booking_comes_back_whole_and_as_text(
    visit: Visit, context: BrowserContext, data: TestData, guest: Guest, mailbox: RecordingMailbox,
    script_watch: ScriptWatch, request: pytest.FixtureRequest, field: TextField,
):  # fmt: skip
    """Over its limit a field is refused beside it; at the limit, any script and markup, every view shows it whole."""
    typed = guest_text(data, field.max_length)
    over = dataclasses.replace(guest, **{GUEST_FIELD[field.code]: one_character_more(typed)})
    form = fill_booking_form(visit, data.stay(), over)
    form.submit()
    _expect_refused_beside(form, field, one_character_more(typed))

    form.guest_text(field.code).fill(typed)
    review = form.continue_to_review()
    _expect_shown_whole("review", review, field, typed)
    confirmation = review.accept_and_confirm()
    reference = confirmation.booking_reference()
    _expect_shown_whole("confirmation", confirmation, field, typed)
    _expect_shown_whole("email", open_booking_email(context, visit, mailbox, guest, reference), field, typed)
    _expect_mailed_whole(mailbox, field, typed)
    staff = _staff(request, field)
    if staff:
        _expect_shown_whole("back-office", open_bookings_as(*staff).booking(reference), field, typed)
    _expect_nothing_else(script_watch, mailbox, guest.email)


@pytest.mark.requirement("P1.4.2")
@pytest.mark.offers("contact-form")
def test_what_a_guest_writes_to_the_hotel_comes_back_whole_and_as_text(
    visit: Visit, context: BrowserContext, data: TestData, mailbox: RecordingMailbox, script_watch: ScriptWatch,
    request: pytest.FixtureRequest, field: TextField,
):  # fmt: skip
    """Over its limit a field is refused beside it; at the limit, the email and the staff read it whole, as text."""
    category = next((c for c in visit.profile.service_standards.feedback if not c.needs_booking_reference), None)
    if category is None:
        not_applicable("kinds of feedback that need no booking reference")
    typed = guest_text(data, field.max_length)
    sent = dataclasses.replace(feedback(data, category.code), **{field.code: typed})
    contact = fill_contact_form(visit, dataclasses.replace(sent, **{field.code: one_character_more(typed)}))
    contact.submit()
    _expect_refused_beside(contact, field, one_character_more(typed))

    contact.guest_text(field.code).fill(typed)
    acknowledgement = contact.send()
    case_number = acknowledgement.case_reference()
    _expect_shown_whole("confirmation", acknowledgement, field, typed)
    _expect_shown_whole("email", open_feedback_email(context, visit, mailbox, sent, case_number), field, typed)
    _expect_mailed_whole(mailbox, field, typed)
    staff = _staff(request, field)
    if staff:
        _expect_shown_whole("back-office", open_case_as(*staff, case_number), field, typed)
    _expect_nothing_else(script_watch, mailbox, sent.email)


def _order_to_the_door(data: TestData) -> Order:
    """One product delivered to an address, the invoice to a company: every text field of checkout is used."""
    for product in data.profile.shop.products:
        items = (Item(product.code),)
        mode = next((m for m in orders.allowed_modes(data.profile, items) if m.needs_address), None)
        if mode is not None:
            return order_for(data, items, mode.code, invoice(data, "company"))
    not_applicable("delivery modes to an address")


def _with_text(order: Order, field: str, text: str) -> Order:
    if field == "address":
        return dataclasses.replace(order, address=text)
    if field == "company_name":
        return dataclasses.replace(order, invoice=dataclasses.replace(order.invoice, company_name=text))
    return order


@pytest.mark.requirement("P1.4.4")
@pytest.mark.offers("shop")
def test_what_a_customer_types_at_checkout_comes_back_whole_and_as_text(
    visit: Visit, context: BrowserContext, data: TestData, guest: Guest, mailbox: RecordingMailbox,
    script_watch: ScriptWatch, field: TextField,
):  # fmt: skip
    """Over its limit a field is refused beside it; at the limit, review, confirmation and email show it whole."""
    typed, order = guest_text(data, field.max_length), _order_to_the_door(data)
    over = one_character_more(typed)
    customer = dataclasses.replace(guest, name=over) if field.code == "name" else guest
    checkout = fill_checkout(visit, _with_text(order, field.code, over), customer)
    checkout.submit()
    _expect_refused_beside(checkout, field, over)

    checkout.guest_text(field.code).fill(typed)
    review = checkout.continue_to_review()
    expect(review.heading).to_be_visible()
    _expect_shown_whole("review", review, field, typed)
    confirmation = review.place_order()
    confirmation.order_number()
    _expect_shown_whole("confirmation", confirmation, field, typed)
    _expect_shown_whole("email", open_order_email(context, visit, mailbox, guest), field, typed)
    _expect_mailed_whole(mailbox, field, typed)
    _expect_nothing_else(script_watch, mailbox, guest.email)
