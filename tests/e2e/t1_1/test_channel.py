"""P1.1.1: each run records which site, channel, site version, browser and locale it checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.profile import Profile

pytestmark = [pytest.mark.requirement("P1.1.1"), pytest.mark.nondestructive]


def test_the_run_records_the_site_channel_version_browser_and_locale(
    run_environment: dict[str, str], base_url: str, profile: Profile, pytestconfig: pytest.Config
):
    """The Allure environment names the site, the profile's channel, the site's version, the browser and locale."""
    if pytestconfig.getoption("base_url"):
        assert run_environment["site"] == base_url
    else:  # a site the suite started: named for what it is, not by the local port it got this time
        assert run_environment["site"].strip()
        assert base_url not in run_environment["site"]
    assert run_environment["channel"].startswith(profile.channel.kind)
    assert run_environment["browser"].split()[0] in ("chromium", "firefox", "webkit")
    assert run_environment["locale"]
    results = pytestconfig.getoption("allure_report_dir", default=None)
    if results:
        written = Path(results, "environment.properties").read_text(encoding="utf-8")
        lines = written.encode("ascii").decode("unicode_escape").replace("\\:", ":").splitlines()
        assert sorted(line.split("=", 1)[1] for line in lines) == sorted(run_environment.values())
