"""All-pairs test selection: every pair of factor values in some case, far fewer cases than the product.

Greedy and deterministic: among the valid combinations, repeatedly take the one that covers the
most pairs not yet covered. Pairs no valid combination can cover (a store code never takes a
room that costs more than its ceiling) are left out rather than forced.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Case = dict[str, Any]


def all_pairs(factors: Mapping[str, Sequence[Any]], valid: Callable[[Case], bool] = lambda case: True) -> list[Case]:
    """Cases covering every coverable pair of values of two different factors."""
    names = list(factors)
    candidates = [dict(zip(names, values, strict=True)) for values in itertools.product(*factors.values())]
    candidates = [case for case in candidates if valid(case)]
    uncovered = set().union(*(_pairs(case) for case in candidates)) if candidates else set()
    chosen: list[Case] = []
    while uncovered:
        best = max(candidates, key=lambda case: len(_pairs(case) & uncovered))
        chosen.append(best)
        uncovered -= _pairs(best)
    return chosen


def _pairs(case: Case) -> set[tuple[tuple[str, Any], tuple[str, Any]]]:
    items = sorted(case.items(), key=lambda item: item[0])
    return {(a, b) for a, b in itertools.combinations(items, 2)}
