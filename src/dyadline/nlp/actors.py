"""Actor stage: find every actor mention and resolve it against the knowledge base.

Matching runs on the text with a phrase matcher over the knowledge base's names, aliases,
adjectives and metonyms, so it does not depend on the statistical NER (the small model
tags "Trump" as ORG); NER only fills the gaps with local actors. Roles are read on the
document date, so a former leader is not a government actor.

Writes ``doc._.actors`` and ``doc._.actor_at``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dyadline.knowledge.actor_kb import ActorKB, KBActor, load_actor_kb
from dyadline.nlp.doc_state import ActorEntity, guarded, pub_date, register_extensions

SECTOR_NAMES = {
    "MIL": "armed forces", "COP": "police and security services", "JUD": "judiciary",
    "LEG": "legislature", "OPP": "opposition", "REB": "rebels", "CVL": "civilians",
    "MED": "media", "BUS": "business", "REL": "religious leaders", "EDU": "academia",
    "NGO": "civil society", "CRM": "criminals", "PTY": "parties", "IGO": "mission",
}  # fmt: skip
SPATIAL_PREPS = {"in", "at", "near", "to", "from", "into", "outside", "inside", "across",
                 "around", "toward", "towards", "through", "via", "over", "within", "between"}  # fmt: skip
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
ORG_SECTOR_WORDS = {
    "ministry": "GOV", "government": "GOV", "party": "PTY", "university": "EDU",
    "institute": "NGO", "endowment": "NGO", "foundation": "NGO", "council": "NGO",
    "bank": "BUS", "inc": "BUS", "corp": "BUS", "company": "BUS", "group": "BUS",
    "army": "MIL", "forces": "MIL", "police": "COP", "court": "JUD", "parliament": "LEG",
    "times": "MED", "post": "MED", "news": "MED", "agency": "GOV", "church": "REL",
}  # fmt: skip


@dataclass(frozen=True)
class Surface:
    """One way the text can name a knowledge-base actor."""

    actor_id: str
    kind: str  # name | alias | surname | adjective | demonym | metonym
    text: str
    sector: str | None = None


@dataclass
class Mention:
    span: Span
    actor_key: str  # kb id, optionally with "/SECTOR"; "local:..." for unknowns
    kind: str


def _needs_exact_case(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(surface) <= 6


def _surfaces(actor: KBActor) -> Iterator[Surface]:
    yield Surface(actor.id, "name", actor.name)
    for alias in actor.aliases:
        surname = actor.kind == "person" and " " not in alias and alias in actor.name.split()
        yield Surface(actor.id, "surname" if surname else "alias", alias)
    for adjective in actor.adjectives:
        yield Surface(actor.id, "adjective", adjective)
    for demonym in actor.demonyms:
        yield Surface(actor.id, "demonym", demonym, "CVL")
    for metonym in actor.metonyms:
        text = metonym.text[4:] if metonym.text.lower().startswith("the ") else metonym.text
        yield Surface(actor.id, "metonym", text, metonym.sector)


class ActorResolver:
    """The ``dyadline_actors`` component."""

    def __init__(self, nlp: Language, name: str, actor_files: Iterable[str] = ()) -> None:
        register_extensions()
        self.name = name
        self.kb: ActorKB = load_actor_kb(tuple(actor_files))
        self.surfaces: dict[str, list[Surface]] = {}
        self.descriptions: dict[str, list[str]] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._build_matcher(nlp)

    def _build_matcher(self, nlp: Language) -> None:
        for actor in self.kb.actors.values():
            for surface in _surfaces(actor):
                self.surfaces.setdefault(surface.text.lower(), []).append(surface)
            for description in actor.descriptions:
                key = description.lower().removeprefix("the ")
                self.descriptions.setdefault(key, []).append(actor.id)
        keys = list(self.surfaces) + [d for d in self.descriptions if d not in self.surfaces]
        patterns = nlp.tokenizer.pipe(keys)  # type: ignore[union-attr]
        for key, pattern in zip(keys, patterns, strict=True):
            self.matcher.add(key, [pattern])

    @guarded("actors", "actor_at")
    def __call__(self, doc: Doc) -> Doc:
        day = pub_date(doc)
        mentions = self._kb_mentions(doc)
        mentions += self._ner_mentions(doc, mentions)
        mentions += self._coreferent_mentions(doc, mentions)
        doc._.actors, doc._.actor_at = self._entities(doc, mentions, day)
        return doc

    # -- knowledge-base matches -------------------------------------------------------
    def _kb_mentions(self, doc: Doc) -> list[Mention]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            span = Span(doc, start, end, label=match_id)
            if key in self.surfaces and self._case_ok(span, self.surfaces[key][0].text):
                spans.append(span)
        mentions = []
        for span in filter_spans(spans):
            mention = self._resolve_surface(doc, span, self.surfaces[span.label_])
            if mention:
                mentions.append(mention)
        return mentions

    @staticmethod
    def _case_ok(span: Span, surface: str) -> bool:
        if _needs_exact_case(surface):
            return span.text == surface
        return not surface[:1].isupper() or span.text[:1].isupper()

    def _resolve_surface(self, doc: Doc, span: Span, candidates: list[Surface]) -> Mention | None:
        surface = self._pick_candidate(candidates, doc)
        actor = self.kb.actors[surface.actor_id]
        if actor.kind != "state":
            return Mention(_with_article(span), actor.id, surface.kind)
        if surface.kind == "metonym":
            if surface.text.lower() == actor.name.lower() or not _used_as_actor(span):
                return None
            key = actor.id if surface.sector in (None, "GOV") else f"{actor.id}/{surface.sector}"
            return Mention(_with_article(span), key, "metonym")
        institution = _institution_after(span, self.kb.sector_nouns)
        if institution is not None:
            full, sector = institution
            key = actor.id if sector == "GOV" else f"{actor.id}/{sector}"
            return Mention(full, key, "institution")
        if surface.kind == "adjective" and _modifies_person_name(span):
            return None
        if surface.kind in ("name", "alias") and _is_place_use(span):
            return None
        key = actor.id if surface.sector in (None, "GOV") else f"{actor.id}/{surface.sector}"
        return Mention(span, key, "demonym" if surface.kind == "adjective" else surface.kind)

    def _pick_candidate(self, candidates: list[Surface], doc: Doc) -> Surface:
        if len(candidates) == 1:
            return candidates[0]
        day = pub_date(doc)
        with_role = [c for c in candidates if self.kb.actors[c.actor_id].role_on(day)]
        return (with_role or candidates)[0]

    # -- NER gap filling ---------------------------------------------------------------
    def _ner_mentions(self, doc: Doc, known: list[Mention]) -> list[Mention]:
        covered = {t.i for m in known for t in m.span}
        found = []
        for ent in doc.ents:
            if any(t.i in covered for t in ent) or ent.label_ not in ("PERSON", "ORG"):
                continue
            span = _strip_possessive(ent)
            if not span.text.strip() or not span.text[:1].isupper():
                continue
            kind = "person" if ent.label_ == "PERSON" else "organization"
            found.append(Mention(span, f"local:{kind}:{span.text}", "name"))
        return found

    # -- coreference ---------------------------------------------------------------------
    def _coreferent_mentions(self, doc: Doc, known: list[Mention]) -> list[Mention]:
        covered = {t.i for m in known for t in m.span}
        ordered = sorted(known, key=lambda m: m.span.start)
        found: list[Mention] = []
        for token in doc:
            if token.i in covered:
                continue
            mention = self._pronoun(token, ordered) or self._local_surname(token, ordered)
            if mention is None:
                mention = self._description(doc, token, ordered, covered)
            if mention:
                found.append(mention)
                covered.update(t.i for t in mention.span)
        return found

    def _antecedents(self, before: int, mentions: list[Mention]) -> Iterator[Mention]:
        for mention in reversed(mentions):
            if mention.span.end <= before:
                yield mention

    def _gender(self, key: str) -> str | None:
        actor = self.kb.actors.get(key)
        return actor.gender if actor else None

    def _pronoun(self, token: Token, mentions: list[Mention]) -> Mention | None:
        lower = token.lower_
        if lower not in MALE and lower not in FEMALE:
            return None
        want = "m" if lower in MALE else "f"
        for mention in self._antecedents(token.i, mentions):
            if token.sent.start - mention.span.sent.start > 400:
                break
            if not _is_person_key(mention.actor_key):
                continue
            gender = self._gender(mention.actor_key)
            if gender in (None, want):
                return Mention(token.doc[token.i : token.i + 1], mention.actor_key, "pronoun")
        return None

    @staticmethod
    def _local_surname(token: Token, mentions: list[Mention]) -> Mention | None:
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        for mention in mentions:
            # Surname last ("Andrew Weiss" -> "Weiss") or first ("Wang Yi" -> "Wang").
            names = {mention.span[0].text, mention.span[-1].text}
            is_local_person = (
                mention.actor_key.startswith("local:person:") and len(mention.span) > 1
            )
            if is_local_person and token.text in names and mention.span.end <= token.i:
                return Mention(token.doc[token.i : token.i + 1], mention.actor_key, "surname")
        return None

    def _description(
        self, doc: Doc, token: Token, mentions: list[Mention], covered: set[int]
    ) -> Mention | None:
        if token.lower_ != "the" or token.i + 1 >= len(doc):
            return None
        for length in (3, 2, 1):
            span = doc[token.i + 1 : token.i + 1 + length]
            if span.end > len(doc) or any(t.i in covered for t in span):
                continue
            key = span.text.lower()
            if key in self.descriptions:
                ids = set(self.descriptions[key])
                for mention in self._antecedents(token.i, mentions):
                    if mention.actor_key.split("/")[0] in ids:
                        return Mention(doc[token.i : span.end], mention.actor_key, "description")
            title = self._title_antecedent(key, token.i, mentions, doc)
            if title:
                return Mention(doc[token.i : span.end], title, "title")
        return None

    def _title_antecedent(
        self, title: str, before: int, mentions: list[Mention], doc: Doc
    ) -> str | None:
        if title not in self.kb.titles:
            return None
        day = pub_date(doc)
        for mention in self._antecedents(before, mentions):
            actor = self.kb.actors.get(mention.actor_key)
            role = actor.role_on(day) if actor else None
            if role and title in role.title.lower():
                return mention.actor_key
        return None

    # -- entities ------------------------------------------------------------------------
    def _entities(
        self, doc: Doc, mentions: list[Mention], day: dt.date | None
    ) -> tuple[list[ActorEntity], dict[int, int]]:
        entities: dict[str, ActorEntity] = {}
        actor_at: dict[int, int] = {}
        for mention in sorted(mentions, key=lambda m: m.span.start):
            entity = entities.get(mention.actor_key)
            if entity is None:
                entity = self._entity(mention, day)
                entities[mention.actor_key] = entity
            entity.mentions.append(mention.span)
            entity.mention_kinds.append(mention.kind)
        ordered = list(entities.values())
        for index, entity in enumerate(ordered):
            for span in entity.mentions:
                for token in span:
                    actor_at.setdefault(token.i, index)
        return ordered, actor_at

    def _entity(self, mention: Mention, day: dt.date | None) -> ActorEntity:
        base, _, sector = mention.actor_key.partition("/")
        if base.startswith("local:"):
            return _local_entity(mention)
        actor = self.kb.actors[base]
        if actor.kind == "state":
            return _state_entity(actor, sector or "GOV")
        return _known_entity(actor, day)


def _known_entity(actor: KBActor, day: dt.date | None) -> ActorEntity:
    role = actor.role_on(day)
    if role is not None:
        return ActorEntity(
            actor.id, actor.name, actor.kind, role.country, role.sector, role.title or None,
            role.igo or actor.igo, actor.gender,
        )  # fmt: skip
    former = actor.last_role_before(day)
    country = actor.country or (former.country if former else None)
    title = f"former {former.title}" if former and former.title else None
    sector = actor.sector if actor.kind != "person" or not actor.roles else None
    return ActorEntity(
        actor.id, actor.name, actor.kind, country, sector, title, actor.igo, actor.gender
    )


def _state_entity(actor: KBActor, sector: str) -> ActorEntity:
    if sector == "GOV":
        return ActorEntity(actor.id, actor.name, "state", actor.country, "GOV")
    adjective = actor.adjectives[0] if actor.adjectives else actor.name
    name = f"{adjective} {SECTOR_NAMES.get(sector, sector.lower())}"
    return ActorEntity(f"{actor.id}/{sector}", name, "group", actor.country, sector)


def _local_entity(mention: Mention) -> ActorEntity:
    _, kind, name = mention.actor_key.split(":", 2)
    sector = None
    if kind == "organization":
        words = {w.lower().strip(".") for w in name.split()}
        sector = next((s for w, s in ORG_SECTOR_WORDS.items() if w in words), None)
    return ActorEntity(mention.actor_key, name, kind, None, sector)


def _is_person_key(key: str) -> bool:
    return key.startswith(("person:", "local:person:"))


def _with_article(span: Span) -> Span:
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return doc[span.start - 1 : span.end]
    return span


def _strip_possessive(span: Span) -> Span:
    end = span.end
    while end > span.start and span.doc[end - 1].text in ("'s", "’s", "'"):
        end -= 1
    return span.doc[span.start : end]


def _used_as_actor(span: Span) -> bool:
    """A capital is an actor when it acts or owns ("Seoul condemned", "Kyiv's"), not a place."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "conj", "appos"):
        return not (root.dep_ == "conj" and _is_place_use(span))
    if root.dep_ == "pobj":
        return root.head.lower_ in ("by", "with", "against", "on", "of", "between")
    return False


