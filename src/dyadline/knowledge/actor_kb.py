"""The actor knowledge base: states, IGOs, groups and people with dated roles.

Files live in ``knowledge/actors/`` (``states.yaml``, ``igos.yaml``, ``groups.yaml``,
``people.yaml``, ``sectors.yaml``, ``lexicon.yaml``). Users add or override entries with their
own YAML files holding any of the top-level keys ``states``, ``igos``, ``groups``, ``people``
and ``lexicon``; an entry with an existing id replaces the packaged one, and a ``lexicon``
section adds words to the packaged lists.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadline.knowledge.files import PACKAGE_DIR, Problems, load_yaml
from dyadline.records import SECTORS

ACTORS_DIR = PACKAGE_DIR / "actors"
KINDS = ("states", "igos", "groups", "people")
LEXICON_LISTS = (
    "male_pronouns", "female_pronouns", "neuter_pronouns", "plural_pronouns", "spatial_preps",
    "motion_lemmas", "aiming_lemmas", "actor_preps", "spatial_argument_preps", "title_modifiers",
    "status_words", "former_words", "title_qualifiers", "igo_heads", "group_heads",
    "sector_description_skip", "pleonastic_heads", "head_titles", "spokesperson_titles",
    "organisation_sectors", "state_nouns", "control_adjectives", "head_nouns",
    "non_head_words", "epithet_nouns", "female_nouns", "male_nouns",
    "run_by_words", "junta_nouns", "bare_institutions", "pair_state_nouns", "pair_person_nouns",
    "pair_any_nouns", "antecedent_only_igo_heads", "speech_verbs", "relation_nouns",
    "state_body_heads", "non_state_body_words", "igo_adjectives", "epithet_modifiers",
    "place_nouns", "equipment_nouns", "bloc_adjectives", "female_honorifics", "male_honorifics",
    "female_given_names", "male_given_names", "directive_verbs", "pleonastic_objects",
    "deploying_lemmas", "first_plural_pronouns", "hostile_lemmas",
    "office_relation_nouns", "new_holder_words", "outgoing_words", "regional_state_nouns",
    "shared_force_nouns", "accusation_nouns", "founding_lemmas",
)  # fmt: skip
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ID = re.compile(r"^(state|person|igo|group|org):[A-Za-z0-9][A-Za-z0-9_.\-]*$")


def slugify(name: str) -> str:
    """ASCII-folded, lower-case, hyphenated: the slug of actor ids."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


@dataclass(frozen=True)
class Role:
    """An office held between two dates (``end`` None: still held)."""

    title: str
    country: str | None
    sector: str | None
    igo: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    shared: bool = False  # an office several people hold at once (spokesperson, opposition leader)

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Metonym:
    text: str
    sector: str


