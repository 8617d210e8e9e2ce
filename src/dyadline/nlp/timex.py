"""Time expressions: find them in text and normalise them against a publication date.

Pure functions over strings and dates, so they can be tested and evaluated without a
pipeline. Each expression gets two values:

- ``timeml``: the TimeML TIMEX3 value (``1998-W12``, ``1989-Q3``, ``2025-FA``, ``199``,
  ``PAST_REF`` ...), the standard that TempEval and HeidelTime are scored on;
- ``value``: the SPEC value (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``START/END``),
  derived from the TimeML value, or set by the rule where SPEC says more ("since
  December" is an interval up to the publication date; TimeML marks only "December").

``tense`` is ``past``, ``future`` or ``None`` and decides which "Monday" is meant.
The words the rules match live in ``knowledge/time.yaml``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from dyadline.knowledge.files import PACKAGE_DIR, load_yaml

# ---------------------------------------------------------------------------- words


@dataclass(frozen=True)
class TimeWords:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    ambiguous_weekdays: frozenset[str]
    seasons: dict[str, tuple[str, int, int]]
    year_parts: dict[str, tuple[int, int]]
    month_parts: dict[str, tuple[int, int]]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    vague_counts: frozenset[str]
    units: dict[str, int]
    steps: dict[str, int]
    spelled_centuries: dict[str, int]
    spelled_tens: dict[str, int]
    spelled_units: dict[str, int]
    spelled_decades: dict[str, int]
    relative_days: dict[str, tuple[int, int]]
    references: dict[str, str]  # phrase -> PRESENT_REF | PAST_REF | FUTURE_REF
    offset_bounds: dict[str, str]
    quantity_words: frozenset[str] = frozenset()  # "11.5 cents": a number, not a date


def _int_map(raw: Any, key: str) -> dict[str, int]:
    table = raw.get(key)
    if not isinstance(table, dict) or not all(isinstance(v, int) for v in table.values()):
        raise ValueError(f"time.yaml: {key} must map words to integers")
    return {str(k).lower(): v for k, v in table.items()}


def _pair_map(raw: Any, key: str) -> dict[str, tuple[int, int]]:
    table = raw.get(key) or {}
    out = {}
    for word, pair in table.items():
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int) for x in pair)
        ):
            raise ValueError(f"time.yaml: {key}.{word} must be a pair of integers")
        out[str(word).lower()] = (pair[0], pair[1])
    return out


def parse_time_words(raw: Any) -> TimeWords:
    """Validate the parsed ``time.yaml``; a malformed entry raises ``ValueError``."""
    seasons = {}
    for word, entry in (raw.get("seasons") or {}).items():
        code, first, last = entry
        seasons[str(word).lower()] = (str(code), int(first), int(last))
    references = {}
    for kind, phrases in (raw.get("references") or {}).items():
        if kind not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            raise ValueError(f"time.yaml: unknown reference kind {kind}")
        references.update({str(p).lower(): kind for p in phrases})
    return TimeWords(
        months=_int_map(raw, "months"),
        ambiguous_months=frozenset(w.lower() for w in raw.get("ambiguous_months", ())),
        weekdays=_int_map(raw, "weekdays"),
        ambiguous_weekdays=frozenset(w.lower() for w in raw.get("ambiguous_weekdays", ())),
        seasons=seasons,
        year_parts=_pair_map(raw, "year_parts"),
        month_parts=_pair_map(raw, "month_parts"),
        ordinals=_int_map(raw, "ordinals"),
        numbers=_int_map(raw, "numbers"),
        vague_counts=frozenset(str(w).lower() for w in raw.get("vague_counts", ())),
        units=_int_map(raw, "units"),
        steps=_int_map(raw, "steps"),
        spelled_centuries=_int_map(raw, "spelled_centuries"),
        spelled_tens=_int_map(raw, "spelled_tens"),
        spelled_units=_int_map(raw, "spelled_units"),
        spelled_decades=_int_map(raw, "spelled_decades"),
        relative_days=_pair_map(raw, "relative_days"),
        references=references,
        offset_bounds={str(k).lower(): str(v) for k, v in (raw.get("offset_bounds") or {}).items()},
        quantity_words=frozenset(str(w).lower() for w in raw.get("quantity_words", ())),
    )


@lru_cache(maxsize=1)
def time_words() -> TimeWords:
    return parse_time_words(load_yaml(PACKAGE_DIR / "time.yaml"))


# ---------------------------------------------------------------------------- values


@dataclass(frozen=True)
class TimeMatch:
    start: int
    end: int
    text: str
    value: str | None  # SPEC value
    granularity: str
    timeml: str | None = None
    absolute: bool = False  # fully specified by the text, without the publication date


@dataclass(frozen=True)
class Resolved:
    timeml: str | None
    granularity: str
    spec: str | None = None  # when None, derived from ``timeml``
    absolute: bool = False
    # A comparison point ("a year earlier"): later expressions still refer to the period
    # it was compared with, so it does not become the last period mentioned.
    comparison: bool = False


@dataclass(frozen=True)
class Context:
    pub: dt.date | None
    tense: str | None
    text: str
    strict: bool = True  # running text: demand cues around ambiguous words
    anchor: dt.date | None = None  # last absolute date before the expression
    anchor_value: str | None = None  # that date as written (its own granularity)
    last: str | None = None  # TimeML value of the last period the story is about
    mentioned: str | None = None  # TimeML value of the last dated expression of any kind


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _interval(a: str, b: str) -> str:
    return a if a == b else f"{a}/{b}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _monday_of(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def timeml_to_spec(value: str | None, pub: dt.date | None = None) -> str | None:
    """The SPEC form of a TimeML value; ``None`` for values SPEC cannot express."""
    if not value:
        return None
    if value == "PRESENT_REF":
        return _day(pub) if pub else None
    if "X" in value or value.endswith("_REF") or value.startswith("P"):
        return None
    value = value.split("T")[0]
    if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value):
        return value
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, q = int(m[1]), int(m[2])
        return _interval(_month(year, 3 * q - 2), _month(year, 3 * q))
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year, h = int(m[1]), int(m[2])
        return _interval(_month(year, 6 * h - 5), _month(year, 6 * h))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year, (first, last) = int(m[1]), _SEASON_MONTHS[m[2]]
        return _interval(_month(year, first), _month(year + (first > last), last))
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = _monday_of(int(m[1]), int(m[2]))
        first_day = monday + dt.timedelta(days=5 if m[3] else 0)
        return _interval(_day(first_day), _day(monday + dt.timedelta(days=6)))
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0/{value}9"
    if re.fullmatch(r"\d{2}", value):
        return f"{value}00/{value}99"
    return None


# ---------------------------------------------------------------------------- rules

Rule = Callable[[re.Match[str], Context], Resolved | None]


def _alt(words: dict[str, Any] | frozenset[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _month_number(m: re.Match[str]) -> int:
    return time_words().months[m["month"].lower().rstrip(".")]


def _month_ok(m: re.Match[str], ctx: Context, needs_cue: bool) -> bool:
    """In running text a month name is capitalised, and an ambiguous one ("May") needs a cue."""
    if not ctx.strict:
        return True
    word = m["month"]
    if not word[0].isupper():
        return False
    return not (needs_cue and word.lower().rstrip(".") in time_words().ambiguous_months)


def _year_of(m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("syear"):
        return spelled_year(groups["syear"])
    return None


def _year_for_month(month: int, ctx: Context, day_number: int = 15) -> int | None:
    """The year of a month (and day) named without one.

    Future tense: the next one; otherwise the nearest one, the past winning ties. A
    past-tense parse only tips the balance: the verb a date hangs off is often the
    reporting verb ("said ... on Nov. 10"), and news dates lie on both sides of
    publication within a few months; but a past-tense clause does not reach into next
    year ("profit fell in March", said in November), nor more than two months ahead.
    """
    pub = ctx.pub
    if pub is None:
        return None
    offset = (month - pub.month) * 31 + (day_number - pub.day)  # days, roughly
    if ctx.tense == "future":
        return pub.year + (offset < 0)
    past = ctx.tense == "past"
    if offset > 183 or (past and offset > 62):
        return pub.year - 1
    if offset < -183 and not past:
        return pub.year + 1
    return pub.year


def _full_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = _year_of(m)
    if year is None or not _month_ok(m, ctx, needs_cue=False):
        return None
    try:
        day = dt.date(year, _month_number(m), int(m["day"]))
    except ValueError:
        return None
    return Resolved(_day(day), "day", absolute=True)


def _iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    try:
        return Resolved(
            _day(dt.date(int(m["year"]), int(m["m"]), int(m["d"]))), "day", absolute=True
        )
    except ValueError:
        return None


def _month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not _month_ok(m, ctx, needs_cue=False):
        return None
    pub, month, number = ctx.pub, _month_number(m), int(m["day"])
    if pub is None:
        return Resolved(f"XXXX-{month:02d}-{number:02d}", "day")
    year = _year_for_month(month, ctx, day_number=number)
    try:
        day = dt.date(year, month, number) if year is not None else None
    except ValueError:
        return None
    return Resolved(_day(day), "day") if day else None


# Numeric dates ("16.12", "27/11/2017", "2017/11/27") and day ranges ("30-31 Oct").
# Day-first as in European text; a slash date whose day-first reading is impossible
# ("11/21") is read month-first. A dot date never is: "10.30" is a clock time.


def _numeric_day(first: int, second: int, sep: str, year: int | None, ctx: Context,
                 ) -> dt.date | None:  # fmt: skip
    """The date ``first``/``second`` (day-first, then month-first after a slash), if valid."""
    readings = [(first, second)] + ([(second, first)] if sep == "/" else [])
    for day_number, month in readings:
        if not (1 <= month <= 12 and 1 <= day_number <= 31):
            continue
        resolved_year = year if year is not None else _year_for_month(month, ctx, day_number)
        if resolved_year is None:
            return None
        try:
            return dt.date(resolved_year, month, day_number)
        except ValueError:
            return None
    return None


def _numeric_year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if len(text) == 4 else 2000 + int(text)


def _numeric_ok(m: re.Match[str], ctx: Context, has_year: bool) -> bool:
    """In running text a numeric date needs a four-digit year or a cue ("on 16.12")."""
    groups = m.groupdict()
    if not ctx.strict:
        return True
    if any(len(groups.get(k) or "") == 2 for k in ("y", "y2")):
        return False  # "1.2.10" is more likely a version than a date
    return has_year or bool(groups.get("cue") or groups.get("weekday"))


def _numeric_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = _numeric_year(m["y"])
    if not _numeric_ok(m, ctx, year is not None) or (ctx.pub is None and year is None):
        return None
    day = _numeric_day(int(m["a"]), int(m["b"]), m["sep"], year, ctx)
    return Resolved(_day(day), "day", absolute=year is not None) if day else None


def _year_first_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    try:
        day = dt.date(int(m["year"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return Resolved(_day(day), "day", absolute=True)


def _span(first: dt.date, last: dt.date, absolute: bool) -> Resolved | None:
    if last < first or (last - first).days > 62:
        return None
    return Resolved(_day(first), "interval", spec=_interval(_day(first), _day(last)),
                    absolute=absolute)  # fmt: skip


def _numeric_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "15.10 - 16.10", "27.11.-29.11.2017", "13-14.6.", "16/05-20/05"."""
    year = _numeric_year(m["y2"])
    if m["link"].strip().lower() == "and" and (m["cue"] or "").lower() != "between":
        return None
    if not _numeric_ok(m, ctx, year is not None) or (ctx.pub is None and year is None):
        return None
    last = _numeric_day(int(m["a2"]), int(m["b2"]), m["sep2"], year, ctx)
    if last is None:
        return None
    if m["b1"] is None:
        first_day = (int(m["a1"]), last.month)
    else:
        first_day = (int(m["a1"]), int(m["b1"]))
        if m["sep2"] == "/" and last.day == int(m["b2"]):  # read month-first
            first_day = (int(m["b1"]), int(m["a1"]))
    try:
        first = dt.date(_numeric_year(m["y1"]) or last.year, first_day[1], first_day[0])
    except ValueError:
        return None
    return _span(first, last, year is not None)


