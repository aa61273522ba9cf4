"""Which site the suite checks: `--base-url`, or the bundled reference site started per worker.

Without `--base-url` every worker starts its own SMTP capture and its own `demo_site` on free
ports with a fresh database, so workers never share bookings or mail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import profile as profiles
from support import staff
from support.mailbox import RecordingMailbox, SmtpCapture
from support.site_launcher import RunningSite, SiteDidNotStart, start_site
from support.staff import Credentials

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PROFILE = ROOT / "profiles" / "demo-hotel.yaml"
LOCALES = {"zh-TW": "zh-TW", "en": "en-US"}
BUNDLED_SITE = pytest.StashKey[RunningSite]()
BUNDLED_STAFF = {"agent": "agent", "supervisor": "supervisor", "lockout": "trainee"}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hotel", "hotel booking suite")
    group.addoption(
        "--profile",
        default=os.environ.get("HOTEL_PROFILE", str(DEFAULT_PROFILE)),
        help="property profile with the approved facts (default: profiles/demo-hotel.yaml, or HOTEL_PROFILE)",
    )
    group.addoption(
        "--site-lang",
        default=os.environ.get("SITE_LANG", "zh-TW"),
        choices=sorted(LOCALES),
        help="language the site is checked in; sets the browser locale (default zh-TW)",
    )
    group.addoption(
        "--site-defect",
        action="append",
        default=[],
        metavar="NAME",
        help="start the bundled site with this defect switch on (repeatable; see python -m demo_site --list-defects)",
    )
    group.addoption(
        "--site-db",
        default=os.environ.get("SITE_DATABASE_URL"),
        help="SQLAlchemy URL for the bundled site's database (default: a new SQLite file per worker)",
    )
    group.addoption(
        "--staff-credentials",
        default=os.environ.get("STAFF_CREDENTIALS"),
        help="YAML file with the back-office accounts (agent, supervisor, lockout) of a site given by --base-url",
    )
    group.addoption(
        "--mail-timeout",
        type=float,
        default=10,
        help="seconds a test waits for an email before failing (default 10)",
    )
    group.addoption(
        "--site-latency-ms",
        type=int,
        default=0,
        help="start the bundled site with this much delay on every response (plus --site-jitter-ms at random)",
    )
    group.addoption("--site-jitter-ms", type=int, default=0, help="random extra delay of the bundled site, up to this")
    group.addoption(
        "--smtp-port",
        type=int,
        default=0,
        help="port of the in-process SMTP capture (default: a free port); point a staging site's mail here",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("site_defect") and (config.getoption("base_url") or config.getini("base_url")):
        raise pytest.UsageError("--site-defect switches the bundled site; it cannot be combined with --base-url")


def pytest_report_header(config: pytest.Config) -> list[str]:
    target = config.getoption("base_url") or "the bundled reference site (demo_site)"
    defects = config.getoption("site_defect")
    lines = [f"site under test: {target}", f"property profile: {config.getoption('profile')}"]
    if defects:
        lines.append(f"defect switches: {', '.join(defects)}")
    return lines


@pytest.fixture(scope="session")
def profile(pytestconfig: pytest.Config) -> profiles.Profile:
    """The approved facts every test compares the site against."""
    try:
        return profiles.load(Path(pytestconfig.getoption("profile")))
    except profiles.ProfileError as error:
        pytest.exit(str(error), returncode=pytest.ExitCode.USAGE_ERROR)


@pytest.fixture(scope="session")
def site_lang(pytestconfig: pytest.Config) -> str:
    """The language the site is checked in: zh-TW or en."""
    return pytestconfig.getoption("site_lang")


@pytest.fixture(scope="session")
def smtp_capture(pytestconfig: pytest.Config) -> Iterator[SmtpCapture]:
    """An SMTP server in this process that keeps the mail the site sends."""
    capture = SmtpCapture(port=pytestconfig.getoption("smtp_port")).start()
    yield capture
    capture.stop()


@pytest.fixture(scope="session")
def bundled_site(
    pytestconfig: pytest.Config, smtp_capture: SmtpCapture, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningSite]:
    """The reference site, started for this worker and stopped after its last test."""
    worker_id = worker_name(pytestconfig)
    folder = tmp_path_factory.mktemp(f"demo-site-{worker_id}")
    database = pytestconfig.getoption("site_db") or f"sqlite:///{folder / 'site.sqlite3'}"
    logs = Path(pytestconfig.rootpath, "reports", "site-logs")
    try:
        site = start_site(
            smtp_port=smtp_capture.port,
            database_url=database,
            log_path=logs / f"demo-site-{worker_id}.log",
            defects=tuple(pytestconfig.getoption("site_defect")),
            extra_args=_latency_args(pytestconfig),
        )
    except SiteDidNotStart as error:
        pytest.exit(f"the bundled site did not start:\n{error}", returncode=pytest.ExitCode.INTERNAL_ERROR)
    pytestconfig.stash[BUNDLED_SITE] = site
    yield site
    del pytestconfig.stash[BUNDLED_SITE]
    site.stop()


@pytest.fixture(scope="session")
def base_url(pytestconfig: pytest.Config, request: pytest.FixtureRequest) -> str:
    """`--base-url` when given; otherwise the bundled site, started on first use."""
    given = pytestconfig.getoption("base_url") or pytestconfig.getini("base_url")
    if given:
        return given.rstrip("/")
    return request.getfixturevalue("bundled_site").url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict, profile: profiles.Profile, site_lang: str) -> dict:
    """Every page opens in the site language's locale and the property's time zone."""
    return {**browser_context_args, "locale": LOCALES[site_lang], "timezone_id": profile.property.time_zone}


@pytest.fixture(scope="session")
def staff_credentials(pytestconfig: pytest.Config, request: pytest.FixtureRequest) -> dict[str, Credentials]:
    """The back-office accounts: made up for the bundled site, read from --staff-credentials otherwise."""
    if not (pytestconfig.getoption("base_url") or pytestconfig.getini("base_url")):
        passwords = request.getfixturevalue("bundled_site").staff_passwords
        return {role: Credentials(user, passwords[user]) for role, user in BUNDLED_STAFF.items()}
    path = pytestconfig.getoption("staff_credentials")
    if not path:
        pytest.fail(
            "back-office tests need the site's staff accounts: pass --staff-credentials FILE (see support/staff.py)"
        )
    return staff.load(Path(path))


@pytest.fixture
def mailbox(smtp_capture: SmtpCapture, request: pytest.FixtureRequest) -> RecordingMailbox:
    """The mail this test reads; remembered so a failure report can show it."""
    return RecordingMailbox(smtp_capture, label=request.node.name, timeout=request.config.getoption("mail_timeout"))


def _latency_args(config: pytest.Config) -> tuple[str, ...]:
    latency, jitter = config.getoption("site_latency_ms"), config.getoption("site_jitter_ms")
    return ("--latency-ms", str(latency), "--jitter-ms", str(jitter)) if latency or jitter else ()


def worker_name(config: pytest.Config) -> str:
    """`gw0`, `gw1`… under pytest-xdist, `main` otherwise."""
    workerinput = getattr(config, "workerinput", None)
    return workerinput["workerid"] if workerinput else "main"
