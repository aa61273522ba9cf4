"""Phone links and browser selection."""

import pytest

from support import browser
from support.phone import tel_href


@pytest.mark.parametrize("href", ["tel:+88675258888", "tel:07-525-8888", "tel:+886-7-525-8888", "tel:075258888"])
def test_tel_href_accepts_every_way_to_dial_the_number(href):
    assert tel_href("07-525-8888").match(href)


@pytest.mark.parametrize("href", ["tel:+88675258889", "tel:0275258888", "mailto:07-525-8888"])
def test_tel_href_refuses_other_numbers(href):
    assert not tel_href("07-525-8888").match(href)


def test_playwrights_own_chromium_is_used_when_installed(tmp_path):
    bundled = tmp_path / "chrome"
    bundled.touch()

    assert browser.chromium_launch_args(str(bundled), {"headless": True}) == {"headless": True}


def test_the_system_chromium_is_used_with_its_flags_otherwise(tmp_path, monkeypatch):
    monkeypatch.setattr(browser.shutil, "which", lambda name: "/usr/bin/chromium" if name == "chromium" else None)

    options = browser.chromium_launch_args(str(tmp_path / "missing"), {})

    assert options["executable_path"] == "/usr/bin/chromium"
    assert "--no-sandbox" in options["args"]
    assert "--disable-background-networking" in options["args"]


def test_no_chromium_at_all_says_how_to_get_one(tmp_path, monkeypatch):
    monkeypatch.setattr(browser.shutil, "which", lambda name: None)

    with pytest.raises(RuntimeError, match="playwright install chromium"):
        browser.chromium_launch_args(str(tmp_path / "missing"), {})
