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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the third quarter", "2023-Q3"),  # Q3 of 2024 has not begun: the last one
        ("the quarter", "2024-Q1"),
        ("this summer", "2024-SU"),
        ("the 1990s", "199"),
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("last week", "2024-W19"),
        ("nineteen ninety-six", "1996"),
        ("several years ago", "PAST_REF"),
    ],
)
def test_timex_timeml_values(text, expected):
    from dyadline.nlp.timex import normalize_timeml

    assert normalize_timeml(text, PUB) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-FA", "2025-09/2025-11"),
        ("2024-WI", "2024-12/2025-02"),
        ("1989-Q3", "1989-07/1989-09"),
        ("2024-W19", "2024-05-06/2024-05-12"),
        ("199", "1990/1999"),
        ("PAST_REF", None),
        ("XXXX-05", None),
    ],
)
def test_timex_timeml_to_spec(value, expected):
    from dyadline.nlp.timex import timeml_to_spec

    assert timeml_to_spec(value, PUB) == expected


def test_timex_month_without_year_takes_the_nearest_unless_future():
    pub = dt.date(2024, 11, 20)
    assert normalize("Dec. 15", pub) == "2024-12-15"
    assert normalize("Jan. 2", pub) == "2025-01-02"
    assert normalize("June 1", pub) == "2024-06-01"
    assert normalize("October", dt.date(2024, 2, 1), "future") == "2024-10"


def test_timex_anchored_offset_is_bounded_by_publication_date():
    text = "The plant opened in 2018. Less than a decade later, it was shelled."
    found = list(find_time_expressions(text, PUB))
    assert [m.text for m in found] == ["2018", "Less than a decade later"]
    assert found[1].value == "2018/2024-05-15"


def test_timex_following_year_is_anchored_on_the_last_date():
    found = list(find_time_expressions("It was founded in 2010 and grew the following year.", PUB))
    assert found[-1].value == "2011"


def test_timex_ambiguous_month_words_need_a_cue_in_running_text():
    assert list(find_time_expressions("Officials may march to the square.", PUB)) == []
    found = list(find_time_expressions("Elections were held in May.", PUB))
    assert [m.value for m in found] == ["2024-05"]


def test_timex_overnight_spans_the_night_before_publication():
    assert normalize("overnight", PUB, "past") == "2024-05-14/2024-05-15"


def test_timex_extent_leaves_out_the_preposition():
    found = list(find_time_expressions("Talks resumed since December.", PUB))
    assert found[0].text == "December"
    assert found[0].value == "2023-12-01/2024-05-15"


def test_timex_time_words_reject_a_malformed_entry():
    from dyadline.nlp.timex import parse_time_words

    with pytest.raises(ValueError):
        parse_time_words({"months": {"january": "one"}})


def test_timex_full_day_and_month_names_leave_the_full_stop_out():
    found = list(find_time_expressions("It happened on Monday. Then came Dec. 3.", PUB))
    assert [m.text for m in found] == ["Monday", "Dec. 3"]
