"""Audit the dated-roles coverage of the actor knowledge base (issue #3).

For each required office (heads of state and government, foreign and defence ministers of the
states listed in scripts/kb_required_offices.yaml, and the leaders of the UN, EU, NATO and AU),
ask dyadline's own KB loader who held the office on every 1 January and 1 July from 2010 (from
2000 for the heads of the P5 and G7 states) up to the last such date not after --until. Report:

- GAP: no person holds the office on that date and it is not a known vacancy (VACANT:
  listed in the YAML, e.g. Lebanon's presidency 2014-2016, caretaker weeks between two cabinets);
- OVERLAP: two or more people hold it on that date (a data error: one office, one holder);
- a summary table, one row per office: the share of its dates that have exactly one holder
  ("covered"), and the share that have one holder or fall in a known vacancy ("explained").

A role counts when its title is one of the office's titles (see the YAML's header), with an
optional "Acting ", "Interim ", "Caretaker " (...) prefix, and its country (or, for IGO offices, its igo code)
matches. The KB is the packaged one plus any --kb user files.

Run:

    PYTHONPATH=src python scripts/kb_coverage.py [--gaps] [--markdown FILE] [--kb MY.yaml]

--gaps lists every gap and overlap (the default prints only the overlaps and the summary);
--spans DAYS lists every unexplained period of DAYS days or more without a holder, between the
check dates too (short-lived ministers the half-yearly checks miss);
--markdown writes the summary table as markdown; --office KEY limits the report to offices whose
key ("USA foreign", "EU ...") contains KEY.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from dyadline.knowledge.actor_kb import ActorKB, load_actor_kb

OFFICES_FILE = Path(__file__).with_name("kb_required_offices.yaml")
KINDS = ("head_of_state", "head_of_government", "foreign", "defence")
DEFAULT_TITLES = {
    "head_of_state": "President of {name}",
    "head_of_government": "Prime Minister of {name}",
    "foreign": "Foreign Minister of {name}",
    "defence": "Defence Minister of {name}",
}
TEMPORARY_PREFIXES = ("Acting ", "Interim ", "Caretaker ", "Transitional ", "Provisional ")
FIRST_YEAR, FIRST_YEAR_LONG = 2010, 2000


@dataclass(frozen=True)
class TitleWindow:
    """A title that names the office between ``since`` and ``until`` (None: open)."""

    title: str
    since: dt.date | None = None
    until: dt.date | None = None

    def applies_on(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (
            self.until is None or day < self.until
        )


@dataclass(frozen=True)
class Office:
    key: str  # "RUS foreign", "NATO Secretary General of NATO"
    country: str | None
    igo: str | None
    titles: tuple[TitleWindow, ...]
    first_year: int
    vacancies: tuple[TitleWindow, ...] = ()  # periods with no holder (title unused)

    def vacant_on(self, day: dt.date) -> bool:
        return any(period.applies_on(day) for period in self.vacancies)


@dataclass(frozen=True)
class Check:
    office: Office
    day: dt.date
    holders: tuple[str, ...]


def _windows(raw: list[str | dict[str, str]]) -> tuple[TitleWindow, ...]:
    windows = []
    for item in raw:
        if isinstance(item, str):
            windows.append(TitleWindow(item))
        else:
            windows.append(TitleWindow(item["title"], item.get("from"), item.get("until")))  # type: ignore[arg-type]
    return tuple(windows)


def read_offices(path: Path = OFFICES_FILE) -> list[Office]:
    """The required offices of the YAML file, in file order."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    long_heads = set(spec.get("since_2000") or ())
    offices = []
    for iso3, entry in spec["countries"].items():
        for kind in KINDS:
            if kind in entry and entry[kind] is None:
                continue  # not required for this state
            titles = entry.get(kind) or [DEFAULT_TITLES[kind].format(name=entry["name"])]
            is_head = kind.startswith("head_")
            first = FIRST_YEAR_LONG if is_head and iso3 in long_heads else FIRST_YEAR
            vacancies = _windows(
                [{"title": "", **v} for v in (entry.get("vacant") or {}).get(kind, [])]
            )
            offices.append(Office(f"{iso3} {kind}", iso3, None, _windows(titles), first, vacancies))
    for entry in spec.get("offices") or []:  # further national offices, one title each
        key = f"{entry['country']} office: {entry['title']}"
        vacancies = _windows([{"title": "", **v} for v in entry.get("vacant") or []])
        first = int(entry.get("since", FIRST_YEAR))
        offices.append(
            Office(key, entry["country"], None, _windows([entry["title"]]), first, vacancies)
        )
    for entry in spec.get("igos") or []:
        key = f"{entry['igo']} {entry['title']}"
        vacancies = _windows([{"title": "", **v} for v in entry.get("vacant") or []])
        first = int(entry.get("since", FIRST_YEAR))
        offices.append(
            Office(key, None, entry["igo"], _windows([entry["title"]]), first, vacancies)
        )
    return offices


