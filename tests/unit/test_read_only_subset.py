"""The read-only subset (`-m nondestructive`) never signs in with, or locks, a real staff account.

It is what a hotel runs against its live site. A test that needs staff accounts (the
`staff_credentials` fixture, which every sign-in scenario takes) must be `destructive` and say so
with `staff_accounts`, so the live-site guard holds it back and `-m 'not staff_accounts'` leaves it out.
The check reads the collected e2e suite: each test's markers and the fixtures it uses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DUMP_PLUGIN = """
import json, os
from pathlib import Path

def pytest_collection_finish(session):
    rows = [{"id": item.nodeid, "fixtures": sorted(getattr(item, "fixturenames", ())),
             "marks": sorted({mark.name for mark in item.iter_markers()})} for item in session.items]
    Path(os.environ["COLLECTED_ITEMS"]).write_text(json.dumps(rows), encoding="utf-8")
"""


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """Every test of the e2e suite (bundled profile) with its markers and fixtures."""
    folder = tmp_path_factory.mktemp("collected")
    (folder / "dump_items.py").write_text(DUMP_PLUGIN, encoding="utf-8")
    out = folder / "items.json"
    environment = {**os.environ, "PYTHONPATH": str(folder), "COLLECTED_ITEMS": str(out)}
    environment.pop("HOTEL_PROFILE", None)
    command = [sys.executable, "-m", "pytest", "tests/e2e", "--collect-only", "-q", "-p", "dump_items",
               "-p", "no:randomly", "-p", "no:cacheprovider"]  # fmt: skip
    completed = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_no_read_only_test_uses_staff_accounts(collected: list[dict]):
    read_only = [item for item in collected if "nondestructive" in item["marks"]]
    signing_in = [item["id"] for item in read_only
                  if "staff_credentials" in item["fixtures"] or "staff_accounts" in item["marks"]]  # fmt: skip

    assert len(read_only) > 50, "the read-only subset was not collected"
    assert signing_in == []


def test_every_test_that_signs_in_is_marked_destructive_and_staff_accounts(collected: list[dict]):
    signing_in = [item for item in collected if "staff_credentials" in item["fixtures"]]
    unmarked = [item["id"] for item in signing_in if not {"destructive", "staff_accounts"} <= set(item["marks"])]

    assert signing_in, "no test uses staff_credentials: has the fixture been renamed?"
    assert unmarked == []
