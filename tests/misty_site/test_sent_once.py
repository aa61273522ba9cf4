"""One click, one booking: a review confirmed, a message sent or a booking cancelled twice is done once.

The second request (a double-click, Back and confirm again, a second tab) is answered with what
the first one made: the same reference or case, no second record, no second email. Two threads
confirming one review at the same moment end the same way; the switches bring the double back.
"""

from __future__ import annotations

import re
import threading

import pytest
from info_helpers import InfoSite, start
from sqlalchemy.exc import IntegrityError

from conftest import ENGINE_NOW, EngineSite, start_engine, stay_request
from misty_hill.info.cases import FeedbackCase
from misty_hill.stay import bookings
from misty_hill.stay.models import Booking, RoomNight

SUBMISSION = re.compile(r'name="submission" value="([^"]+)"')
MESSAGE = {"category": "question", "booking_reference": "", "name": "林小雨", "email": "rain@example.com",
           "phone": "0912-345-678", "message": "請問可以帶狗狗入住嗎？", "consent": "yes"}  # fmt: skip


def _token(engine: EngineSite) -> str:
    response = engine.api("review", stay_request())
    assert response.status_code == 200, response.text
    return response.json()["token"]


def _confirm(engine: EngineSite, token: str, accept: bool = True):
    return engine.api("bookings", {"token": token, "accept_terms": accept})


def test_confirming_the_same_review_again_answers_with_the_same_booking_and_mails_once(engine: EngineSite):
    token = _token(engine)

    first, again = _confirm(engine, token), _confirm(engine, token, accept=False)

    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["confirmation"]["reference"] == first.json()["confirmation"]["reference"]
    assert engine.count(Booking) == 1
    assert len(engine.outbox.sent) == 1


def test_a_new_review_of_the_same_stay_is_a_new_booking(engine: EngineSite):
    assert _token(engine) != _token(engine)  # each review carries a nonce of its own

    _confirm(engine, _token(engine))
    _confirm(engine, _token(engine))

    assert engine.count(Booking) == 2


def test_with_review_confirmed_twice_confirming_again_books_again(tmp_path):
    engine = start_engine(tmp_path, defects=("review-confirmed-twice",))
    with engine.client:
        token = _token(engine)
        first, second = _confirm(engine, token), _confirm(engine, token)

        assert first.json()["confirmation"]["reference"] != second.json()["confirmation"]["reference"]
        assert engine.count(Booking) == 2


def test_two_threads_confirming_one_review_at_the_same_moment_book_once(engine: EngineSite):
    """The database decides: the loser's claim of the review fails, and it reads the winner's booking."""
    token = _token(engine)
    sessions, start, outcomes = engine.app.state.sessions, threading.Barrier(2), []

    def confirm() -> None:
        start.wait()
        try:
            with sessions() as session, session.begin():
                outcomes.append(bookings.confirm(session, token, ENGINE_NOW, "engine-tests", frozenset()).reference)
        except IntegrityError:
            with sessions() as session:
                outcomes.append(bookings.booked_with(session, token).reference)

    threads = [threading.Thread(target=confirm) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)

    assert len(outcomes) == 2, outcomes
    assert outcomes[0] == outcomes[1]
    assert engine.count(Booking) == 1
    with sessions() as session:
        assert session.query(RoomNight).filter(RoomNight.room_type == "cedar").first().taken == 1


def test_two_tabs_posting_one_review_at_the_same_moment_are_shown_one_booking(engine: EngineSite):
    token = _token(engine)
    start, answers = threading.Barrier(3), []

    def confirm() -> None:
        start.wait()
        answers.append(_confirm(engine, token))

    threads = [threading.Thread(target=confirm) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(answer.status_code for answer in answers) == [200, 200, 201]
    assert len({answer.json()["confirmation"]["reference"] for answer in answers}) == 1
    assert engine.count(Booking) == 1
    assert len(engine.outbox.sent) == 1


def test_cancelling_twice_cancels_once_and_mails_once(engine: EngineSite):
    _confirm(engine, _token(engine))
    link = re.search(r'href="(http://testserver[^"]*/stay/booking/[^"]+)"', engine.outbox.sent[-1][3])[1]

    engine.client.post(link + "/cancel")
    engine.client.post(link + "/cancel")

    subjects = [subject for _, subject, _, _ in engine.outbox.sent]
    assert len(subjects) == 2, subjects  # the acknowledgement and one cancellation
    assert "取消" in subjects[1]


# Feedback


@pytest.fixture
def site(tmp_path) -> InfoSite:
    """The hotel pages with no defect switches."""
    return start(tmp_path)


def _send(site: InfoSite, submission: str | None, **changes: str):
    form = MESSAGE | changes | ({"submission": submission} if submission else {})
    return site.client.post("/contact/", data=form, headers={"Accept-Language": "zh-TW"}, follow_redirects=False)


def _submission(site: InfoSite) -> str:
    return SUBMISSION.search(site.get("/contact/").text)[1]


def _cases(site: InfoSite) -> int:
    with site.app.state.sessions() as session:
        return session.query(FeedbackCase).count()


def test_the_same_message_sent_again_from_its_form_shows_the_same_case_and_mails_once(site: InfoSite):
    submission = _submission(site)

    first, again = _send(site, submission), _send(site, submission)

    assert first.status_code == again.status_code == 303
    assert again.headers["location"] == first.headers["location"]
    assert _cases(site) == 1
    assert len(site.mail.sent) == 1
    assert site.client.get(again.headers["location"]).status_code == 200


def test_other_words_another_browsers_form_or_no_form_token_are_new_messages(site: InfoSite):
    submission = _submission(site)

    _send(site, submission)
    _send(site, submission, message="請問早餐幾點？")
    assert _submission(site) == submission  # the form shown again in this browser (Back, a reload) is the same
    site.client.cookies.clear()  # another browser: another form
    _send(site, _submission(site))
    _send(site, None)
    _send(site, "forged.token")

    assert _cases(site) == 5


def test_a_message_sent_back_with_errors_keeps_its_form_token(site: InfoSite):
    submission = _submission(site)

    page = _send(site, submission, consent="").text

    assert SUBMISSION.search(page)[1] == submission


def test_with_feedback_sent_twice_the_same_message_opens_a_second_case(tmp_path):
    careless = start(tmp_path, defects=("feedback-sent-twice",))
    submission = _submission(careless)

    _send(careless, submission)
    _send(careless, submission)

    assert _cases(careless) == 2
    assert len(careless.mail.sent) == 2
