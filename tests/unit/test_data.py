"""Test data: per-test seeds, guests, and stay windows that never overlap."""

import itertools
from zoneinfo import ZoneInfo

from support.data import StayCalendar, TestData, seed_for_test

TAIPEI = ZoneInfo("Asia/Taipei")


def test_seeds_are_stable_per_test_and_differ_between_tests():
    assert seed_for_test(42, "tests/a.py::test_x") == seed_for_test(42, "tests/a.py::test_x")
    assert seed_for_test(42, "tests/a.py::test_x") != seed_for_test(42, "tests/a.py::test_y")
    assert seed_for_test(42, "tests/a.py::test_x") != seed_for_test(43, "tests/a.py::test_x")


def test_the_same_seed_builds_the_same_guest():
    calendar = StayCalendar(TAIPEI)
    first = TestData(7, "zh-TW", calendar, "a@guest.example").guest()
    again = TestData(7, "zh-TW", calendar, "a@guest.example").guest()

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


def test_windows_wrap_around_before_the_booking_horizon():
    calendar = StayCalendar(TAIPEI, first_offset=30, last_offset=40)
    starts = [calendar.reserve(4) for _ in range(4)]

    assert all(30 <= (start - calendar.today).days <= 40 for start in starts)
