"""Time expressions: find them in text and normalise them against a publication date.

Pure functions over strings and dates, so they can be tested and evaluated without a
pipeline. Values follow SPEC: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``START/END``.
``tense`` is ``past``, ``future`` or ``None`` and decides which "Monday" is meant.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (12, 2),
}
PARTS = {"early": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12), "end": (10, 12)}
_MONTH = (
    r"(?P<month>"
    + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
    + r")\.?"
)
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"


@dataclass(frozen=True)
class TimeMatch:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _interval(a: str, b: str) -> str:
    return a if a == b else f"{a}/{b}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _week_of(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    return _interval(_day(monday), _day(monday + dt.timedelta(days=6)))


Rule = Callable[[re.Match[str], dt.date | None, str | None], tuple[str | None, str]]


def _abs_full(m: re.Match[str], pub: dt.date | None, tense: str | None) -> tuple[str | None, str]:
    try:
        day = dt.date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
    except ValueError:
        return None, "day"
    return _day(day), "day"


def _iso(m: re.Match[str], pub: dt.date | None, tense: str | None) -> tuple[str | None, str]:
    try:
        return _day(dt.date(int(m["year"]), int(m["m"]), int(m["d"]))), "day"
    except ValueError:
        return None, "day"


def _month_day(m: re.Match[str], pub: dt.date | None, tense: str | None) -> tuple[str | None, str]:
    if pub is None:
        return None, "day"
    month, day_number = MONTHS[m["month"].lower()], int(m["day"])
    year = pub.year
    try:
        day = dt.date(year, month, day_number)
        if tense != "future" and day > pub + dt.timedelta(days=7):
            day = dt.date(year - 1, month, day_number)
        elif tense == "future" and day < pub:
            day = dt.date(year + 1, month, day_number)
    except ValueError:
        return None, "day"
    return _day(day), "day"


def _month_year(m: re.Match[str], pub: dt.date | None, tense: str | None) -> tuple[str | None, str]:
    return _month(int(m["year"]), MONTHS[m["month"].lower()]), "month"


def _bare_month(m: re.Match[str], pub: dt.date | None, tense: str | None) -> tuple[str | None, str]:
    if pub is None:
        return None, "month"
    month = MONTHS[m["month"].lower()]
    year = pub.year
    if tense == "future" and month < pub.month:
        year += 1
    elif tense != "future" and month > pub.month:
        year -= 1
    value = _month(year, month)
    if m.group(0).lower().startswith("since"):
        return _interval(value + "-01", _day(pub)), "interval"
    return value, "month"


def _year(m: re.Match[str], pub: dt.date | None, tense: str | None) -> tuple[str | None, str]:
    return m["year"], "year"


def _season(m: re.Match[str], pub: dt.date | None, tense: str | None) -> tuple[str | None, str]:
    first, last = SEASONS[m["season"].lower()]
    if m["year"]:
        year = int(m["year"])
    elif pub is not None:
        year = pub.year - (1 if m["rel"] and m["rel"].lower() == "last" else 0)
        year += 1 if m["rel"] and m["rel"].lower() == "next" else 0
    else:
        return None, "season"
    end_year = year + 1 if first > last else year
    return _interval(_month(year, first), _month(end_year, last)), "season"


def _part_of_year(
    m: re.Match[str], pub: dt.date | None, tense: str | None
) -> tuple[str | None, str]:
    first, last = PARTS[m["part"].lower().rstrip("-")]
    if m["year"]:
        year = int(m["year"])
    elif pub is not None:
        rel = (m["rel"] or "this").lower()
        year = pub.year + {"last": -1, "next": 1}.get(rel, 0)
    else:
        return None, "month"
    return _interval(_month(year, first), _month(year, last)), "month"


def _relative_day(
    m: re.Match[str], pub: dt.date | None, tense: str | None
) -> tuple[str | None, str]:
    if pub is None:
        return None, "day"
    word = m.group(0).lower()
    offset = -1 if ("yesterday" in word or "last night" in word) else 1 if "tomorrow" in word else 0
    return _day(pub + dt.timedelta(days=offset)), "day"


def _weekday(m: re.Match[str], pub: dt.date | None, tense: str | None) -> tuple[str | None, str]:
    if pub is None:
        return None, "day"
    target = WEEKDAYS[m["weekday"].lower()]
    rel = (m["rel"] or "").lower()
    if rel == "next" or (tense == "future" and rel != "last"):
        delta = (target - pub.weekday()) % 7 or 7
        return _day(pub + dt.timedelta(days=delta)), "day"
    delta = (pub.weekday() - target) % 7
    if rel == "last" and delta == 0:
        delta = 7
    return _day(pub - dt.timedelta(days=delta)), "day"


def _relative_unit(
    m: re.Match[str], pub: dt.date | None, tense: str | None
) -> tuple[str | None, str]:
    if pub is None:
        return None, "day"
    rel, unit = m["rel"].lower(), m["unit"].lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[rel]
    if unit == "week":
        return _week_of(pub + dt.timedelta(weeks=step)), "week"
    if unit == "weekend":
        saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 + 7 * step)
        if step < 0:
            saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or 7)
        return _interval(_day(saturday), _day(saturday + dt.timedelta(days=1))), "day"
    if unit == "month":
        year, month = _shift_month(pub.year, pub.month, step)
        return _month(year, month), "month"
    return str(pub.year + step), "year"


def _within_period(
    m: re.Match[str], pub: dt.date | None, tense: str | None
) -> tuple[str | None, str]:
    if pub is None:
        return None, "day"
    when, unit = m["when"].lower(), m["unit"].lower()
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        if when == "earlier":
            return _interval(_day(monday), _day(pub)), "day"
        return _interval(_day(pub), _day(monday + dt.timedelta(days=6))), "day"
    if unit == "month":
        first = pub.replace(day=1)
        last = pub.replace(day=calendar.monthrange(pub.year, pub.month)[1])
        return (
            _interval(_day(first), _day(pub))
            if when == "earlier"
            else _interval(_day(pub), _day(last))
        ), "day"
    if when == "earlier":
        return _interval(_month(pub.year, 1), _month(pub.year, pub.month)), "month"
    return _interval(_month(pub.year, pub.month), _month(pub.year, 12)), "month"


def _ago(m: re.Match[str], pub: dt.date | None, tense: str | None) -> tuple[str | None, str]:
    if pub is None:
        return None, "day"
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}  # fmt: skip
    count_text = m["count"].lower()
    count = int(count_text) if count_text.isdigit() else words.get(count_text, 1)
    unit = m["unit"].lower().rstrip("s")
    if unit == "day":
        return _day(pub - dt.timedelta(days=count)), "day"
    if unit == "week":
        return _week_of(pub - dt.timedelta(weeks=count)), "week"
    if unit == "month":
        year, month = _shift_month(pub.year, pub.month, -count)
        return _month(year, month), "month"
    return str(pub.year - count), "year"


_RULES: list[tuple[re.Pattern[str], Rule]] = [
    (
        re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I),
        _abs_full,
    ),
    (
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I
        ),
        _abs_full,
    ),
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"), _iso),
    (
        re.compile(
            rf"\b(?:in\s+)?(?:the\s+)?(?P<rel>last|this|next)?\s*(?P<season>spring|summer|fall|autumn|winter)(?:\s+of)?(?:\s+{_YEAR})?\b",
            re.I,
        ),
        _season,
    ),
    (
        re.compile(
            rf"\b(?:in\s+)?(?:the\s+)?(?P<part>early|mid|middle|late|end)(?:-|\s+|\s+of\s+)(?:(?P<rel>last|this|next)\s+year|{_YEAR})\b",
            re.I,
        ),
        _part_of_year,
    ),
    (re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I), _month_year),
    (
        re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})", re.I),
        _month_day,
    ),
    (
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?!,?\s*\d{{4}})", re.I
        ),
        _month_day,
    ),
    (
        re.compile(r"\b(?P<when>earlier|later)\s+this\s+(?P<unit>week|month|year)\b", re.I),
        _within_period,
    ),
    (
        re.compile(
            r"\b(?P<rel>last|past|previous|next|coming|this)\s+(?P<unit>week|weekend|month|year)\b",
            re.I,
        ),
        _relative_unit,
    ),
    (
        re.compile(
            r"\b(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b",
            re.I,
        ),
        _ago,
    ),
    (re.compile(rf"\b(?:(?P<rel>last|next|this)\s+)?{_WEEKDAY}\b", re.I), _weekday),
    (
        re.compile(
            r"\b(?:yesterday|today|tomorrow|tonight|overnight|last night|this morning|this afternoon|this evening|earlier today)\b",
            re.I,
        ),
        _relative_day,
    ),
    (
        re.compile(
            rf"\b(?:since|in|by|during|until|before|after)\s+(?:early\s+|late\s+)?{_MONTH}(?!\s+\d)\b",
            re.I,
        ),
        _bare_month,
    ),
    (re.compile(rf"\b(?:in|since|by|during|until|before|after|of)\s+{_YEAR}\b", re.I), _year),
]


def find_time_expressions(
    text: str, pub: dt.date | None, tense_at: Callable[[int], str | None] | None = None
) -> Iterator[TimeMatch]:
    """Non-overlapping time expressions in ``text``, earliest rules winning ties."""
    taken: list[tuple[int, int]] = []
    found: list[TimeMatch] = []
    for pattern, rule in _RULES:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            tense = tense_at(start) if tense_at else None
            value, granularity = rule(m, pub, tense)
            taken.append((start, end))
            found.append(TimeMatch(start, end, m.group(0), value, granularity))
    return iter(sorted(found, key=lambda t: t.start))


def normalize(expression: str, pub: dt.date | None, tense: str | None = None) -> str | None:
    """The value of one time expression (the first found in the string), or None."""
    for match in find_time_expressions(expression, pub, lambda _: tense):
        return match.value
    return None
