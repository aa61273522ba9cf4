"""Bad inputs stop the run at start-up: exit code 4, one line naming the file or option, nothing started.

Each case runs the real suite (`python -m pytest tests/e2e`) in a subprocess with one bad input. The
checks run in `pytest_configure`, before the session starts, so no site and no browser can have
started; the proof is that the session never began (no header) and that neither pytest's temporary
folder (where the bundled site's database goes) nor Playwright's output folder was created.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
# The suite's own variables, and one that would make every run recompile the suite (none is cached then).
SUITE_VARIABLES = (
    "HOTEL_PROFILE", "SITE_LANG", "STAFF_CREDENTIALS", "DATA_SEED", "HOTEL_PAGES", "MUTATION_HOSTS",
    "PLAYWRIGHT_WS_ENDPOINT", "BROWSER_EXECUTABLE", "SITE_DATABASE_URL", "PYTHONDONTWRITEBYTECODE",
    "MAILBOX_URL", "MAILBOX_PASSWORD", "MAIL_ADDRESS",
)  # fmt: skip


def run_suite(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The e2e suite with `args`, its temporary and output folders inside `tmp_path`."""
    environment = {k: v for k, v in os.environ.items() if k not in SUITE_VARIABLES} | (env or {})
    command = [sys.executable, "-m", "pytest", "tests/e2e", "-p", "no:randomly", "-p", "no:cacheprovider",
               f"--basetemp={tmp_path / 'basetemp'}", f"--output={tmp_path / 'output'}", *args]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60)


def assert_stopped_at_start_up(tmp_path: Path, completed: subprocess.CompletedProcess, *named: str) -> str:
    """Exit code 4, one line naming what is wrong, and no session, site or browser; returns the line."""
    lines = completed.stderr.strip().splitlines()
    assert completed.returncode == pytest.ExitCode.USAGE_ERROR, completed.stdout + completed.stderr
    assert len(lines) == 1, completed.stderr
    assert lines[0].startswith("ERROR: "), completed.stderr
    assert all(word in lines[0] for word in named), lines[0]
    assert "test session starts" not in completed.stdout
    assert not (tmp_path / "basetemp").exists()
    assert not (tmp_path / "output").exists()
    return lines[0]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def demo_profile_with(tmp_path: Path, old: str, new: str) -> Path:
    """The bundled profile with one line changed."""
    text = (ROOT / "profiles" / "demo-hotel.yaml").read_text(encoding="utf-8")
    assert old in text
    return write(tmp_path, "profile.yaml", text.replace(old, new, 1))


CREDENTIALS = {
    "yaml-error": ("agent:\n  username: a\n password: b\n", "line 3: could not read YAML"),
    "string-for-account": (
        "agent: pw\nsupervisor: {username: s, password: p}\nlockout: {username: l, password: p}\n",
        "agent must be a username and a password",
    ),
    "missing-role": ("agent: {username: a, password: p}\n", "no account for supervisor, lockout"),
}


@pytest.mark.parametrize(("text", "says"), CREDENTIALS.values(), ids=CREDENTIALS.keys())
def test_a_bad_staff_credentials_file_is_named_with_what_to_fix(tmp_path: Path, text: str, says: str):
    creds = write(tmp_path, "creds.yaml", text)

    completed = run_suite(tmp_path, "--staff-credentials", str(creds))

    assert_stopped_at_start_up(tmp_path, completed, f"--staff-credentials {creds}", says)


def test_a_bad_staff_credentials_file_from_the_environment_names_the_variable(tmp_path: Path):
    completed = run_suite(tmp_path, env={"STAFF_CREDENTIALS": str(tmp_path / "nowhere.yaml")})

    assert_stopped_at_start_up(tmp_path, completed, "STAFF_CREDENTIALS", "cannot read it")


