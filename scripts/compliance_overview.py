"""The compliance overview: every indicator of the standard with its verdict, for an operator.

    python scripts/compliance_overview.py --input reports/overview/input.json \
        --coverage reports/requirements.json --requirements-gate reports/gate-requirements.json \
        --profile profiles/demo-hotel.yaml --lang zh-TW --history reports/history/compliance.jsonl \
        --out reports/overview [--pdf] [--screenshot docs/compliance-overview.png]

An operator who never opens a test reads here, indicator by indicator of the competency
standard, whether the site complies: the 31 a website can show (support/requirements.yaml) with
their verdict (passed, failed, not applicable, not run, no test), a failing one with the plain
first sentence of its first failed test, and the T2 indicators no website can show, with why.
Above them: the failing indicators first, the release gates' results, the property, the site and
its version, the languages, the date and the trend over the last runs.

The Allure plugin scripts/allure-overview-plugin.mjs runs this during `allure generate` and puts
the page and its PDF into the report; `input.json` is what it hands over from Allure's store (each
test's status, first message line and indicators, the environment, the count gate's results).
The history file gains one line per run (a run is known by its last test's end, so building the
report again replaces the line rather than adding one).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support import findings
from support.findings import features
from support.requirements import Heading, catalogue, offsite

VERDICTS = ("failed", "passed", "not_applicable", "not_run", "no_test", "offsite")
_ID = re.compile(r"^(P\d+\.\d+\.\d+)\b")
TREND_RUNS = 10

TEXT = {
    "zh-TW": {
        "title": "法遵總覽", "subtitle": "旅宿電商運營人員職能基準：逐項指標的檢查結果",
        "failed": "未通過", "passed": "通過", "not_applicable": "不適用", "not_run": "未執行",
        "no_test": "無測試", "offsite": "網站無法呈現",
        "property": "旅宿", "site": "網站", "version": "網站版本", "languages": "網站語言", "date": "執行時間",
        "selection": "本次選擇", "whole": "全部測試", "selected": "共 {collected} 項測試中執行 {selected} 項",
        "fail_head": "{n} 項指標未通過：", "all_pass": "本次檢查的 {n} 項指標全部通過或不適用。",
        "gates": "發布關卡", "count_gate": "測試數量關卡", "req_gate": "指標關卡",
        "gate_passed": "通過", "gate_failed": "未通過", "gate_unknown": "未評估",
        "count_detail": "執行 {actual} 項測試（最少 {minimum} 項），{failures} 項失敗（最多允許 {max} 項）",
        "req_detail": "必要指標：{required}", "not_run_head": "本次選擇未執行的指標：",
        "trend": "近期趨勢（各次執行的指標數）", "table": "逐項指標", "indicator": "指標", "verdict": "結果",
        "detail": "說明", "tests": "{n} 項測試：{counts}", "not_offered": "本旅宿未提供：{features}",
        "left_out": "{n} 項測試未在本次選擇中", "no_test_detail": "尚無測試檢查此指標",
        "pdf": "下載 PDF（可轉寄）", "report": "開啟完整 Allure 報告", "no_history": "尚無歷史紀錄",
        "trend_key": "通過／未通過／不適用",
        "offsite_note": "以下 T2 指標發生在拍攝與製作現場，網站上看不到，因此不以測試檢查：",
    },
    "en": {
        "title": "Compliance overview",
        "subtitle": "Competency standard for hotel e-commerce operators, indicator by indicator",
        "failed": "failed", "passed": "passed", "not_applicable": "not applicable", "not_run": "not run",
        "no_test": "no test", "offsite": "not shown on a website",
        "property": "Property", "site": "Site", "version": "Site version", "languages": "Site languages", "date": "Run",
        "selection": "Selection", "whole": "the whole suite", "selected": "{selected} of {collected} tests run",
        "fail_head": "{n} indicators fail:", "all_pass": "All {n} indicators the run checked pass or do not apply.",
        "gates": "Release gates", "count_gate": "Test count gate", "req_gate": "Indicator gate",
        "gate_passed": "passed", "gate_failed": "failed", "gate_unknown": "not evaluated",
        "count_detail": "{actual} tests ran (at least {minimum}), {failures} failed (at most {max} allowed)",
        "req_detail": "Required indicators: {required}", "not_run_head": "Indicators this selection did not run:",
        "trend": "Trend (indicators per run)", "table": "Indicator by indicator", "indicator": "Indicator",
        "verdict": "Verdict", "detail": "Details", "tests": "{n} tests: {counts}",
        "not_offered": "the property does not offer: {features}", "left_out": "{n} tests left out by this selection",
        "no_test_detail": "no test checks this indicator yet", "pdf": "Download the PDF (to forward)",
        "report": "Open the full Allure report", "no_history": "no earlier runs yet",
        "trend_key": "passed/failed/not applicable",
        "offsite_note": "These T2 indicators happen where images are shot and made; "
                        "no website shows them, so no test checks them:",
    },
}  # fmt: skip


@dataclass
class Row:
    """One indicator of the standard as the overview shows it."""

    id: str
    duty: Heading
    task: Heading
    zh: str
    en: str
    verdict: str
    detail: str = ""
    sentence: str = ""

    def text(self, lang: str) -> str:
        """The indicator's words in the report's language."""
        return self.zh if lang.startswith("zh") else self.en


@dataclass
class Overview:
    """Everything the page shows, gathered from the run's files."""

    lang: str
    rows: list[Row]
    facts: dict[str, str]
    gates: list[dict]
    not_run: list[str] = field(default_factory=list)
    trend: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """How many indicators have each verdict."""
        return {verdict: sum(1 for row in self.rows if row.verdict == verdict) for verdict in VERDICTS}


