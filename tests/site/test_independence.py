"""The reference site and its tests stand apart from the suite: they import nothing of it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import demo_site

SITE_TESTS = Path(__file__).parent
SITE = Path(demo_site.__file__).parent
SUITE_PACKAGES = {"support", "pages", "scenarios"}


def suite_imports(source: str) -> list[str]:
    """The suite modules `source` imports: `support`, `pages`, `scenarios`, or `tests` outside tests/site."""
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
            if parts[0] in SUITE_PACKAGES or (parts[0] == "tests" and parts[1:2] != ["site"]):
                found.append(name)
    return found


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from support.mailbox import SmtpCapture", ["support.mailbox"]),
        ("import pages.booking as booking", ["pages.booking"]),
        ("def f():\n    from scenarios import book_stay", ["scenarios"]),
        ("from tests.e2e.conftest import x", ["tests.e2e.conftest"]),
        ("import os, support", ["support"]),
        ("from tests.site.site_helpers import Site", []),
        ("from demo_site.urls import url\nfrom .support import x\nimport supporting", []),
    ],
)
def test_the_check_reads_every_kind_of_import(source: str, found: list[str]):
    assert suite_imports(source) == found


@pytest.mark.parametrize("folder", [SITE, SITE_TESTS], ids=["demo_site", "tests/site"])
def test_nothing_here_imports_the_suite(folder: Path):
    files = sorted(folder.rglob("*.py"))
    offenders = {
        str(path.relative_to(folder)): names for path in files if (names := suite_imports(path.read_text("utf-8")))
    }

    assert len(files) >= 8
    assert offenders == {}
