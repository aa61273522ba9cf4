"""The seam between the site-agnostic suite and one hotel: what `tests/e2e` and `scenarios` still hold.

    python scripts/seam_count.py

DESIGN.md: tests and scenarios are the same files for every hotel, so they hold no site copy, no
property codes and no URL paths. Three rules, over string literals only (read with `tokenize`,
so comments do not count; docstrings, which document, do not count either):

- cjk: a literal with Han, kana or fullwidth characters (site copy in Chinese or Japanese);
- property-code: a literal holding, as a whole token, the value of a `code` key anywhere in
  `profiles/*.yaml` (boundaries are hyphen-aware: `deluxe-twin` is not found in `deluxe-twin-suite`);
- url-path: a literal that is a URL path (`/rooms`, `/admin/api/cases`);
- site-name: a literal naming a hotel: its property name in any language, its profile's file name,
  its pack or its reference site's module (`pages.lanwan`, `misty_hill`, `demo-hotel`).

And one rule over code, `site-branch`: a condition (`if`, `… if … else …`, `while`, a filter in a
comprehension, a `skipif`/`xfail` marker, `pytest.skip`/`xfail` calls) that looks at which site
or hotel this is: the property's name, the profile's `reference_site`, `pages` or `channel`, the
`pack`, a module's `__name__`. Tests ask the profile what the property *offers*, never
who it is.

Prints the offences per rule and per file, and the total, so a before and an after can
be quoted. tests/unit/test_house_rules.py applies the same rules.
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEAM_FOLDERS = ("tests/e2e", "scenarios")
CJK = re.compile(
    "[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0002ebef]"
)
URL_PATH = re.compile(r"^/[A-Za-z0-9]")

Rule = Callable[[str], bool]


def string_literals(path: Path) -> Iterator[tuple[int, str]]:
    """Each string literal of a Python file that is not a docstring: its line and its value."""
    source = path.read_text(encoding="utf-8")
    docstrings = _docstring_lines(source)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    fstring: list[str] = []
    for token in tokens:
        kind = tokenize.tok_name[token.type]
        if kind == "STRING" and token.start[0] not in docstrings:
            yield token.start[0], _value(token.string)
        elif kind == "FSTRING_START":  # Python 3.12+: an f-string's text comes as FSTRING_MIDDLE parts
            fstring = []
        elif kind == "FSTRING_MIDDLE":
            fstring.append(token.string)
        elif kind == "FSTRING_END":
            yield token.start[0], "".join(fstring)


def _docstring_lines(source: str) -> set[int]:
    lines = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                lines.add(first.lineno)
    return lines


def _value(token: str) -> str:
    """A string token's value; for an f-string (Python 3.11), its literal text without the `{…}` fields."""
    node = ast.parse(token, mode="eval").body
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    value = node.value if isinstance(node, ast.Constant) else ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def property_codes(profiles: Iterable[Path]) -> set[str]:
    """Every value of a `code` key, anywhere, in these profiles."""
    codes: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "code" and value is not None and not isinstance(value, dict | list):
                    codes.add(str(value))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in profiles:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return codes


def has_cjk(value: str) -> bool:
    """Whether the literal holds Han, kana, CJK punctuation or fullwidth characters."""
    return bool(CJK.search(value))


def names_a_code(codes: Iterable[str]) -> Rule:
    """A rule: whether the literal holds one of these codes as a whole, hyphen-aware token."""
    ordered = sorted(codes, key=len, reverse=True)
    if not ordered:
        return lambda value: False
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")
    return lambda value: bool(pattern.search(value))


def is_url_path(value: str) -> bool:
    """Whether the literal is a URL path: `/` then a letter or digit."""
    return bool(URL_PATH.match(value))


def site_names(profiles: Iterable[Path]) -> set[str]:
    """What names a hotel in these profiles: property names, file stems, packs, reference-site modules."""
    names: set[str] = set()
    for path in profiles:
        profile = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        names.add(path.stem)
        names.update(str(value) for value in ((profile.get("property") or {}).get("name") or {}).values())
        names.update(filter(None, [profile.get("pages"), (profile.get("reference_site") or {}).get("module")]))
    names.update({name.rsplit(".", 1)[-1] for name in names if "." in name})  # `lanwan` of `pages.lanwan`
    return names