def indicator_ids(test: dict) -> list[str]:
    """The indicators a test checks, from its Allure story labels (`P1.3.2 最終確認… · Before…`)."""
    return [match.group(1) for story in test.get("stories", []) if (match := _ID.match(story))]


def first_sentences(tests: list[dict]) -> dict[str, str]:
    """Each indicator's plain sentence: the first message line of its first failed test (else first broken)."""
    sentences: dict[str, str] = {}
    for status in ("failed", "broken"):
        for test in sorted((t for t in tests if t["status"] == status), key=lambda t: t.get("start") or 0):
            line = (test.get("message") or "").strip().splitlines()
            for rid in indicator_ids(test):
                if line and rid not in sentences:
                    sentences[rid] = line[0].strip()
    return sentences


def verdict_of(tally: dict) -> str:
    """failed, passed, not applicable, not run (left out, or only skipped) or no test."""
    if tally.get("failed"):
        return "failed"
    if tally.get("passed"):
        return "passed"
    if tally.get("not_applicable"):
        return "not_applicable"
    if tally.get("tests") or tally.get("not_selected"):
        return "not_run"
    return "no_test"


def detail_of(tally: dict, verdict: str, lang: str) -> str:
    """The counts behind a verdict, and the features the property does not offer."""
    text = TEXT[lang]
    if verdict == "no_test":
        return text["no_test_detail"]
    if not tally.get("tests"):
        return text["left_out"].format(n=len(tally.get("not_selected", [])))
    counts = [f"{tally[key]} {text[key]}" for key in ("passed", "failed", "not_applicable") if tally.get(key)]
    if tally.get("skipped"):
        counts.append(f"{tally['skipped']} {text['not_run']}")
    detail = text["tests"].format(n=len(tally["tests"]), counts=", ".join(counts))
    if tally.get("not_offered"):
        names = [features().get(key, {}).get(lang, key) for key in tally["not_offered"]]
        detail += "; " + text["not_offered"].format(features="; ".join(names))
    return detail


