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

import yaml

ROLES = ("agent", "supervisor", "lockout")


@dataclass(frozen=True)
class Credentials:
    """A username and password."""

    username: str
    password: str


def load(path: Path) -> dict[str, Credentials]:
    """The accounts in a credentials file; ValueError naming what is missing."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    missing = [role for role in ROLES if role not in data]
    if missing:
        raise ValueError(f"{path} has no credentials for: {', '.join(missing)}")
    return {role: Credentials(str(data[role]["username"]), str(data[role]["password"])) for role in ROLES}
