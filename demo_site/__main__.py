"""Start the reference hotel site: `python -m demo_site --port 8000 --smtp-port 1025`.

Uvicorn serves it; SIGTERM or Ctrl-C shuts it down cleanly. `GET /healthz` answers once the
database is ready. `--list-defects` prints the defect switches, one per line. `--root-path /hotel`
serves the whole site under `/hotel/` (health at `/hotel/healthz`); anything outside it is a 404.
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

from demo_site import defects


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line, with DATABASE_URL as the fallback for --db."""
    parser = argparse.ArgumentParser(prog="python -m demo_site", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--smtp-host", default="127.0.0.1", help="SMTP relay host for outgoing mail")
    parser.add_argument("--smtp-port", type=int, default=1025, help="SMTP relay port (default 1025)")
    parser.add_argument(
        "--db",
        default=os.environ.get("DATABASE_URL"),
        help="SQLAlchemy database URL (default: DATABASE_URL, else a new SQLite file for this run)",
    )
    parser.add_argument(
        "--root-path",
        default=os.environ.get("DEMO_SITE_ROOT_PATH", ""),
        metavar="PREFIX",
        help="serve the site under this path prefix, such as /hotel (default: DEMO_SITE_ROOT_PATH, else at /)",
    )
    parser.add_argument(
        "--defect", action="append", default=[], metavar="NAME", help="turn on a defect switch (repeatable)"
    )
    parser.add_argument("--list-defects", action="store_true", help="print the defect switches and exit")
    parser.add_argument("--latency-ms", type=int, default=0, help="delay every response by this much")
    parser.add_argument("--jitter-ms", type=int, default=0, help="plus a random delay of up to this much")
    parser.add_argument(
        "--secret-key", default=os.environ.get("DEMO_SITE_SECRET"), help="key that signs review steps and cookies"
    )
    parser.add_argument(
        "--staff-password",
        action="append",
        default=[],
        metavar="USER=PASSWORD",
        help="back-office password of a staff account (agent, supervisor, trainee); also DEMO_SITE_STAFF_PASSWORDS "
        "as USER=PASSWORD,USER=PASSWORD; accounts left out get a random password, printed in the log",
    )
    return parser.parse_args(argv)


def default_database_url() -> str:
    """A fresh SQLite file for this run, so every start begins with empty bookings."""
    folder = Path(tempfile.gettempdir()) / "demo_site"
    folder.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return f"sqlite:///{folder / f'run-{stamp}-{os.getpid()}.sqlite3'}"


def staff_passwords(given: list[str], environment: str) -> dict[str, str]:
    """Back-office passwords from the command line and the environment (the command line wins)."""
    pairs = [pair for pair in environment.split(",") if pair] + given
    return dict(pair.split("=", 1) for pair in pairs if "=" in pair)


def main(argv: list[str] | None = None) -> int:
    """Run the site until it is told to stop."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.list_defects:
        print(defects.listing())
        return 0
    # The web stack is imported only to serve: listing the switches (which a test suite does before
    # it starts anything) stays a fraction of a second.
    import uvicorn

    from demo_site import urls
    from demo_site.app import create_app, served_under
    from demo_site.settings import Settings

    try:
        switches = defects.validate(args.defect)
        root_path = urls.normalise_root_path(args.root_path)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    settings = Settings(
        database_url=args.db or default_database_url(),
        smtp_host=args.smtp_host,
        smtp_port=args.smtp_port,
        defects=switches,
        secret_key=args.secret_key or secrets.token_hex(32),
        latency_ms=args.latency_ms,
        jitter_ms=args.jitter_ms,
        staff_passwords=staff_passwords(args.staff_password, os.environ.get("DEMO_SITE_STAFF_PASSWORDS", "")),
    )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("demo_site").info(
        "serving under %s, database %s, mail via %s:%s, defects %s",
        f"{root_path}/",
        settings.database_url,
        settings.smtp_host,
        settings.smtp_port,
        sorted(switches) or "none",
    )
    config = uvicorn.Config(
        served_under(create_app(settings), root_path),
        host=args.host,
        port=args.port,
        log_level="info",
        access_log=False,
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
