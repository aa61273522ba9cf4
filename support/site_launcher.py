"""Start a bundled reference site (`python -m MODULE`) as a subprocess and stop it again.

Output goes to a log file (never an undrained pipe), readiness is a health poll with a deadline,
and a site that does not come up fails with its log, so the cause is on screen.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from support.ports import free_port


class SiteDidNotStart(RuntimeError):
    """The site exited or never answered its health check; the message holds its log."""


@dataclass
class RunningSite:
    """A started site: where it answers, where it logs, and its process."""

    url: str  # ends in `/`
    log_path: Path
    process: subprocess.Popen
    staff_passwords: dict[str, str] = field(default_factory=dict)

    def log(self) -> str:
        """Everything the site has written so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self, grace_seconds: float = 10) -> None:
        """SIGTERM, then SIGKILL if it has not exited within the grace period."""
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=grace_seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_site(
    *,
    smtp_port: int,
    database_url: str,
    log_path: Path,
    module: str,
    staff_users: tuple[str, ...] = (),
    root_path: str = "",
    defects: tuple[str, ...] = (),
    extra_args: tuple[str, ...] = (),
    deadline_seconds: float = 30,
    attempts: int = 3,
) -> RunningSite:
    """Start `python -m MODULE` on a free port (under `root_path`, if given) and wait until `healthz` answers.

    The back-office accounts get fresh random passwords, handed over in the environment. A port
    taken between choosing and binding it is retried on another port.
    """
    passwords = {user: secrets.token_urlsafe(12) for user in staff_users}
    prefix = "/" + root_path.strip("/") if root_path.strip("/") else ""
    environment = {**os.environ, "DEMO_SITE_STAFF_PASSWORDS": ",".join(f"{u}={p}" for u, p in passwords.items())}
    for attempt in range(1, attempts + 1):
        port = free_port()
        command = [
            sys.executable, "-m", module,
            "--port", str(port),
            "--smtp-host", "127.0.0.1",
            "--smtp-port", str(smtp_port),
            "--db", database_url,
            *(("--root-path", prefix) if prefix else ()),
            *(arg for name in defects for arg in ("--defect", name)),
            *extra_args,
        ]  # fmt: skip
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("w", encoding="utf-8") as log:
            process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=environment)
        site = RunningSite(f"http://127.0.0.1:{port}{prefix}/", log_path, process, passwords)
        try:
            _wait_until_healthy(site, deadline_seconds)
            return site
        except SiteDidNotStart:
            site.stop()
            if attempt == attempts or "address already in use" not in site.log().lower():
                raise
    raise AssertionError("unreachable")


def _wait_until_healthy(site: RunningSite, deadline_seconds: float) -> None:
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        if site.process.poll() is not None:
            raise SiteDidNotStart(f"the site exited with code {site.process.returncode}:\n{site.log()}")
        if _healthy(site.url):
            return
        _wait_for_exit(site.process, seconds=0.05)
    raise SiteDidNotStart(f"the site did not answer {site.url}healthz within {deadline_seconds:g} s:\n{site.log()}")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}healthz", timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _wait_for_exit(process: subprocess.Popen, seconds: float) -> None:
    """Between health polls, wait on the process itself, so a crash is noticed at once."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=seconds)