def _day_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "30-31 Oct", "from 15 to 16 November", "between 3 and 5 March 2024", "Oct 30-31"."""
    if not _month_ok(m, ctx, needs_cue=False):
        return None
    if m["link"].strip().lower() == "and" and (m["cue"] or "").lower() != "between":
        return None
    month, first_number, last_number = _month_number(m), int(m["d1"]), int(m["d2"])
    year = _year_of(m)
    if year is None:
        if ctx.pub is None:
            return None
        year = _year_for_month(month, ctx, first_number)
    assert year is not None
    try:
        first, last = dt.date(year, month, first_number), dt.date(year, month, last_number)
    except ValueError:
        return None
    return _span(first, last, _year_of(m) is not None)


def _month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = _year_of(m)
    if year is None or not _month_ok(m, ctx, needs_cue=False):
        return None
    value = _month(year, _month_number(m))
    return Resolved(value, "month", spec=_part_of_month(m, year, _month_number(m)), absolute=True)


def _month_rel_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "July last year", "January this year"."""
    if not _month_ok(m, ctx, needs_cue=False) or ctx.pub is None:
        return None
    year = ctx.pub.year + time_words().steps[m["rel"].lower()]
    return Resolved(_month(year, _month_number(m)), "month")


def _part_of_month(m: re.Match[str], year: int, month: int) -> str | None:
    part = (m.groupdict().get("part") or "").lower()
    if part not in time_words().month_parts:
        return None
    first, last = time_words().month_parts[part]
    last = min(last, _last_day(year, month))
    return _interval(_day(dt.date(year, month, first)), _day(dt.date(year, month, last)))


