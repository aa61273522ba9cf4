"""The second reference site and its tests stand apart: they import nothing of the suite, nor the first site."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import misty_hill

SITE_TESTS = Path(__file__).parent
SITE = Path(misty_hill.__file__).parent
OTHERS = {"support", "pages", "scenarios", "demo_site"}


def foreign_imports(source: str) -> list[str]:
    """What `source` imports of the suite, the first site, or tests outside tests/misty_site."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] in OTHERS or (parts[0] == "tests" and parts[1:2] != ["misty_site"]):
                found.append(name)
    return found


def test_the_check_reads_every_kind_of_import():
    source = "import demo_site\nfrom pages.mistyhill import AnyPage\nfrom tests.misty_site.conftest import x\n"

    assert foreign_imports(source) == ["demo_site", "pages.mistyhill"]


@pytest.mark.parametrize("folder", [SITE, SITE_TESTS], ids=["misty_hill", "tests/misty_site"])
def test_nothing_here_imports_the_suite_or_the_other_site(folder: Path):
    files = sorted(folder.rglob("*.py"))
    offenders = {
        str(path.relative_to(folder)): names for path in files if (names := foreign_imports(path.read_text("utf-8")))
    }

    assert len(files) >= 8
    assert offenders == {}