@pytest.fixture
def not_http() -> Iterator[str]:
    """A TCP port that answers with something other than HTTP."""
    server = socket.create_server(("127.0.0.1", 0))

    def answer_garbage() -> None:
        connection, _ = server.accept()
        with connection:
            connection.recv(1024)
            connection.sendall(b"\x00\x01 hello, not http\r\n\r\n")

    threading.Thread(target=answer_garbage, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/"
    server.close()


def test_a_base_url_where_nothing_listens_is_one_clear_error(tmp_path: Path):
    url = f"http://127.0.0.1:{free_port()}/"

    completed = run_suite(tmp_path, "--base-url", url, "-m", "nondestructive")

    assert_stopped_at_start_up(tmp_path, completed, f"--base-url {url}", "connection refused")


def test_a_base_url_on_no_known_host_is_one_clear_error(tmp_path: Path):
    completed = run_suite(tmp_path, "--base-url", "http://no-such-host.invalid/", "-m", "nondestructive")

    assert_stopped_at_start_up(tmp_path, completed, "--base-url http://no-such-host.invalid/", "nothing answers")


def test_a_base_url_that_does_not_speak_http_is_one_clear_error(tmp_path: Path, not_http: str):
    completed = run_suite(tmp_path, "--base-url", not_http, "-m", "nondestructive")

    assert_stopped_at_start_up(tmp_path, completed, f"--base-url {not_http}", "not HTTP")


PROFILES = {
    "time-zone": ("time_zone: Asia/Taipei", "time_zone: Mars/Olympus", "property.time_zone"),
    "clock-time": ('check_in_from: "15:00"', 'check_in_from: "3pm"', "property.check_in_from"),
    "charged-fee": ("applies_to: [room, breakfast, dinner]", "applies_to: [room, brekfast]", "brekfast"),
    "yaml-error": ("languages:", "languages: [", "could not read YAML"),
}


@pytest.mark.parametrize(("old", "new", "says"), PROFILES.values(), ids=PROFILES.keys())
def test_every_profile_problem_stops_the_run_before_the_site_starts(tmp_path: Path, old: str, new: str, says: str):
    profile = demo_profile_with(tmp_path, old, new)

    completed = run_suite(tmp_path, "--profile", str(profile))

    assert_stopped_at_start_up(tmp_path, completed, f"--profile {profile}", says)


def test_a_profile_problem_stops_an_xdist_run_on_the_controller(tmp_path: Path):
    profile = demo_profile_with(tmp_path, "time_zone: Asia/Taipei", "time_zone: Mars/Olympus")

    completed = run_suite(tmp_path, "--profile", str(profile), "-n", "2")

    assert_stopped_at_start_up(tmp_path, completed, "property.time_zone")
    assert "workers" not in completed.stdout


def test_a_missing_profile_is_named(tmp_path: Path):
    completed = run_suite(tmp_path, env={"HOTEL_PROFILE": str(tmp_path / "acme.yaml")})

    assert_stopped_at_start_up(tmp_path, completed, f"HOTEL_PROFILE {tmp_path / 'acme.yaml'}", "cannot read it")


OPTIONS = {
    "data-seed": (("--data-seed", "abc"), {}, "--data-seed abc"),
    "data-seed-env": ((), {"DATA_SEED": "abc"}, "DATA_SEED abc"),
    "site-defect": (("--site-defect", "no-such-switch"), {}, "--site-defect no-such-switch"),
    "site-lang": (("--site-lang", "fr"), {}, "--site-lang fr"),
    "mail-timeout": (("--mail-timeout", "-1"), {}, "--mail-timeout -1"),
    "expect-timeout": (("--expect-timeout", "0"), {}, "--expect-timeout 0"),
    "site-latency": (("--site-latency-ms", "-5"), {}, "--site-latency-ms -5"),
    "root-path": (("--site-root-path", "hotel"), {}, "--site-root-path hotel"),
    "smtp-port": (("--smtp-port", "70000"), {}, "--smtp-port 70000"),
    "site-db": (("--site-db", "site.sqlite3"), {}, "--site-db site.sqlite3"),
    "pages": (("--pages", "no_such_pack"), {}, "no_such_pack"),
    "ws-endpoint": (("--browser-ws-endpoint", "http://grid:3000/"), {}, "--browser-ws-endpoint http://grid:3000/"),
    "executable": (("--browser-executable", "/no/such/chromium"), {}, "--browser-executable /no/such/chromium"),
    "requirement": (("--requirement", "P9.9"), {}, "--requirement P9.9"),
    "mailbox": (("--mailbox", "pop3://qa@mail.test/"), {}, "--mailbox pop3://qa@mail.test/: not an imap://"),
    "mailbox-without-site": ((), {"MAILBOX_URL": "imap://qa%40mail.test@127.0.0.1:1/"}, "give --base-url"),
}


@pytest.mark.parametrize(("args", "env", "named"), OPTIONS.values(), ids=OPTIONS.keys())
def test_every_bad_option_is_one_line_naming_it(tmp_path: Path, args: tuple, env: dict, named: str):
    completed = run_suite(tmp_path, *args, env=env)

    assert_stopped_at_start_up(tmp_path, completed, named)


PROOFS = {
    "not-a-list": ('{"switch": "hold-date-late"}', "not a JSON list of {switch, requirement, focus}"),
    "unknown-requirement": ('[{"switch": "hold-date-late", "requirement": "P9.9.9"}]', "unknown requirements"),
    "bad-focus": (
        '[{"switch": "hold-date-late", "requirement": "P1.3.2", "focus": "a and"}]',
        "focus of hold-date-late",
    ),
}


@pytest.mark.parametrize(("text", "says"), PROOFS.values(), ids=PROOFS.keys())
def test_a_bad_defect_proofs_file_is_named_with_what_is_wrong(tmp_path: Path, text: str, says: str):
    proofs = write(tmp_path, "proofs.json", text)

    completed = run_suite(tmp_path, "--defect-proofs", str(proofs))

    assert_stopped_at_start_up(tmp_path, completed, f"--defect-proofs {proofs}", says)


def test_defect_proofs_do_not_combine_with_a_site_defect(tmp_path: Path):
    proofs = write(tmp_path, "proofs.json", '[{"switch": "hold-date-late", "requirement": "P1.3.2"}]')

    completed = run_suite(tmp_path, "--defect-proofs", str(proofs), "--site-defect", "hold-date-missing")

    assert_stopped_at_start_up(tmp_path, completed, "--defect-proofs", "drop --site-defect")
