"""Which site the suite checks, with which approved facts: `--base-url`, or the profile's bundled reference site.

The profile is loaded when pytest starts, before any site or browser, so a bad profile stops the
run at once with the field named. Without `--base-url` every worker starts its own SMTP capture
and the profile's reference site on free ports with a fresh database, so workers never share
bookings or mail. A base URL may carry a path (`https://host/en-US/`, `https://host/hotel/`):
page objects navigate relative to it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import findings, imap_mailbox, staff, startup
from support import profile as profiles
from support.imap_mailbox import ImapMailbox, MailboxAddress
from support.mailbox import Mailbox, RecordingMailbox, SmtpCapture
from support.site_launcher import RunningSite, SiteDidNotStart, start_site
from support.staff import Credentials
from support.startup import SetupProblem, named

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PROFILE = ROOT / "profiles" / "demo-hotel.yaml"
BUNDLED_SITE = pytest.StashKey[RunningSite]()
PROFILE = pytest.StashKey[profiles.Profile]()
STAFF = pytest.StashKey[dict[str, Credentials]]()  # --staff-credentials, read and checked at start-up
IMAP = pytest.StashKey[tuple[MailboxAddress, str, str]]()  # --mailbox: where, password, base address
SWITCH_FIXTURE = "site_defects"  # the fixture a defect proof run parametrizes by switch (support/plugins/proofs.py)
_DATABASE_URL = re.compile(r"^[a-z][a-z0-9+]*://")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hotel", "hotel booking suite")
    group.addoption(
        "--profile",
        default=os.environ.get("HOTEL_PROFILE", str(DEFAULT_PROFILE)),
        help="property profile with the approved facts (default: profiles/demo-hotel.yaml, or HOTEL_PROFILE)",
    )
    group.addoption(
        "--site-lang",
        default=os.environ.get("SITE_LANG"),
        help="language the site is checked in, one of the profile's `languages`; sets the browser locale "
        "(default: the profile's first language)",
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
        "--site-root-path",
        default="",
        metavar="PREFIX",
        help="serve the bundled site under this path prefix (e.g. /hotel), to prove a base URL with a path works",
    )
    group.addoption(
        "--smtp-port",
        type=int,
        default=0,
        help="port of the in-process SMTP capture (default: a free port); point a staging site's mail here",
    )
    group.addoption(
        "--mailbox",
        default=os.environ.get("MAILBOX_URL"),
        metavar="URL",
        help="read the site's mail from a real mailbox, imap[s]://user@host:port/FOLDER (with --base-url); "
        "password from MAILBOX_PASSWORD or --mailbox-password-file (default: the in-process SMTP capture)",
    )
    group.addoption(
        "--mailbox-password-file",
        default=None,
        metavar="PATH",
        help="file whose first line is the --mailbox password (keep it out of version control)",
    )
    group.addoption(
        "--mail-address",
        default=os.environ.get("MAIL_ADDRESS"),
        metavar="ADDRESS",
        help="address delivering into --mailbox; each test gets ADDRESS's local part +<test>-<random> "
        "(default: the mailbox user, when it is an address)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Judge the profile, every site option and the site itself before anything starts (usage error, exit 4)."""
    try:
        config.stash[PROFILE] = _load_profile(config)
        _check_site_options(config, config.stash[PROFILE])
        if not hasattr(config, "workerinput"):  # once, on the controller, before any xdist worker starts
            _check_site_itself(config, config.stash[PROFILE])
    except SetupProblem as problem:
        raise pytest.UsageError(str(problem)) from None


def _load_profile(config: pytest.Config) -> profiles.Profile:
    path = config.getoption("profile")
    try:
        return profiles.load(Path(path))
    except profiles.ProfileError as error:
        raise SetupProblem(f"{named(config, 'profile', 'HOTEL_PROFILE')} {path}: {error.reason}") from None


