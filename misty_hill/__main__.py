"""Start Misty Hill B&B: `python -m misty_hill --port 8000 --smtp-port 1025 [--root-path /misty] [--defect NAME]…`.

Uvicorn serves it; SIGTERM or Ctrl-C stops it cleanly (exit 0). `GET {prefix}/healthz` answers 200
once the database is ready. `--list-defects` prints the defect switches, one per line.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from misty_hill import defects


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line (DATABASE_URL is the fallback for --db)."""
    parser = argparse.ArgumentParser(prog="python -m misty_hill", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--smtp-host", default="127.0.0.1", help="SMTP relay for outgoing mail")
    parser.add_argument("--smtp-port", type=int, default=1025, help="SMTP relay port (default 1025)")
    parser.add_argument(
        "--db", default=os.environ.get("DATABASE_URL"), help="SQLAlchemy URL (default: a new SQLite file)"
    )
    parser.add_argument("--root-path", default="", metavar="PREFIX", help="serve the site under this path, e.g. /misty")
    parser.add_argument("--defect", action="append", default=[], metavar="NAME", help="turn a defect switch on")
    parser.add_argument("--list-defects", action="store_true", help="print the defect switches and exit")
    parser.add_argument("--secret-key", default=os.environ.get("MISTY_HILL_SECRET"), help="key signing guest links")
    return parser.parse_args(argv)


def fresh_sqlite_url() -> str:
    """A new SQLite file for this run, so each start begins without bookings."""
    folder = Path(tempfile.gettempdir()) / "misty_hill"
    folder.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return f"sqlite:///{folder / f'run-{stamp}-{os.getpid()}.sqlite3'}"


def main(argv: list[str] | None = None) -> int:
    """Run the site until told to stop; 2 for a bad command line."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.list_defects:
        print(defects.listing())
        return 0
    # The web stack is imported only to serve: listing the switches (which a test suite does before
    # it starts anything) stays a fraction of a second.
    import uvicorn

    from misty_hill.app import create_app, normalise_root_path, served_under
    from misty_hill.settings import Settings

    try:
        switches = defects.validate(args.defect)
        root_path = normalise_root_path(args.root_path)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    settings = Settings(
        database_url=args.db or fresh_sqlite_url(),
        smtp_host=args.smtp_host,
        smtp_port=args.smtp_port,
        secret_key=args.secret_key or secrets.token_hex(32),
        defects=switches,
        root_path=root_path,
    )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("misty_hill").info(
        "serving under %s/ database %s mail via %s:%s defects %s",
        root_path, settings.database_url, settings.smtp_host, settings.smtp_port, sorted(switches) or "none",
    )  # fmt: skip
    config = uvicorn.Config(
        served_under(create_app(settings), root_path), host=args.host, port=args.port, access_log=False
    )
    _quiet_on_stop(uvicorn.Server)(config).run()
    return 0


def _quiet_on_stop(server: type) -> type:
    """Uvicorn's server, but a SIGTERM or Ctrl-C that shut it down gracefully ends with status 0.

    Uvicorn re-raises the captured signal after its graceful shutdown, so supervisors would see
    the process as killed; a requested stop that completed is a clean exit.
    """

    class _Server(server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            with super().capture_signals():
                yield
                self._captured_signals.clear()

    return _Server


if __name__ == "__main__":
    sys.exit(main())
