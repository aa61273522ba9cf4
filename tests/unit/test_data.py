"""Test data: per-test seeds, guests, and stay windows that never overlap."""

import itertools
from pathlib import Path
from zoneinfo import ZoneInfo

from support.data import StayCalendar, TestData, seed_for_test
from support.profile import load

TAIPEI = ZoneInfo("Asia/Taipei")
PROFILE = load(Path(__file__).parents[2] / "profiles" / "demo-hotel.yaml")


def test_seeds_are_stable_per_test_and_differ_between_tests():
    assert seed_for_test(42, "tests/a.py::test_x") == seed_for_test(42, "tests/a.py::test_x")
    assert seed_for_test(42, "tests/a.py::test_x") != seed_for_test(42, "tests/a.py::test_y")
    assert seed_for_test(42, "tests/a.py::test_x") != seed_for_test(43, "tests/a.py::test_x")


def test_the_same_seed_builds_the_same_guest():
    calendar = StayCalendar(TAIPEI)
    first = TestData(7, "zh-TW", calendar, "a@guest.example", PROFILE).guest()
    again = TestData(7, "zh-TW", calendar, "a@guest.example", PROFILE).guest()

    assert first == again
    assert first.email == "a@guest.example"
    assert first.phone.startswith("09")
    assert len(first.phone.replace("-", "")) == 10


def test_stay_windows_do_not_overlap():
    calendar = StayCalendar(TAIPEI)
    windows = []
    for nights in (2, 3, 1, 4):
        start = calendar.reserve(nights)
        windows.append((start, nights))

    for (start_a, nights_a), (start_b, _) in itertools.pairwise(windows):
        assert (start_b - start_a).days > nights_a


def test_a_window_can_start_on_a_given_weekday():
    calendar = StayCalendar(TAIPEI)

    assert calendar.reserve(2, weekday=3).weekday() == 3


def test_windows_stay_within_the_lead_time_and_the_booking_horizon():
    calendar = StayCalendar(TAIPEI, min_lead_days=2, horizon_days=41)
    starts = [calendar.reserve(4) for _ in range(12)]

    assert all(20 <= (start - calendar.today).days <= 40 for start in starts)


def test_a_short_horizon_and_a_long_lead_time_still_give_bookable_days():
    calendar = StayCalendar(TAIPEI, min_lead_days=7, horizon_days=14)
    starts = [calendar.reserve(1) for _ in range(6)]

    assert all(7 <= (start - calendar.today).days <= 13 for start in starts)


def test_left_out_choices_come_from_the_profile():
    stay = TestData(7, "en", StayCalendar(TAIPEI), "a@guest.example", PROFILE).stay()

    cheapest = min(PROFILE.room_types, key=lambda room: room.rates.weekday)
    assert (stay.room_type, stay.payment_method, stay.addons) == (cheapest.code, PROFILE.payment_methods[0].code, {})