def _check_site_options(config: pytest.Config, profile: profiles.Profile) -> None:
    """The options that need no network: language, numbers, paths, the credentials file."""
    lang = config.getoption("site_lang")
    if lang is not None and lang not in profile.languages:
        raise SetupProblem(
            f"{named(config, 'site_lang', 'SITE_LANG')} {lang}: not one of the profile's languages "
            f"({', '.join(profile.languages)}); pick one of them or add it to the profile"
        )
    startup.at_least("--mail-timeout", config.getoption("mail_timeout"), 0.1, "s", "give the seconds to wait for mail")
    startup.at_least("--site-latency-ms", config.getoption("site_latency_ms"), 0, "ms", "give 0 for no delay")
    startup.at_least("--site-jitter-ms", config.getoption("site_jitter_ms"), 0, "ms", "give 0 for no jitter")
    startup.path_prefix("--site-root-path", config.getoption("site_root_path"))
    startup.port("--smtp-port", config.getoption("smtp_port"))
    database = config.getoption("site_db")
    if database and not _DATABASE_URL.match(database):
        raise SetupProblem(
            f"{named(config, 'site_db', 'SITE_DATABASE_URL')} {database}: not a SQLAlchemy URL; "
            "write e.g. sqlite:////tmp/site.sqlite3 or postgresql://user@host/db"
        )
    _check_mailbox_options(config)
    credentials = config.getoption("staff_credentials")
    if credentials:
        config.stash[STAFF] = staff.load(Path(credentials), named(config, "staff_credentials", "STAFF_CREDENTIALS"))
    _check_target(config, profile)


def _check_mailbox_options(config: pytest.Config) -> None:
    """`--mailbox`: the address, the password and the base address; the server is asked later, once."""
    url = config.getoption("mailbox")
    if not url:
        return
    option = named(config, "mailbox", "MAILBOX_URL")
    where = MailboxAddress.parse(url, option)
    if not given_base_url(config):
        raise SetupProblem(
            f"{option} {url}: the bundled site sends its mail to the suite's SMTP capture, not to a mailbox; "
            "give --base-url of a site whose mail service delivers there, or drop --mailbox"
        )
    password = imap_mailbox.read_password(config.getoption("mailbox_password_file"))
    config.stash[IMAP] = (where, password, imap_mailbox.base_address(config.getoption("mail_address"), where))


def _check_target(config: pytest.Config, profile: profiles.Profile) -> None:
    """Either --base-url names a site, or the profile names a bundled one to start."""
    if config.getoption("site_defect") and given_base_url(config):
        raise SetupProblem("--site-defect switches the bundled site; drop it, or drop --base-url to start that site")
    if not given_base_url(config) and profile.reference_site is None:
        raise SetupProblem(
            f"{named(config, 'profile', 'HOTEL_PROFILE')} {config.getoption('profile')}: names no reference_site "
            "to start; pass --base-url for your site"
        )


def _check_site_itself(config: pytest.Config, profile: profiles.Profile) -> None:
    """The defect switches the bundled site knows, or that something answers HTTP at --base-url."""
    given = given_base_url(config)
    if not given:
        check_defects(profile.reference_site.module, config.getoption("site_defect"))
    elif not (config.option.collectonly or config.option.help):  # listing tests contacts no site
        startup.probe_site("--base-url", given)
        if IMAP in config.stash:
            where, password, _ = config.stash[IMAP]
            imap_mailbox.check_login(where, password)


def check_defects(module: str, names: list[str], option: str = "--site-defect") -> None:
    """The bundled site can be started, and knows every defect switch asked for (by `option`), before it is started."""
    if importlib.util.find_spec(module) is None:
        raise SetupProblem(f"reference_site.module {module}: no such module; install the site or fix the profile")
    if not names:
        return
    listing = subprocess.run([sys.executable, "-m", module, "--list-defects"], capture_output=True, text=True)
    known = [line.split("\t")[0] for line in listing.stdout.splitlines() if line.strip()]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise SetupProblem(
            f"{option} {', '.join(unknown)}: {module} has no such switch; "
            f"pick one that `python -m {module} --list-defects` lists"
        )


