"""Every word the suite puts in the report exists in every report language (a missing one would show English)."""

from __future__ import annotations

import ast
import json
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.report_language_check import is_chinese, is_english, offences
from support import findings

ROOT = Path(__file__).resolve().parents[2]
E2E = ROOT / "tests" / "e2e"


def _trees(*folders: Path) -> Iterator[tuple[Path, ast.AST]]:
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _calls(*folders: Path) -> Iterator[ast.Call]:
    for _, tree in _trees(*folders):
        yield from (node for node in ast.walk(tree) if isinstance(node, ast.Call))


def _name(call: ast.Call) -> str | None:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", None)


def _requirement_tests() -> set[str]:
    return {
        f"{path.relative_to(E2E).as_posix()}::{node.name}"
        for path, tree in _trees(E2E)
        if path.name.startswith("test_")
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }


def test_every_requirement_test_has_texts_and_every_text_a_test():
    assert set(findings.test_texts()) == _requirement_tests()


@pytest.mark.parametrize("key", sorted(_requirement_tests()))
def test_each_requirement_test_has_a_title_and_a_plain_failure_sentence(key: str):
    texts = findings.test_texts()[key]
    assert is_chinese(texts["title"]["zh-TW"])
    assert is_chinese(texts["fails"]["zh-TW"])
    assert texts["fails"]["zh-TW"].endswith("。")
    assert not is_chinese(texts["fails"]["en"])
    assert texts["fails"]["en"].endswith(".")


def _things() -> set[str]:
    """The words of `each(items, "what")`, `not_applicable("what")` and case sources `Source("what", …)`."""
    found = set()
    for call in _calls(E2E, ROOT / "support", ROOT / "scenarios"):
        if _name(call) == "each" and len(call.args) > 1 and isinstance(call.args[1], ast.Constant):
            found.add(call.args[1].value)
        if _name(call) in ("not_applicable", "Source") and call.args and isinstance(call.args[0], ast.Constant):
            found.add(call.args[0].value)
    return found


def test_everything_a_check_can_find_nothing_of_has_words_in_every_language():
    missing = {what for what in _things() if "zh-TW" not in findings.words()["things"].get(what, {})}
    assert not missing


def _steps() -> list[tuple[str, set[str]]]:
    return [
        (call.args[0].value, {keyword.arg for keyword in call.keywords})
        for call in _calls(ROOT / "scenarios")
        if _name(call) == "step" and call.args and isinstance(call.args[0], ast.Constant)
    ]


def test_every_step_of_the_scenarios_is_in_every_language_with_the_parameters_it_is_given():
    steps = findings.words()["steps"]
    assert {key for key, _ in _steps()} == set(steps)
    for key, given in _steps():
        for lang in findings.LANGUAGES:
            assert findings.parameters(steps[key][lang]) == given, (key, lang)


def _parameter_names() -> set[str]:
    """The argument names of `parametrize` and `cases` in the requirement tests."""
    names = {"language", "browser_name"}
    for call in _calls(E2E):
        if _name(call) == "parametrize" and call.args and isinstance(call.args[0], ast.Constant):
            names.update(name.strip() for name in call.args[0].value.split(","))
        if _name(call) == "cases":
            names.update(keyword.arg for keyword in call.keywords)
    return names


def test_every_parameter_of_the_requirement_tests_is_named_in_every_language():
    named = findings.words()["parameters"]
    assert {name for name in _parameter_names() if set(named.get(name, {})) != set(findings.LANGUAGES)} == set()


def test_every_marker_the_project_registers_is_a_tag_in_every_language():
    registered = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    names = {line.split(":")[0] for line in registered["markers"]}
    tags = findings.words()["tags"]
    assert {name for name in names if set(tags.get(name, {})) != set(findings.LANGUAGES)} == set()


def test_an_english_phrase_is_told_from_codes_and_names():
    assert is_english("The review page shows the total")
    assert is_english("Product errors")
    assert not is_english("完成訂房：Standard Double × 1, 2027-04-15 → 2027-04-16, atm")
    assert not is_english("讀取寄給 guest+the-booking-of-a-test@guest.example 的通知信")
    assert not is_english("確認頁的費用明細加總不等於顯示的總額。 [deluxe-twin-atm-breakfast]")


def _report(folder: Path, title: str, chart: str) -> Path:
    """A generated report's data in the shape Allure 3 writes it, with one test result and one chart."""
    (folder / "data" / "test-results").mkdir(parents=True)
    (folder / "widgets").mkdir()
    result = {"name": title, "fullName": "tests.e2e.t1_3#test_x", "status": "passed", "steps": [],
              "parameters": [{"name": "情境", "value": "dinner"}], "labels": []}  # fmt: skip
    (folder / "data" / "test-results" / "x.json").write_text(json.dumps(result), encoding="utf-8")
    (folder / "widgets" / "charts.json").write_text(json.dumps({"general": {"c": {"title": chart}}}), encoding="utf-8")
    return folder


def test_the_language_check_names_an_english_title_and_chart_in_a_chinese_report(tmp_path: Path):
    english = _report(tmp_path / "en", "The fee lines add up to the total shown [dinner]", "Status dynamics")
    chinese = _report(tmp_path / "zh", "確認頁的費用明細加總等於顯示的總額。 [dinner]", "狀態趨勢")

    assert offences(english, "zh-TW") == [
        "chart at charts: Status dynamics",
        "title at tests.e2e.t1_3#test_x: The fee lines add up to the total shown [dinner]",
    ]
    assert offences(chinese, "zh-TW") == []
    assert offences(chinese, "en") == [
        "chart at charts: 狀態趨勢",
        "parameter at tests.e2e.t1_3#test_x: 情境",
        "title at tests.e2e.t1_3#test_x: 確認頁的費用明細加總等於顯示的總額。 [dinner]",
    ]
