"""Open Playwright traces from the Allure report without the internet.

    python scripts/offline_traces.py reports/allure-report

Allure Report 3's awesome report opens a `application/vnd.allure.playwright-trace` attachment
at https://trace.playwright.dev: it opens that site in a new window and posts the trace to it.
A closed CI network or a hotel's office cannot reach that site, and the trace would leave the
building. Allure has no option for another viewer (AwesomeOptions has none), so after
`allure generate` this copies the trace viewer that ships with Playwright (the same app,
listening for the same `load` message) into a `trace-viewer/` folder beside the awesome app
(`<report>/awesome/` when Allure writes several plugins) and points the app at it: the viewer
is then served, like the report, from the report's own origin.

The report's app hard-codes the address as a minified constant; if an Allure upgrade changes it,
this fails naming what it looked for, so the report never silently goes back to the internet.
The viewer needs a service worker, so the report must be served over http://localhost or
https (`npx allure open reports/allure-report`, or any static server), not opened as a file.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

import playwright

VIEWER_FOLDER = "trace-viewer"
# `const Rs="https://trace.playwright.dev",Ns=`${Rs}/`` in Allure 3.18's app-*.js: the origin the
# trace is posted to, then the address the new window opens. Names are minified; the shape is kept.
ONLINE_VIEWER = re.compile(r'const (\w+)="https://trace\.playwright\.dev",(\w+)=`\$\{\1\}/`')
OFFLINE_VIEWER = f'const \\1=location.origin,\\2=new URL("{VIEWER_FOLDER}/index.html",location.href).href'
# The report posts the trace a fixed 1.75 s after the viewer window starts loading. The viewer
# listens only once its service worker runs, which on a busy machine can take longer; this keeps a
# trace posted before then and hands it to the viewer's listener when the viewer adds it.
EARLY_TRACE = """<head>
    <script>
      /* scripts/offline_traces.py: a trace posted before the viewer listens is kept for it. */
      (() => {
        const early = [];
        const keep = (event) => early.push(event);
        const listen = window.addEventListener;
        listen.call(window, "message", keep);
        window.addEventListener = function (type, listener, options) {
          listen.call(this, type, listener, options);
          if (type !== "message") return;
          window.removeEventListener("message", keep);
          early.splice(0).forEach((event) => listener(event));
        };
      })();
    </script>"""


class ViewerNotFoundError(RuntimeError):
    """The report's app no longer names trace.playwright.dev the way this script knows."""


def playwright_viewer() -> Path:
    """The trace viewer of the installed Playwright (what `playwright show-trace` serves)."""
    return Path(playwright.__file__).parent / "driver" / "package" / "lib" / "vite" / "traceViewer"


def make_offline(report: Path, viewer: Path | None = None) -> list[Path]:
    """Point every app file of `report` at a copy of the viewer inside it; return the files changed."""
    viewer = viewer or playwright_viewer()
    if not (viewer / "index.html").is_file():
        raise ViewerNotFoundError(f"no Playwright trace viewer at {viewer}: is the playwright package installed?")
    changed = [path for path in _app_files(report) if _rewrite(path)]
    if not changed:
        raise ViewerNotFoundError(
            f"no app file in {report} opens traces at https://trace.playwright.dev the way Allure 3.18 does "
            f"(looked for /{ONLINE_VIEWER.pattern}/ in app-*.js and index.html, in the report and its folders). "
            "Allure was upgraded or the report was not generated: update ONLINE_VIEWER in scripts/offline_traces.py."
        )
    for app in sorted({path.parent for path in changed}):
        shutil.copytree(viewer, app / VIEWER_FOLDER, dirs_exist_ok=True)
        _keep_early_trace(app / VIEWER_FOLDER / "index.html")
    return changed


def _keep_early_trace(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    if "<head>" not in text:
        raise ViewerNotFoundError(f"{page} has no <head>: Playwright's trace viewer changed; update EARLY_TRACE")
    page.write_text(text.replace("<head>", EARLY_TRACE, 1), encoding="utf-8")


def _app_files(report: Path) -> list[Path]:
    """The awesome app: app-*.js (index.html when it is a single file), in the report or in its plugin's folder.

    With one plugin Allure writes it into the report folder; with several (the compliance overview
    and awesome) each into a folder of its own, `awesome/`, under a summary page.
    """
    folders = [report, *sorted(path for path in report.iterdir() if path.is_dir())] if report.is_dir() else []
    patterns = ("app-*.js", "index.html")
    return [path for folder in folders for pattern in patterns for path in sorted(folder.glob(pattern))]


def _rewrite(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    rewritten, count = ONLINE_VIEWER.subn(OFFLINE_VIEWER, text)
    if count:
        path.write_text(rewritten, encoding="utf-8")
    return bool(count)


def main() -> int:
    """Make the report folder named on the command line open traces offline; 1 with the reason if it cannot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="the generated Allure report folder")
    report = parser.parse_args().report
    try:
        changed = make_offline(report)
    except ViewerNotFoundError as error:
        print(f"offline traces: {error}", file=sys.stderr)
        return 1
    print(f"offline traces: {', '.join(path.name for path in changed)} open traces in {report / VIEWER_FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
