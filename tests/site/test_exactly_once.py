"""One click, one booking: a confirmation, an order, a message or a cancellation sent twice is done once.

The second request (a double-click, Back and confirm again, a second tab, a refreshed POST) is
shown what the first one made: the same address, no second record, no second email. Two
requests at the same moment, against the site running as a process, end the same way. The
defect switches bring the double booking back, so the suite's tests can be shown to catch it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import httpx
import pytest
from site_helpers import TOKEN, RunningSite, Site, SmtpCapture, start_site
from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from demo_site import once
from demo_site.db import Booking, FeedbackCase, Inventory, ShopOrder, SpentSubmission

_SUBMISSION = re.compile(r'name="submission" value="([^"]+)"')
_MESSAGE = {"category": "enquiry", "name": "林雅婷", "message": "請問有停車位嗎？", "consent": "on"}
_CHECKOUT = {"name": "林雅婷", "phone": "0912-345-678", "delivery_mode": "home-tcat", "postcode": "100",
             "address": "中正路 1 號", "invoice_type": "mobile-barcode", "carrier_barcode": "/ABC+123"}  # fmt: skip


def _count(site: Site, table: type) -> int:
    with site.app.state.sessions() as session:
        return session.scalar(select(func.count()).select_from(table))


def _order_token(site: Site, email: str) -> str:
    assert site.client.post("/cart/add", data={"product": "mug", "quantity": "1"}).is_success
    review = site.client.post("/checkout/review", data={**_CHECKOUT, "email": email})
    assert review.status_code == 200, review.text
    return TOKEN.search(review.text).group(1)


def _place(site: Site, token: str) -> httpx.Response:
    return site.client.post("/checkout/confirm", data={"token": token}, follow_redirects=False)


def _send(site: Site, submission: str | None, email: str, **overrides: str) -> httpx.Response:
    data = {**_MESSAGE, "email": email, **overrides, **({"submission": submission} if submission else {})}
    return site.client.post("/contact", data=data, follow_redirects=False)


def _submission(site: Site) -> str:
    return _SUBMISSION.search(site.client.get("/contact").text).group(1)


# Bookings


def test_confirming_the_same_review_again_shows_the_same_booking_books_once_and_mails_once(site: Site, smtp):
    address = smtp.address("twice")
    token = site.token(email=address)

    first, second = site.confirm(token), site.confirm(token)

    assert first.status_code == second.status_code == 303
    assert second.headers["location"] == first.headers["location"]
    assert site.bookings() == 1
    assert len(smtp.messages_to(address)) == 1
    reference = first.headers["location"].rsplit("/", 1)[1]
    assert reference in site.client.get(second.headers["location"]).text


def test_a_spent_review_shows_its_booking_even_without_the_terms_ticked_or_after_it_expired(make_site, smtp):
    now = [datetime(2030, 1, 7, 9, 0)]
    site = make_site(clock=lambda: now[0], ttl=600)
    address = smtp.address("late")
    token = site.token(email=address)
    first = site.confirm(token)

    now[0] += timedelta(hours=2)  # the review has expired: the booking it made is still the answer
    again = site.confirm(token, accept=False)

    assert again.status_code == 303
    assert again.headers["location"] == first.headers["location"]
    assert site.bookings() == 1


def test_a_review_that_did_not_book_is_not_spent(site: Site):
    token = site.token()

    assert site.confirm(token, accept=False).status_code == 422  # the terms were not ticked: nothing booked
    assert site.confirm(token).status_code == 303
    assert site.bookings() == 1


def test_with_confirm_token_not_spent_confirming_again_books_again(make_site: Callable[..., Site], smtp):
    site = make_site(defects=("confirm-token-not-spent",))
    address = smtp.address("switch")
    token = site.token(email=address)

    first, second = site.confirm(token), site.confirm(token)

    assert first.headers["location"] != second.headers["location"]
    assert site.bookings() == 2
    assert len(smtp.messages_to(address)) == 2


# Shop orders


def test_placing_the_same_order_again_shows_the_same_order_stores_one_and_mails_once(site: Site, smtp):
    address = smtp.address("order-twice")
    token = _order_token(site, address)

    first, second = _place(site, token), _place(site, token)

    assert first.status_code == second.status_code == 303
    assert second.headers["location"] == first.headers["location"]
    assert _count(site, ShopOrder) == 1
    assert len(smtp.messages_to(address)) == 1
    assert site.client.get(second.headers["location"]).status_code == 200


def test_with_order_token_not_spent_placing_again_orders_again(make_site: Callable[..., Site], smtp):
    site = make_site(defects=("order-token-not-spent",))
    token = _order_token(site, smtp.address("order-switch"))

    assert _place(site, token).headers["location"] != _place(site, token).headers["location"]
    assert _count(site, ShopOrder) == 2


# Feedback


def test_the_same_message_sent_again_from_its_form_shows_the_same_case_and_mails_once(site: Site, smtp):
    address = smtp.address("feedback-twice")
    submission = _submission(site)

    first, second = _send(site, submission, address), _send(site, submission, address)

    assert first.status_code == second.status_code == 303
    assert second.headers["location"] == first.headers["location"]
    assert _count(site, FeedbackCase) == 1
    assert len(smtp.messages_to(address)) == 1


def test_other_words_or_another_browsers_form_are_a_new_message(site: Site, smtp):
    address = smtp.address("feedback-new")
    submission = _submission(site)

    first = _send(site, submission, address)
    rewritten = _send(site, submission, address, message="另外想問早餐時間。")
    assert _submission(site) == submission  # the form shown again in this browser (Back, a reload) is the same
    site.client.cookies.clear()  # another browser: another form
    fresh_form = _send(site, _submission(site), address)

    assert len({first.headers["location"], rewritten.headers["location"], fresh_form.headers["location"]}) == 3
    assert _count(site, FeedbackCase) == 3


def test_a_message_with_a_forged_or_no_form_token_is_taken_as_it_comes(site: Site, smtp):
    address = smtp.address("feedback-script")

    _send(site, None, address)
    _send(site, "forged.token", address)

    assert _count(site, FeedbackCase) == 2


def test_a_message_sent_back_with_errors_keeps_its_form_token(site: Site, smtp):
    submission = _submission(site)

    page = _send(site, submission, smtp.address("feedback-fix"), consent="").text

    assert _SUBMISSION.search(page).group(1) == submission


def test_with_feedback_token_not_spent_the_same_message_opens_a_second_case(make_site: Callable[..., Site], smtp):
    site = make_site(defects=("feedback-token-not-spent",))
    address = smtp.address("feedback-switch")
    submission = _submission(site)

    _send(site, submission, address)
    _send(site, submission, address)

    assert _count(site, FeedbackCase) == 2
    assert len(smtp.messages_to(address)) == 2


# Cancellations


def _booked_and_found(site: Site, address: str, check_in: date) -> str:
    response = site.confirm(site.token(email=address, check_in=check_in, check_out=check_in + timedelta(days=1)))
    reference = response.headers["location"].rsplit("/", 1)[1]
    assert site.client.post("/manage", data={"reference": reference, "email": address}).status_code == 200
    return reference


def _booked_that_night(site: Site, check_in: date) -> int:
    with site.app.state.sessions() as session:
        return session.scalar(
            select(Inventory.booked).where(Inventory.room_type == "deluxe-twin", Inventory.night == check_in)
        )


def test_cancelling_twice_cancels_once_frees_the_rooms_once_and_mails_once(site: Site, smtp):
    address = smtp.address("cancel-twice")
    check_in = site.today + timedelta(days=20)
    _booked_and_found(site, address, check_in)

    first = site.client.post("/manage/cancel", follow_redirects=False)
    second = site.client.post("/manage/cancel", follow_redirects=False)

    assert first.headers["location"] == second.headers["location"]
    assert _booked_that_night(site, check_in) == 0
    subjects = [mail.subject for mail in smtp.messages_to(address)]  # sent before each answer
    assert len(subjects) == 2, subjects  # the booking's acknowledgement and one cancellation
    assert "取消" in subjects[1]


def test_with_cancellation_repeated_a_second_cancel_mails_again(make_site: Callable[..., Site], smtp):
    site = make_site(defects=("cancellation-repeated",))
    address = smtp.address("cancel-switch")
    _booked_and_found(site, address, site.today + timedelta(days=20))

    site.client.post("/manage/cancel")
    site.client.post("/manage/cancel")

    assert len(smtp.messages_to(address)) == 3


# At the same moment


def test_two_claims_on_one_key_let_exactly_one_in_and_the_loser_reads_the_winners_record(tmp_path):
    """The database decides, whatever the requests saw before: the second INSERT of the key fails."""
    from demo_site.db import Base

    engine = create_engine(f"sqlite:///{tmp_path / 'claims.sqlite3'}")
    Base.metadata.create_all(engine)
    sessions = sessionmaker(engine)
    now = datetime(2030, 1, 7, 9, 0)
    key = once.key_of("booking", "a-token")
    with sessions() as winner, winner.begin():
        once.claim(winner, key, "booking", now).record = "LW-AAAA-BBBB-CCCC"

    with sessions() as loser, pytest.raises(IntegrityError), loser.begin():
        once.claim(loser, key, "booking", now)

    assert once.made_by(sessions, key) == "LW-AAAA-BBBB-CCCC"
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(SpentSubmission)) == 1


@pytest.fixture(scope="module")
def racing_site(tmp_path_factory) -> Iterator[tuple[RunningSite, SmtpCapture, str]]:
    """`python -m demo_site` in its own process (real threads, real SQLite locks), its mail, its database."""
    folder = tmp_path_factory.mktemp("racing-site")
    capture = SmtpCapture().start()
    database = f"sqlite:///{folder / 'site.sqlite3'}"
    site = start_site(smtp_port=capture.port, database_url=database, log_path=folder / "site.log")
    yield site, capture, database
    site.stop()
    capture.stop()


def _at_once(requests: list[Callable[[], httpx.Response]]) -> list[httpx.Response]:
    """Send the requests from threads of their own, released at the same moment."""
    start = threading.Barrier(len(requests))
    answers: list[httpx.Response] = []

    def send(request: Callable[[], httpx.Response]) -> None:
        start.wait()
        answers.append(request())

    threads = [threading.Thread(target=send, args=(request,)) for request in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def _rows(database: str, table: type, email: str) -> int:
    engine = create_engine(database)
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(table).where(table.email == email))
    finally:
        engine.dispose()


def test_two_tabs_confirming_one_review_at_the_same_moment_book_once(racing_site):
    site, smtp, database = racing_site
    address = smtp.address("race-booking")
    check_in = date.today() + timedelta(days=150)
    form = {"check_in": check_in.isoformat(), "check_out": (check_in + timedelta(days=1)).isoformat(),
            "room_type": "standard-double", "rooms": "1", "guests": "2", "guest_name": "Racer", "email": address,
            "phone": "0912345678", "payment_method": "credit-card"}  # fmt: skip
    with httpx.Client(base_url=site.url) as browser:
        token = TOKEN.search(browser.post("/book/review", data=form).text).group(1)
        confirm = {"token": token, "accept_terms": "on"}
        answers = _at_once([lambda: browser.post("/book/confirm", data=confirm, follow_redirects=False)] * 4)

    assert [answer.status_code for answer in answers] == [303] * 4, [answer.text[:300] for answer in answers]
    assert len({answer.headers["location"] for answer in answers}) == 1
    assert _rows(database, Booking, address) == 1
    smtp.wait_for(address, "LW-")
    assert len(smtp.messages_to(address)) == 1


def test_the_same_message_and_the_same_order_sent_at_the_same_moment_are_stored_once(racing_site):
    site, smtp, database = racing_site
    message_to, order_to = smtp.address("race-feedback"), smtp.address("race-order")
    with httpx.Client(base_url=site.url) as browser:
        submission = _SUBMISSION.search(browser.get("/contact").text).group(1)
        message = {**_MESSAGE, "email": message_to, "submission": submission}
        browser.post("/cart/add", data={"product": "mug", "quantity": "1"})
        token = TOKEN.search(browser.post("/checkout/review", data={**_CHECKOUT, "email": order_to}).text).group(1)
        answers = _at_once(
            [lambda: browser.post("/contact", data=message, follow_redirects=False)] * 3
            + [lambda: browser.post("/checkout/confirm", data={"token": token}, follow_redirects=False)] * 3
        )

    assert [answer.status_code for answer in answers] == [303] * 6, [answer.text[:300] for answer in answers]
    assert len({answer.headers["location"] for answer in answers}) == 2
    assert (_rows(database, FeedbackCase, message_to), _rows(database, ShopOrder, order_to)) == (1, 1)
    assert (len(smtp.messages_to(message_to)), len(smtp.messages_to(order_to))) == (1, 1)
