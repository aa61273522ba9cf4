"""The release tools: the requirement gate over merged shards, and the shard check's comparison."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts import requirements_gate, shard_check
from support.requirements import catalogue, lookup


def coverage_file(path: Path, **tallies: dict) -> Path:
    """A requirements.json as the requirements plugin writes it, with only the given IDs."""
    path.write_text(json.dumps(tallies), encoding="utf-8")
    return path


def tally(*tests: str, passed=0, failed=0, skipped=0, not_applicable=0, not_offered=(), not_selected=()) -> dict:
    return {"tests": list(tests), "passed": passed, "failed": failed, "skipped": skipped,
            "not_applicable": not_applicable, "not_offered": list(not_offered),
            "not_selected": list(not_selected)}  # fmt: skip


def test_shards_merge_into_one_table_with_every_catalogue_id(tmp_path):
    first = coverage_file(tmp_path / "1.json", **{"P1.3.2": tally("a", passed=1)})
    second = coverage_file(tmp_path / "2.json", **{"P1.3.2": tally("b", failed=1), "P1.3.1": tally("c", passed=1)})

    merged = requirements_gate.merge([first, second])

    assert merged["P1.3.2"] == tally("a", "b", passed=1, failed=1)
    assert merged["P1.3.1"] == tally("c", passed=1)
    assert merged["P3.3.3"] == tally()


def test_the_gate_names_each_required_requirement_without_a_passing_test(tmp_path):
    merged = requirements_gate.merge([coverage_file(
        tmp_path / "1.json",
        **{"P1.3.1": tally("a", passed=1), "P1.3.2": tally("b", passed=1, failed=1), "P1.3.3": tally("c", skipped=1)},
    )])  # fmt: skip

    problems = requirements_gate.shortfalls(merged, ["P1.3"])

    assert problems == ["P1.3.2: 1 of 1 tests failed", "P1.3.3: its 1 tests were skipped or did not run",
                        "P1.3.4: no test checks it"]  # fmt: skip
    assert requirements_gate.shortfalls(merged, ["P1.3.1"]) == []


def test_the_gate_exits_non_zero_and_writes_the_merged_table(tmp_path, capsys, monkeypatch):
    source = coverage_file(tmp_path / "1.json", **{"P1.3.1": tally("a", passed=1)})
    monkeypatch.setattr(sys, "argv", ["gate", str(source), "--require", "P1.4", "--merged", str(tmp_path / "m.json")])

    assert requirements_gate.main() == 1
    assert "P1.4.1: no test checks it" in capsys.readouterr().out
    assert json.loads((tmp_path / "m.json").read_text())["P1.3.1"]["passed"] == 1


def test_languages_merge_with_not_applicable_summed_and_old_files_without_it_still_merge(tmp_path):
    zh = coverage_file(tmp_path / "zh-TW.json", **{"P1.4.4": tally("a", "b", passed=1, not_applicable=1,
                                                                    not_offered=["shop"])})  # fmt: skip
    en = coverage_file(tmp_path / "en.json", **{"P1.4.4": tally("a", "b", "c", passed=1, not_applicable=2,
                                                                 not_offered=["back-office", "shop"])})  # fmt: skip
    old = coverage_file(tmp_path / "old.json", **{"P1.4.4": {"tests": ["a"], "passed": 1, "failed": 0, "skipped": 0}})

    merged = requirements_gate.merge([zh, en, old])

    assert merged["P1.4.4"] == tally("a", "b", "c", passed=3, not_applicable=3, not_offered=["back-office", "shop"])


def run(language: str, collected: int, selected: int, *selection: str) -> dict:
    """The `_run` entry the requirements plugin writes."""
    return {"language": language, "collected": collected, "selected": selected, "selection": list(selection)}


def test_an_indicator_a_selection_left_out_is_not_run_not_a_failure(tmp_path):
    """After `--requirement P1.4.4`, P1.3.1 has tests the selection left out; P1.3.2 has none at all."""
    source = coverage_file(tmp_path / "1.json", **{"P1.4.4": tally("a", passed=1), "P1.3.1": tally(not_selected=["b"]),
                                                   "_run": run("zh-TW", 2, 1, "--requirement P1.4.4")})  # fmt: skip
    coverage = requirements_gate.merge([source])

    problems = requirements_gate.shortfalls(coverage, ["P1.3.1", "P1.3.2", "P1.4.4"])

    assert problems == ["P1.3.2: no test checks it"]
    assert requirements_gate.not_run(coverage) == ["P1.3.1: 1 tests not selected"]


def test_a_test_one_shard_left_out_and_another_ran_is_not_left_out(tmp_path):
    first = coverage_file(tmp_path / "1.json", **{"P1.3.1": tally("a", passed=1, not_selected=["b"]),
                                                  "_run": run("en", 2, 1, "--splits 2", "--group 1")})  # fmt: skip
    second = coverage_file(tmp_path / "2.json", **{"P1.3.1": tally("b", passed=1, not_selected=["a"]),
                                                   "_run": run("en", 2, 1, "--splits 2", "--group 2")})  # fmt: skip

    assert requirements_gate.merge([first, second])["P1.3.1"]["not_selected"] == []
    merged_run = requirements_gate.merge_runs([first, second])
    assert (merged_run["collected"], merged_run["selected"]) == (2, 2)
    assert requirements_gate.scaled_minimum(150, merged_run) == 150


def test_the_count_gate_minimum_scales_with_the_selection_over_languages(tmp_path):
    """Two languages, each 200 of 1000 tests selected: 150 × 400 / 2000 = 30."""
    zh = coverage_file(tmp_path / "zh.json", _run=run("zh-TW", 1000, 200, "--requirement P1.3"))
    en = coverage_file(tmp_path / "en.json", _run=run("en", 1000, 200, "--requirement P1.3"))
    old = coverage_file(tmp_path / "old.json", **{"P1.3.1": tally("a", passed=1)})

    merged_run = requirements_gate.merge_runs([zh, en])

    assert merged_run == {"languages": ["zh-TW", "en"], "collected": 2000, "selected": 400,
                          "selection": ["--requirement P1.3"]}  # fmt: skip
    assert requirements_gate.scaled_minimum(150, merged_run) == 30
    assert requirements_gate.scaled_minimum(150, requirements_gate.merge_runs([old])) == 150


def test_the_merged_file_keeps_the_run_and_reads_back_as_the_same_run(tmp_path, capsys, monkeypatch):
    source = coverage_file(tmp_path / "1.json", _run=run("en", 10, 3, "-m nondestructive"))
    merged = tmp_path / "m.json"
    monkeypatch.setattr(sys, "argv", ["gate", str(source), "--merged", str(merged)])
    requirements_gate.main()
    monkeypatch.setattr(sys, "argv", ["gate", str(merged), "--min-tests", "100"])
    capsys.readouterr()

    assert requirements_gate.main() == 0
    assert capsys.readouterr().out.strip() == "30"
    assert requirements_gate.merge_runs([merged])["languages"] == ["en"]


def test_the_gate_writes_its_verdict_as_data(tmp_path, monkeypatch):
    source = coverage_file(tmp_path / "1.json", **{"P1.3.1": tally("a", failed=1), "P1.3.2": tally(not_selected=["b"]),
                                                   "_run": run("en", 2, 1, "--requirement P1.3.1")})  # fmt: skip
    monkeypatch.setattr(sys, "argv", ["gate", str(source), "--require", "P1.3", "--json", str(tmp_path / "v.json")])

    assert requirements_gate.main() == 1
    verdict = json.loads((tmp_path / "v.json").read_text())
    assert verdict["passed"] is False
    assert verdict["failing"] == ["P1.3.1", "P1.3.3", "P1.3.4"]  # P1.3.2 was left out, not failed
    assert verdict["not_run"] == ["P1.3.2: 1 tests not selected"]
    assert verdict["run"]["selection"] == ["--requirement P1.3.1"]


def test_the_gate_prints_not_applicable_per_indicator_with_the_features_not_offered(tmp_path):
    merged = requirements_gate.merge([coverage_file(
        tmp_path / "1.json", **{"P1.4.4": tally("a", passed=3, not_applicable=25, not_offered=["shop"])},
    )])  # fmt: skip

    assert requirements_gate.not_applicable(merged) == [
        "P1.4.4: 3 passed, 25 not applicable (the property does not offer: an online shop for food and other products)"
    ]
    assert requirements_gate.shortfalls(merged, ["P1.4.4"]) == []


def test_a_mandatory_requirement_all_not_applicable_fails_the_gate_and_an_optional_one_does_not(tmp_path):
    assert lookup("P1.4.2").mandatory
    assert not lookup("P1.4.3").mandatory
    merged = requirements_gate.merge([coverage_file(tmp_path / "1.json", **{
        "P1.4.2": tally("a", not_applicable=1, not_offered=["contact-form"]),
        "P1.4.3": tally("b", not_applicable=2, not_offered=["contact-form"]),
    })])  # fmt: skip

    problems = requirements_gate.shortfalls(merged, [])

    assert problems == [
        "P1.4.2: all 1 of its tests were not applicable (the property does not offer: a contact form), "
        "but every booking site must meet it"
    ]
    assert [problem for problem in requirements_gate.shortfalls(merged, ["P1.4"]) if "P1.4.3" in problem] == []


def test_the_gate_exits_non_zero_on_a_mandatory_requirement_all_not_applicable(tmp_path, capsys, monkeypatch):
    source = coverage_file(tmp_path / "1.json", **{"P1.3.4": tally("a", not_applicable=2,
                                                                    not_offered=["online-cancellation"])})  # fmt: skip
    monkeypatch.setattr(sys, "argv", ["gate", str(source)])

    assert requirements_gate.main() == 1
    out = capsys.readouterr().out
    assert "P1.3.4: 0 passed, 2 not applicable (the property does not offer: online cancellation)" in out
    assert "P1.3.4: all 2 of its tests were not applicable" in out


def test_every_indicator_the_standard_asks_of_every_booking_site_is_mandatory():
    must = {"P1.1.3", "P1.1.4", "P1.2.1", "P1.2.2", "P1.3.1", "P1.3.2", "P1.3.3", "P1.3.4", "P1.4.1", "P1.4.2",
            "P1.4.4"}  # fmt: skip
    assert must <= {rid for rid, requirement in catalogue().items() if requirement.mandatory}
    assert not lookup("P3.1.1").mandatory


def test_the_shard_check_sees_a_lost_test_and_a_changed_outcome():
    single = {"h1": "passed (a)", "h2": "passed (b)", "h3": "failed (c)"}
    merged = {"h1": "passed (a)", "h3": "passed (c)"}

    problems = shard_check.compare(single, merged, "test")

    assert problems == ["test h2: only in the single run", "test h3: failed (c) alone but passed (c) in shards"]


def test_the_shard_check_ignores_the_order_shards_list_tests_in_but_not_a_test_run_twice(tmp_path):
    single = {"P1.3.1": tally("a", "b", passed=2)}
    assert shard_check.compare(single, {"P1.3.1": tally("b", "a", passed=2)}, "requirement") == []

    first = coverage_file(tmp_path / "1.json", **{"P1.3.1": tally("a", passed=1)})
    second = coverage_file(tmp_path / "2.json", **{"P1.3.2": tally("a", passed=1)})
    assert shard_check.shard_overlap([first, second]) == ["a ran in shard 1 and shard 2"]


@pytest.mark.parametrize("extra", [(), ("-n", "2")])
def test_collect_only_lists_each_requirements_tests_without_outcomes(pytester: pytest.Pytester, extra):
    pytester.makepyfile(test_listed='import pytest\n@pytest.mark.requirement("P1.3.2")\ndef test_x():\n    pass\n')

    pytester.runpytest_subprocess("-p", "support.plugins.requirements", "-p", "no:randomly", "--collect-only",
                                  "--requirements-json=cov.json", *extra)  # fmt: skip

    assert json.loads((pytester.path / "cov.json").read_text())["P1.3.2"] == tally("test_listed.py::test_x")