def _bare_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    cue = (m["cue"] or "").lower()
    if not _month_ok(m, ctx, needs_cue=not cue):
        return None
    month = _month_number(m)
    step = time_words().steps.get(m["rel"].lower()) if m["rel"] else None
    if ctx.pub is None:
        return Resolved(f"XXXX-{month:02d}", "month")
    if step is None:
        year = _year_for_month(month, ctx)
    elif step < 0:
        year = ctx.pub.year - (month >= ctx.pub.month)
    elif step > 0:
        year = ctx.pub.year + (month <= ctx.pub.month)
    else:
        year = ctx.pub.year
    assert year is not None
    value = _month(year, month)
    if cue == "since":
        return Resolved(value, "interval", spec=_interval(value + "-01", _day(ctx.pub)))
    return Resolved(value, "month", spec=_part_of_month(m, year, month))


def _year(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = _year_of(m)
    if year is None:
        return None
    if (m["cue"] or "").lower() == "since" and ctx.pub is not None:
        return Resolved(
            str(year), "interval", spec=_interval(str(year), str(ctx.pub.year)), absolute=True
        )
    return Resolved(str(year), "year", absolute=True)


def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    words = time_words()
    if m["digits"]:
        digits = m["digits"]
        century = digits[:2] if len(digits) == 4 else ("20" if digits[0] in "01" else "19")
        decade = century + digits[-2]
    else:
        decade = f"19{words.spelled_decades[m['spelled'].lower()]}"
    return Resolved(decade, "decade", absolute=True)


def _century(m: re.Match[str], ctx: Context) -> Resolved | None:
    number = int(m["num"]) if m["num"] else {"twentieth": 20, "twenty-first": 21,
                                               "nineteenth": 19}[m["word"].lower()]  # fmt: skip
    return Resolved(f"{number - 1:02d}", "century", absolute=True)


def _relative_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year a rule refers to: explicit, relative ("last year") or the publication year."""
    year = _year_of(m)
    if year is not None:
        return year
    if ctx.pub is None:
        return None
    rel = (m.groupdict().get("rel") or "this").lower()
    return ctx.pub.year + time_words().steps.get(rel, 0)


def _season(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.strict and m.group(0).strip().lower() == m["season"].lower():
        return None  # a bare "fall" or "spring" in running text is more often a verb
    code, first, _last = time_words().seasons[m["season"].lower()]
    year = _year_of(m)
    absolute = year is not None
    if year is None:
        if ctx.pub is None:
            return Resolved(f"XXXX-{code}", "season")
        rel = (m["rel"] or "").lower()
        step = time_words().steps.get(rel, 0) if rel != "this past" else -1
        year = ctx.pub.year + step
        if not rel and ctx.tense != "future" and first > ctx.pub.month and code != "WI":
            year -= 1  # "in the summer" said in March: last summer
    return Resolved(f"{year:04d}-{code}", "season", absolute=absolute)


def _part_of_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = _relative_year(m, ctx)
    if year is None:
        return None
    first, last = time_words().year_parts[m["part"].lower()]
    return Resolved(str(year), "month", spec=_interval(_month(year, first), _month(year, last)),
                    absolute=_year_of(m) is not None)  # fmt: skip


def _current_quarter(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _shift_quarter(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + delta
    return index // 4, index % 4 + 1


def _quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the third quarter (of 1989)", "the latest quarter", "the year-earlier quarter"."""
    words = time_words()
    groups = m.groupdict()
    year = _year_of(m) if "year" in groups else None
    explicit = groups.get("qyear") or groups.get("qyear2")
    year = int(explicit) if explicit else year
    rel = (m["rel"] or "").lower().replace("-", " ")
    if groups.get("ord"):
        quarter = words.ordinals[m["ord"].lower()]
        if year is None and groups.get("rel_year"):
            year = (
                None
                if ctx.pub is None
                else ctx.pub.year + words.steps.get(m["rel_year"].lower(), 0)
            )
        if year is None:
            if ctx.pub is None:
                return Resolved(f"XXXX-Q{quarter}", "quarter")
            year, now = _current_quarter(ctx.pub)
            if quarter > now and ctx.tense != "future":
                year -= 1
        if rel in ("year earlier", "year ago"):
            return Resolved(f"{year - 1:04d}-Q{quarter}", "quarter", comparison=True)
        return Resolved(f"{year:04d}-Q{quarter}", "quarter", absolute=bool(explicit))
    if ctx.pub is None:
        return Resolved("XXXX-QX", "quarter")
    year, quarter = _current_quarter(ctx.pub)
    if rel in ("this", "current"):
        return Resolved(f"{year:04d}-Q{quarter}", "quarter")
    if rel in ("next", "coming"):
        year, quarter = _shift_quarter(year, quarter, 1)
        return Resolved(f"{year:04d}-Q{quarter}", "quarter")
    last = ctx.last or ""
    if rel in ("year earlier", "year ago"):
        if "-Q" in last:  # "the year-earlier quarter": the one just mentioned, a year before
            return _same_period_years_away(ctx, -1)
        year, quarter = _shift_quarter(year, quarter, -1)
        return Resolved(f"{year - 1:04d}-Q{quarter}", "quarter", comparison=True)
    if not rel and "-Q" in last:
        return Resolved(last, "quarter")  # "the quarter": the one the story is about
    # "the latest quarter", "last quarter": the last quarter reported on
    year, quarter = _shift_quarter(year, quarter, -1)
    return Resolved(f"{year:04d}-Q{quarter}", "quarter")


def _half(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = _relative_year(m, ctx)
    half = 1 if m["which"].lower() == "first" else 2
    if year is None:
        return Resolved(f"XXXX-H{half}", "month")
    return Resolved(f"{year:04d}-H{half}", "month", absolute=_year_of(m) is not None)


_ANCHORED_STEPS = {"following", "the following", "previous", "preceding"}


def _relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "last week", "this month", "next year", "the year", "the weekend"."""
    pub = ctx.pub
    unit = m["unit"].lower()
    rel = (m["rel"] or "the").lower()
    if pub is None:
        return Resolved(None, unit)
    step = time_words().steps.get(rel, 0)
    if rel in _ANCHORED_STEPS:
        # "the following year": the year after the one just mentioned
        pub = _date_of_value(ctx.last or "") or ctx.anchor or pub
    if unit == "week":
        return Resolved(_iso_week(pub + dt.timedelta(weeks=step)), "week")
    if unit == "weekend":
        return _weekend(pub, step, ctx.tense)
    if unit == "month":
        year, month = _shift_month(pub.year, pub.month, step)
        return Resolved(_month(year, month), "month")
    if unit == "decade":
        return Resolved(str(pub.year // 10 + step)[:3], "decade")
    return Resolved(str(pub.year + step), "year")


def _weekend(pub: dt.date, step: int, tense: str | None) -> Resolved:
    if step < 0 or (step == 0 and tense == "past"):
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        if step < 0 and pub.weekday() >= 5:
            saturday -= dt.timedelta(days=7)
    else:
        saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 + (7 if step > 0 else 0))
    return Resolved(_iso_week(saturday) + "-WE", "day")


def _within_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "earlier this month" (from the month's start to the publication date), "later this year"."""
    pub = ctx.pub
    if pub is None:
        return Resolved(None, "day")
    when, unit = m["when"].lower(), m["unit"].lower()
    earlier = when in ("earlier", "early")
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        first, last = (monday, pub) if earlier else (pub, monday + dt.timedelta(days=6))
        return Resolved(_iso_week(pub), "day", spec=_interval(_day(first), _day(last)))
    if unit == "month":
        end = pub.replace(day=_last_day(pub.year, pub.month))
        first, last = (pub.replace(day=1), pub) if earlier else (pub, end)
        return Resolved(_month(pub.year, pub.month), "day", spec=_interval(_day(first), _day(last)))
    months = (1, pub.month) if earlier else (pub.month, 12)
    return Resolved(str(pub.year), "month",
                    spec=_interval(_month(pub.year, months[0]), _month(pub.year, months[1])))  # fmt: skip


def _count(text: str) -> int | None:
    text = text.lower()
    return int(text) if text.isdigit() else time_words().numbers.get(text)


def _offset(base: dt.date, unit: str, amount: int) -> tuple[str, str]:
    """The TimeML value and granularity of ``base`` moved by ``amount`` units."""
    if unit == "day":
        return _day(base + dt.timedelta(days=amount)), "day"
    if unit == "week":
        return _iso_week(base + dt.timedelta(weeks=amount)), "week"
    if unit == "month":
        return _month(*_shift_month(base.year, base.month, amount)), "month"
    if unit == "quarter":
        year, quarter = _shift_quarter(*_current_quarter(base), amount)
        return f"{year:04d}-Q{quarter}", "quarter"
    year = base.year + amount * time_words().units[unit] // 12
    return str(year), "year"


def _ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "two years ago"; "a year earlier" / "less than a decade later" from the last date."""
    unit = m["unit"].lower().rstrip("s")
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if m["count"].lower() in time_words().vague_counts:
        return Resolved("FUTURE_REF" if sign > 0 else "PAST_REF", "reference")
    count = _count(m["count"])
    if count is None:
        return None
    anchored = direction in ("later", "after", "earlier", "before")
    if direction in ("after", "before") and ctx.anchor is None and _takes_complement(m):
        # "a year after he ordered the invasion": counted from an event the text does not
        # date, not from the publication date
        return Resolved(None, unit)
    one_year = unit == "year" and count == 1 and not m["bound"]
    if one_year and (same := _same_period_years_away(ctx, sign)):
        return same
    base = (ctx.anchor if anchored else None) or ctx.pub
    if base is None:
        return Resolved(None, unit)
    timeml, granularity = _offset(base, unit, sign * count)
    bound = time_words().offset_bounds.get((m["bound"] or "").lower())
    start = (ctx.anchor_value if anchored and ctx.anchor else None) or _day(base)
    spec = _bounded(start, timeml, bound, sign, ctx.pub) if bound in ("within", "beyond") else None
    return Resolved(timeml, granularity, spec=spec)


def _takes_complement(m: re.Match[str]) -> bool:
    """ "after"/"before" goes on with what it counts from ("two years after the war began")."""
    return re.match(r"\s+[^\W\d]", m.string[m.end() :]) is not None


def _bounded(anchor: str, timeml: str, bound: str, sign: int, pub: dt.date | None) -> str | None:
    """ "less than a decade later": between the anchor and the offset, not after publication."""
    target = timeml_to_spec(timeml)
    if target is None:
        return None
    start_spec, end_spec = target.split("/")[0], target.split("/")[-1]
    if bound == "within":
        first, last = (anchor, end_spec) if sign > 0 else (start_spec, anchor)
    else:
        first, last = (start_spec, _day(pub) if pub else end_spec) if sign > 0 else ("", start_spec)
    if pub is not None and last > _day(pub):
        last = _day(pub)
    return _interval(first, last) if first else None


def _weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["weekday"].lower().rstrip(".")
    if ctx.strict and (not m["weekday"][0].isupper() or word in time_words().ambiguous_weekdays):
        return None
    pub = ctx.pub
    if pub is None:
        return Resolved("XXXX-XX-XX", "day")
    target = time_words().weekdays[word]
    rel = (m["rel"] or "").lower()
    step = time_words().steps.get(
        rel.replace("this past", "last").replace("this coming", "next"), 0
    )
    if step > 0 or (ctx.tense == "future" and step == 0):
        delta = (target - pub.weekday()) % 7 or 7
        return Resolved(_day(pub + dt.timedelta(days=delta)), "day")
    delta = (pub.weekday() - target) % 7
    if step < 0 and delta == 0:
        delta = 7
    return Resolved(_day(pub - dt.timedelta(days=delta)), "day")


def _weekday_of_week(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "next week Monday": that weekday in that week."""
    if ctx.pub is None:
        return None
    step = time_words().steps[m["rel"].lower()]
    monday = ctx.pub - dt.timedelta(days=ctx.pub.weekday()) + dt.timedelta(weeks=step)
    target = time_words().weekdays[m["weekday"].lower().rstrip(".")]
    return Resolved(_day(monday + dt.timedelta(days=target)), "day")


# After a bare day number ("on the 25th"), words that still leave it a date.
_DAY_FOLLOWERS = frozenset({"in", "at", "on", "to", "until", "till", "from",
                            "morning", "afternoon", "evening", "night", "early", "late"})  # fmt: skip


def _day_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "on the 25th": the 25th of this month, or of the month before or after it."""
    follower = (m["next"] or "").strip().lower()
    if ctx.strict and (not m["the"] or (follower and follower not in _DAY_FOLLOWERS)):
        return None  # "the 25th anniversary", "5th floor"
    if ctx.pub is None:
        return None
    return _day_near(ctx, int(m["dnum"]), weekday=None)


def _weekday_and_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "Thursday 21st", "on Sunday 17": the nearby month where that day is that weekday."""
    word = m["weekday"].lower().rstrip(".")
    if ctx.strict and (not m["suf"] or word in time_words().ambiguous_weekdays):
        return None  # "on Monday 17 people died"
    if ctx.pub is None:
        return None
    return _day_near(ctx, int(m["dnum"]), weekday=time_words().weekdays[word])


def _day_near(ctx: Context, number: int, weekday: int | None) -> Resolved | None:
    """Day ``number`` of a month near publication (ahead in future clauses, behind in past)."""
    pub = ctx.pub
    assert pub is not None
    days = []
    for delta in range(-12, 13):
        year, month = _shift_month(pub.year, pub.month, delta)
        if number > _last_day(year, month):
            continue
        day = dt.date(year, month, number)
        if weekday is None or day.weekday() == weekday:
            days.append(day)
    if ctx.tense == "future":
        days = [d for d in days if d >= pub]
    elif ctx.tense == "past":
        days = [d for d in days if d <= pub]
    if not days:
        return None
    best = min(days, key=lambda d: (abs((d - pub).days), d > pub))
    return Resolved(_day(best), "day")


def _relative_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.pub is None:
        return Resolved(None, "day")
    first, last = time_words().relative_days[re.sub(r"\s+", " ", m["word"].lower())]
    if first != last and ctx.tense == "future":
        first, last = first + 1, last + 1
    start = ctx.pub + dt.timedelta(days=first)
    end = ctx.pub + dt.timedelta(days=last)
    return Resolved(_day(ctx.pub + dt.timedelta(days=last)), "day",
                    spec=_interval(_day(start), _day(end)))  # fmt: skip


def _reference(m: re.Match[str], ctx: Context) -> Resolved | None:
    kind = time_words().references[re.sub(r"\s+", " ", m["word"].lower())]
    return Resolved(kind, "reference")


def _year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = _relative_year(m, ctx)
    if year is None:
        return Resolved(None, "year")
    return Resolved(str(year), "month", spec=_interval(_month(year, 10), _month(year, 12)))


def _year_shift_adjective(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "year-earlier", "year-ago" used alone: the period last mentioned, a year before."""
    if same := _same_period_years_away(ctx, -1):
        return same
    if ctx.pub is None:
        return Resolved(None, "year")
    return Resolved(str(ctx.pub.year - 1), "year")


def _that_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "that day", "the same month", "that year": the period last mentioned, at that unit."""
    unit, last = m["unit"].lower(), ctx.mentioned
    if last is None:
        return None
    if unit == "year":
        return Resolved(last[:4], "year")
    if unit == "quarter":
        if "-Q" in last:
            return Resolved(last, "quarter")
        month = _month_in(last)
        return Resolved(f"{last[:4]}-Q{(month - 1) // 3 + 1}", "quarter") if month else None
    day = _date_of_value(last)
    if len(last) == 10 and day is not None:
        return Resolved(last if unit == "day" else _iso_week(day) if unit == "week" else last[:7],
                        "day" if unit == "day" else unit)  # fmt: skip
    if unit == "month" and _month_in(last):
        return Resolved(last[:7], "month")
    return None


def _then(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "until then", "by then": the time last mentioned."""
    if ctx.mentioned is None:
        return None
    granularity = "day" if len(ctx.mentioned) == 10 else "month"
    return Resolved(ctx.mentioned, granularity, comparison=True)


def _period_of_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the 1988 quarter", "the 1989 period": the quarter last mentioned, in that year."""
    year = m["qyear"]
    last = ctx.last or ""
    if "-Q" in last:
        return Resolved(f"{year}{last[4:]}", "quarter")
    return Resolved(year, "year", absolute=True)


def _comparison_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "last year's quarter", "the corresponding period last year", "the quarter a year ago"."""
    same = _same_period_years_away(ctx, -1)
    if same is not None:
        return same
    return Resolved(str(ctx.pub.year - 1), "year", comparison=True) if ctx.pub else None


def _month_in(value: str) -> int | None:
    found = re.match(r"\d{4}-(\d\d)", value)
    return int(found[1]) if found else None


def _date_of_value(value: str) -> dt.date | None:
    """The first day a plain calendar value (``1989``, ``1989-03``, ``1989-03-31``) covers."""
    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value):
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _same_period_years_away(ctx: Context, years: int) -> Resolved | None:
    """The period last mentioned, ``years`` away, when it is shorter than a year.

    News compares like with like: "profit rose in the third quarter ... from $2 million
    a year earlier" means the third quarter of the year before (TimeML annotates the
    anchor's granularity), and "a year ago" after a date means that date a year ago.
    """
    last = ctx.last
    if last is None or len(last) == 4 or "-W" in last or len(last) == 10:
        return None
    year = int(last[:4]) + years
    rest = "-02-28" if last[4:] == "-02-29" else last[4:]
    granularity = "day" if re.fullmatch(r"-\d\d-\d\d", rest) else "month"
    return Resolved(f"{year:04d}{rest}", granularity, comparison=True)


def spelled_year(text: str) -> int | None:
    """``nineteen ninety-six`` -> 1996; ``two thousand (and) one`` -> 2001."""
    words = time_words()
    parts = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    if parts[:2] == ["two", "thousand"]:
        rest = parts[2:]
        return 2000 + (_small_number(rest) or 0) if rest else 2000
    if len(parts) >= 2 and parts[0] in words.spelled_centuries:
        tail = _small_number(parts[1:])
        if tail is not None:
            return words.spelled_centuries[parts[0]] + tail
    return None


def _small_number(parts: list[str]) -> int | None:
    words = time_words()
    if len(parts) == 1:
        return words.spelled_tens.get(parts[0]) or words.spelled_units.get(parts[0])
    if len(parts) == 2 and parts[0] in words.spelled_tens and parts[1] in words.spelled_units:
        return words.spelled_tens[parts[0]] + words.spelled_units[parts[1]]
    if len(parts) == 2 and parts[0] == "oh" and parts[1] in words.spelled_units:
        return words.spelled_units[parts[1]]
    return None


@lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern[str], Rule]]:
    w = time_words()
    full_names = {m.lower() for m in calendar.month_name if m}
    abbreviations = {k: v for k, v in w.months.items() if k not in full_names}
    # A full month name never takes a period ("in December."), an abbreviation may.
    month = rf"(?P<month>(?:{_alt(dict.fromkeys(full_names))})|(?:{_alt(abbreviations)})\.?)"
    full_days = {d.lower() for d in calendar.day_name}
    weekday = (rf"(?P<weekday>(?:{_alt(dict.fromkeys(full_days))})"
               rf"|(?:{_alt({k: v for k, v in w.weekdays.items() if k not in full_days})})\.?)")  # fmt: skip
    year = r"(?P<year>(?:1[89]|20)\d\d)(?![\d,.]?\d)"
    tens, units = _alt(w.spelled_tens), _alt(w.spelled_units)
    syear = (rf"(?P<syear>(?:{_alt(w.spelled_centuries)})[\s-]+(?:(?:{tens})(?:[\s-]+(?:{units}))?|oh[\s-]+(?:{units}))"
             rf"|two thousand(?:\s+(?:and\s+)?(?:{units}|{tens}))?)")  # fmt: skip
    any_year = rf"(?:(?:fiscal\s+)?{year}|(?:the\s+year\s+)?{syear})"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    steps = _alt(w.steps)
    ordinal = rf"(?P<ord>{_alt(w.ordinals)})"
    rel_year = rf"(?:(?P<rel>{steps})\s+year|{any_year})"
    units_alt = r"days?|weeks?|months?|quarters?|years?|decades?|century|centuries"
    counts = _alt({**w.numbers, **dict.fromkeys(w.vague_counts, 0)})
    bounds = _alt(w.offset_bounds)
    refs = _alt(w.references)
    rel_days = _alt(w.relative_days)

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.I)

    # Numeric dates: no digit, letter, sign or separator glued on either side, and not a
    # quantity ("1.10 million", "2.5%").
    glued_before = r"(?<![\w.,/:$£€%+-])"
    quantities = _alt(w.quantity_words).replace(r"\ ", r"\s+")
    glued_after = rf"(?![\w/%]|[.,:]\d|\s*[-\u2013]\s*\d|\s*(?:%|(?:{quantities})\b))"
    cue = r"(?:(?P<cue>on|by|until|till|from|since|before|after|between)\s+(?:the\s+)?)?"
    numeric_year = r"(?:19|20)\d\d|\d\d"
    range_link = r"(?P<link>\s*[-\u2013/]\s*|\s+(?:to|until|till|through|and)\s+(?:the\s+)?)"
    suffix = r"(?:st|nd|rd|th)?"
    # A day and month take no number after them that could be their year or another
    # day ("March 3, 2024" is read whole); a clock time is fine ("25 Sep, 15:50").
    clock = (
        r"\d{1,2}(?:[:.h]\d\d|(?:\s*[-\u2013]\s*\d{1,2})?\s*(?:am|pm|a\.m\.|p\.m\.))"
        r"|(?!(?:1[89]|20)\d\d)\d{4}|\d{4}\s*[-\u2013]\s*\d{4}"
    )
    no_number_after = rf"(?!,?\s*(?!(?:{clock})(?!\d))\d)"

    return [
        (rx(rf"\b(?:{weekday},?\s+)?{month}\s+{day},?\s+{any_year}\b"), _full_date),
        (rx(rf"\b(?:{weekday},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month},?\s+{any_year}\b"), _full_date),
        (rx(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"), _iso),
        (rx(rf"{glued_before}(?P<year>(?:19|20)\d\d)(?P<sep>[./])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){glued_after}"), _year_first_date),
        (rx(rf"\b{cue}(?:{weekday},?\s+)?{glued_before}(?P<a>\d{{1,2}})(?P<sep>[./])(?P<b>\d{{1,2}})(?:(?P=sep)(?P<y>{numeric_year}))?{glued_after}"), _numeric_date),
        (rx(rf"\b{cue}{glued_before}(?P<a1>\d{{1,2}})(?:(?P<s1>[./])(?P<b1>\d{{1,2}})(?:(?P=s1)(?P<y1>{numeric_year}))?)?\.?"
            rf"(?P<link>\s*[-\u2013]\s*|\s+(?:to|until|till|and)\s+)(?P<a2>\d{{1,2}})(?P<sep2>[./])(?P<b2>\d{{1,2}})(?:(?P=sep2)(?P<y2>{numeric_year}))?{glued_after}"), _numeric_range),
        (rx(rf"\b(?:(?P<cue>between|from)\s+)?(?:the\s+)?{glued_before}(?P<d1>[0-3]?\d){suffix}{range_link}(?P<d2>[0-3]?\d){suffix}\s+(?:of\s+)?{month}(?:,?\s+{any_year})?{no_number_after}"), _day_range),
        (rx(rf"\b(?:(?P<cue>between|from)\s+)?{month}\s+(?P<d1>[0-3]?\d){suffix}{range_link}(?P<d2>[0-3]?\d){suffix}\b(?:,?\s+{any_year})?{no_number_after}"), _day_range),
        (rx(rf"\b(?:{weekday},?\s+)?{month}\s+{day}\b(?![:.]\d){no_number_after}"), _month_day),
        (rx(rf"\b(?:{weekday},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month}{no_number_after}"), _month_day),
        (rx(rf"\b(?:(?:the\s+)?(?P<part>early|mid|late|end of|beginning of|middle of)[\s-]+)?{month},?\s+(?:of\s+)?{any_year}\b"), _month_year),
        (rx(rf"\b{month}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"), _month_rel_year),
        (rx(rf"\b(?:(?P<cue>in|since|by|during|until|till|before|after|from|through)\s+)?(?:(?P<rel>last|this|next|this past|this coming)\s+)?"
            rf"(?:(?:the\s+)?(?P<part>early|mid|late|end of|beginning of|middle of|start of)[\s-]+)?{month}(?!\s*\d)"), _bare_month),
        (rx(rf"\b(?:(?P<cue>since|in|by|during|until|before|after|of|from|through)\s+)?{any_year}(?!\s*(?:%|percent|people|troops|-))"), _year),
        (rx(r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<digits>(?:1[89]|20)\d0|'?\d0)'?s\b|\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<spelled>"
            + _alt(w.spelled_decades) + r")\b"), _decade),
        (rx(r"\b(?:the\s+)?(?:(?P<num>\d\d)(?:st|nd|rd|th)|(?P<word>twentieth|twenty-first|nineteenth))\s+century\b"), _century),
        (rx(rf"\b(?:(?:in|during|over|through)\s+)?(?:the\s+)?(?:(?P<rel>this past|{steps})\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<season>{_alt(w.seasons)})(?:\s+(?:of\s+)?{any_year})?\b"), _season),
        (rx(rf"\b(?:the\s+)?(?P<part>early|mid|middle|late|end|beginning|start)(?:[\s-]+of(?:\s+the)?)?[\s-]+{rel_year}\b"), _part_of_year),
        (rx(rf"\b(?:(?:the|this|last|next)\s+)?(?:(?:{any_year}|(?P<rel_year>this|last|next)\s+year)'s\s+)?(?:(?P<rel>year[\s-]earlier|year[\s-]ago|latest|current|this|last|next|coming)\s+)?(?:(?P<qyear2>(?:19|20)\d\d)\s+)?(?:fiscal[\s-]+)?{ordinal}[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<qyear>(?:19|20)\d\d))?"), _quarter),
        (rx(r"\b(?:the\s+)?(?P<rel>year[\s-]earlier|year[\s-]ago|latest|current|this|last|next|coming)\s+(?:fiscal\s+)?(?:quarter|period)\b|\bthe\s+(?:fiscal\s+)?quarter\b"), _quarter),
        (rx(rf"\b(?:the\s+)?(?P<which>first|second|last|latter)\s+half(?:\s+of\s+(?:(?P<rel>{steps})\s+year|{year}|the\s+year))?"), _half),
        (rx(r"\b(?P<when>earlier|later|early|late)\s+this\s+(?P<unit>week|month|year)\b"), _within_period),
        (rx(rf"\b(?:(?P<rel>{steps}|the)\s+)(?:(?:full|fiscal|calendar)\s+)?(?P<unit>week|weekend|month|year|decade)\b(?!\s*(?:earlier|ago|before)|-)"), _relative_unit),
        (rx(r"\b(?:year[\s-]end|year's\s+end|the\s+end\s+of\s+the\s+year)\b"), _year_end),
        (rx(rf"\b(?:(?P<bound>{bounds})\s+)?(?P<count>\d+|{counts})\s+(?P<unit>{units_alt})\s+(?P<dir>ago|earlier|later|before|after|from now|hence)\b"), _ago),
        (rx(r"\b(?:the\s+)?year[\s-](?:earlier|ago)\b"), _year_shift_adjective),
        (rx(r"\b(?:that|the\s+same)\s+(?P<unit>day|week|month|quarter|year)\b"), _that_period),
        (rx(r"\b(?:until|till|by|since|before|after)\s+then\b"), _then),
        (rx(r"\bthe\s+(?P<qyear>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?:quarter|period)\b"), _period_of_year),
        (rx(r"\b(?:last\s+year's|the\s+(?:corresponding|comparable|same)(?:\s+year[\s-](?:earlier|ago))?)\s+(?:fiscal\s+)?(?:quarter|period)"
            r"(?:\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:ago|earlier)))?"
            r"|\bthe\s+(?:fiscal\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)\b"), _comparison_period),
        (rx(rf"\b(?P<rel>next|this|last)\s+week,?\s+(?:on\s+)?{weekday}(?!\w)"), _weekday_of_week),
        (rx(rf"\b(?:(?:on|next|this|the)\s+)?{weekday},?\s+(?:the\s+)?(?P<dnum>[0-3]?\d)(?P<suf>st|nd|rd|th)?\b(?![:./]?\d|\s*(?:of\s+)?{month})"), _weekday_and_day),
        (rx(r"(?<![\w.-])(?P<the>(?:on\s+)?the\s+)?(?P<dnum>[0-3]?\d)(?P<suf>st|nd|rd|th)\b(?!-)(?=\s+(?P<next>[a-z]+))?"), _day_of_month),
        (rx(rf"\b(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?(?:(?:on|last|next|this|this past|this coming|the previous|the following)\s+)?{weekday}(?!\w)"), _weekday_with_rel),
        (rx(rf"\b(?P<word>{rel_days})\b"), _relative_day),
        (rx(rf"(?<![\w-])(?P<word>{refs})\b(?!-)"), _reference),
    ]  # fmt: skip


def _weekday_with_rel(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = re.search(
        r"\b(last|next|this past|this coming|the previous|the following)\s", m.group(0), re.I
    )
    fake = _WeekdayMatch(
        m,
        rel[1].lower().replace("the previous", "last").replace("the following", "next")
        if rel
        else "",
    )
    return _weekday(fake, ctx)  # type: ignore[arg-type]


class _WeekdayMatch:
    """A match object view that adds the relative word found before a weekday."""

    def __init__(self, m: re.Match[str], rel: str) -> None:
        self._m, self._rel = m, rel

    def __getitem__(self, key: str) -> str | None:
        return self._rel if key == "rel" else self._m[key]


# ---------------------------------------------------------------------------- finding


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule_index: int
    match: re.Match[str]


# TimeML extents leave out the preposition that introduces the expression ("on Monday").
_LEADING_PREPOSITION = re.compile(
    r"\s*(?:(?:on|in|since|by|during|until|till|before|after|of|from|through|over)\s+)?", re.I
)


def _candidates(text: str, ctx: Context) -> list[_Candidate]:
    found = []
    for index, (pattern, rule) in enumerate(_rules()):
        for m in pattern.finditer(text):
            start, end = m.span()
            lead = _LEADING_PREPOSITION.match(text, start, end)
            start = lead.end() if lead and lead.end() < end else start
            if start < end and rule(m, ctx) is not None:
                found.append(_Candidate(start, end, index, m))
    return found


def _choose(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, earlier rules breaking ties."""
    chosen: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.rule_index, c.start)):
        if not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _anchor_of(match: TimeMatch) -> dt.date | None:
    value = match.timeml or ""
    if not match.absolute or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value):
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


# A calendar value that a later "that day" or "a year earlier" can refer back to.
_DATED = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI))?")


