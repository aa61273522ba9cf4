"""Defect switches: realistic bugs the site can be started with (`--defect NAME`), for the suite to catch.

Each switch names the requirement whose test should fail. The booking engine's switches are
here; the hotel pages' switches come from `misty_hill.info.DEFECTS`, entries of the same shape.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Defect(NamedTuple):
    """One switch: its name, the requirement it breaks, and what the site then does wrong."""

    name: str
    requirement: str
    what: str


ENGINE_DEFECTS = (
    Defect("review-drops-bike-fee", "P1.3.2", "the booking review leaves out the bicycle rental fee line"),
    Defect("weekend-surcharge-on-sunday", "P1.3.2",
           "the weekend surcharge falls on Saturday and Sunday nights instead of Friday and Saturday nights"),
    Defect("deposit-on-room-only", "P1.3.2", "the transfer deposit is 30 % of the room price, leaving out the add-ons"),
    Defect("holiday-surcharge-a-night-late", "P1.3.2",
           "the holiday surcharge falls on the night after each holiday instead of the holiday night itself"),
    Defect("last-bookable-day-refused", "P1.3.2",
           "a check-in on the last bookable day (179 days ahead) is refused: the horizon is a day short"),
    Defect("statutory-refund-schedule", "P1.3.4",
           "a cancellation refunds by the statutory schedule instead of the published, more generous one"),
    Defect("confirmation-without-reference", "P1.4.4", "the confirmation step shows no booking reference"),
    Defect("email-without-stay-info-link", "P1.3.3",
           "the acknowledgement email has no link to the after-stay information"),
    Defect("last-room-sold-twice", "P1.4.4",
           "confirming does not re-check the rooms left, so two guests racing for the last room both get it"),
    Defect("special-request-limit-in-bytes", "P1.4.4",
           "the special request's 500-character limit is counted in UTF-8 bytes: 167 Chinese characters are refused"),
    Defect("review-confirmed-twice", "P1.4.4",
           "a confirmed review is not spent, so confirming it again (Back, a second tab) books the stay again"),
)  # fmt: skip


def registry() -> tuple[Defect, ...]:
    """Every switch of the site: the engine's and the hotel pages'."""
    from misty_hill.info import DEFECTS as info_defects  # late: the info package imports the site's modules

    return ENGINE_DEFECTS + tuple(Defect(*entry) for entry in info_defects)


def listing() -> str:
    """One line per switch: `name<TAB>requirement<TAB>what it does`."""
    return "\n".join("\t".join(defect) for defect in registry())


def validate(names: Iterable[str]) -> frozenset[str]:
    """The switches asked for, or ValueError naming the unknown ones."""
    known = {defect.name for defect in registry()}
    unknown = sorted(set(names) - known)
    if unknown:
        raise ValueError(f"unknown defect switch: {', '.join(unknown)} (see --list-defects)")
    return frozenset(names)
