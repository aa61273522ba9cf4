"""A hotel's page-object pack can live in its own package, outside this repository, chosen with --pages.

The bundled pack is copied into a package of another name in a folder of its own (as a hotel's
repository would hold it) and the requirement tests run through it; a pack that lacks a page is
refused before anything starts, naming what is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TESTS = ["tests/e2e/t1_3/test_after_stay_information.py"]  # the statement page, a booking, its confirmation and mail

pytestmark = pytest.mark.meta


def own_pack(folder: Path, name: str, drop: str | None = None) -> Path:
    """The bundled pack copied as package `name` under `folder`, its imports renamed; without `drop` if given."""
    package = folder / name
    shutil.copytree(ROOT / "pages" / "lanwan", package, ignore=shutil.ignore_patterns("__pycache__"))
    for module in package.rglob("*.py"):
        text = module.read_text(encoding="utf-8").replace("pages.lanwan", name)
        if drop and module.name == "__init__.py" and module.parent == package:
            text = "\n".join(line for line in text.splitlines() if not line.endswith(f" import {drop}"))
        module.write_text(text, encoding="utf-8")
    return folder


def run_with(pack_folder: Path, pack: str, tmp_path: Path, *tests: str) -> subprocess.CompletedProcess:
    """The chosen tests against the bundled site, reading it through the pack `pack` found in `pack_folder`."""
    environment = {**os.environ, "PYTHONPATH": str(pack_folder)}
    command = [sys.executable, "-m", "pytest", *tests, "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
               f"--pages={pack}", f"--alluredir={tmp_path / 'allure'}", f"--output={tmp_path / 'out'}",
               f"--requirements-json={tmp_path / 'requirements.json'}"]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment, timeout=600)


def test_the_requirement_tests_pass_through_a_pack_kept_in_another_package(tmp_path: Path):
    folder = own_pack(tmp_path / "hotel-repo", "acme_pages")

    completed = run_with(folder, "acme_pages", tmp_path, *TESTS)

    assert completed.returncode == pytest.ExitCode.OK, completed.stdout[-3000:] + completed.stderr[-2000:]
    environment = (tmp_path / "allure" / "environment.properties").read_text(encoding="utf-8")
    assert any(line.endswith("=acme_pages") for line in environment.splitlines()), environment


def test_a_pack_that_lacks_a_page_is_refused_naming_it(tmp_path: Path):
    folder = own_pack(tmp_path / "hotel-repo", "thin_pages", drop="StayInfoPage")

    completed = run_with(folder, "thin_pages", tmp_path, *TESTS)

    assert completed.returncode == pytest.ExitCode.USAGE_ERROR, completed.stdout + completed.stderr
    assert "the page-object pack thin_pages lacks: StayInfoPage" in completed.stderr
