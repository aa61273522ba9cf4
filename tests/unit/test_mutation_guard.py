"""The mutation guard: destructive tests refuse live hosts outside the allow list, read-only ones run anywhere."""

import pytest

PLUGINS = ("-p", "support.plugins.requirements", "-p", "support.plugins.mutations", "-p", "no:randomly",
           "-p", "no:cacheprovider", "-p", "no:playwright")  # fmt: skip

TESTS = """
import pytest

@pytest.mark.requirement("P1.3.2")
@pytest.mark.destructive
def test_books_a_room():
    pass

@pytest.mark.requirement("P1.3.1")
@pytest.mark.nondestructive
def test_reads_the_fee_statement():
    pass
"""

LIVE = ("--base-url", "https://booking.example-hotel.com.tw")


def test_destructive_tests_refuse_a_live_host_and_say_what_to_do(pytester: pytest.Pytester):
    pytester.makepyfile(test_live=TESTS)

    result = pytester.runpytest(*PLUGINS, *LIVE)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*1 selected tests create bookings*booking.example-hotel.com.tw*not in the allow*"])
    result.stderr.fnmatch_lines(["*-m nondestructive*--mutation-hosts*--allow-mutations*"])


def test_the_read_only_subset_runs_against_a_live_host(pytester: pytest.Pytester):
    pytester.makepyfile(test_live=TESTS)

    assert pytester.runpytest(*PLUGINS, *LIVE, "-m", "nondestructive").parseoutcomes() == {
        "passed": 1, "deselected": 1
    }  # fmt: skip


@pytest.mark.parametrize(
    "permission", [("--allow-mutations",), ("--mutation-hosts", "staging.example.com, booking.example-hotel.com.tw")]
)
def test_an_allowed_host_or_explicit_permission_runs_everything(pytester: pytest.Pytester, permission):
    pytester.makepyfile(test_live=TESTS)

    assert pytester.runpytest(*PLUGINS, *LIVE, *permission).parseoutcomes() == {"passed": 2}


def test_localhost_is_always_allowed(pytester: pytest.Pytester):
    pytester.makepyfile(test_live=TESTS)

    assert pytester.runpytest(*PLUGINS, "--base-url", "http://127.0.0.1:8000").parseoutcomes() == {"passed": 2}


def test_a_requirement_test_must_say_whether_it_changes_the_site(pytester: pytest.Pytester):
    pytester.makepyfile(test_undeclared='import pytest\n@pytest.mark.requirement("P1.3.1")\ndef test_x():\n    pass\n')

    result = pytester.runpytest(*PLUGINS)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*exactly one of destructive / nondestructive*", "*test_undeclared.py::test_x*"])
