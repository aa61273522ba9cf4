"""P1.4.4 and P1.4.3: one click, one booking: what a guest sends twice is booked, ordered or received once.

A guest unsure the first press took does it again: a double-click on the button that commits, a
second tab committing the same review, a reload of the page that followed, Back and commit again.
Each time the guest must be shown the same reference, and get exactly one acknowledgement. A
second, different submission afterwards is the known later email: what arrived before it is all
the repeats sent, so no test waits for mail that might still come.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from scenarios.book_stay import confirm_every_way, mail_before_another_booking
from scenarios.order_goods import order_goods, place_every_way
from scenarios.send_feedback import send_every_way, send_feedback
from scenarios.visit import Visit
from support.checks import each
from support.data import Guest, TestData
from support.guest_data import feedback, invoice, plain_order
from support.mailbox import Message, RecordingMailbox
from support.oracle.einvoice import EXAMPLES

pytestmark = [pytest.mark.destructive]


def expect_one_reference(shown: dict[str, str]) -> str:
    """Every way of sending it again showed the reference the first one did; that reference."""
    first = next(iter(shown.values()))
    others = {how: reference for how, reference in shown.items() if reference != first}
    assert not others, f"the first showed {first}, but {others}"
    return first


def expect_one_acknowledgement(earlier: list[Message], subject: re.Pattern[str]) -> None:
    """Of the mail before the later, known one, exactly one is the acknowledgement, and it is this one's."""
    assert len(earlier) == 1, f"expected one acknowledgement, got {[message.subject for message in earlier]}"
    assert subject.search(earlier[0].subject), f"{earlier[0].subject!r} is not the acknowledgement of this one"


@pytest.mark.requirement("P1.4.4")
@pytest.mark.offers("online-booking")
def test_a_booking_confirmed_twice_is_booked_once(
    visit: Visit, data: TestData, guest: Guest, mailbox: RecordingMailbox
):
    """Double-click, a second tab, a reload and Back-then-confirm show one reference; one acknowledgement is sent."""
    reference = expect_one_reference(confirm_every_way(visit, data.stay(), guest))

    earlier = mail_before_another_booking(visit, mailbox, data.stay(), guest)

    expect_one_acknowledgement(earlier, visit.pack.BookingEmailPage.subject(reference))


@pytest.mark.requirement("P1.4.4")
@pytest.mark.offers("shop")
def test_an_order_placed_twice_is_ordered_once(visit: Visit, data: TestData, guest: Guest, mailbox: RecordingMailbox):
    """Double-click, a second tab, a reload and Back-then-place show one order number; one acknowledgement is sent."""
    order = plain_order(data, invoice(data, next(iter(EXAMPLES))))
    number = expect_one_reference(place_every_way(visit, order, guest))

    later = order_goods(visit, order, guest).order_number()
    email = visit.pack.OrderEmailPage
    marker = mailbox.wait_for(to=guest.email, subject=email.subject(later))

    expect_one_acknowledgement(mailbox.received_before(guest.email, marker), email.subject(number))


@pytest.mark.requirement("P1.4.3")
@pytest.mark.offers("contact-form")
def test_a_message_sent_twice_is_received_once(visit: Visit, data: TestData, mailbox: RecordingMailbox):
    """Double-click, a second tab, a reload and Back-then-send show one case number; one acknowledgement is sent."""
    kinds = each([kind for kind in visit.profile.service_standards.feedback if not kind.needs_booking_reference],
                 "kinds of feedback that need no booking reference")  # fmt: skip
    message = feedback(data, kinds[0].code)
    case_number = expect_one_reference(send_every_way(visit, message))

    other = dataclasses.replace(message, message=data.faker.paragraph(nb_sentences=2))
    later = send_feedback(visit, other).case_reference()
    marker = mailbox.wait_for(to=message.email, subject=later)

    expect_one_acknowledgement(mailbox.received_before(message.email, marker), re.compile(re.escape(case_number)))
