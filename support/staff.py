"""Back-office accounts the suite signs in with: an agent, a supervisor, and one it may lock out.

For the bundled site the launcher makes up the passwords; for another site they come from a
YAML file (`--staff-credentials`) that is kept out of version control:

    agent: {username: agent, password: "…"}
    supervisor: {username: supervisor, password: "…"}
    lockout: {username: trainee, password: "…"}   # an account the lockout check may lock for a while
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from support.startup import SetupProblem, read_yaml

ROLES = ("agent", "supervisor", "lockout")


@dataclass(frozen=True)
class Credentials:
    """A username and password."""

    username: str
    password: str


def load(path: Path, option: str = "--staff-credentials") -> dict[str, Credentials]:
    """The accounts in a credentials file; a one-line SetupProblem naming the file and what to fix."""
    data = read_yaml(path, option)
    if not isinstance(data, dict):
        raise SetupProblem(f"{option} {path}: not a mapping of roles; write `agent: {{username: …, password: …}}`")
    missing = [role for role in ROLES if role not in data]
    if missing:
        roles = ", ".join(ROLES)
        raise SetupProblem(f"{option} {path}: no account for {', '.join(missing)}; add one for each of {roles}")
    return {role: _account(path, option, role, data[role]) for role in ROLES}


def _account(path: Path, option: str, role: str, entry: object) -> Credentials:
    """One role's account, which must be a username and a password (a bare string is a common slip)."""
    if not isinstance(entry, dict) or not all(entry.get(key) for key in ("username", "password")):
        raise SetupProblem(
            f"{option} {path}: {role} must be a username and a password; write `{role}: {{username: …, password: …}}`"
        )
    return Credentials(str(entry["username"]), str(entry["password"]))
