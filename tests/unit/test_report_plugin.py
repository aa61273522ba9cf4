"""Report titles and stable parameters: Allure must recognise a test as the same one in every run."""

import json

import pytest

PLUGINS = ("-p", "support.plugins.report", "-p", "no:randomly", "-p", "no:cacheprovider", "-p", "no:playwright")

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
