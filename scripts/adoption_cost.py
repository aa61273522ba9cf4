"""What adopting the suite for a hotel costs: the size of its profile and pack beside the shared suite.

    python scripts/adoption_cost.py profiles/misty-hill.yaml profiles/demo-hotel.yaml

A hotel writes two things, its property profile and its page-object pack; everything else is the
same for every hotel. This prints, as a Markdown table for docs/adapting.md, the files and lines
of each profile and its pack (the pack named by the profile's `pages:`), and of the shared suite
(tests/e2e, scenarios, support and the pack contract in pages/), so the cost is measured, not guessed.
Lines are all lines; "code" leaves out blank lines, comments and docstrings; "wording" counts the
pack's lines holding Chinese or Japanese text (the site's own words it looks for).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ("interface", "guest_sees", "text", "browsing")  # pages/ modules every pack uses
SHARED = ("tests/e2e", "scenarios", "support", *(f"pages/{name}.py" for name in CONTRACT))
CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
LOCATOR = re.compile(r"\.(get_by_[a-z_]+|locator)\(")


@dataclass(frozen=True)
class Size:
    """The size of a set of files."""

    files: int
    lines: int
    code: int
    wording: int
    locators: int


def measure(paths: list[Path]) -> Size:
    """Files, lines, code lines, lines of site wording and locator calls of these files."""
    lines = code = wording = locators = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        lines += len(text.splitlines())
        wording += sum(1 for line in text.splitlines() if CJK.search(line))
        locators += len(LOCATOR.findall(text))
        code += _code_lines(text) if path.suffix == ".py" else _yaml_lines(text)
    return Size(len(paths), lines, code, wording, locators)


def _code_lines(source: str) -> int:
    """Lines that are neither blank, comments nor docstrings."""
    skipped: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                skipped.update(range(body[0].lineno, body[0].end_lineno + 1))
    return sum(
        1
        for number, line in enumerate(source.splitlines(), start=1)
        if line.strip() and not line.strip().startswith("#") and number not in skipped
    )


def _yaml_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip() and not line.strip().startswith("#"))


def python_files(*places: str) -> list[Path]:
    """The Python files at these places (folders or files) under the repository."""
    found: list[Path] = []
    for place in places:
        path = ROOT / place
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def pack_files(profile: Path) -> tuple[str, list[Path]]:
    """The pack a profile names, and its files."""
    name = (yaml.safe_load(profile.read_text(encoding="utf-8")) or {}).get("pages") or ""
    sys.path.insert(0, str(ROOT))
    module = importlib.import_module(name)
    return name, sorted(Path(module.__file__).parent.rglob("*.py"))


def table(profiles: list[Path]) -> str:
    """The Markdown table: each profile and its pack, then the shared suite."""
    rows = ["| What | Files | Lines | Code lines | Wording lines | Locator calls |", "|---|---:|---:|---:|---:|---:|"]

    def row(label: str, size: Size) -> None:
        rows.append(f"| {label} | {size.files} | {size.lines:,} | {size.code:,} | {size.wording:,} | {size.locators} |")

    for profile in profiles:
        row(f"profile `{profile.relative_to(ROOT)}`", measure([profile]))
        name, files = pack_files(profile)
        row(f"pack `{name}`", measure(files))
    row("shared suite (" + ", ".join(f"`{place}`" for place in SHARED) + ")", measure(python_files(*SHARED)))
    return "\n".join(rows)


def main() -> int:
    """Print the table for the profiles given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profiles", nargs="+", type=Path)
    args = parser.parse_args()
    print(table([path.resolve() for path in args.profiles]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
