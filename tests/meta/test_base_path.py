"""A site served under a path: `--base-url http://127.0.0.1:PORT/hotel/` works, links and mail included.

The bundled site is started apart from the suite, under `/hotel`, relaying its mail to a fixed
SMTP port; the suite is then pointed at it as at any hotel's site: `--base-url` with the path,
`--smtp-port` for the mail, `--staff-credentials` for the back office. The journeys chosen cross
every part that builds an address: the crawler, booking and its email's links, the lookup and
cancellation, a shop order with store pickup, and a referral in the back office.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support.ports import free_port
from support.profile import load
from support.site_launcher import start_site

ROOT = Path(__file__).resolve().parents[2]
PROFILE = load(ROOT / "profiles" / "demo-hotel.yaml")
JOURNEYS = "navigation or after_stay or guides or deposit-13 or wrong_reference or store-711 or referral"

pytestmark = pytest.mark.meta


def test_the_suite_passes_against_the_bundled_site_served_under_a_path(tmp_path: Path):
    smtp_port = free_port()
    site = start_site(smtp_port=smtp_port, database_url=f"sqlite:///{tmp_path / 'site.sqlite3'}",
                      log_path=tmp_path / "site.log", module=PROFILE.reference_site.module,
                      staff_users=tuple(PROFILE.reference_site.staff.values()), root_path="/hotel")  # fmt: skip
    staff = tmp_path / "staff.yaml"
    accounts = {role: {"username": user, "password": site.staff_passwords[user]}
                for role, user in PROFILE.reference_site.staff.items()}  # fmt: skip
    staff.write_text(yaml.safe_dump(accounts), encoding="utf-8")
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "pytest", "tests/e2e", "-k", JOURNEYS, "-q", "-p", "no:randomly",
             "-p", "no:cacheprovider", f"--base-url={site.url}", f"--smtp-port={smtp_port}",
             f"--staff-credentials={staff}", f"--alluredir={tmp_path / 'allure'}",
             f"--requirements-json={tmp_path / 'requirements.json'}", f"--output={tmp_path / 'out'}"],
            capture_output=True, text=True, cwd=ROOT, timeout=900,
        )  # fmt: skip
    finally:
        site.stop()

    assert site.url.endswith("/hotel/"), site.url
    assert completed.returncode == pytest.ExitCode.OK, completed.stdout[-4000:] + completed.stderr[-2000:]
    summary = completed.stdout.strip().splitlines()[-1]
    assert ("10 passed" in summary, "skipped" in summary) == (True, False), summary