def rows_of(coverage: dict[str, dict], tests: list[dict], lang: str) -> list[Row]:
    """Every indicator of the standard in its order: the catalogue's with verdicts, then the offsite ones."""
    sentences = first_sentences(tests)
    rows = []
    for rid, requirement in catalogue().items():
        tally = coverage.get(rid, {})
        verdict = verdict_of(tally)
        sentence = sentences.get(rid, "") if verdict == "failed" else ""
        rows.append(Row(rid, requirement.duty, requirement.task, requirement.zh, requirement.en, verdict,
                        detail_of(tally, verdict, lang), sentence))  # fmt: skip
    for rid, indicator in offsite().items():
        why = indicator.why_zh if lang.startswith("zh") else indicator.why_en
        rows.append(Row(rid, indicator.duty, indicator.task, indicator.zh, indicator.en, "offsite", why))
    return sorted(rows, key=lambda row: [int(part) for part in row.id[1:].split(".")])


def count_gate(data: dict | None) -> dict:
    """The count gate (`allure quality-gate`'s rules) as the page shows it: passed or not, and the numbers."""
    if not data:
        return {"name": "count_gate", "passed": None, "lines": []}
    rules = {result["rule"].split("/")[-1]: result for result in data.get("results", [])}
    values = {
        "actual": rules.get("minTestsCount", {}).get("actual", "?"),
        "minimum": rules.get("minTestsCount", {}).get("expected", "?"),
        "failures": rules.get("maxFailures", {}).get("actual", "?"),
        "max": rules.get("maxFailures", {}).get("expected", "?"),
    }
    return {"name": "count_gate", "passed": data.get("passed"), "values": values, "lines": []}


def requirement_gate(data: dict | None, rows: list[Row]) -> dict:
    """The requirement gate (scripts/requirements_gate.py --json) as the page shows it.

    Each failing indicator is named with its counts in the page's language (the gate's own lines
    are the terminal's English).
    """
    if not data:
        return {"name": "req_gate", "passed": None, "lines": []}
    details = {row.id: row.detail for row in rows}
    lines = [f"{rid} — {details.get(rid, '')}".rstrip(" —") for rid in data.get("failing", [])]
    return {"name": "req_gate", "passed": data["passed"], "required": data.get("required", []), "lines": lines}


def _recorded(environment: dict[str, str], key: str, missing: str = "?") -> str:
    """A line of the run's record, under the name it has in whichever language the run wrote it."""
    return next((environment[name] for name in findings.environment_names(key) if name in environment), missing)


def parse_date(tests: list[dict], zone: str) -> tuple[int, str]:
    """The run's key (its last test's end, in ms) and that moment in the property's time zone."""
    stop = max((test.get("stop") or 0 for test in tests), default=0)
    when = datetime.fromtimestamp(stop / 1000, ZoneInfo(zone)) if stop else None
    return stop, f"{when:%Y-%m-%d %H:%M} ({zone})" if when else "?"


def update_history(path: Path | None, entry: dict) -> list[dict]:
    """The history with this run in it (replacing a line of the same run), written back; the last runs."""
    if path is None:
        return [entry]
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    runs = [json.loads(line) for line in lines if line.strip()]
    runs = [run for run in runs if run.get("run") != entry["run"]] + [entry]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(run, ensure_ascii=False) + "\n" for run in runs), encoding="utf-8")
    return runs[-TREND_RUNS:]


def property_name(profile: Path | None, lang: str) -> str:
    """The property's name in the report's language (else its first), from the profile."""
    if profile is None or not profile.exists():
        return ""
    data = yaml.safe_load(profile.read_text(encoding="utf-8")) or {}
    names = (data.get("property") or {}).get("name") or {}
    return names.get(lang) or next(iter(names.values()), "")


def time_zone(profile: Path | None) -> str:
    """The property's time zone (the profile's default when it names none)."""
    if profile is None or not profile.exists():
        return "Asia/Taipei"
    data = yaml.safe_load(profile.read_text(encoding="utf-8")) or {}
    return (data.get("property") or {}).get("time_zone") or "Asia/Taipei"


