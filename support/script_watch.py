"""Whether anything ran that should not have: every dialog and uncaught script error of the browsers watched.

Guest text with markup in it (`<img src=x onerror=alert(1)>`) opens a dialog if a page or an
email renders it as HTML. A test watches the guest's browser and the staff's, and at the end
asks whether any page of theirs (the site's pages, the emails opened in them) opened a dialog or
threw. A dialog is dismissed as it opens, so the journey goes on and the check reports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import BrowserContext, Dialog, WebError

from support import findings


@dataclass
class ScriptWatch:
    """The dialogs and script errors seen in the browser contexts watched, as lines for the report."""

    seen: list[str] = field(default_factory=list)

    def watch(self, context: BrowserContext) -> BrowserContext:
        """Listen to every page of `context`, those open now and those opened later; returns `context`."""
        context.on("dialog", self._dialog)
        context.on("weberror", self._error)
        return context

    def _dialog(self, dialog: Dialog) -> None:
        url = dialog.page.url if dialog.page else ""
        self.seen.append(f"{dialog.type} dialog {dialog.message!r} on {url}")
        dialog.dismiss()

    def _error(self, error: WebError) -> None:
        url = error.page.url if error.page else ""
        self.seen.append(f"script error {error.error} on {url}")

    def expect_nothing_ran(self) -> None:
        """Fail, saying what ran, if any page watched opened a dialog or threw."""
        if self.seen:
            raise findings.Finding(findings.say("guest-text-ran") + "\n" + "\n".join(self.seen))
