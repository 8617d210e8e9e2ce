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


def test_timex_offset_after_an_undated_event_is_not_counted_from_publication():
    text = "Two years after the war began, Kyiv asked for more aid."
    assert [m.value for m in find_time_expressions(text, PUB)] == [None]
    # after a date, it counts from that date
    dated = list(find_time_expressions("Troops left in March 2019. A year after that, ...", PUB))
    assert dated[-1].value == "2020-03"


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


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("3.6.2025", None, "2025-06-03"),
        ("03/06/2025", None, "2025-06-03"),
        ("2025/06/03", None, "2025-06-03"),
        ("4.7", "future", "2024-07-04"),
        ("20.6.", None, "2024-06-20"),
        ("2/3", "future", "2025-03-02"),  # day first; March 2024 is past
        ("6/25", None, "2024-06-25"),  # no 25th month: read month first
        ("9.6.23", None, "2023-06-09"),
    ],
)
def test_timex_numeric_dates_read_day_first(text, tense, expected):
    assert normalize(text, PUB, tense) == expected


@pytest.mark.parametrize(
    "text",
    ["6.25", "31.4.2024", "0.5", "13/13", "7.0"],  # "6.25" with a dot is a clock time
)
def test_timex_numeric_dates_reject_impossible_values(text):
    found = find_time_expressions(text, PUB, strict=False)
    assert [m.text for m in found if m.granularity == "day"] == []


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("21-23 June", None, "2024-06-21/2024-06-23"),
        ("from 8 to 9 July 2023", None, "2023-07-08/2023-07-09"),
        ("between 2 and 4 April", "future", "2025-04-02/2025-04-04"),
        ("June 21-23", None, "2024-06-21/2024-06-23"),
        ("7.8 - 9.8", None, "2024-08-07/2024-08-09"),
        ("4-6.9.2022", None, "2022-09-04/2022-09-06"),
        ("1.3.-2.3.2022", None, "2022-03-01/2022-03-02"),
    ],
)
def test_timex_day_ranges_are_intervals(text, tense, expected):
    assert normalize(text, PUB, tense) == expected


def test_timex_day_range_rejects_a_backwards_range():
    assert normalize("23-21 June", PUB) != "2024-06-23/2024-06-21"
    assert normalize("23-21 June", PUB) != "2024-06-21/2024-06-23"


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal won 3-1 at home.",
        "The firm released version 2.0 of its app.",
        "The train left at 16.30 sharp.",
        "Exports reached 1.5 million tonnes.",
        "Inflation rose 2.10 percent.",
        "Prices rose 4.11% in a week.",
        "The motion passed 7/2 after debate.",
        "The code 112.10.5 was wrong.",
        "Between 3 and 5 people were hurt.",
        "The price was $12.10 on average.",
        "The payout rose from 11.5 cents a share.",
    ],
)
def test_timex_numbers_in_news_are_not_numeric_dates(text):
    found = list(find_time_expressions(text, PUB))
    assert found == []


def test_timex_numeric_date_in_running_text_needs_a_cue_or_a_year():
    found = list(find_time_expressions("Voting ends on 4.7 and results follow 9.7.2024.", PUB))
    assert [(m.text, m.value) for m in found] == [("4.7", "2024-07-04"), ("9.7.2024", "2024-07-09")]
    texts = [m.text for m in find_time_expressions("Rates stood at 4.7 last month.", PUB)]
    assert texts == ["last month"]


def _timeml_of(text: str, pieces: list[str], pub: dt.date = PUB) -> list[str | None]:
    from dyadline.nlp.timex import normalize_extents

    extents = []
    for piece in pieces:
        start = text.index(piece, extents[-1][1] if extents else 0)
        extents.append((start, start + len(piece)))
    return [m.timeml if m else None for m in normalize_extents(text, extents, pub)]


def test_timex_a_year_earlier_keeps_the_period_last_mentioned():
    text = "Profit rose in the third quarter, from $2 million a year earlier and a year ago."
    assert _timeml_of(text, ["the third quarter", "a year earlier", "a year ago"]) == [
        "2023-Q3",
        "2022-Q3",
        "2022-Q3",  # a comparison point is not what later expressions refer to
    ]


def test_timex_a_year_ago_without_a_period_is_the_year_before():
    assert _timeml_of("Sales fell from a year ago.", ["a year ago"]) == ["2023"]


def test_timex_that_day_and_the_year_quarter_refer_back():
    text = "Talks began on March 3, 2022. That day, troops left. In the third quarter sales fell."
    text += " In the 2021 quarter they rose."
    got = _timeml_of(text, ["March 3, 2022", "That day", "the third quarter", "the 2021 quarter"])
    assert got == ["2022-03-03", "2022-03-03", "2023-Q3", "2021-Q3"]


def test_timex_a_date_closing_a_period_does_not_replace_it():
    text = "Net rose in the third quarter ended Sept. 30, up from $1 million a year earlier."
    got = _timeml_of(text, ["the third quarter", "Sept. 30", "a year earlier"])
    assert got[2] == "2022-Q3"


def test_timex_the_following_month_follows_the_month_last_mentioned():
    found = list(find_time_expressions("Prices rose in March. The following month they fell.", PUB))
    assert [m.timeml for m in found] == ["2024-03", "2024-04"]


def test_timex_past_tense_month_does_not_reach_into_next_year():
    november = dt.date(2024, 11, 2)
    assert normalize("in March", november, "past") == "2024-03"
    assert normalize("in March", november, "future") == "2025-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25 Sep, 15:50", "2024-09-25"),
        ("June 7th 17.05-18.15", "2024-06-07"),
        ("1 Dec 0710", "2024-12-01"),
        ("July 8 - July 9", "2024-07-08/2024-07-09"),
        ("From July 18th to July 21st", "2024-07-18/2024-07-21"),
        ("Wed - Thu", "2024-05-22/2024-05-23"),
        ("on Thursday 21st", "2024-11-21"),  # the next 21st that is a Thursday
        ("on the 25th", "2024-05-25"),
        ("the 10th", "2024-06-10"),
        ("next week Monday", "2024-05-20"),
    ],
)
def test_timex_travel_requests_in_the_future(text, expected):
    assert normalize(text, PUB, "future") == expected


def test_timex_day_numbers_in_running_text_need_an_ordinal_and_no_noun():
    for text in ("On Monday 17 people died.", "It marked the 25th anniversary of the war."):
        assert [m.text for m in find_time_expressions(text, PUB)] in (["Monday"], [])
    found = list(find_time_expressions("The vote is set for the 25th.", PUB))
    assert [m.text for m in found] == ["the 25th"]


def test_timex_until_then_is_the_date_last_mentioned():
    text = "Rights end on Oct. 30. Until then, holders may convert."
    assert _timeml_of(text, ["Oct. 30", "then"]) == ["2024-10-30", "2024-10-30"]


def test_timex_an_extent_too_short_to_read_alone_is_read_with_its_neighbours():
    text = "Profit rose in the third quarter from $2 million a year earlier."
    assert _timeml_of(text, ["the third quarter", "a year"]) == ["2023-Q3", "2022-Q3"]


def test_timex_earlier_on_a_weekday_is_that_weekday():
    found = list(find_time_expressions("Earlier Sunday, police cleared the road.", PUB))
    assert [(m.text, m.timeml) for m in found] == [("Earlier Sunday", "2024-05-12")]


def test_timex_bare_season_verbs_and_roles_are_not_time_expressions():
    text = "Prices could fall further, the former minister said; talks resume in the fall."
    assert [m.text for m in find_time_expressions(text, PUB)] == ["the fall"]
