"""Gold-actor matching: fields compared as the gold README says (names folded)."""

from __future__ import annotations

from dyadline.eval.matching import actor_matches, find_all, fold
from dyadline.records import ActorRef


def test_matching_fold_ignores_accents_case_and_apostrophe_style():
    assert fold("António Guterres") == fold("antonio guterres")
    assert fold("Michelle O’Neill") == fold("Michelle O'Neill")
    assert fold("Kyiv") != fold("Kiev")


def test_matching_gold_fields_must_all_equal_the_prediction():
    ref = ActorRef(id="state:RUS/MIL", name="Russian armed forces", country="RUS", sector="MIL")
    assert actor_matches({"country": "RUS"}, ref)
    assert actor_matches({"country": "RUS", "sector": "MIL"}, ref)
    assert not actor_matches({"country": "RUS", "sector": "GOV"}, ref)
    assert actor_matches(None, None) and not actor_matches(None, ref)
    assert not actor_matches({"country": "RUS"}, None)


def test_matching_find_all_lists_every_occurrence():
    assert find_all("talks, then more talks", "talks") == [(0, 5), (17, 22)]
    assert find_all("text", "") == []
