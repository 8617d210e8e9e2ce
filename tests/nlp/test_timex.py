"""Time expressions normalised against a publication date (pure functions, no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadline.nlp.timex import find_time_expressions, normalize

PUB = dt.date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("on March 6, 2026", None, "2026-03-06"),
        ("on 6 March 2026", None, "2026-03-06"),
        ("in March 2018", None, "2018-03"),
        ("in 2018", None, "2018"),
        ("on Monday", "past", "2024-05-13"),
        ("on Monday", "future", "2024-05-20"),
        ("on Wednesday", "past", "2024-05-15"),
        ("yesterday", None, "2024-05-14"),
        ("last year", None, "2023"),
        ("next month", None, "2024-06"),
        ("last week", None, "2024-05-06/2024-05-12"),
        ("earlier this month", None, "2024-05-01/2024-05-15"),
        ("in the fall of 2025", None, "2025-09/2025-11"),
        ("in early 2025", None, "2025-01/2025-04"),
        ("since December", "past", "2023-12-01/2024-05-15"),
        ("two years ago", None, "2022"),
    ],
)
def test_timex_normalize(text, tense, expected):
    assert normalize(text, PUB, tense) == expected


def test_timex_without_publication_date_leaves_relative_unresolved():
    assert normalize("on Monday", None, "past") is None
    assert normalize("on March 6, 2026", None) == "2026-03-06"


def test_timex_finds_non_overlapping_expressions_with_offsets():
    text = "Talks held on Monday follow a meeting on March 3, 2024 and another last week."
    found = list(find_time_expressions(text, PUB))
    assert [text[m.start : m.end] for m in found] == ["Monday", "March 3, 2024", "last week"]
