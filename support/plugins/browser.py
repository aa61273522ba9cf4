"""Launch Playwright's own Chromium where installed, else the system Chromium with safe flags."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserType

from support.browser import chromium_launch_args


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, browser_type: BrowserType) -> dict:
    """pytest-playwright's launch options, pointed at a system Chromium when Playwright has none."""
    if browser_type.name != "chromium":
        return browser_type_launch_args
    return chromium_launch_args(browser_type.executable_path, browser_type_launch_args)