@dataclass(frozen=True)
class KBActor:
    """One known actor. ``country``/``sector``/``igo`` hold when no dated role applies."""

    id: str
    name: str
    kind: str  # person | state | organization | group
    country: str | None = None
    sector: str | None = None
    igo: str | None = None
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: str | None = None
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[Metonym, ...] = ()
    parent: str | None = None
    military_rule: tuple[Role, ...] = ()  # states: periods of military government

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role held on ``day`` (the latest started, if several), else None."""
        if day is None:
            current = [r for r in self.roles if r.end is None]
            return max(current, key=lambda r: r.start or dt.date.min) if current else None
        held = [r for r in self.roles if r.holds_on(day)]
        return max(held, key=lambda r: r.start or dt.date.min) if held else None

    def last_role_before(self, day: dt.date | None) -> Role | None:
        if day is None or not self.roles:
            return None
        ended = [r for r in self.roles if r.end is not None and r.end <= day]
        return max(ended, key=lambda r: r.end or dt.date.min) if ended else None

    def _country_around(self, day: dt.date | None) -> str | None:
        """The country of the last role before ``day`` that had one (an IGO post has none:
        Tusk between his terms is still Polish), else of the first role after it."""
        national = [r for r in self.roles if r.country]
        before = [r for r in national if day is not None and r.end is not None and r.end <= day]
        if before:
            return max(before, key=lambda r: r.end or dt.date.min).country
        return min(national, key=lambda r: r.start or dt.date.min).country if national else None

    def identity_on(self, day: dt.date | None) -> Identity:
        """Who this actor is on ``day``: country, sector, role and igo.

        A role held that day decides everything. Out of office, a person keeps the
        country of the last role before (or, failing that, of the first role after) but
        has no sector, so "former president Obama" is not a US government actor.
        """
        role = self.role_on(day)
        if role is not None:
            return Identity(role.country, role.sector, role.title or None, role.igo or self.igo)
        former = self.last_role_before(day)
        country = self.country or self._country_around(day)
        title = f"former {former.title}" if former and former.title else None
        sector = self.sector if self.kind != "person" or not self.roles else None
        if sector is None and _just_lost_armed_command(former, day):
            sector = "REB"  # "the FARC commander Raul Reyes", killed three days before
        return Identity(country, sector, title, self.igo)


# A commander of a non-state armed group leaves it by being killed or captured, and the
# news of the following weeks still reports him as the group's man.
ARMED_COMMAND_AFTERLIFE_DAYS = 30


def _just_lost_armed_command(former: Role | None, day: dt.date | None) -> bool:
    if former is None or former.sector != "REB" or former.end is None or day is None:
        return False
    return (day - former.end).days <= ARMED_COMMAND_AFTERLIFE_DAYS


@dataclass(frozen=True)
class Identity:
    """What an actor is on one date (the ACTOR fields that depend on the date)."""

    country: str | None
    sector: str | None
    role: str | None
    igo: str | None


@dataclass
class ActorLexicon:
    """The closed word lists of the actor stage (``lexicon.yaml``), by list name."""

    lists: dict[str, frozenset[str]] = field(default_factory=dict)
    org_name_words: dict[str, str] = field(default_factory=dict)  # ordered: first found wins
    sector_names: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]


@dataclass
class ActorKB:
    actors: dict[str, KBActor] = field(default_factory=dict)
    sector_nouns: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    title_equivalents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    action_nouns: dict[str, str] = field(default_factory=dict)
    person_nouns: frozenset[str] = frozenset()
    lexicon: ActorLexicon = field(default_factory=ActorLexicon)
    sources: list[str] = field(default_factory=list)

    def states(self) -> Iterable[KBActor]:
        return (a for a in self.actors.values() if a.kind == "state")

    def by_country(self, iso3: str) -> KBActor | None:
        return self.actors.get(f"state:{iso3}")


def _roles(entry: Any, problems: Problems, where: str) -> tuple[Role, ...]:
    roles = []
    for raw in entry.get("roles") or []:
        if not problems.check_keys(
            raw,
            ["start"],
            ["title", "country", "sector", "igo", "end", "approx", "shared"],
            f"{where} role",
        ):
            continue
        problems.check_in(raw, "sector", SECTORS, f"{where} role")
        start = problems.check_date(raw, "start", f"{where} role")
        end = problems.check_date(raw, "end", f"{where} role")
        if start and end and end < start:
            problems.add(raw, f"{where} role: end {end} is before start {start}")
        roles.append(
            Role(
                str(raw.get("title") or ""),
                raw.get("country"),
                raw.get("sector"),
                raw.get("igo"),
                start,
                end,
                bool(raw.get("shared")),
            )
        )
    return tuple(roles)


def check_single_holders(people: Iterable[KBActor], problems: Problems) -> None:
    """Report roles of one office (same title, country and igo) held by two people at once.

    Titles are normalised so that an office has one holder at a time; an overlap is a data
    error (a wrong date, or one person entered twice), unless the roles are marked ``shared``.
    A handover on the same day (end of one = start of the next) is no overlap.
    """
    by_office: dict[tuple[str, str | None, str | None], list[tuple[Role, str]]] = {}
    for person in people:
        for role in person.roles:
            if role.title and not role.shared:
                key = (role.title, role.country, role.igo)
                by_office.setdefault(key, []).append((role, person.id))
    for (title, country, igo), held in by_office.items():
        held.sort(key=lambda pair: pair[0].start or dt.date.min)
        latest: tuple[Role, str] | None = None  # the earlier role that ends last
        for role, holder in held:
            if latest is not None and latest[1] != holder and _ends_after(latest[0], role.start):
                problems.items.append(
                    f"{problems.path}: {title} ({country or igo}): {latest[1]} "
                    f"({latest[0].start} to {latest[0].end}) overlaps {holder} (from {role.start})"
                )
            if latest is None or _ends_after(role, latest[0].end):
                latest = (role, holder)


def _ends_after(role: Role, day: dt.date | None) -> bool:
    """True when ``role`` is still held after ``day`` (None: open-ended, the far future)."""
    if role.end is None:
        return True
    return day is not None and role.end > day


def _check_common(entry: Any, problems: Problems, where: str) -> None:
    if entry.get("country") is not None and not _ISO3.match(str(entry["country"])):
        problems.add(entry, f"{where}: country {entry['country']!r} is not an ISO3 code")
    problems.check_in(entry, "sector", SECTORS, where)
    if "id" in entry and not _ID.match(str(entry["id"])):
        problems.add(
            entry,
            f"{where}: id {entry['id']!r} must look like person:slug, igo:CODE, group:slug or org:slug",
        )


def _read_state(entry: Any, problems: Problems) -> KBActor | None:
    where = f"state {entry.get('iso3', '?') if isinstance(entry, dict) else '?'}"
    optional = [
        "aliases", "adjectives", "demonyms", "capital", "metonyms", "military_rule", "descriptions",
    ]  # fmt: skip
    if not problems.check_keys(entry, ["iso3", "name"], optional, where):
        return None
    juntas = []
    for raw in entry.get("military_rule") or []:
        if problems.check_keys(raw, ["start"], ["end"], f"{where} military_rule"):
            start = problems.check_date(raw, "start", f"{where} military_rule")
            end = problems.check_date(raw, "end", f"{where} military_rule")
            juntas.append(Role("military government", str(entry["iso3"]), "MIL", None, start, end))
    if not _ISO3.match(str(entry["iso3"])):
        problems.add(entry, f"{where}: iso3 {entry['iso3']!r} is not three capital letters")
    metonyms = []
    for raw in entry.get("metonyms") or []:
        if problems.check_keys(raw, ["text", "sector"], [], f"{where} metonym"):
            problems.check_in(raw, "sector", SECTORS, f"{where} metonym")
            metonyms.append(Metonym(str(raw["text"]), str(raw["sector"])))
    return KBActor(
        id=f"state:{entry['iso3']}", name=str(entry["name"]), kind="state",
        country=str(entry["iso3"]), sector="GOV",
        aliases=tuple(problems.check_str_list(entry, "aliases", where)),
        adjectives=tuple(problems.check_str_list(entry, "adjectives", where)),
        demonyms=tuple(problems.check_str_list(entry, "demonyms", where)),
        descriptions=tuple(problems.check_str_list(entry, "descriptions", where)),
        metonyms=tuple(metonyms), military_rule=tuple(juntas),
    )  # fmt: skip


def _read_igo(entry: Any, problems: Problems) -> KBActor | None:
    where = f"igo {entry.get('id', '?') if isinstance(entry, dict) else '?'}"
    if not problems.check_keys(
        entry, ["id", "igo", "name"], ["aliases", "descriptions", "parent", "members"], where
    ):
        return None
    _check_common(entry, problems, where)
    return KBActor(
        id=str(entry["id"]), name=str(entry["name"]), kind="organization", sector="IGO",
        igo=str(entry["igo"]), aliases=tuple(problems.check_str_list(entry, "aliases", where)),
        descriptions=tuple(problems.check_str_list(entry, "descriptions", where)),
        parent=entry.get("parent"),
    )  # fmt: skip


def _read_group(entry: Any, problems: Problems) -> KBActor | None:
    where = f"group {entry.get('id', '?') if isinstance(entry, dict) else '?'}"
    optional = ["aliases", "descriptions", "country", "sector", "roles", "kind", "igo"]
    if not problems.check_keys(entry, ["id", "name"], optional, where):
        return None
    _check_common(entry, problems, where)
    problems.check_in(entry, "kind", ("group", "organization"), where)
    return KBActor(
        id=str(entry["id"]), name=str(entry["name"]), kind=str(entry.get("kind") or "group"),
        country=entry.get("country"), sector=entry.get("sector"), igo=entry.get("igo"),
        aliases=tuple(problems.check_str_list(entry, "aliases", where)),
        descriptions=tuple(problems.check_str_list(entry, "descriptions", where)),
        roles=_roles(entry, problems, where),
    )  # fmt: skip


def _read_person(entry: Any, problems: Problems) -> KBActor | None:
    where = f"person {entry.get('id', '?') if isinstance(entry, dict) else '?'}"
    optional = ["aliases", "gender", "roles", "country", "sector", "igo", "descriptions"]
    if not problems.check_keys(entry, ["id", "name"], optional, where):
        return None
    _check_common(entry, problems, where)
    problems.check_in(entry, "gender", ("m", "f"), where)
    return KBActor(
        id=str(entry["id"]), name=str(entry["name"]), kind="person",
        country=entry.get("country"), sector=entry.get("sector"), igo=entry.get("igo"),
        aliases=tuple(problems.check_str_list(entry, "aliases", where)),
        descriptions=tuple(problems.check_str_list(entry, "descriptions", where)),
        roles=_roles(entry, problems, where), gender=entry.get("gender"),
    )  # fmt: skip


READERS = {"states": _read_state, "igos": _read_igo, "groups": _read_group, "people": _read_person}


def _read_entries(kind: str, entries: Any, problems: Problems) -> list[KBActor]:
    if not isinstance(entries, list):
        problems.items.append(f"{problems.path}: '{kind}' must be a list of entries")
        return []
    return [a for a in (READERS[kind](e, problems) for e in entries) if a is not None]


def _read_sectors(raw: Any, problems: Problems, kb: ActorKB) -> None:
    optional = ["version", "modifiers", "title_equivalents", "actions", "person_nouns"]
    if not problems.check_keys(raw, ["nouns", "titles"], optional, "sectors file"):
        return
    for key, target in (
        ("nouns", kb.sector_nouns),
        ("titles", kb.titles),
        ("modifiers", kb.modifiers),
        ("actions", kb.action_nouns),
    ):
        for sector, words in (raw.get(key) or {}).items():
            if sector not in SECTORS:
                problems.add(raw, f"{key}: {sector!r} is not a SPEC §5 sector code")
            for word in words or []:
                target[str(word).lower()] = sector
    kb.person_nouns = frozenset(problems.check_str_list(raw, "person_nouns", "sectors file"))
    for title, equivalents in (raw.get("title_equivalents") or {}).items():
        if not isinstance(equivalents, list):
            problems.add(raw, f"title_equivalents: {title!r} must map to a list of titles")
            continue
        kb.title_equivalents[str(title).lower()] = tuple(str(e).lower() for e in equivalents)


def _read_lexicon(raw: Any, problems: Problems, lexicon: ActorLexicon, complete: bool) -> None:
    """Validate a lexicon section and add it to ``lexicon``; ``complete`` (the packaged file)
    requires every list, a user's section gives any of them."""
    keys = ["lists", "org_name_words", "sector_names"]
    if not problems.check_keys(raw, keys if complete else [], [*keys, "version"], "lexicon"):
        return
    lists = raw.get("lists") or {}
    names = LEXICON_LISTS if complete else ()
    if problems.check_keys(lists, names, LEXICON_LISTS, "lexicon lists"):
        for name in LEXICON_LISTS:
            words = problems.check_str_list(lists, name, f"lexicon list {name}")
            if name == "organisation_sectors":
                for code in words:
                    if code not in SECTORS:
                        problems.add(
                            lists, f"lexicon list {name}: {code!r} is not a SPEC §5 sector code"
                        )
            else:
                words = [w.lower() for w in words]
            lexicon.lists[name] = lexicon.lists.get(name, frozenset()) | frozenset(words)
    for key, target, check_keys in (
        ("org_name_words", lexicon.org_name_words, False),
        ("sector_names", lexicon.sector_names, True),
    ):
        mapping = raw.get(key) or {}
        if not isinstance(mapping, dict):
            problems.add(raw, f"lexicon {key}: must be a mapping")
            continue
        for word, value in mapping.items():
            code = word if check_keys else value
            if code not in SECTORS:
                problems.add(
                    mapping, f"lexicon {key}: {word!r}: {code!r} is not a SPEC §5 sector code"
                )
            elif not isinstance(value, str):
                problems.add(mapping, f"lexicon {key}: {word!r} must map to a string")
            else:
                target[word if check_keys else str(word).lower()] = value