def build(given: dict, coverage: dict, gate: dict | None, lang: str, profile: Path | None,
          history: Path | None) -> Overview:  # fmt: skip
    """The overview of one run from what the plugin handed over, the coverage, the gate and the profile."""
    tests = given.get("tests", [])
    indicators = {rid: tally for rid, tally in coverage.items() if rid != "_run"}
    run = coverage.get("_run", {})
    rows = rows_of(indicators, tests, lang)
    key, date = parse_date(tests, time_zone(profile))
    environment = given.get("environment", {})
    languages = run.get("languages") or sorted({test["language"] for test in tests if test.get("language")})
    text = TEXT[lang]
    selection = " ".join(run.get("selection", [])) or text["whole"]
    if run.get("collected"):
        selection += " · " + text["selected"].format(selected=run["selected"], collected=run["collected"])
    facts = {
        "property": property_name(profile, lang) or _recorded(environment, "property", ""),
        "site": _recorded(environment, "site"),
        "version": _recorded(environment, "site.version"),
        "languages": ", ".join(languages),
        "date": date,
        "selection": selection,
    }
    overview = Overview(lang, rows, facts, [count_gate(given.get("countGate")), requirement_gate(gate, rows)])
    overview.not_run = (gate or {}).get("not_run", [])
    counts = overview.counts()
    overview.trend = update_history(history, {"run": key, "date": date.split(" (")[0], **counts})
    return overview


def render(overview: Overview) -> str:
    """The page: summary box, gates, facts, trend, then the table grouped duty › task › indicator."""
    text = TEXT[overview.lang]
    body = "\n".join([
        f"<header><h1>{_e(text['title'])} · {_e(overview.facts['property'])}</h1><p>{_e(text['subtitle'])}</p>",
        f'<p class="links"><a href="compliance-overview.pdf">{_e(text["pdf"])}</a> · '
        f'<a href="../awesome/index.html">{_e(text["report"])}</a></p></header>',
        _summary(overview, text), _facts(overview, text), _gates(overview, text), _trend(overview, text),
        _table(overview, text),
    ])  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="{overview.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(text["title"])} · {_e(overview.facts["property"])}</title>
