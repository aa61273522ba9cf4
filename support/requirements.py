"""The requirement catalogue: every P-code of the standard, with its duty and task, in two languages.

`catalogue()` holds the indicators a website can show: tests carry them and gates require them.
`offsite()` holds the indicators of the standard no website shows (T2's workplace steps), each
with why, for the compliance overview only: an operator sees the whole standard, while no test
can name them and no gate can demand them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from support import findings

_CATALOGUE = Path(__file__).with_name("requirements.yaml")


@dataclass(frozen=True)
class Heading:
    """A duty (T1) or task (T1.3): its ID and both texts."""

    id: str
    zh: str
    en: str

    @property
    def title(self) -> str:
        """`T1.3 確保政策與服務訊息明確的顯示` (`T1.3 Policies and service information clearly shown` in English)."""
        return f"{self.id} {_in_report_language(self)}"


@dataclass(frozen=True)
class Requirement:
    """One behaviour indicator (P-code) and where it sits in the standard.

    `mandatory`: every booking site must meet it, whatever the property offers, so its tests
    may not all be *not applicable*.
    """

    id: str
    zh: str
    en: str
    duty: Heading
    task: Heading
    mandatory: bool = False

    @property
    def title(self) -> str:
        """`P1.3.2 最終確認訂單前…` (`P1.3.2 Before the order is finally confirmed…` in English)."""
        return f"{self.id} {_in_report_language(self)}"


def _in_report_language(text: Heading | Requirement) -> str:
    """The standard's Chinese, or its English line when the report is in English: one language per report."""
    return text.en if findings.language() == "en" else text.zh


@cache
def catalogue() -> dict[str, Requirement]:
    """Every requirement of the standard by ID, in the standard's order."""
    data = yaml.safe_load(_CATALOGUE.read_text(encoding="utf-8"))
    requirements: dict[str, Requirement] = {}
    for duty_id, duty in data["duties"].items():
        duty_heading = Heading(duty_id, duty["zh"], duty["en"])
        for task_id, task in duty["tasks"].items():
            task_heading = Heading(task_id, task["zh"], task["en"])
            for req_id, text in task["indicators"].items():
                requirements[req_id] = Requirement(
                    req_id, text["zh"], text["en"], duty_heading, task_heading, bool(text.get("mandatory", False))
                )
    return requirements


@dataclass(frozen=True)
class Offsite:
    """An indicator a website cannot show, and why (both languages)."""

    id: str
    zh: str
    en: str
    duty: Heading
    task: Heading
    why_zh: str
    why_en: str

    @property
    def title(self) -> str:
        """`P2.1.1 確認並取得… · Identify and obtain…`."""
        return f"{self.id} {self.zh} · {self.en}"


@cache
def offsite() -> dict[str, Offsite]:
    """The standard's indicators no website shows, by ID, under their duty and task."""
    data = yaml.safe_load(_CATALOGUE.read_text(encoding="utf-8"))
    indicators: dict[str, Offsite] = {}
    for task_id, task in data.get("offsite", {}).items():
        duty_id = task_id.split(".")[0]
        duty = data["duties"][duty_id]
        duty_heading, task_heading = Heading(duty_id, duty["zh"], duty["en"]), Heading(task_id, task["zh"], task["en"])
        for rid, text in task["indicators"].items():
            why = text["why"]
            indicators[rid] = Offsite(rid, text["zh"], text["en"], duty_heading, task_heading, why["zh"], why["en"])
    return indicators


def lookup(requirement_id: str) -> Requirement:
    """The requirement with this ID; KeyError naming the known IDs when there is none."""
    try:
        return catalogue()[requirement_id]
    except KeyError:
        raise KeyError(f"unknown requirement ID {requirement_id!r}; known: {', '.join(catalogue())}") from None


def matches(requirement_id: str, selector: str) -> bool:
    """Whether `requirement_id` is `selector` or lies under it (`P1.3` selects P1.3.1–P1.3.4)."""
    return requirement_id == selector or requirement_id.startswith(f"{selector}.")