def _is_place_use(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in SPATIAL_PREPS


def _modifies_person_name(span: Span) -> bool:
    head = span.root.head
    return head.ent_type_ == "PERSON" or (
        head.pos_ == "PROPN"
        and head.i > span.end - 1
        and head.dep_ != "pobj"
        and head.ent_type_ not in ("GPE", "ORG", "NORP", "LOC")
    )


def _institution_after(span: Span, sector_nouns: dict[str, str]) -> tuple[Span, str] | None:
    """ "Russia's defence ministry", "the Ukrainian army": the state plus a sector noun."""
    doc = span.doc
    start = span.end
    if start < len(doc) and doc[start].text in ("'s", "’s", "'"):
        start += 1
    head = span.root.head if span.root.dep_ in ("amod", "compound", "poss", "nmod") else None
    if head is None or head.i < start:
        return None
    for first in range(start, head.i + 1):
        phrase = doc[first : head.i + 1].text.lower()
        if phrase in sector_nouns:
            full = _with_article(doc[span.start : head.i + 1])
            return full, sector_nouns[phrase]
    return None


@Language.factory(
    "dyadline_actors",
    default_config={"actor_files": []},
    assigns=["doc._.actors", "doc._.actor_at"],
    requires=["token.dep", "token.pos", "doc.ents"],
)
def make_actor_resolver(nlp: Language, name: str, actor_files: list[str]) -> ActorResolver:
    return ActorResolver(nlp, name, actor_files)
