"""Honest verdicts: not applicable, demanded but not offered, and checks that compared nothing."""

import json
from types import SimpleNamespace

import pytest
from playwright import sync_api

from support import checks, findings
from support.plugins import verdicts

PLUGINS = ("-p", "support.plugins.requirements", "-p", "support.plugins.verdicts", "-p", "no:randomly",
           "-p", "no:cacheprovider", "-p", "no:playwright")  # fmt: skip
NOT_OFFERED_EN = "Not applicable: the property does not offer an online shop for food and other products."

# Stand-ins for what support/plugins/site.py provides: --site-lang and a profile that offers some features.
CONFTEST = """
import pytest

def pytest_addoption(parser):
    parser.addoption("--site-lang", default="zh-TW")
    parser.addoption("--offered", default="")

class Profile:
    def __init__(self, offered):
        self.features = offered
        self.languages = ["zh-TW", "en"]

    def offers(self, feature):
        return feature in self.features

@pytest.fixture(scope="session")
def profile(pytestconfig):
    return Profile(pytestconfig.getoption("offered").split(","))

@pytest.fixture
def booking(tmp_path_factory):
    tmp_path_factory.getbasetemp().joinpath("booked").write_text("a booking was made")
    return "B-1"
"""

OFFERS = """
import pytest

@pytest.mark.requirement("P1.4.4")
@pytest.mark.offers("shop")
def test_order_goods(booking):
    assert booking

@pytest.mark.requirement("P1.4.4")
@pytest.mark.offers("online-booking")
def test_book_a_room(booking, tmp_path_factory):
    tmp_path_factory.getbasetemp().joinpath("body-ran").write_text("yes")
    assert booking

@pytest.mark.requirement("P1.4.4")
def test_without_features():
    assert 1 + 1 == 2
"""

NOTHING = """
import pytest
from support.checks import each

ROOMS = []

@pytest.mark.requirement("P1.3.1")
def test_loops_over_nothing():
    for room in ROOMS:
        assert room

@pytest.mark.requirement("P1.3.1")
def test_one_assert():
    assert "deluxe".startswith("d")

@pytest.mark.requirement("P1.3.1")
def test_each_over_nothing():
    for room in each(ROOMS, "room types"):
        assert room

def test_not_a_requirement_test():
    for room in ROOMS:
        assert room
"""


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\nenable_assertion_pass_hook = true\n")
    return pytester


def results(folder) -> dict[str, dict]:
    return {r["name"]: r for r in (json.loads(p.read_text()) for p in folder.glob("*-result.json"))}


def labels(result: dict) -> list[tuple[str, str]]:
    return [(label["name"], label["value"]) for label in result["labels"]]


def test_a_feature_not_offered_is_not_applicable_before_any_fixture_runs(suite: pytest.Pytester):
    suite.makepyfile(test_offers=OFFERS)

    result = suite.runpytest(*PLUGINS, "--offered=online-booking", "--report-lang=en", "-rs",
                             "--requirements-json=cov.json")  # fmt: skip

    result.assert_outcomes(passed=2, skipped=1)
    result.stdout.fnmatch_lines([f"SKIPPED*test_offers.py*{NOT_OFFERED_EN}"])
    coverage = json.loads((suite.path / "cov.json").read_text())
    assert coverage["P1.4.4"] == {
        "tests": ["test_offers.py::test_order_goods", "test_offers.py::test_book_a_room",
                  "test_offers.py::test_without_features"],
        "passed": 2, "failed": 0, "skipped": 0, "not_applicable": 1, "not_offered": ["shop"], "not_selected": [],
    }  # fmt: skip
    result.stdout.fnmatch_lines(["requirement*tests*passed*failed*skipped*n/a*", "P1.4.4*3*2*0*0*1*shop"])


def test_a_not_applicable_test_sets_up_none_of_its_function_fixtures(suite: pytest.Pytester):
    # An autouse fixture of a plugin registered before this one would otherwise run first.
    suite.makepyfile(early="""
import pytest

@pytest.fixture(autouse=True)
def early_booking(tmp_path_factory):
    tmp_path_factory.getbasetemp().joinpath("booked").write_text("a booking was made")
""")  # fmt: skip
    suite.syspathinsert()
    suite.makepyfile(test_offers=OFFERS)

    result = suite.runpytest("-p", "early", *PLUGINS, "--offered=online-booking", "-k", "order_goods",
                             f"--basetemp={suite.path / 'tmp'}")  # fmt: skip

    result.assert_outcomes(skipped=1)
    assert not (suite.path / "tmp" / "booked").exists()


def test_an_unknown_feature_is_a_collection_error_naming_the_known_ones(suite: pytest.Pytester):
    suite.makepyfile(test_bad='import pytest\n@pytest.mark.offers("spa")\ndef test_x():\n    assert True\n')

    result = suite.runpytest(*PLUGINS)

    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*unknown feature 'spa'*", "*known features: online-booking, *shop*"])


def test_a_demanded_feature_not_offered_fails_without_running_the_body(suite: pytest.Pytester):
    suite.makepyfile(test_offers=OFFERS)

    result = suite.runpytest(*PLUGINS, "--offered=shop", "--report-lang=en", f"--basetemp={suite.path / 'tmp'}",
                             "--requirements-json=cov.json")  # fmt: skip

    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*AssertionError: Guests cannot use online booking, which the standard asks*"])
    assert not (suite.path / "tmp" / "body-ran").exists()
    assert json.loads((suite.path / "cov.json").read_text())["P1.4.4"]["failed"] == 1