def read_user_file(path: str | Path, kb: ActorKB) -> None:
    """Add the entries of a user's actor file to ``kb`` (same id: the user's wins)."""
    raw = load_yaml(path)
    problems = Problems(path)
    if problems.check_keys(raw, [], (*KINDS, "lexicon"), "file"):
        for kind in KINDS:
            for actor in _read_entries(kind, raw.get(kind) or [], problems):
                kb.actors[actor.id] = actor
        if raw.get("lexicon") is not None:
            _read_lexicon(raw["lexicon"], problems, kb.lexicon, complete=False)
    problems.raise_if_any()
    kb.sources.append(str(path))


def _read_packaged(kb: ActorKB) -> None:
    for kind in KINDS:
        path = ACTORS_DIR / f"{kind}.yaml"
        if not path.exists():
            continue
        problems = Problems(path)
        actors = _read_entries(kind, load_yaml(path) or [], problems)
        for actor in actors:
            if actor.id in kb.actors:
                problems.items.append(f"{path}: duplicate id {actor.id}")
            kb.actors[actor.id] = actor
        if kind == "people":
            check_single_holders(actors, problems)
        problems.raise_if_any()
        kb.sources.append(str(path))
    sectors = ACTORS_DIR / "sectors.yaml"
    problems = Problems(sectors)
    _read_sectors(load_yaml(sectors), problems, kb)
    problems.raise_if_any()
    lexicon = ACTORS_DIR / "lexicon.yaml"
    problems = Problems(lexicon)
    _read_lexicon(load_yaml(lexicon), problems, kb.lexicon, complete=True)
    problems.raise_if_any()


@lru_cache(maxsize=8)
def load_actor_kb(user_files: tuple[str, ...] = ()) -> ActorKB:
    """The packaged knowledge base plus the users' files, validated; cached per file list."""
    kb = ActorKB()
    _read_packaged(kb)
    for path in user_files:
        read_user_file(path, kb)
    return kb
