"""Mutation testing's own logic (scripts/mutation_testing.py): its table, which mutants it runs, its report.

Fast and without cosmic-ray or a single mutant run: `make mutation` is the real thing.
"""

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts import mutation_testing as mt
from support.requirements import catalogue

ROOT = mt.ROOT

TARGETS = mt.load_targets()


def test_the_table_names_money_and_rule_modules_of_both_reference_sites():
    modules = {t.module for t in TARGETS}

    assert {"demo_site/pricing.py", "demo_site/orders.py", "demo_site/einvoice.py"} <= modules
    assert {"misty_hill/money.py", "misty_hill/stay/pricing.py"} <= modules
    assert all(t.reason for t in TARGETS)


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.module)
def test_each_module_exists_and_its_requirements_are_in_the_catalogue(target):
    assert (ROOT / target.module).is_file()
    assert target.site in mt.PROFILES
    assert (ROOT / mt.PROFILES[target.site]).is_file()
    unknown = [r for r in target.requirements if r not in catalogue()]
    assert not unknown, f"{target.module}: not in the requirement catalogue: {unknown}"


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.module)
def test_each_module_is_judged_by_tests_that_carry_its_requirements(target):
    """Every listed test path exists, every requirement has an e2e test there, and a listed file has one of them."""
    files = []
    for path in target.tests:
        assert (ROOT / path).exists(), f"{target.module}: no such test path {path}"
        files += [ROOT / path] if (ROOT / path).is_file() else sorted((ROOT / path).rglob("test_*.py"))
    marked = {file: set(re.findall(r'"(P\d\.\d\.\d)"', file.read_text(encoding="utf-8"))) for file in files}
    for requirement in target.requirements:
        assert any(requirement in ids for ids in marked.values()), (
            f"{target.module}: no test of {requirement} in {target.tests}"
        )
    if target.tests != ("tests/e2e",):
        for file, ids in marked.items():
            assert ids & set(target.requirements), f"{file.name} carries none of {target.requirements}"


@pytest.mark.parametrize("target", [t for t in TARGETS if t.scope or t.dead], ids=lambda t: t.module)
def test_each_scope_and_dead_name_is_found_in_its_module(target):
    source = (ROOT / target.module).read_text(encoding="utf-8")

    assert len(mt.scope_spans(source, [*target.scope, *target.dead])) == len(target.scope) + len(target.dead)


@pytest.mark.parametrize("target", [t for t in TARGETS if t.switches], ids=lambda t: t.module)
def test_each_named_switch_is_a_parameter_of_its_module(target):
    source = (ROOT / target.module).read_text(encoding="utf-8")
    for switch in target.switches:
        assert re.search(rf"\b{switch}: bool", source), f"{target.module}: no parameter {switch}"


def test_a_parameter_that_carries_a_switch_and_the_tables_only_it_reaches_are_skipped():
    source = """\
def refund(plan: str, days: int, statutory: bool = False) -> int:
    if statutory:
        bands = _LAW
    else:
        bands = _OURS
    return bands[0]


_LAW = ((14, 100),)
_OURS = ((10, 100),)
"""
    excluded = mt.excluded_spans(source, switches=["statutory"], dead=["_LAW"])

    def why(line: int, column: int) -> str | None:
        return mt.worth_running("core/NumberReplacer", (line, column), (line, column + 1), None, excluded)

    assert why(1, 54) is not None  # `= False`
    assert why(3, 16) is not None  # the branch only the switch takes
    assert why(9, 9) is not None  # `_LAW`
    assert why(5, 16) is None  # the clean branch
    assert why(10, 10) is None  # `_OURS`


def test_a_scope_name_that_is_not_there_is_an_error():
    with pytest.raises(KeyError, match="nowhere"):
        mt.scope_spans("def here():\n    return 1\n", ["nowhere"])


def test_the_test_command_runs_the_requirements_e2e_tests_fast_and_stops_at_the_first_failure():
    target = mt.Target("demo_site/einvoice.py", ("P1.4.4",), "why", tests=("tests/e2e/t1_4/test_einvoice.py",))

    command = mt.judging_command(target, "python", "en")

    assert command[:4] == ["python", "-m", "pytest", "tests/e2e/t1_4/test_einvoice.py"]
    assert command[command.index("--profile") + 1] == "profiles/demo-hotel.yaml"
    assert command[command.index("--site-lang") + 1] == "en"
    assert command[command.index("--requirement") + 1] == "P1.4.4"
    for option in ("-x", "--maxfail=1", "--expect-timeout=2500", "--mail-timeout=3", "no:randomly"):
        assert option in command
    assert not any(option.startswith(("-n", "--numprocesses")) for option in command)


SOURCE = '''\
@decorate(frozen=True)
def fee(amount: int, defects: frozenset[str] = frozenset()) -> int:
    """A fee."""
    if "fee-wrong" in defects:
        amount += 1
    rate = 2 if "rate-wrong" in defects else 3
    return amount * rate + 1


def other(x: int) -> bool:
    return x < 10


TABLE = make(first=(1, 2), second=3)
'''