def given_base_url(config: pytest.Config) -> str | None:
    """`--base-url` (or the ini's base_url): the site to check instead of a bundled one."""
    return config.getoption("base_url") or config.getini("base_url") or None


def approved_profile(config: pytest.Config) -> profiles.Profile:
    """The profile this run checks against, loaded at start-up."""
    return config.stash[PROFILE]


def switch_of(item: pytest.Item) -> str | None:
    """The defect switch a test runs against in a proof run (None outside one)."""
    return getattr(getattr(item, "callspec", None), "params", {}).get(SWITCH_FIXTURE)


def plain_nodeid(item: pytest.Item) -> str:
    """The test's node ID as a run with `--site-defect` names it: without the switch of a proof run.

    The test's data seed and its replay command use it, so a failure of a proof replays with the
    same data under `--site-defect`.
    """
    switch = switch_of(item)
    if switch is None:
        return item.nodeid
    return item.nodeid.removesuffix(item.name) + plain_name(item, switch)


def plain_part_id(item: pytest.Item, switch: str) -> str:
    """The test's parameter ID without the switch's part (pytest's private list of parts, one per parametrization)."""
    parts = list(item.callspec._idlist)
    del parts[len(parts) - 1 - parts[::-1].index(switch)]  # the last parametrization, so the last such part
    return "-".join(parts)


def plain_name(item: pytest.Item, switch: str) -> str:
    """The test's name without the switch's part of its parameter ID."""
    plain_id = plain_part_id(item, switch)
    return f"{item.originalname}[{plain_id}]" if plain_id else item.originalname


def pytest_report_header(config: pytest.Config) -> list[str]:
    target = config.getoption("base_url") or "the profile's bundled reference site"
    defects = config.getoption("site_defect")
    lines = [f"site under test: {target}", f"property profile: {config.getoption('profile')}"]
    if defects:
        lines.append(f"defect switches: {', '.join(defects)}")
    if config.getoption("mailbox"):
        lines.append(f"mail read from: {config.getoption('mailbox')} (IMAP)")
    return lines


@pytest.fixture(scope="session")
def profile(pytestconfig: pytest.Config) -> profiles.Profile:
    """The approved facts every test compares the site against."""
    return approved_profile(pytestconfig)


@pytest.fixture(scope="session")
def site_lang(pytestconfig: pytest.Config, profile: profiles.Profile) -> str:
    """The language the site is checked in: `--site-lang`, else the profile's first language."""
    return pytestconfig.getoption("site_lang") or profile.default_language


@pytest.fixture(scope="session")
def smtp_capture(pytestconfig: pytest.Config) -> Iterator[SmtpCapture]:
    """An SMTP server in this process that keeps the mail the site sends."""
    capture = SmtpCapture(port=pytestconfig.getoption("smtp_port")).start()
    yield capture
    capture.stop()


@pytest.fixture(scope="session")
def site_defects(request: pytest.FixtureRequest) -> tuple[str, ...]:
    """The defect switches the bundled site runs with: `--site-defect`, or in a proof run the test's switch.

    A proof run (`--defect-proofs`) parametrizes this fixture by switch; every fixture that depends on
    the running site asks for it, so that pytest starts them afresh when the switch changes.
    """
    switch = getattr(request, "param", None)
    return (switch,) if switch else tuple(request.config.getoption("site_defect"))


