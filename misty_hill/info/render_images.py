"""Render the hand-drawn SVGs in static/img to the PNGs the pages show: `python -m misty_hill.info.render_images`.

The drawings are kept as SVG (small, editable by hand); the pages publish PNG because the
standard's web formats are GIF, JPEG and PNG. Rendered at twice their size for sharp screens.
Run by hand after editing a drawing; the site itself never imports this (it needs Playwright).
"""

from __future__ import annotations

import re
from pathlib import Path

IMAGES = Path(__file__).parent.parent / "static" / "img"


def render(chromium: str = "/usr/bin/chromium") -> list[Path]:
    """Write `name.png` beside every `name.svg`; returns the files written."""
    from playwright.sync_api import sync_playwright  # a tool of the innkeeper's machine, not of the site

    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for svg in sorted(IMAGES.glob("*.svg")):
            source = svg.read_text(encoding="utf-8")
            width, height = (int(v) for v in re.search(r'width="(\d+)" height="(\d+)"', source).groups())
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=2)
            page.set_content(f"<style>html, body {{ margin: 0; background: transparent }}</style>{source}")
            page.locator("svg").screenshot(path=str(svg.with_suffix(".png")), omit_background=True)
            page.close()
            written.append(svg.with_suffix(".png"))
        browser.close()
    return written


if __name__ == "__main__":
    for path in render():
        print(path)
