"""Which Chromium to launch: Playwright's own where installed, else the system's.

Machines without Playwright's browser downloads (closed networks, Debian CI images) still
run the suite on Debian's `chromium` package, found automatically.
"""

from __future__ import annotations

import shutil
from pathlib import Path

SYSTEM_CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # One renderer per tab rather than per site: the suite visits one hotel's site, and the extra
    # processes of site isolation cost CPU on small CI machines (an e2e sample ran 66 s → 61 s).
    "--disable-features=site-per-process",
    "--disable-site-isolation-trials",
)
_CANDIDATES = ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome")


def system_chromium() -> str | None:
    """The path of a Chromium or Chrome installed by the system, if there is one."""
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_launch_args(bundled_executable: str, options: dict, chosen: str | None = None) -> dict:
    """Launch options for Chromium, in this order of preference.

    The `chosen` binary with the system flags; the options unchanged when Playwright's browser
    exists or they already name one; else the system's Chromium with the system flags.
    """
    if chosen:
        return _system_launch(options, chosen)
    if options.get("executable_path") or options.get("channel") or Path(bundled_executable).exists():
        return options
    system = system_chromium()
    if system is None:
        raise RuntimeError(
            "No Chromium to run: Playwright's browser is not installed and no system Chromium was found. "
            "Run `playwright install chromium`, or install your system's chromium package "
            "(Debian: apt-get install chromium fonts-noto-cjk)."
        )
    return _system_launch(options, system)


def _system_launch(options: dict, executable: str) -> dict:
    return {**options, "executable_path": executable, "args": [*options.get("args", []), *SYSTEM_CHROMIUM_FLAGS]}
