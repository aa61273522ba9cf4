"""All-pairs selection: every pair covered, fewer cases, constraints respected."""

import itertools

from support.pairwise import all_pairs

FACTORS = {"room": ["a", "b", "c", "d"], "method": [1, 2, 3, 4, 5], "meals": ["x", "y", "z"], "transfer": [0, 1]}


def test_every_pair_of_values_appears_in_some_case():
    cases = all_pairs(FACTORS)

    for (name_a, values_a), (name_b, values_b) in itertools.combinations(FACTORS.items(), 2):
        for a, b in itertools.product(values_a, values_b):
            assert any(case[name_a] == a and case[name_b] == b for case in cases), (name_a, a, name_b, b)
    assert len(cases) < 4 * 5 * 3 * 2 / 3


def test_invalid_combinations_are_never_chosen_and_their_pairs_are_left_out():
    cases = all_pairs(FACTORS, valid=lambda case: not (case["room"] == "d" and case["method"] == 5))

    assert not any(case["room"] == "d" and case["method"] == 5 for case in cases)
    assert any(case["room"] == "d" for case in cases)
    assert any(case["method"] == 5 for case in cases)


def test_the_selection_is_deterministic():
    assert all_pairs(FACTORS) == all_pairs(FACTORS)
