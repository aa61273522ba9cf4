"""The requirement marker: catalogue checks at collection, Allure labels, selection, coverage JSON."""

import json

import pytest

from support.requirements import catalogue, lookup

PLUGIN = ("-p", "support.plugins.requirements", "-p", "no:randomly", "-p", "no:cacheprovider", "-p", "no:playwright")

TESTS = """
import pytest

@pytest.mark.requirement("P1.3.2")
def test_review_passes():
    pass

@pytest.mark.requirement("P1.3.2", "P1.4.4")
def test_email_fails():
    assert False, "no acknowledgement"

@pytest.mark.requirement("P1.3.4")
def test_refund_skipped():
    pytest.skip("not today")

def test_unmarked():
    pass
"""


def test_the_catalogue_holds_every_indicator_of_the_requirements_document():
    ids = list(catalogue())

    assert ids[:5] == ["P1.1.1", "P1.1.2", "P1.1.3", "P1.1.4", "P1.1.5"]
    assert {"P1.2.1", "P1.2.2", "P1.3.1", "P1.3.4", "P1.4.4", "P2.1.4", "P2.2.1", "P2.2.3", "P3.3.3"} <= set(ids)
    assert len(ids) == 31
    assert lookup("P1.3.2").task.title == "T1.3 確保政策與服務訊息明確的顯示"


def test_the_catalogue_says_which_indicators_are_mandatory():
    assert lookup("P1.3.2").mandatory
    assert not lookup("P3.3.3").mandatory


def test_an_unknown_requirement_id_is_a_collection_error(pytester: pytest.Pytester):
    pytester.makepyfile(test_bad='import pytest\n@pytest.mark.requirement("P9.9.9")\ndef test_x():\n    pass\n')

    result = pytester.runpytest(*PLUGIN)

    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*ERROR collecting test_bad.py*", "*unknown requirement ID 'P9.9.9'*"])


def test_each_requirement_becomes_epic_feature_and_story(pytester: pytest.Pytester, tmp_path):
    pytester.makepyfile(test_labels=TESTS)

    pytester.runpytest(*PLUGIN, f"--alluredir={tmp_path}")

    results = [json.loads(path.read_text()) for path in tmp_path.glob("*-result.json")]
    review = next(result for result in results if result["name"] == "test_review_passes")
    labels = {(label["name"], label["value"]) for label in review["labels"]}
    assert ("epic", "T1 維護網站資訊標準") in labels
    assert ("feature", lookup("P1.3.2").task.title) in labels
    assert ("story", lookup("P1.3.2").title) in labels


def test_coverage_json_lists_every_id_with_tests_and_outcomes(pytester: pytest.Pytester):
    pytester.makepyfile(test_cov=TESTS)

    result = pytester.runpytest(*PLUGIN, "--requirements-json=cov.json")

    coverage = json.loads((pytester.path / "cov.json").read_text())
    assert set(coverage) == {*catalogue(), "_run"}
    assert coverage["P1.3.2"] == {
        "tests": ["test_cov.py::test_review_passes", "test_cov.py::test_email_fails"], "passed": 1, "failed": 1,
        "skipped": 0, "not_applicable": 0, "not_offered": [], "not_selected": [],
    }  # fmt: skip
    assert coverage["P1.4.4"]["failed"] == 1
    assert coverage["P1.3.4"] == {"tests": ["test_cov.py::test_refund_skipped"], "passed": 0, "failed": 0, "skipped": 1,
                                  "not_applicable": 0, "not_offered": [], "not_selected": []}  # fmt: skip
    assert coverage["P1.1.1"] == {"tests": [], "passed": 0, "failed": 0, "skipped": 0, "not_applicable": 0,
                                  "not_offered": [], "not_selected": []}  # fmt: skip
    assert coverage["_run"] == {"language": None, "collected": 4, "selected": 4, "selection": []}
    result.stdout.fnmatch_lines(["*requirement coverage*", "*skipped*n/a*", "P1.3.2*2*1*1*0*0"])


def test_requirement_option_runs_only_that_requirement_or_group(pytester: pytest.Pytester):
    pytester.makepyfile(test_select=TESTS)

    assert pytester.runpytest(*PLUGIN, "--requirement", "P1.4.4").parseoutcomes() == {"failed": 1, "deselected": 3}
    assert pytester.runpytest(*PLUGIN, "--requirement", "T1.3").parseoutcomes() == {
        "passed": 1, "failed": 1, "skipped": 1, "deselected": 1
    }  # fmt: skip


def test_an_unknown_selection_is_a_usage_error(pytester: pytest.Pytester):
    pytester.makepyfile(test_select=TESTS)

    result = pytester.runpytest(*PLUGIN, "--requirement", "P7")

    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_coverage_is_gathered_from_xdist_workers(pytester: pytest.Pytester):
    pytester.makepyfile(test_xdist=TESTS)

    pytester.runpytest_subprocess(*PLUGIN, "-n", "2", "--requirements-json=cov.json")

    coverage = json.loads((pytester.path / "cov.json").read_text())
    assert (coverage["P1.3.2"]["passed"], coverage["P1.3.2"]["failed"]) == (1, 1)


def test_a_selection_records_what_it_left_out_and_how_it_chose(pytester: pytest.Pytester):
    """P1.3.4 has a test the selection left out: "not run", not "no test"; the run says 3 of 4 and why."""
    pytester.makepyfile(test_part=TESTS)

    pytester.runpytest(*PLUGIN, "--requirement", "P1.3.2", "--requirements-json=cov.json")

    coverage = json.loads((pytester.path / "cov.json").read_text())
    assert coverage["P1.3.4"]["tests"] == []
    assert coverage["P1.3.4"]["not_selected"] == ["test_part.py::test_refund_skipped"]
    assert coverage["P1.1.1"]["not_selected"] == []
    assert coverage["_run"] == {"language": None, "collected": 4, "selected": 2, "selection": ["--requirement P1.3.2"]}


def test_a_marker_or_keyword_selection_is_recorded_too(pytester: pytest.Pytester):
    pytester.makepyfile(test_kw=TESTS)

    pytester.runpytest(*PLUGIN, "-k", "refund", "--requirements-json=cov.json")

    coverage = json.loads((pytester.path / "cov.json").read_text())
    assert coverage["P1.3.2"]["not_selected"] == ["test_kw.py::test_review_passes", "test_kw.py::test_email_fails"]
    assert coverage["_run"]["selection"] == ["-k refund"]
    assert (coverage["_run"]["collected"], coverage["_run"]["selected"]) == (4, 1)


def test_what_xdist_workers_left_out_reaches_the_coverage_file(pytester: pytest.Pytester):
    pytester.makepyfile(test_xsel=TESTS)

    pytester.runpytest_subprocess(*PLUGIN, "-n", "2", "--requirement", "P1.4.4", "--requirements-json=cov.json")

    coverage = json.loads((pytester.path / "cov.json").read_text())
    assert coverage["P1.3.4"]["not_selected"] == ["test_xsel.py::test_refund_skipped"]
    assert (coverage["_run"]["collected"], coverage["_run"]["selected"]) == (4, 1)
