"""The harness of the batched defect proofs: `--defect-proofs` (support/plugins/proofs.py) on the real bundled site.

One pytest run, four switches, three small tests: each switch must get a site of its own, started
afresh with that switch on (its health page names it, its staff passwords are new) and shared by
that switch's tests; the focused tests run first, the rest only when they all passed, and nothing
more once one has failed. tests/meta/test_defect_switches.py relies on all of it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.meta

CONFTEST = """
pytest_plugins = ["support.plugins.site", "support.plugins.requirements", "support.plugins.proofs"]
"""

# Each test writes down the site it saw: the switch it ran with, the site's health page, its process
# and address, and the staff password the fixture handed out next to the one the site was started with.
TESTS = """
import json
import os
import urllib.request

import pytest


def seen(name, site_defects, base_url, bundled_site, staff_credentials):
    with urllib.request.urlopen(base_url + "healthz") as response:
        health = json.load(response)
    agent = staff_credentials["agent"]
    record = {"test": name, "switch": list(site_defects), "health": health["defects"], "url": base_url,
              "pid": bundled_site.process.pid, "password": agent.password,
              "site_password": bundled_site.staff_passwords[agent.username]}
    with open(os.environ["SEEN"], "a") as file:
        file.write(json.dumps(record) + "\\n")


@pytest.mark.requirement("P1.3.2")
def test_first(site_defects, base_url, bundled_site, staff_credentials):
    seen("first", site_defects, base_url, bundled_site, staff_credentials)
    assert site_defects != ("hold-date-late",)


@pytest.mark.requirement("P1.3.2")
def test_second(site_defects, base_url, bundled_site, staff_credentials):
    seen("second", site_defects, base_url, bundled_site, staff_credentials)
    assert site_defects != ("hold-date-missing",)


@pytest.mark.requirement("P1.3.4")
def test_other_requirement(site_defects, base_url, bundled_site, staff_credentials):
    seen("other", site_defects, base_url, bundled_site, staff_credentials)
    assert site_defects

"""

PROOFS = [
    {"switch": "hold-date-missing", "requirement": "P1.3.2", "focus": "second"},  # the focused test catches it
    {"switch": "hold-date-late", "requirement": "P1.3.2", "focus": "second"},  # the second pass catches it
    # "transfer" is in the switch's name, not in any test's: only test_second is focused
    {"switch": "fees-no-transfer", "requirement": "P1.3.2", "focus": "transfer or second"},
    {"switch": "cancel-keeps-rooms", "requirement": "P1.3.4", "focus": None},
]


def test_each_switch_gets_a_fresh_site_and_its_tests_in_focus_order_until_one_fails(
    pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Four switches in one run: four sites, each with its switch on; focused tests first; no test after a failure."""
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_proofs=TESTS)
    proofs = tmp_path / "proofs.json"
    proofs.write_text(json.dumps(PROOFS))
    monkeypatch.setenv("SEEN", str(tmp_path / "seen.jsonl"))

    result = pytester.runpytest_subprocess(
        f"--defect-proofs={proofs}", f"--alluredir={tmp_path / 'allure'}", "-p", "no:randomly",
        "-p", "no:cacheprovider", "-p", "no:playwright", "-v",
    )  # fmt: skip

    seen = [json.loads(line) for line in (tmp_path / "seen.jsonl").read_text().splitlines()]
    assert [(record["switch"][0], record["test"]) for record in seen] == [
        ("hold-date-missing", "second"),  # failed: test_first is not run for it
        ("hold-date-late", "second"),
        ("hold-date-late", "first"),  # the second pass, after the focused test passed
        ("fees-no-transfer", "second"),
        ("fees-no-transfer", "first"),
        ("cancel-keeps-rooms", "other"),
    ], result.stdout.str()
    for record in seen:
        assert record["health"] == record["switch"], record  # the site runs with exactly this switch on
        assert record["password"] == record["site_password"], record  # the credentials of this site
    sites = {record["switch"][0]: (record["pid"], record["url"], record["password"]) for record in seen}
    assert len(set(sites.values())) == len({pid for pid, _, _ in sites.values()}) == 4, seen  # one site each
    assert all((record["pid"], record["url"]) == sites[record["switch"][0]][:2] for record in seen), seen
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*defect proofs*",
            "hold-date-missing (P1.3.2): caught by test_proofs.py::test_second[[]hold-date-missing[]]",
            "hold-date-late (P1.3.2): caught by test_proofs.py::test_first[[]hold-date-late[]]",
            "fees-no-transfer (P1.3.2): NOT caught (none of its 2 tests failed)",
            "cancel-keeps-rooms (P1.3.4): NOT caught (none of its 1 tests failed)",
        ]
    )
    results = [json.loads(path.read_text()) for path in (tmp_path / "allure").glob("*-result.json")]
    ran = [result for result in results if result["status"] != "skipped"]
    switches = [label["value"] for result in ran for label in result["labels"] if label["name"] == "defect-switch"]
    assert sorted(switches) == sorted(record["switch"][0] for record in seen), ran  # each result names its switch
    skipped = [result for result in results if result["status"] == "skipped"]
    assert [result["statusDetails"]["message"] for result in skipped] == [
        "Skipped: defect switch hold-date-missing already caught by test_proofs.py::test_second[hold-date-missing]"
    ]
