"""One guest's browser on the site under test: the page, the pack that reads the site, the approved facts, the language.

Scenarios take a `Visit` so they reach the site only through the pack the run chose, and
name things (rooms, add-ons, methods) as the profile approves them in the site's language.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from types import ModuleType

from playwright.sync_api import Page

from support.profile import Profile


@dataclass(frozen=True)
class Visit:
    """A page of the site, with the pack, the profile and the language it is read in."""

    page: Page
    pack: ModuleType
    profile: Profile
    lang: str

    def on(self, page: Page) -> Visit:
        """The same visit in another page (another tab or another browser)."""
        return dataclasses.replace(self, page=page)
