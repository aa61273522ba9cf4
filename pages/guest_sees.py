"""What a guest must be able to see: a web-first check that fails with the plain finding, not a timeout.

Packs read what the standard demands through `shown(...)` before acting on it, so a site that
lacks it fails the test with one sentence naming what the guest cannot see (support/findings),
instead of an action timing out as a broken test. The page is already there when this runs
(its heading was checked), so a short grace period is enough: the failure comes within seconds.
"""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from support import findings

PRESENCE_TIMEOUT_MS = 3_000


def arrived(heading: Locator, finding: str, **params: object) -> None:
    """The guest reached the page whose heading this is (as long as any page may take to load)."""
    _visible(heading, findings.say(finding, **params), timeout=None)


def shown(locator: Locator, finding: str, **params: object) -> Locator:
    """`locator` once the guest can see it; otherwise a failure with the finding's sentence."""
    _visible(locator, findings.say(finding, **params), timeout=PRESENCE_TIMEOUT_MS)
    return locator


def _visible(locator: Locator, sentence: str, timeout: float | None) -> None:
    """Wait for `locator`; a Finding with the plain sentence (Playwright's account as its cause) otherwise."""
    try:
        expect(locator, sentence).to_be_visible(timeout=timeout)
    except AssertionError as error:
        raise findings.Finding(sentence) from error


def read(locator: Locator, finding: str, **params: object) -> str:
    """The text the guest sees in `locator`, stripped; a failure with the finding's sentence if it is not there."""
    return shown(locator, finding, **params).inner_text().strip()
