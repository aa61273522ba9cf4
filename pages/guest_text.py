"""Where a page shows what the guest typed, and where a form takes it, by the suite's own field names.

The profile's `guest_text` names the fields (`guest_name`, `special_request`, `message`,
`address`, `company_name`…) and the views that show each back; a pack maps those names to
locators on its pages through this mixin.
"""

from __future__ import annotations

from playwright.sync_api import Locator


class ShowsGuestText:
    """A page that shows (a view) or takes (a form) text a guest types; `_texts` maps field names to locators."""

    _texts: dict[str, Locator]

    def guest_text(self, field: str) -> Locator:
        """Where this page shows, or takes, the guest's text of `field`."""
        try:
            return self._texts[field]
        except KeyError:
            raise KeyError(f"{type(self).__name__} has no {field!r}; it has {', '.join(self._texts) or 'none'} "
                           "(compare the profile's guest_text.shown_on)") from None  # fmt: skip