# "the quarter ended Sept. 30": the date closes the period the story is about, which
# stays the period later expressions refer to.
_PERIOD_END = re.compile(
    r"\b(?:quarter|period|half|year|months?|weeks?)\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$",
    re.I,
)


class _Narrative:
    """What earlier expressions in a text established: the anchors of later ones."""

    def __init__(self, text: str, pub: dt.date | None, strict: bool) -> None:
        self.base = Context(pub, None, text, strict)

    def resolve(self, c: _Candidate, start: int, end: int, tense: str | None) -> TimeMatch:
        ctx = replace(self.base, tense=tense)
        resolved = _rules()[c.rule_index][1](c.match, ctx) or Resolved(None, "day")
        pub = self.base.pub
        spec = resolved.spec if resolved.spec is not None else timeml_to_spec(resolved.timeml, pub)
        found = TimeMatch(start, end, self.base.text[start:end], spec, resolved.granularity,
                          resolved.timeml, resolved.absolute)  # fmt: skip
        if (found_anchor := _anchor_of(found)) is not None:
            self.base = replace(self.base, anchor=found_anchor, anchor_value=found.timeml)
        if found.timeml and _DATED.fullmatch(found.timeml):
            self.base = replace(self.base, mentioned=found.timeml)
        if self._is_topic(found, resolved, tense):
            self.base = replace(self.base, last=found.timeml)
        return found

    def _is_topic(self, found: TimeMatch, resolved: Resolved, tense: str | None) -> bool:
        """Whether later expressions ("that day", "a year earlier") refer back to this one.

        Not a comparison point, the date that closes a period, or a period still ahead
        ("will hurt fourth-quarter results"): a story refers back to what happened.
        """
        if not found.timeml or not _DATED.fullmatch(found.timeml) or resolved.comparison:
            return False
        pub = self.base.pub
        spec = (timeml_to_spec(found.timeml) or "").split("/")
        first, last = _date_of_value(spec[0]), _date_of_value(spec[-1])
        if pub is not None and first is not None and first > pub:
            return False
        if pub is not None and last is not None and last >= pub and tense == "future":
            return False
        text = self.base.text
        return not _PERIOD_END.search(text, max(0, found.start - 40), found.start)