def check_dates(first_year: int, until: dt.date) -> Iterator[dt.date]:
    """Every 1 January and 1 July from ``first_year`` to ``until``."""
    for year in range(first_year, until.year + 1):
        for month in (1, 7):
            day = dt.date(year, month, 1)
            if day <= until:
                yield day


def _bare_title(title: str) -> str:
    for prefix in TEMPORARY_PREFIXES:
        if title.startswith(prefix):
            return title[len(prefix) :]
    return title


def holders_on(office: Office, day: dt.date, roles_by_title: dict[str, list]) -> tuple[str, ...]:
    """The names of the people holding ``office`` on ``day``: its substantive holders, else
    its acting or interim ones."""
    substantive: set[str] = set()
    temporary: set[str] = set()
    for window in office.titles:
        if not window.applies_on(day):
            continue
        for name, role in roles_by_title.get(window.title, ()):
            if role.holds_on(day) and role.country == office.country and role.igo == office.igo:
                (substantive if role.title == window.title else temporary).add(name)
    # An acting holder beside a suspended incumbent (an impeached president) is no overlap.
    return tuple(sorted(substantive or temporary))


def index_roles(kb: ActorKB) -> dict[str, list]:
    """(person name, role) pairs by bare title."""
    index: dict[str, list] = defaultdict(list)
    for actor in kb.actors.values():
        if actor.kind != "person":
            continue
        for role in actor.roles:
            index[_bare_title(role.title)].append((actor.name, role))
    return index


def run_checks(kb: ActorKB, offices: Iterable[Office], until: dt.date) -> list[Check]:
    index = index_roles(kb)
    return [
        Check(office, day, holders_on(office, day, index))
        for office in offices
        for day in check_dates(office.first_year, until)
    ]


Row = tuple[str, int, int, int, int]  # office key, dates, one holder, explained, overlaps


def uncovered_spans(
    office: Office, index: dict[str, list], until: dt.date, min_days: int
) -> list[tuple[dt.date, dt.date]]:
    """Periods of at least ``min_days`` days from the office's first year to ``until`` in which
    nobody holds it and no known vacancy explains it (the dates between two checks included)."""
    first = dt.date(office.first_year, 1, 1)
    bounds = {first, until}
    for window in (*office.titles, *office.vacancies):
        bounds.update(d for d in (window.since, window.until) if d)
        for _, role in index.get(window.title, ()):
            bounds.update(d for d in (role.start, role.end) if d)
    edges = sorted(d for d in bounds if first <= d <= until)
    spans: list[tuple[dt.date, dt.date]] = []
    for start, end in itertools.pairwise(edges):
        if holders_on(office, start, index) or office.vacant_on(start):
            continue
        if spans and spans[-1][1] == start:
            start = spans.pop()[0]  # extend the previous span
        spans.append((start, end))
    return [(s, e) for s, e in spans if (e - s).days >= min_days]


