"""P1.1.1: each run records which site and channel it checked, in the Allure report's environment.

The record is the site checked, the channel the profile describes, the version the site says
it runs, the browser and its version, the page language and the profile. It is written into
`environment.properties` in the Allure results as soon as a browser test runs.

Each line is named in the report's language (support/report_words.yaml `environment`). The
site is the real target: the `--base-url` address, or, for the bundled reference site, which
one it is and that it was started for this run (with any defect switches), in the report's
language: its local address changes every run and tells an operator nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from support import findings
from support.plugins.pack import PACK
from support.profile import Profile


@pytest.fixture(scope="session")
def run_environment(
    pytestconfig: pytest.Config, browser: Browser, browser_context_args: dict, base_url: str, profile: Profile,
    site_lang: str, site_defects: tuple[str, ...],
) -> dict[str, str]:  # fmt: skip
    """What this run checked: site, channel, site version, browser, locale, profile; also written for Allure."""
    environment = {
        "site": _target(pytestconfig, profile, base_url, site_defects),
        "channel": f"{profile.channel.kind} ({profile.channel.name(site_lang)})",
        "property": profile.property.name(site_lang),
        "site.version": _site_version(pytestconfig, browser, browser_context_args)
        or findings.environment_name("no-version"),
        "browser": f"{browser.browser_type.name} {browser.version}",
        "locale": browser_context_args.get("locale", site_lang),
        "profile": str(pytestconfig.getoption("profile")),
        "pages": pytestconfig.stash[PACK].__name__,
    }
    _write(pytestconfig, environment)
    return environment


def _target(config: pytest.Config, profile: Profile, base_url: str, defects: tuple[str, ...]) -> str:
    """The `--base-url` address, or `the bundled reference site demo_site (started for this run)`."""
    if config.getoption("base_url", default=None) or config.getini("base_url") or profile.reference_site is None:
        return base_url
    target = findings.say("bundled-site", name=profile.reference_site.module)
    return target + findings.say("bundled-site-defects", defects=", ".join(defects)) if defects else target


def _site_version(config: pytest.Config, browser: Browser, context_args: dict) -> str | None:
    context = browser.new_context(**context_args)
    try:
        return config.stash[PACK].HomePage(context.new_page()).open().generator()
    finally:
        context.close()


def _write(config: pytest.Config, environment: dict[str, str]) -> None:
    results = config.getoption("allure_report_dir", default=None)
    if not results:
        return
    path = Path(results, "environment.properties")
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{_escape(findings.environment_name(key))}={_escape(value)}" for key, value in environment.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _escape(value: str) -> str:
    r"""Java properties: non-ASCII as \uXXXX, so any reader gets the Chinese right."""
    return "".join(char if ord(char) < 128 else f"\\u{ord(char):04x}" for char in value).replace(":", "\\:")