def find_time_expressions(
    text: str,
    pub: dt.date | None,
    tense_at: Callable[[int], str | None] | None = None,
    strict: bool = True,
) -> Iterator[TimeMatch]:
    """Non-overlapping time expressions in ``text``, in text order.

    An offset such as "a year later" is anchored on the last absolute date before it.
    """
    story = _Narrative(text, pub, strict)
    for c in _choose(_candidates(text, story.base)):
        yield story.resolve(c, c.start, c.end, tense_at(c.start) if tense_at else None)


# What joins the two ends of a range of days: "July 8 - July 9", "Monday to Thursday".
_RANGE_LINK = re.compile(r"\s*(?:[-\u2013]|to|until|till|through|thru)\s*", re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _join_ranges(found: list[TimeMatch], text: str) -> Iterator[TimeMatch]:
    """Two days joined by "-" or "to" are one interval, at most two months long.

    Only where a string is known to be one expression: in running text TimeML marks
    the two ends apart ("bought from Aug. 26 to Oct. 20").
    """
    index = 0
    while index < len(found):
        first = found[index]
        last = found[index + 1] if index + 1 < len(found) else None
        if last is not None and (joined := _joined(first, last, text)) is not None:
            yield joined
            index += 2
            continue
        yield first
        index += 1


def _joined(first: TimeMatch, last: TimeMatch, text: str) -> TimeMatch | None:
    if not (first.value and last.value and _DAY_VALUE.fullmatch(first.value)
            and _DAY_VALUE.fullmatch(last.value)):  # fmt: skip
        return None
    if not _RANGE_LINK.fullmatch(text, first.end, last.start):
        return None
    start, end = dt.date.fromisoformat(first.value), dt.date.fromisoformat(last.value)
    if end <= start and last.text.lower().rstrip(".") in time_words().weekdays:
        end += dt.timedelta(weeks=1)  # "Wed - Thu" said on a Wednesday: the Thursday after
    if not 0 < (end - start).days <= 62:
        return None
    return TimeMatch(first.start, last.end, text[first.start : last.end],
                     _interval(first.value, _day(end)), "interval", first.timeml,
                     first.absolute and last.absolute)  # fmt: skip


def normalize_extents(
    text: str,
    extents: list[tuple[int, int]],
    pub: dt.date | None,
    tense_at: Callable[[int], str | None] | None = None,
) -> list[TimeMatch | None]:
    """Normalise expressions whose extents are given (e.g. by an annotator), in text order.

    Each is read as a whole (the longest rule match inside it) and anchored on the
    expressions before it, as :func:`find_time_expressions` anchors what it finds. An
    extent no rule reads alone is read with the words around it ("a year" in "a year
    earlier", "then" in "until then").
    """
    story = _Narrative(text, pub, strict=False)
    out: list[TimeMatch | None] = []
    for start, end in extents:
        inside = _candidates(text[start:end], replace(story.base, text=text[start:end]))
        best = max(inside, key=lambda c: (c.end - c.start, -c.rule_index), default=None)
        best = best or _around(text, start, end, story.base)
        tense = tense_at(start) if tense_at else None
        out.append(story.resolve(best, start, end, tense) if best else None)
    return out


def _around(text: str, start: int, end: int, base: Context) -> _Candidate | None:
    """The shortest rule match that covers ``text[start:end]`` and a few words around it."""
    left = max(0, start - 24)
    window = text[left : end + 24]
    covering = [c for c in _candidates(window, replace(base, text=window))
                if c.match.start() <= start - left and end - left <= c.match.end()]  # fmt: skip
    return min(covering, key=lambda c: (c.match.end() - c.match.start(), c.rule_index),
               default=None)  # fmt: skip


def _whole(expression: str, pub: dt.date | None, tense: str | None) -> TimeMatch | None:
    found = list(find_time_expressions(expression, pub, lambda _: tense, strict=False))
    found = list(_join_ranges(found, expression))
    return max(found, key=lambda t: t.end - t.start) if found else None


def normalize(expression: str, pub: dt.date | None, tense: str | None = None) -> str | None:
    """The SPEC value of one time expression (the longest found in the string), or None."""
    match = _whole(expression, pub, tense)
    return match.value if match else None


def normalize_timeml(expression: str, pub: dt.date | None, tense: str | None = None) -> str | None:
    """The TimeML value of one time expression (the longest found in the string), or None."""
    match = _whole(expression, pub, tense)
    return match.timeml if match else None
