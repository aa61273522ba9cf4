"""Report titles and stable parameters: Allure must recognise a test as the same one in every run."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ("-p", "support.plugins.report", "-p", "no:randomly", "-p", "no:cacheprovider", "-p", "no:playwright")


@pytest.fixture(autouse=True)
def this_checkout(monkeypatch: pytest.MonkeyPatch):
    """Subprocess runs import the plugins of this checkout, not those of wherever the package was installed from."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))


TESTS = """
import pytest
from support.data import variation

def _raw(value):
    return value

@variation
def _named(value):
    return value

@pytest.mark.parametrize("make", [{make}])
def test_x(make):
    '''Each input is refused.'''
    assert make(1) == 1
"""


def test_a_parameter_that_changes_every_run_is_a_collection_error_naming_it(pytester: pytest.Pytester):
    pytester.makepyfile(test_unstable=TESTS.format(make="_raw"))

    result = pytester.runpytest(*PLUGINS)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*history cannot follow*", "*test_unstable.py::test_x*make = <function _raw at 0x*"])


def test_a_variation_keeps_the_same_history_id_in_every_run(pytester: pytest.Pytester):
    pytester.makepyfile(test_stable=TESTS.format(make="_named"))

    history_ids = []
    for run in ("first", "second"):
        assert pytester.runpytest_subprocess(*PLUGINS, f"--alluredir={run}").ret == pytest.ExitCode.OK
        [result] = [json.loads(path.read_text()) for path in (pytester.path / run).glob("*-result.json")]
        history_ids.append(result["historyId"])
        assert result["name"] == "Each input is refused. [named]"

    assert history_ids[0] == history_ids[1]


BROWSER_TESTS = """
import pytest

@pytest.mark.parametrize("room", ["deluxe-twin", "family"])
def test_x(browser_name, room):
    '''The room is shown.'''
"""


def results_of(folder):
    return {result["name"]: result for result in map(json.loads, map(Path.read_text, folder.glob("*-result.json")))}


def test_one_browser_is_left_out_of_titles_and_shown_parameters_and_history_ids_stay(pytester: pytest.Pytester):
    pytester.makepyfile(test_browser=BROWSER_TESTS)
    plugins = PLUGINS[:-2]  # with pytest-playwright, which parametrizes browser_name

    before = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:cacheprovider", "--alluredir=before")
    after = pytester.runpytest_subprocess(*plugins, "--alluredir=after")

    assert before.ret == after.ret == pytest.ExitCode.OK
    old, new = results_of(pytester.path / "before"), results_of(pytester.path / "after")
    assert sorted(new) == ["The room is shown. [deluxe-twin]", "The room is shown. [family]"]
    parameters = [parameter for result in new.values() for parameter in result["parameters"]]
    assert {p["value"] for p in parameters if p.get("mode") == "hidden"} == {"chromium"}
    assert {p["value"] for p in parameters if p.get("mode") is None} == {"deluxe-twin", "family"}
    assert sorted(r["historyId"] for r in old.values()) == sorted(r["historyId"] for r in new.values())


def test_several_browsers_stay_in_titles_and_parameters(pytester: pytest.Pytester):
    pytester.makepyfile(test_browser=BROWSER_TESTS)
    plugins = PLUGINS[:-2]  # with pytest-playwright, which parametrizes browser_name

    result = pytester.runpytest_subprocess(*plugins, "--alluredir=out", "--browser=chromium", "--browser=firefox")

    assert result.ret == pytest.ExitCode.OK
    results = results_of(pytester.path / "out")
    assert "The room is shown. [firefox-family]" in results
    assert all(p.get("mode") is None for r in results.values() for p in r["parameters"])


FIXTURE_TESTS = """
import allure
import pytest

@pytest.fixture
def quiet():
    yield

@pytest.fixture
def telling():
    allure.attach("what the fixture saw", name="fixture note")
    yield

@pytest.fixture
def broken():
    raise RuntimeError("the mail capture did not start")

def test_fine(quiet, telling):
    pass

def test_broken_set_up(quiet, broken):
    pass
"""


def test_fixtures_that_passed_quietly_are_folded_away(pytester: pytest.Pytester):
    pytester.makepyfile(test_fixtures=FIXTURE_TESTS)

    pytester.runpytest_subprocess(*PLUGINS, "-p", "support.plugins.quiet_report", "--alluredir=out")

    containers = [json.loads(path.read_text()) for path in (pytester.path / "out").glob("*-container.json")]
    befores = sorted(before["name"] for container in containers for before in container.get("befores", []))
    afters = [after["name"] for container in containers for after in container.get("afters", [])]
    assert befores == ["broken", "telling"]
    assert afters == []
