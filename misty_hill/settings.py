"""What one run of the site is configured with, fixed at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    """The database, the mail relay, the switched-on defects and the signing key of one run."""

    database_url: str
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 1025
    secret_key: str = "change-me"
    defects: frozenset[str] = field(default_factory=frozenset)
    root_path: str = ""

    def has_defect(self, name: str) -> bool:
        """Whether the defect switch `name` is on (the site misbehaves on purpose, for the suite to catch)."""
        return name in self.defects
