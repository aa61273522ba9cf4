"""What an impatient or unsure guest does with a button that commits: the same for every pack.

A double-click; a click that opens the outcome in a second tab (Ctrl or Cmd), leaving this tab
on the page it was; a second tab showing the same page (as the browser's "duplicate tab" does,
for a page its script keeps in the tab's session storage). Packs call these from their own
page objects, so the journeys that send things twice (scenarios/) read the same on every site.
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page


def double_click(button: Locator) -> None:
    """Press the button twice in quick succession, as a guest who is not sure the first press took."""
    button.dblclick()


def click_into_new_tab(page: Page, button: Locator) -> Page:
    """Press the button with Ctrl (Cmd on a Mac), so what it sends opens in a new tab; that tab, once it loads."""
    with page.context.expect_page() as opened:
        button.click(modifiers=["ControlOrMeta"])
    return opened.value


def duplicate_tab(page: Page) -> Page:
    """A second tab of this browser on the page this tab shows, with a copy of its session storage."""
    with page.context.expect_page() as opened:
        page.evaluate("() => { window.open(location.href); }")
    return opened.value
