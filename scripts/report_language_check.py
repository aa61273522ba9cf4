"""Is a generated Allure report in one language? Lists every text of the report that is not.

    python scripts/report_language_check.py reports/allure-report --lang zh-TW

It reads the report's data (test results, categories, charts, the tree) and checks the texts the
suite writes: test titles, steps, parameter names, tags, categories, chart titles, the headings of
the standard, the first line of each failure and the compliance overview's page. In a Chinese
report none of them may be an English phrase (two or more common English words; codes, e-mail
addresses and a title's `[case]` are data and allowed); in an English report none may hold
Chinese, outside the data a step or the overview carries. Exit 1 naming each offending text and
where it is, 0 when there is none. `make e2e` runs it on every report it builds.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

_ENGLISH_WORDS = {
    "the", "a", "an", "of", "to", "and", "is", "are", "on", "in", "by", "for", "with", "from", "at", "its", "each",
    "every", "not", "no", "or", "be", "was", "shows", "page", "guest", "booking", "test", "errors", "status",
    "distribution", "dynamics", "results", "product", "tests", "failed", "passed", "run", "selected", "applicable",
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CASE = re.compile(r"\s*\[[^\]]*\]$")
_DATA = re.compile(r"\S+@\S+|https?://\S+")
# Texts whose words are the site's or the profile's data rather than the suite's (checked for the suite's words only).
_DATA_KINDS = {"step", "overview"}


def is_english(text: str) -> bool:
    """Two or more common English words: an English phrase, not a code or a name."""
    words = [word.lower() for word in _WORD.findall(_DATA.sub(" ", _CASE.sub("", text)))]
    return sum(word in _ENGLISH_WORDS for word in words) >= 2


def is_chinese(text: str) -> bool:
    """Any Han character."""
    return bool(_CJK.search(_CASE.sub("", text)))


class _Text(HTMLParser):
    """The text of a page, one piece per element, without its styles and scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if data.strip() and not self._skip:
            self.pieces.append(data.strip())


def _overview(report: Path) -> Iterator[tuple[str, str, str]]:
    page = report / "overview" / "index.html"
    if page.exists():
        parser = _Text()
        parser.feed(page.read_text(encoding="utf-8"))
        yield from (("overview", "overview/index.html", piece) for piece in parser.pieces)


def texts(report: Path) -> Iterator[tuple[str, str, str]]:
    """(kind, where, text) of every text the suite puts in the report: the overview, and the awesome report's."""
    yield from _overview(report)
    if (report / "awesome").is_dir():
        report = report / "awesome"
    for path in sorted((report / "data" / "test-results").glob("*.json")):
        result = json.loads(path.read_text(encoding="utf-8"))
        where = result.get("fullName") or path.name
        yield "title", where, result.get("name", "")
        yield from _steps(result.get("steps", []), where)
        for parameter in result.get("parameters", []):
            yield "parameter", where, parameter.get("name", "")
        for label in result.get("labels", []):
            if label.get("name") in ("epic", "feature", "story", "tag", "parentSuite", "suite", "subSuite"):
                yield "label", where, label.get("value", "")
        message = (result.get("error") or {}).get("message")
        if message and result.get("status") == "failed":
            yield "failure", where, message.strip().splitlines()[0]
    yield from _categories(report)
    yield from _charts(report)


def _steps(steps: list[dict], where: str) -> Iterator[tuple[str, str, str]]:
    for step in steps:
        if step.get("type", "step") == "step" and step.get("name"):
            yield "step", where, step["name"]
        yield from _steps(step.get("steps", []), where)


def _categories(report: Path) -> Iterator[tuple[str, str, str]]:
    path = report / "widgets" / "categories.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        for node in data.get("nodes", {}).values():
            if node.get("type") == "category":
                yield "category", "categories", node.get("name", "")


def _charts(report: Path) -> Iterator[tuple[str, str, str]]:
    path = report / "widgets" / "charts.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        for chart in data.get("general", {}).values():
            yield "chart", "charts", chart.get("title", "")


def offences(report: Path, lang: str) -> list[str]:
    """`kind at where: text` for every text not in `lang`."""
    found = []
    for kind, where, text in texts(report):
        wrong = is_chinese(text) and kind not in _DATA_KINDS if lang == "en" else is_english(text)
        if wrong:
            found.append(f"{kind} at {where}: {text}")
    return sorted(set(found))


def main() -> int:
    """Check one report; print what is not in its language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="the generated report folder (reports/allure-report)")
    parser.add_argument("--lang", default="zh-TW", choices=("zh-TW", "en"), help="the report's language")
    args = parser.parse_args()
    found = offences(args.report, args.lang)
    if found:
        print(f"The report is not all in {args.lang}: {len(found)} texts are not.\n  " + "\n  ".join(found[:50]))
        return 1
    print(f"The report is all in {args.lang}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
