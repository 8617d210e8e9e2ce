"""Near-duplicate articles share a cluster id; different articles do not."""

from __future__ import annotations

from dyadline.records import Document
from dyadline.scale.dedup import NearDuplicateIndex, near_duplicate_clusters, shingles

STORY = (
    "Hundreds of farmers drove their tractors into the centre of the capital on Tuesday to "
    "protest against a planned cut in diesel subsidies, blocking the main avenue for several "
    "hours while police kept watch. Union leaders said the cut would ruin small farms and "
    "demanded a meeting with the agriculture minister before the budget vote next week. "
    "The ministry said it was open to talks but would not withdraw the proposal."
)
EDITED = STORY.replace("Hundreds of", "Several hundred").replace("several hours", "hours")
OTHER = (
    "The two governments signed a trade agreement on Friday that removes tariffs on "
    "machinery and grain, ending four years of negotiations. Officials on both sides said "
    "the pact would take effect in January once parliaments ratify it."
)


def test_dedup_edited_copy_joins_the_first_articles_cluster():
    pairs = dict(near_duplicate_clusters([("a", STORY), ("b", OTHER), ("c", EDITED), ("d", STORY)]))
    assert pairs == {"a": "a", "b": "b", "c": "a", "d": "a"}


def test_dedup_accepts_records_and_keeps_empty_texts_alone():
    records = [Document(id="r1", text=STORY), Document(id="r2", text=None), Document(id="r3")]
    assert list(near_duplicate_clusters(records)) == [("r1", "r1"), ("r2", "r2"), ("r3", "r3")]


def test_dedup_index_add_is_idempotent_and_threshold_matters():
    strict = NearDuplicateIndex(threshold=0.95)
    assert strict.add("a", STORY) == "a"
    assert strict.add("c", EDITED) == "c"
    assert strict.add("a", STORY) == "a" and len(strict) == 2


def test_dedup_shingles_short_text_is_one_shingle():
    assert shingles("Talks resumed.") == {b"talks resumed"}
    assert len(shingles("one two three four five six")) == 2