def summarise(checks: list[Check]) -> list[Row]:
    """Per office: dates, dates with one holder, with one holder or a known vacancy, with several."""
    rows: dict[str, list[int]] = {}
    for check in checks:
        row = rows.setdefault(check.office.key, [0, 0, 0, 0])
        row[0] += 1
        row[1] += len(check.holders) == 1
        row[2] += len(check.holders) == 1 or (
            not check.holders and check.office.vacant_on(check.day)
        )
        row[3] += len(check.holders) > 1
    return [(key, *values) for key, values in rows.items()]  # type: ignore[misc]


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _kind_totals(rows: list[Row]) -> list[Row]:
    """The rows summed per office kind (head_of_state ... defence, igo leaders) and overall."""
    totals: dict[str, list[int]] = {}
    for key, *values in rows:
        rest = key.split(" ", 1)[1]
        kind = rest if rest in KINDS else "other offices" if rest.startswith("office:") else "igo leaders"
        totals[kind] = [a + b for a, b in zip(totals.get(kind, [0, 0, 0, 0]), values, strict=True)]
    totals["all"] = [sum(column) for column in zip(*totals.values(), strict=True)]
    return [(kind, *values) for kind, values in totals.items()]  # type: ignore[misc]


def markdown_table(rows: list[Row]) -> str:
    lines = [
        "| office | dates | covered | explained | overlaps |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for kind, dates, covered, explained, overlaps in _kind_totals(rows):
        cells = f"{dates} | {_share(covered, dates)} | {_share(explained, dates)} | {overlaps}"
        lines.append(f"| **{kind}** | {cells} |")
    for key, dates, covered, explained, overlaps in rows:
        cells = (
            f"{dates} | {_share(covered, dates)} | {_share(explained, dates)} | {overlaps or ''}"
        )
        lines.append(f"| {key} | {cells} |")
    return "\n".join(lines) + "\n"


def print_report(checks: list[Check], show_gaps: bool) -> None:
    for check in checks:
        if len(check.holders) > 1:
            print(f"OVERLAP {check.office.key} {check.day}: {'; '.join(check.holders)}")
        elif not check.holders and show_gaps:
            label = "VACANT " if check.office.vacant_on(check.day) else "GAP    "
            print(f"{label} {check.office.key} {check.day}")
    rows = summarise(checks)
    print(f"\n{'office':<52} {'dates':>5} {'covered':>8} {'explained':>9} {'overlaps':>8}")
    for key, dates, covered, explained, overlaps in rows:
        if covered < dates:
            shares = f"{_share(covered, dates):>8} {_share(explained, dates):>9}"
            print(f"{key:<52} {dates:>5} {shares} {overlaps or '':>8}")
    print(
        f"({sum(1 for r in rows if r[2] == r[1])} of {len(rows)} offices fully covered, not listed)"
    )
    for kind, dates, covered, explained, overlaps in _kind_totals(rows):
        shares = f"{_share(covered, dates):>8} {_share(explained, dates):>9}"
        print(f"TOTAL {kind:<46} {dates:>5} {shares} ({covered}/{dates}, {overlaps} overlaps)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gaps", action="store_true", help="list every gap, not only overlaps")
    parser.add_argument("--markdown", type=Path, help="write the summary table here")
    parser.add_argument("--kb", action="append", default=[], help="a user actor file to add")
    parser.add_argument("--office", default="", help="only offices whose key contains this")
    parser.add_argument("--until", type=dt.date.fromisoformat, default=dt.date(2026, 7, 1))
    parser.add_argument(
        "--spans", type=int, metavar="DAYS", help="also list unexplained gaps of DAYS days or more"
    )
    args = parser.parse_args(argv)
    kb = load_actor_kb(tuple(args.kb))
    offices = [o for o in read_offices() if args.office in o.key]
    checks = run_checks(kb, offices, args.until)
    print_report(checks, args.gaps)
    if args.spans is not None:
        index = index_roles(kb)
        for office in offices:
            for start, end in uncovered_spans(office, index, args.until, args.spans):
                print(f"SPAN    {office.key} {start} to {end} ({(end - start).days} days)")
    if args.markdown:
        args.markdown.write_text(markdown_table(summarise(checks)), encoding="utf-8")
    return 1 if any(len(c.holders) > 1 for c in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
