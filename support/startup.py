"""Start-up checks: every file and option the run depends on, judged before any site or browser starts.

A run with a bad input should stop in a second or two with one line naming the file or option,
what is wrong with it and how to fix it, not forty seconds later with a traceback per test. The
plugins call these helpers from `pytest_configure` (on the xdist controller too, before any
worker starts) and turn a `SetupProblem` into pytest's usage error (exit code 4).
"""

from __future__ import annotations

import http.client
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import yaml

if TYPE_CHECKING:
    import pytest

PROBE_SECONDS = 1.5


class SetupProblem(ValueError):
    """A file or option the run cannot start with; the message is the one line the user sees."""


def named(config: pytest.Config, option: str, environment: str | None = None) -> str:
    """How the user gave an option: `--staff-credentials`, or `STAFF_CREDENTIALS` when it came from there."""
    flag = "--" + option.replace("_", "-")
    given = any(arg == flag or arg.startswith(flag + "=") for arg in config.invocation_params.args)
    return environment if environment and not given and os.environ.get(environment) else flag


def yaml_problem(error: yaml.YAMLError) -> str:
    """A YAML error as `line 3: could not read YAML (mapping values are not allowed here)`."""
    mark = getattr(error, "problem_mark", None)
    where = f"line {mark.line + 1}: " if mark is not None else ""
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    return f"{where}could not read YAML ({reason})"


def read_yaml(path: Path, what: str) -> object:
    """The YAML in `path`; a SetupProblem that says which file, which line and what to do otherwise."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise SetupProblem(f"{what} {path}: cannot read it ({error.strerror or error}); check the path") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise SetupProblem(f"{what} {path}: {yaml_problem(error)}; fix the file's syntax") from None


def at_least(name: str, value: float, minimum: float, unit: str, fix: str) -> None:
    """A SetupProblem when a number option is below its least sensible value."""
    if value < minimum:
        raise SetupProblem(f"{name} {value:g}: must be at least {minimum:g} {unit}; {fix}")


def port(name: str, value: int) -> None:
    """A SetupProblem unless `value` is a TCP port number (0 meaning: any free port)."""
    if not 0 <= value <= 65535:
        raise SetupProblem(f"{name} {value}: not a TCP port (0-65535); give a free port, or 0 for any free one")


def path_prefix(name: str, value: str) -> None:
    """A SetupProblem unless `value` is empty or a URL path prefix such as `/hotel`."""
    if value and (not value.startswith("/") or any(char in value for char in " ?#")):
        raise SetupProblem(f"{name} {value}: not a path prefix; give one that starts with a slash, e.g. /hotel")


def whole_number(name: str, value: str) -> int:
    """`value` as an int; a SetupProblem naming the option otherwise."""
    try:
        return int(value)
    except ValueError:
        raise SetupProblem(f"{name} {value}: not a whole number; give the seed a run printed, e.g. 123456") from None


def probe_site(name: str, url: str, timeout: float = PROBE_SECONDS) -> None:
    """A SetupProblem unless something answers HTTP at `url` within `timeout` seconds (any status will do)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SetupProblem(f"{name} {url}: not an http:// or https:// address; give the site's full address")
    connection_type = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_type(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request("GET", parts.path or "/", headers={"User-Agent": "hotel-suite start-up check"})
        connection.getresponse().close()
    except (OSError, http.client.HTTPException, ValueError) as error:
        why = _why(error, timeout)
        raise SetupProblem(f"{name} {url}: nothing answers there ({why}); start the site or fix the address") from None
    finally:
        connection.close()


def _why(error: Exception, timeout: float) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, socket.gaierror):
        return "no such host"
    if isinstance(error, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g} s"
    if isinstance(error, http.client.HTTPException | ValueError):
        return "the answer is not HTTP"
    return str(error) or type(error).__name__
