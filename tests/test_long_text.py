"""Splitting long texts into pieces: bounds cover the text, prefer paragraph breaks."""

from __future__ import annotations

import itertools
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadline.long_text import split_points


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="ab .\n", max_size=400), limit=st.integers(1, 50))
def test_long_text_pieces_cover_the_text_within_the_limit(text: str, limit: int) -> None:
    bounds = split_points(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b or len(text) == 0 for a, b in bounds)
    assert all(b1 == a2 for (_, b1), (a2, _) in itertools.pairwise(bounds))
    assert all(b - a <= limit for a, b in bounds)


def test_long_text_cuts_at_a_paragraph_break_before_a_sentence_end() -> None:
    text = "First sentence. Second one.\n\nNext paragraph here. And more text follows."
    bounds = split_points(text, 45)
    assert text[bounds[1][0] :].startswith("Next")


def test_long_text_unbroken_run_is_cut_at_the_limit() -> None:
    assert split_points("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


def test_long_text_already_stored_is_skipped_before_coding(coder, tmp_path):
    """A document longer than the coder's ``max_chars`` is stored whole (it is coded in
    pieces), so a second ingest must recognise it from its whole text, not a prefix."""
    from dyadline.coder import Coder
    from dyadline.nlp import PipelineConfig
    from dyadline.run import ingest_files

    small = Coder(PipelineConfig(max_chars=300), nlp=coder.nlp)
    paragraph = "Russian forces shelled Kharkiv on Monday, officials said. "
    path = tmp_path / "long.jsonl"
    text = "\n\n".join([paragraph * 3] * 6)
    assert len(text) > 300
    path.write_text(json.dumps({"id": "long", "text": text, "date": "2024-05-14"}) + "\n")
    db = str(tmp_path / "events.db")
    first, _ = ingest_files([str(path)], db, quiet=True, coder=small)
    again, stats = ingest_files([str(path)], db, quiet=True, coder=small)
    assert first.added == 1
    assert again.skipped == 1 and stats.coded == 0