@pytest.fixture(scope="session")
def bundled_site(
    pytestconfig: pytest.Config,
    smtp_capture: SmtpCapture,
    tmp_path_factory: pytest.TempPathFactory,
    site_defects: tuple[str, ...],
) -> Iterator[RunningSite]:
    """The reference site with its switches, started for this worker and stopped after its last test (or switch)."""
    worker_id = worker_name(pytestconfig)
    folder = tmp_path_factory.mktemp(f"site-{worker_id}")
    database = pytestconfig.getoption("site_db") or f"sqlite:///{folder / 'site.sqlite3'}"
    logs = Path(pytestconfig.rootpath, "reports", "site-logs")
    proving = f"-{site_defects[0]}" if pytestconfig.getoption("defect_proofs", None) else ""  # a log per switch
    try:
        site = start_site(
            smtp_port=smtp_capture.port,
            database_url=database,
            log_path=logs / f"demo-site-{worker_id}{proving}.log",
            module=approved_profile(pytestconfig).reference_site.module,
            staff_users=tuple(approved_profile(pytestconfig).reference_site.staff.values()),
            root_path=pytestconfig.getoption("site_root_path"),
            defects=site_defects,
            extra_args=_latency_args(pytestconfig),
        )
    except SiteDidNotStart as error:
        if pytestconfig.getoption("defect_proofs", None):
            raise  # a proof run: this switch's tests are broken, and the next switch gets a start of its own
        pytest.exit(f"the bundled site did not start:\n{error}", returncode=pytest.ExitCode.INTERNAL_ERROR)
    pytestconfig.stash[BUNDLED_SITE] = site
    yield site
    del pytestconfig.stash[BUNDLED_SITE]
    site.stop()


@pytest.fixture(scope="session")
def base_url(pytestconfig: pytest.Config, request: pytest.FixtureRequest, site_defects: tuple[str, ...]) -> str:
    """`--base-url` (ending in `/`, its path kept) when given; otherwise the bundled site, started on first use.

    It names `site_defects` so that a proof run gives it the new site's address when the switch changes.
    """
    given = given_base_url(pytestconfig)
    if given:
        return given.rstrip("/") + "/"
    return request.getfixturevalue("bundled_site").url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict, profile: profiles.Profile, site_lang: str) -> dict:
    """Every page opens in the site language's locale and the property's time zone."""
    return {**browser_context_args, "locale": site_lang, "timezone_id": profile.property.time_zone}


@pytest.fixture(scope="session")
def staff_credentials(
    pytestconfig: pytest.Config,
    request: pytest.FixtureRequest,
    profile: profiles.Profile,
    site_defects: tuple[str, ...],
) -> dict[str, Credentials]:
    """The back-office accounts: made up for the bundled site, read from --staff-credentials otherwise.

    The bundled site's passwords are new at each start: a proof run gets them anew for each switch.
    """
    if not given_base_url(pytestconfig):
        passwords = request.getfixturevalue("bundled_site").staff_passwords
        users = profile.reference_site.staff
        return {role: Credentials(user, passwords[user]) for role, user in users.items()}
    if STAFF not in pytestconfig.stash:
        pytest.skip(findings.say("needs-staff-accounts"))
    return pytestconfig.stash[STAFF]


@pytest.fixture(scope="session")
def mail_source(pytestconfig: pytest.Config, request: pytest.FixtureRequest) -> Iterator[Mailbox]:
    """Where this worker reads the site's mail: the real mailbox of `--mailbox`, else the SMTP capture."""
    if IMAP not in pytestconfig.stash:
        yield request.getfixturevalue("smtp_capture")
        return
    where, password, address = pytestconfig.stash[IMAP]
    try:
        real = ImapMailbox(where, password, address).connect()
    except SetupProblem as problem:
        pytest.exit(str(problem), returncode=pytest.ExitCode.USAGE_ERROR)
    yield real
    real.close()


@pytest.fixture
def mailbox(mail_source: Mailbox, request: pytest.FixtureRequest) -> RecordingMailbox:
    """The mail this test reads; remembered so a failure report can show it."""
    return RecordingMailbox(mail_source, label=request.node.name, timeout=request.config.getoption("mail_timeout"))


def _latency_args(config: pytest.Config) -> tuple[str, ...]:
    latency, jitter = config.getoption("site_latency_ms"), config.getoption("site_jitter_ms")
    return ("--latency-ms", str(latency), "--jitter-ms", str(jitter)) if latency or jitter else ()


def worker_name(config: pytest.Config) -> str:
    """`gw0`, `gw1`… under pytest-xdist, `main` otherwise."""
    workerinput = getattr(config, "workerinput", None)
    return workerinput["workerid"] if workerinput else "main"