def names_a_site(names: Iterable[str]) -> Rule:
    """A rule: whether the literal holds a hotel's name, case-insensitively, as a whole word."""
    ordered = sorted(names, key=len, reverse=True)
    if not ordered:
        return lambda value: False
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])", re.IGNORECASE)
    return lambda value: bool(pattern.search(value))


def seam_rules(root: Path = ROOT) -> dict[str, Rule]:
    """The literal rules, the property codes and hotel names read from the profiles under `root`."""
    profiles = sorted((root / "profiles").glob("*.yaml"))
    return {
        "cjk": has_cjk,
        "property-code": names_a_code(property_codes(profiles)),
        "url-path": is_url_path,
        "site-name": names_a_site(site_names(profiles)),
    }


# What tells one hotel or site from another: a condition looking at these is a site-specific branch.
# (The profile's facts are fine to look at: `if profile.property.service_phone` asks what is approved.)
IDENTITY_ATTRIBUTES = {"reference_site", "pages", "channel", "__name__", "__module__", "__file__"}
IDENTITY_NAMES = {"pack"}
SKIPPERS = {"skip", "skipif", "xfail", "importorskip"}


def site_branches(path: Path) -> list[str]:
    """`path:line: condition` for each condition in the file that looks at which site or hotel this is."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = sorted((node.lineno, ast.unparse(node)) for node in _conditions(tree) if _looks_at_identity(node))
    return [f"{path}:{line}: {condition}" for line, condition in found]


def _conditions(tree: ast.AST) -> Iterator[ast.expr]:
    """Every expression that decides whether code runs: branch tests, comprehension filters, skip arguments."""
    for node in ast.walk(tree):
        if isinstance(node, ast.If | ast.IfExp | ast.While):
            yield node.test
        elif isinstance(node, ast.comprehension):
            yield from node.ifs
        elif isinstance(node, ast.Call) and _called_name(node.func) in SKIPPERS:
            yield from node.args
            yield from (keyword.value for keyword in node.keywords)


def _called_name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _looks_at_identity(condition: ast.expr) -> bool:
    """Whether the condition reads who the hotel is (`profile.property.name`, the pack, a module name)."""
    return any(_is_identity(part) for part in ast.walk(condition))


def _is_identity(node: ast.AST) -> bool:
    if isinstance(node, ast.Name):
        return node.id in IDENTITY_NAMES
    if not isinstance(node, ast.Attribute):
        return False
    owner = node.value.attr if isinstance(node.value, ast.Attribute) else None
    return node.attr in IDENTITY_ATTRIBUTES or (node.attr in {"name", "legal_name"} and owner == "property")


def offences(paths: Iterable[Path], rule: Rule) -> list[str]:
    """`path:line: 'literal'` for each string literal in these files that the rule forbids."""
    return [f"{path}:{line}: {value!r}" for path in paths for line, value in string_literals(path) if rule(value)]


def seam_files(root: Path = ROOT) -> list[Path]:
    """The Python files that must be the same for every hotel."""
    return sorted(path for folder in SEAM_FOLDERS for path in (root / folder).rglob("*.py"))


def main() -> int:
    """Print the offending literals per rule and per file, and the total."""
    rules = seam_rules()
    files = seam_files()
    total = 0
    for name, rule in rules.items():
        counts = {path: len(offences([path], rule)) for path in files}
        subtotal = sum(counts.values())
        total += subtotal
        print(f"{name}: {subtotal}")
        for path, count in counts.items():
            if count:
                print(f"  {count:>4}  {path.relative_to(ROOT)}")
    branches = [line for path in files for line in site_branches(path)]
    print(f"site-branch: {len(branches)}")
    for line in branches:
        print(f"  {line}")
    total += len(branches)
    print(f"total: {total} offences in {len(files)} files under {', '.join(SEAM_FOLDERS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