<style>{_STYLE}</style></head>
<body>{body}</body></html>
"""


def _e(value: object) -> str:
    return html.escape(str(value))


def _badge(verdict: str, text: dict) -> str:
    return f'<span class="badge {verdict}">{_e(text[verdict])}</span>'


def _summary(overview: Overview, text: dict) -> str:
    failing = [row for row in overview.rows if row.verdict == "failed"]
    if not failing:
        checked = sum(1 for row in overview.rows if row.verdict in ("passed", "not_applicable"))
        return f'<section class="summary ok"><p>{_e(text["all_pass"].format(n=checked))}</p></section>'
    items = "".join(f"<li><b>{_e(row.id)}</b> — {_e(row.sentence or row.text(overview.lang))}</li>" for row in failing)
    return (f'<section class="summary bad"><p>{_e(text["fail_head"].format(n=len(failing)))}</p>'
            f"<ul>{items}</ul></section>")  # fmt: skip


def _facts(overview: Overview, text: dict) -> str:
    cells = "".join(f"<dt>{_e(text[key])}</dt><dd>{_e(value)}</dd>" for key, value in overview.facts.items())
    return f'<section><dl class="facts">{cells}</dl></section>'


def _gates(overview: Overview, text: dict) -> str:
    items = []
    for gate in overview.gates:
        state = {True: "passed", False: "failed", None: "unknown"}[gate["passed"]]
        detail = ""
        if gate.get("values"):
            detail = text["count_detail"].format(**gate["values"])
        elif gate.get("required"):
            detail = text["req_detail"].format(required=", ".join(gate["required"]))
        lines = "".join(f"<li>{_e(line)}</li>" for line in gate["lines"])
        items.append(f'<li><span class="badge {state}">{_e(text["gate_" + state])}</span> '
                     f"<b>{_e(text[gate['name']])}</b> {_e(detail)}<ul>{lines}</ul></li>")  # fmt: skip
    not_run = ""
    left_out = [row.id for row in overview.rows if row.verdict == "not_run"]
    if left_out:
        not_run = f"<p>{_e(text['not_run_head'])} {_e(', '.join(left_out))}</p>"
    return f'<section><h2>{_e(text["gates"])}</h2><ul class="gates">{"".join(items)}</ul>{not_run}</section>'


def _trend(overview: Overview, text: dict) -> str:
    """Stacked bars of passed, failed and not-applicable indicators for the last runs (inline SVG)."""
    runs = overview.trend
    if not runs:
        return f"<section><h2>{_e(text['trend'])}</h2><p>{_e(text['no_history'])}</p></section>"
    width, height, bar = 90, 120, 40
    bars = []
    for index, run in enumerate(runs):
        x, y = index * width + 20, height
        for verdict in ("passed", "not_applicable", "failed"):
            size = run.get(verdict, 0) * 3
            y -= size
            bars.append(f'<rect class="{verdict}" x="{x}" y="{y}" width="{bar}" height="{size}">'
                        f"<title>{_e(text[verdict])}: {run.get(verdict, 0)}</title></rect>")  # fmt: skip
        label = f"{run.get('passed', 0)}/{run.get('failed', 0)}/{run.get('not_applicable', 0)}"
        bars.append(f'<text x="{x + bar / 2}" y="{height + 16}">{_e(run.get("date", "")[5:])}</text>')
        bars.append(f'<text x="{x + bar / 2}" y="{height + 30}">{label}</text>')
    legend = " ".join(_badge(verdict, text) for verdict in ("passed", "failed", "not_applicable"))
    svg = (f'<svg class="trend" viewBox="0 0 {len(runs) * width + 40} {height + 40}" '
           f'width="{len(runs) * width + 40}" height="{height + 40}">{"".join(bars)}</svg>')  # fmt: skip
    return f"<section><h2>{_e(text['trend'])}</h2><p>{legend} ({_e(text['trend_key'])})</p>{svg}</section>"


def _table(overview: Overview, text: dict) -> str:
    lang, rows, duty, task = overview.lang, [], None, None
    for row in overview.rows:
        if row.duty.id != duty:
            duty = row.duty.id
            rows.append(f'<tr class="duty"><th colspan="3">{_e(_heading(row.duty, lang))}</th></tr>')
        if row.task.id != task:
            task = row.task.id
            rows.append(f'<tr class="task"><th colspan="3">{_e(_heading(row.task, lang))}</th></tr>')
        detail = f"<b>{_e(row.sentence)}</b><br>" if row.sentence else ""
        rows.append(f'<tr class="{row.verdict}"><td class="id">{_e(row.id)}<br>{_e(row.text(lang))}</td>'
                    f"<td>{_badge(row.verdict, text)}</td><td>{detail}{_e(row.detail)}</td></tr>")  # fmt: skip
    head = f"<tr><th>{_e(text['indicator'])}</th><th>{_e(text['verdict'])}</th><th>{_e(text['detail'])}</th></tr>"
    note = f"<p>{_e(text['offsite_note'])} {_e(', '.join(offsite()))}</p>"
    return (f"<section><h2>{_e(text['table'])}</h2>{note}"
            f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></section>")  # fmt: skip


def _heading(heading: Heading, lang: str) -> str:
    return f"{heading.id} {heading.zh if lang.startswith('zh') else heading.en}"


_STYLE = """
body{font-family:"Noto Sans CJK TC","Noto Sans TC","Microsoft JhengHei",system-ui,sans-serif;margin:24px auto;
max-width:1100px;padding:0 16px;color:#1f2328;line-height:1.45}
h1{font-size:1.6em;margin:0}h2{font-size:1.2em;border-bottom:1px solid #d0d7de;padding-bottom:4px}
header p{margin:4px 0;color:#57606a}.links a{color:#0969da}
.summary{border-radius:8px;padding:12px 16px;margin:16px 0;font-size:1.05em}
.summary.bad{background:#ffebe9;border:2px solid #cf222e}.summary.ok{background:#dafbe1;border:2px solid #1a7f37}
.summary p{margin:0 0 4px;font-weight:bold}.summary ul{margin:4px 0 0}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}.facts dt{font-weight:bold}
.facts dd{margin:0}.gates{list-style:none;padding:0}.gates>li{margin:6px 0}
.badge{display:inline-block;border-radius:10px;padding:1px 10px;font-size:.9em;font-weight:bold;white-space:nowrap}
.badge.passed{background:#dafbe1;color:#116329}.badge.failed{background:#ffebe9;color:#a40e26}
.badge.not_applicable{background:#ddf4ff;color:#0a3069}.badge.not_run{background:#fff8c5;color:#7d4e00}
.badge.no_test{background:#eaeef2;color:#424a53}
.badge.offsite{background:#f6f8fa;color:#57606a;border:1px solid #d0d7de}
.badge.unknown{background:#eaeef2;color:#424a53}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left}
tr.duty th{background:#24292f;color:#fff;font-size:1.05em}tr.task th{background:#eaeef2}
tr.failed td{background:#fff5f5}td.id{width:48%}thead th{background:#f6f8fa}
svg.trend text{font-size:11px;text-anchor:middle;fill:#57606a}
rect.passed{fill:#2da44e}rect.failed{fill:#cf222e}rect.not_applicable{fill:#54aeff}
@media print{body{margin:0;max-width:none}.links{display:none}tr{page-break-inside:avoid}}
"""


def print_pdf(page_html: Path, pdf: Path | None, screenshot: Path | None = None) -> None:
    """Print the page with the suite's Chromium (Playwright's, else the system's with its flags)."""
    from playwright.sync_api import sync_playwright

    from support.browser import chromium_launch_args

    with sync_playwright() as playwright:
        options = chromium_launch_args(playwright.chromium.executable_path, {"headless": True})
        browser = playwright.chromium.launch(**options)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(page_html.resolve().as_uri())
            if pdf:
                page.pdf(path=str(pdf), format="A4", print_background=True,
                         margin={"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"})  # fmt: skip
            if screenshot:
                page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()


def _load(path: Path | None) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path and path.exists() else None


def main() -> int:
    """Build the overview page (and its PDF) from the run's files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, help="what the Allure plugin hands over (tests, environment, count gate)")
    parser.add_argument("--coverage", type=Path, default=Path("reports/requirements.json"))
    parser.add_argument("--requirements-gate", type=Path, help="scripts/requirements_gate.py --json output")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--lang", default="zh-TW", choices=sorted(TEXT))
    parser.add_argument("--history", type=Path, help="the trend file, one line per run (appended)")
    parser.add_argument("--out", type=Path, default=Path("reports/overview"))
    parser.add_argument("--pdf", action="store_true", help="also print compliance-overview.pdf")
    parser.add_argument("--screenshot", type=Path, help="also save a full-page screenshot here")
    args = parser.parse_args()
    overview = build(_load(args.input) or {}, _load(args.coverage) or {}, _load(args.requirements_gate), args.lang,
                     args.profile, args.history)  # fmt: skip
    args.out.mkdir(parents=True, exist_ok=True)
    page = args.out / "index.html"
    page.write_text(render(overview), encoding="utf-8")
    counts = overview.counts()
    summary = {"counts": counts, "gates_passed": all(gate["passed"] is not False for gate in overview.gates),
               "title": f"{TEXT[args.lang]['title']}"}  # fmt: skip
    (args.out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
    if args.pdf or args.screenshot:
        print_pdf(page, args.out / "compliance-overview.pdf" if args.pdf else None, args.screenshot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