def test_allure_shows_not_applicable_and_demanded_with_the_plain_sentence(suite: pytest.Pytester, tmp_path):
    suite.makepyfile(test_offers=OFFERS)

    suite.runpytest_subprocess(*PLUGINS, "--offered=", f"--alluredir={tmp_path}", "--site-lang=en")

    by_name = results(tmp_path)
    shop, booking = by_name["test_order_goods"], by_name["test_book_a_room"]
    assert shop["status"] == "skipped"
    assert shop["statusDetails"]["message"] == "不適用：本旅宿未提供線上商店（餐飲商品及其他產品）。"
    assert {("tag", "不適用"), ("verdict", "not-applicable"), ("site-language", "en")} <= set(labels(shop))
    assert {"name": "language", "value": "'en'"} in shop["parameters"]
    assert booking["status"] == "failed"
    assert booking["statusDetails"]["message"] == "旅客無法使用線上訂房，但職能基準要求每個訂房網站都必須提供。"
    assert ("verdict", "demanded-not-offered") in labels(booking)


def test_the_language_parameter_keeps_each_languages_history_apart(suite: pytest.Pytester, tmp_path):
    suite.makepyfile(test_offers=OFFERS)

    for lang in ("zh-TW", "en"):
        suite.runpytest_subprocess(*PLUGINS, "--offered=shop,online-booking", f"--alluredir={tmp_path / lang}",
                        f"--site-lang={lang}")  # fmt: skip

    zh, en = results(tmp_path / "zh-TW"), results(tmp_path / "en")
    assert zh["test_without_features"]["historyId"] != en["test_without_features"]["historyId"]
    assert ("site-language", "zh-TW") in labels(zh["test_without_features"])


def test_report_language_reaches_xdist_workers_and_coverage_counts_their_not_applicable(suite: pytest.Pytester):
    suite.makepyfile(test_offers=OFFERS)

    result = suite.runpytest_subprocess(*PLUGINS, "-n", "2", "--offered=online-booking", "--report-lang=en", "-rs",
                                        "--requirements-json=cov.json")  # fmt: skip

    result.stdout.fnmatch_lines([f"SKIPPED*{NOT_OFFERED_EN}"])
    tally = json.loads((suite.path / "cov.json").read_text())["P1.4.4"]
    assert (tally["passed"], tally["skipped"], tally["not_applicable"]) == (2, 0, 1)


def test_a_requirement_test_that_compared_nothing_fails(suite: pytest.Pytester, tmp_path):
    suite.makepyfile(test_nothing=NOTHING)

    result = suite.runpytest_subprocess(*PLUGINS, "--report-lang=en", f"--alluredir={tmp_path}")

    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines([
        "*AssertionError: This check compared nothing, so it cannot count as passed.*",
        "*Finding: There are no room types to compare, so this check cannot pass.*",
    ])  # fmt: skip
    by_name = results(tmp_path)
    assert by_name["test_one_assert"]["status"] == "passed"
    assert by_name["test_not_a_requirement_test"]["status"] == "passed"
    assert by_name["test_loops_over_nothing"]["status"] == "failed"
    assert by_name["test_loops_over_nothing"]["statusDetails"]["message"] == (
        "This check compared nothing, so it cannot count as passed."
    )
    assert ("verdict", "compared-nothing") in labels(by_name["test_loops_over_nothing"])
    assert by_name["test_each_over_nothing"]["status"] == "failed"


def test_without_the_assertion_pass_hook_a_plain_assert_is_not_a_comparison(pytester: pytest.Pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_nothing=NOTHING)

    pytester.runpytest(*PLUGINS, "-k", "one_assert").assert_outcomes(failed=1)


def test_every_playwright_assertion_counts_when_it_passes_and_not_when_it_fails():
    verdicts.count_playwright_assertions()
    verdicts.count_playwright_assertions()  # a second call does not wrap twice

    for cls in (sync_api.LocatorAssertions, sync_api.PageAssertions, sync_api.APIResponseAssertions):
        public = [name for name in vars(cls) if name.startswith(("to_", "not_to_"))]
        assert public
        assert all(getattr(getattr(cls, name), "_counts", False) for name in public), cls.__name__
    assert sync_api.LocatorAssertions.to_have_text.__wrapped__.__name__ == "to_have_text"

    passing = SimpleNamespace(_sync=lambda awaitable: None, _impl_obj=SimpleNamespace(to_be_visible=lambda **_: None))
    checks.reset_comparisons()
    sync_api.LocatorAssertions.to_be_visible(passing)
    after_passing = checks.comparisons()  # read before asserting: this file's own asserts count too

    def fail(awaitable):
        raise AssertionError("Locator expected to be visible")

    failing = SimpleNamespace(_sync=fail, _impl_obj=passing._impl_obj)
    with pytest.raises(AssertionError):
        sync_api.LocatorAssertions.to_be_visible(failing)
    after_failing = checks.comparisons()
    assert (after_passing, after_failing) == (1, 1)


def test_findings_of_the_plugin_exist_in_the_catalogue():
    for key in ("not-offered", "demanded-not-offered", "compared-nothing", "nothing-to-compare"):
        assert key in findings.catalogue()
