"""List, per country, the days of a period on which people.yaml names no holder of a head office.

For every UN member state (the un_member column of the mledoze countries file in the shared leaders
data, /work/shared/data/leaders/) except those given with --skip, it groups the country's
head-of-state and head-of-government roles by office ("President of X", "Prime Minister of X",
"King of X" ...; "Acting", "Interim", "Provisional" ... holders count for the office they hold) and
prints the stretches of the period that no role of that office covers. An office that has no
holder at all in the period but has one before or after it is reported as wholly uncovered.
Offices abolished or created inside the period show a legitimate gap: read the output, do not
chase it to zero.

    PYTHONPATH=src python scripts/check_head_coverage.py [--from 2010-01-01] [--to 2021-01-01]
        [--skip ARG,AUS,...] [--people FILE] [--summary]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import yaml

PEOPLE = Path(__file__).resolve().parents[1] / "src/dyadline/knowledge/actors/people.yaml"
COUNTRIES = Path("/work/shared/data/leaders/mledoze-countries/countries_names.csv")
HEAD = re.compile(
    r"^(?:(?:Acting|Interim|Transitional|Provisional|Caretaker) )?"
    r"(President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Sultan|Grand Duke|Prince"
    r"|Chairman of the Presidential Council|Head of State)"
    r"(?: of the Transition)? of (.+)$"
)
Span = tuple[dt.date, dt.date]


def un_members() -> dict[str, str]:
    with COUNTRIES.open(newline="") as handle:
        return {
            row["cca3"]: row["name_common"]
            for row in csv.DictReader(handle)
            if row["un_member"] == "True"
        }


def office_spans(people: Path, period: Span) -> dict[tuple[str, str], list[Span]]:
    """(country, office) -> the spans of its roles; an open end runs past the period."""
    spans: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for person in yaml.safe_load(people.read_text()):
        for role in person.get("roles") or []:
            match = HEAD.match(role.get("title") or "")
            country = role.get("country")
            if not match or not country:
                continue
            office = match.group(1)
            end = role.get("end") or max(period[1], dt.date(2100, 1, 1))
            spans[(country, office)].append((role["start"], end))
    return spans


def gaps(spans: list[Span], period: Span) -> list[Span]:
    """The stretches of the period that no span covers (a span covers [start, end])."""
    uncovered = []
    cursor = period[0]
    for start, end in sorted(spans):
        if start > cursor:
            uncovered.append((cursor, min(start, period[1])))
        cursor = max(cursor, end)
        if cursor >= period[1]:
            break
    if cursor < period[1]:
        uncovered.append((cursor, period[1]))
    return [(a, b) for a, b in uncovered if a < b and a < period[1] and b > period[0]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="start", default="2010-01-01")
    parser.add_argument("--to", dest="end", default="2021-01-01")
    parser.add_argument("--skip", default="", help="comma-separated ISO3 codes to leave out")
    parser.add_argument("--people", type=Path, default=PEOPLE, help="the people file to check")
    parser.add_argument("--summary", action="store_true", help="print the totals only")
    args = parser.parse_args()
    period = (dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end))
    skip = {code.strip() for code in args.skip.split(",") if code.strip()}
    countries = {k: v for k, v in un_members().items() if k not in skip}
    spans = office_spans(args.people, period)
    offices_by_country: dict[str, list[str]] = defaultdict(list)
    for country, office in spans:
        offices_by_country[country].append(office)
    total_days = holes = 0
    no_office = []
    for code in sorted(countries):
        offices = sorted(offices_by_country.get(code, []))
        if not offices:
            no_office.append(code)
            continue
        for office in offices:
            missing = gaps(spans[(code, office)], period)
            days = sum((b - a).days for a, b in missing)
            if not missing:
                continue
            holes += 1
            total_days += days
            if not args.summary:
                text = ", ".join(f"{a}..{b}" for a, b in missing)
                print(f"{code} {countries[code]:<24} {office:<16} {days:5d} days: {text}")
    print(
        f"countries checked: {len(countries)}; offices with gaps: {holes}; uncovered office-days: {total_days}"
    )
    if no_office:
        print(f"no head office at all ({len(no_office)}): {' '.join(no_office)}")


if __name__ == "__main__":
    main()
