"""Let Playwright record video with the system's ffmpeg when its own cannot be downloaded.

Playwright looks for `ffmpeg-<revision>/ffmpeg-linux` in its browser cache; the revision is in
the installed driver's browsers.json. Does nothing if Playwright's ffmpeg is already there or
the system has no ffmpeg.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import playwright


def playwright_cache() -> Path:
    """Where Playwright keeps its browsers (PLAYWRIGHT_BROWSERS_PATH, else the platform default)."""
    configured = os.environ.get("PLAYWRIGHT_BROWSERS_PATH")
    if configured and configured != "0":
        return Path(configured)
    return Path.home() / ".cache" / "ms-playwright"


def ffmpeg_revision() -> str:
    """The ffmpeg revision the installed Playwright driver expects."""
    browsers = Path(playwright.__file__).parent / "driver" / "package" / "browsers.json"
    entries = json.loads(browsers.read_text())["browsers"]
    return next(entry["revision"] for entry in entries if entry["name"] == "ffmpeg")


def main() -> int:
    """Link the system ffmpeg where Playwright expects its own."""
    if not sys.platform.startswith("linux"):
        return 0
    target = playwright_cache() / f"ffmpeg-{ffmpeg_revision()}" / "ffmpeg-linux"
    system = shutil.which("ffmpeg")
    if target.exists() or system is None:
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.symlink_to(system)
    (target.parent / "INSTALLATION_COMPLETE").touch()
    print(f"link_ffmpeg: {target} -> {system}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
