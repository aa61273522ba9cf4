"""How one run of the site is configured: database, mail relay, defect switches."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    """Run-time settings, filled from the command line or the environment."""

    database_url: str
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 1025
    defects: frozenset[str] = field(default_factory=frozenset)
    secret_key: str = "change-me"
    review_ttl_seconds: int = 1800
    latency_ms: int = 0
    jitter_ms: int = 0
    staff_passwords: dict[str, str] = field(default_factory=dict)  # username → password for the back office

    def has_defect(self, name: str) -> bool:
        """Whether the defect switch `name` is on for this run."""
        return name in self.defects
