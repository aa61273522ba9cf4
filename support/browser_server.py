"""A local Playwright browser server (`playwright run-server`), for proving the remote-browser option.

In production the server runs on another machine (a browser grid, a container); the suite
connects with `--browser-ws-endpoint`. Here one is started on a free port of this machine.
"""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LISTENING = re.compile(r"Listening on (ws://\S+)")


@contextmanager
def browser_server(deadline_seconds: float = 30) -> Iterator[str]:
    """Run `playwright run-server` on a free local port; yield its WebSocket endpoint; stop it after.

    `--unsafe` lets the client send the executable and flags, which a machine without
    Playwright's own browsers needs (the suite sends them only with `--browser-executable`).
    """
    playwright_cli = Path(sys.executable).with_name("playwright")
    command = [str(playwright_cli), "run-server", "--port", "0", "--host", "127.0.0.1", "--unsafe"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    try:
        yield _endpoint(process, time.monotonic() + deadline_seconds)
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the whole group: the CLI runs the server in a child process
        process.wait(timeout=10)


def _endpoint(process: subprocess.Popen, deadline: float) -> str:
    """The address the server prints once it listens; its output so far if it never does."""
    seen = []
    while (remaining := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([process.stdout], [], [], remaining)
        line = process.stdout.readline() if ready else ""
        if ready and not line:
            break  # the server exited
        seen.append(line)
        if match := LISTENING.search(line):
            return match.group(1)
    raise RuntimeError("playwright run-server did not start:\n" + "".join(seen))