def test_mutants_in_annotations_and_defect_switches_are_skipped_and_the_rule_itself_is_kept():
    excluded = mt.excluded_spans(SOURCE)

    def why(line: int, column: int, operator: str = "core/NumberReplacer") -> str | None:
        return mt.worth_running(operator, (line, column), (line, column + 1), None, excluded)

    assert why(1, 17, "core/ReplaceTrueWithFalse") == "in a decorator, an annotation or a defect switch"
    assert why(2, 36, "core/AddNot") == "in a decorator, an annotation or a defect switch"  # `frozenset[str]`
    assert why(5, 18) == "in a decorator, an annotation or a defect switch"  # `amount += 1` only when switched on
    assert why(6, 11) == "in a decorator, an annotation or a defect switch"  # `2 if … in defects`
    assert why(6, 41) is None  # `else 3`: the clean path
    assert why(7, 27) is None  # `+ 1`
    assert why(11, 15) is None  # `x < 10`


def test_scope_limits_mutants_to_the_named_function_or_keyword():
    spans = mt.scope_spans(SOURCE, ["other", "TABLE.second"])

    assert mt.worth_running("core/NumberReplacer", (11, 15), (11, 17), spans, []) is None
    assert mt.worth_running("core/NumberReplacer", (14, 34), (14, 35), spans, []) is None  # second=3
    assert mt.worth_running("core/NumberReplacer", (14, 20), (14, 21), spans, []) == "outside the module's scope"
    assert mt.worth_running("core/NumberReplacer", (7, 27), (7, 28), spans, []) == "outside the module's scope"


@pytest.mark.parametrize(
    ("operator", "kept"),
    [
        ("core/ReplaceComparisonOperator_Lt_LtE", True),
        ("core/ReplaceComparisonOperator_GtE_Gt", True),
        ("core/ReplaceComparisonOperator_Eq_NotEq", True),
        ("core/ReplaceComparisonOperator_Lt_Gt", False),  # subsumed by Lt_LtE and Lt_NotEq
        ("core/ReplaceComparisonOperator_Eq_Is", False),
        ("core/ReplaceBinaryOperator_Add_Sub", True),
        ("core/ReplaceBinaryOperator_Add_BitXor", False),
        ("core/ReplaceBinaryOperator_BitOr_Add", False),
        ("core/NumberReplacer", True),
        ("core/ZeroIterationForLoop", True),
        ("core/RemoveDecorator", False),
        ("core/ReplaceUnaryOperator_USub_Invert", False),
    ],
)
def test_only_the_plausible_slips_of_each_operator_run(operator, kept):
    assert mt.operator_kept(operator) is kept


def result(module, killed, survived, survivors=(), **more):
    return mt.ModuleResult(module, ("P1.3.4",), planned=killed + survived, killed=killed, survived=survived,
                           survivors=list(survivors), **more)  # fmt: skip


def test_the_report_gives_the_score_per_module_and_overall_and_every_survivor_with_its_diff():
    diff = "--- a\n+++ b\n-        if days_before >= band.days_before:\n+        if days_before > band.days_before:\n"
    survivor = mt.Survivor("demo_site/pricing.py", 158, "core/ReplaceComparisonOperator_GtE_Gt", diff)
    results = [
        result("demo_site/pricing.py", 15, 1, [survivor], timeouts=2),
        result("demo_site/einvoice.py", 4, 0, note="stopped after 5 minutes (--budget-minutes)"),
    ]

    text = mt.format_report(results, header="Mutation testing at commit abc1234")

    assert text.startswith("Mutation testing at commit abc1234")
    assert "| demo_site/pricing.py | P1.3.4 | 15 | 1 | 93.8 % | 16 / 16 | 2 | 0 |" in text
    assert "| demo_site/einvoice.py | P1.3.4 | 4 | 0 | 100.0 % |" in text
    assert "| **overall** | | 19 | 1 | **95.0 %** |" in text
    assert "- demo_site/einvoice.py: stopped after 5 minutes" in text
    assert "Surviving mutants: 1" in text
    assert "demo_site/pricing.py:158  core/ReplaceComparisonOperator_GtE_Gt" in text
    assert "+        if days_before > band.days_before:" in text


def test_a_module_where_nothing_ran_has_no_score_rather_than_zero():
    assert mt.percent(result("misty_hill/money.py", 0, 0).score) == "–"
    assert mt.percent(mt.overall([])) == "–"


def test_a_kill_is_credited_to_the_first_failed_test_or_to_the_timeout():
    output = "..F\n=== short test summary info ===\nFAILED tests/e2e/t1_3/test_x.py::test_y[zh-TW] - AssertionError\n"

    assert mt.first_failure(output) == "tests/e2e/t1_3/test_x.py::test_y[zh-TW]"
    assert mt.first_failure("timeout") == "timeout"
    assert mt.first_failure("ImportError: cannot import name") == "?"


def test_retesting_survivors_puts_only_them_back_to_pending(tmp_path):
    import sqlite3

    session = tmp_path / "s.sqlite"
    with sqlite3.connect(session) as db:
        db.execute("CREATE TABLE work_results (job_id TEXT, worker_outcome TEXT, test_outcome TEXT)")
        db.executemany(
            "INSERT INTO work_results VALUES (?, ?, ?)",
            [("a", "NORMAL", "SURVIVED"), ("b", "NORMAL", "KILLED"), ("c", "SKIPPED", None)],
        )

    assert mt.forget_survivors(session) == 1
    with sqlite3.connect(session) as db:
        assert sorted(row[0] for row in db.execute("SELECT job_id FROM work_results")) == ["b", "c"]
