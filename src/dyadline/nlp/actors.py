"""Actor stage: find every actor mention and resolve it against the knowledge base.

Matching runs on the text with a phrase matcher over the knowledge base's names, aliases,
adjectives and metonyms, so it does not depend on the statistical NER (the small model
tags "Trump" as ORG); NER only fills the gaps with local actors. Then one left-to-right
pass resolves what refers back: titles ("the U.S. president"), descriptions ("the bloc",
"the army"), pronouns and surnames of people introduced earlier. Roles are read on the
document date, so a former leader is not a government actor; events dated otherwise get
their refs re-read on their own date (:func:`identity_on`, used by ``to_record``).

Writes ``doc._.actors`` and ``doc._.actor_at`` (token index -> actor index).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dyadline.knowledge.actor_kb import (
    ActorKB,
    ActorLexicon,
    Identity,
    KBActor,
    Role,
    load_actor_kb,
)
from dyadline.nlp.doc_state import ActorEntity, guarded, pub_date, register_extensions
from dyadline.nlp.gazetteer import load_gazetteer
from dyadline.nlp.quotes import MarkedQuote, find_marked_quotes
from dyadline.nlp.syntax import dateline_tokens, first_conjunct

DETERMINERS = {"the", "his", "her", "its", "their", "a", "an"}
# A description ("the bloc", "protesters", "Ukrainian officials") starts with one of
# these; trying the others at every token was half the actor stage's time.
DESCRIPTION_START_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ"})
INDEFINITE = {"a", "an"}
# Dependencies of a phrase put before the main clause ("In his speech, ...", "Hours after
# her plane landed, ...", "Before it announced ...").
FRONTED_DEPS = ("prep", "advcl", "npadvmod", "advmod")
# A person the text names still answers to a title they left this many days before the
# document date (news of a fall is written the day after it).
ROLE_END_GRACE_DAYS = 3
POSSESSIVE = ("'s", "’s", "'")
CURLY_APOSTROPHE = "\u2019"
# Sectors of a state's own bodies: a bare "the army" or "the authorities" with no state before
# it belongs to the country the story is about.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# The word lists the stage reads (pronouns, title modifiers, group heads ...) are data:
# ``knowledge/actors/lexicon.yaml``, extensible by users' actor files (``ActorKB.lexicon``).
_Fits = Callable[[str], bool]


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


@dataclass
class LocalActor:
    """An actor the knowledge base does not know: what the text says about it."""

    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    igo: str | None = None
    gender: str | None = None


@dataclass
class KnownActorEntity(ActorEntity):
    """A document actor backed by a knowledge-base entry, so it can be re-read on a date."""

    kb_actor: KBActor | None = None
    kb_sector: str | None = None


@dataclass
class _Owner:
    """Whose title it is: a country or IGO named before it, or the possessor of "his"."""

    country: str | None = None
    igo: str | None = None
    given: bool = False
    possessor: str | None = None
    sector: str | None = None  # of the body a "head of ..." title heads
    group: str | None = None  # a non-state group: "its leader", "the Wagner chief"


@dataclass
class _DocWork:
    """The state of resolving one document."""

    doc: Doc
    day: dt.date | None
    mentions: list[Mention] = field(default_factory=list)
    locals: dict[str, LocalActor] = field(default_factory=dict)
    kb_taken: frozenset[int] = frozenset()  # tokens of knowledge-base matches
    # the person whose office an institution mention names ("Netanyahu's office"), by start
    institution_owners: dict[int, str] = field(default_factory=dict)
    # references to several actors at once: "they" after "Armenia and Azerbaijan said"
    groups: list[tuple[Span, list[str], str]] = field(default_factory=list)
    dateline: frozenset[int] = frozenset()  # tokens of "KYIV —" and the like
    # who "her father" is once the text has said it: (possessor key, noun) -> person key
    relations: dict[tuple[str, str], str] = field(default_factory=dict)
    # "which"/"whose" mentions, kept out of the search for antecedents and added at the end
    relatives: list[Mention] = field(default_factory=list)
    # what a known person is in this text when the text names their office ("Economy
    # Minister Emmanuel Macron" before the knowledge base has him in office), by person id
    stated: dict[str, Identity] = field(default_factory=dict)
    _marked_quotes: list[MarkedQuote] | None = None
    _quoted: list[tuple[int, int]] | None = None
    _chunks: dict[int, Span] = field(default_factory=dict)
    _chunk_stream: Iterator[Span] | None = None
    _chunks_read_to: int = -1  # start of the last chunk taken from the stream

    def noun_chunk_at(self, start: int) -> Span | None:
        """The noun chunk starting at token ``start``. spaCy recomputes ``noun_chunks`` on
        every access, which made description lookups a tenth of the actor stage; the chunks
        are read once, in order, and only as far as the text has been asked about."""
        if self._chunk_stream is None:
            self._chunk_stream = iter(self.doc.noun_chunks)
        while self._chunks_read_to < start:
            chunk = next(self._chunk_stream, None)
            if chunk is None:
                self._chunks_read_to = len(self.doc)
                break
            self._chunks[chunk.start] = chunk
            self._chunks_read_to = chunk.start
        return self._chunks.get(start)

    def marked_quotes(self) -> list[MarkedQuote]:
        """The quotations in quotation marks, found once per document."""
        if self._marked_quotes is None:
            self._marked_quotes = list(find_marked_quotes(self.doc.text))
        return self._marked_quotes

    def quoted(self) -> list[tuple[int, int]]:
        """Character ranges inside quotation marks."""
        if self._quoted is None:
            self._quoted = [(q.open_mark, q.end) for q in self.marked_quotes()]
        return self._quoted

    def is_quoted(self, char: int) -> bool:
        return _in_ranges(char, self.quoted())

    def covered(self) -> set[int]:
        return {t.i for m in self.mentions for t in m.span}

    def mention_at(self, index: int) -> Mention | None:
        for mention in self.mentions:
            if mention.span.start <= index < mention.span.end:
                return mention
        return None

    def mention_ending_at(self, end: int) -> Mention | None:
        found = [m for m in self.mentions if m.span.end == end]
        return max(found, key=lambda m: len(m.span)) if found else None

    def before(self, index: int) -> list[Mention]:
        """Mentions that end before ``index``, the nearest first."""
        earlier = [m for m in self.mentions if m.span.end <= index]
        return sorted(earlier, key=lambda m: m.span.start, reverse=True)

    def add_local(self, key: str, actor: LocalActor) -> str:
        self.locals.setdefault(key, actor)
        return key


def identity_on(entity: ActorEntity, day: dt.date | None) -> Identity | None:
    """The country, sector, role and igo of a document actor on ``day``, if it has a KB entry.

    Events dated away from the document date use this so that "Obama" in a 2018 article
    about a 2015 agreement is the US government actor of 2015.
    """
    kb_actor = getattr(entity, "kb_actor", None)
    if kb_actor is None or kb_actor.kind == "state" or not kb_actor.roles:
        return None
    return kb_actor.identity_on(day)


def _needs_exact_case(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(surface) <= 6


def _surfaces(actor: KBActor, country_names: Iterable[str] = ()) -> Iterator[Surface]:
    yield Surface(actor.id, "name", actor.name)
    if actor.name.lower().startswith("the "):
        yield Surface(actor.id, "name", actor.name[4:])
    short = _without_country(actor, country_names)
    if short is not None:  # "the Republican Party" of Armenia: the name without "of Armenia"
        yield Surface(actor.id, "alias", short)
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


def _without_country(actor: KBActor, country_names: Iterable[str]) -> str | None:
    """A group's name without the "of <its country>" that news drops once the country is
    clear ("Islamic Renaissance Party of Tajikistan" -> "Islamic Renaissance Party"); the
    same short name of several countries' groups is told apart by the country context."""
    if actor.kind != "group" or not actor.country:
        return None
    for country in country_names:
        for suffix in (f" of {country}", f" of the {country}"):
            short = actor.name.removesuffix(suffix)
            if short != actor.name and " " in short:
                return short
    return None


def _norm_title(text: str) -> str:
    text = text.lower().replace("defense", "defence").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


class ActorResolver:
    """The ``dyadline_actors`` component."""

    def __init__(self, nlp: Language, name: str, actor_files: Iterable[str] = ()) -> None:
        register_extensions()
        self.name = name
        self.kb: ActorKB = load_actor_kb(tuple(actor_files))
        self.surfaces: dict[str, list[Surface]] = {}
        self.descriptions: dict[str, list[str]] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.people = [a for a in self.kb.actors.values() if a.kind == "person" and a.roles]
        self.place_names = self._place_names()
        self.state_names = {
            text.lower().removeprefix("the "): state
            for state in self.kb.states()
            for text in (state.name, *state.aliases)
        }
        self._qualifiers = self.kb.lexicon["title_qualifiers"]
        self._build_matcher(nlp)

    def _place_names(self) -> dict[str, str]:
        """Lower-case state names, aliases and capitals -> ISO3 ("officials in Seoul")."""
        names: dict[str, str] = {}
        for state in self.kb.states():
            for text in (state.name, *state.aliases, *(m.text for m in state.metonyms)):
                names.setdefault(text.lower().removeprefix("the "), state.country or "")
        return names

    def _build_matcher(self, nlp: Language) -> None:
        originals: dict[str, str] = {}
        for actor in self.kb.actors.values():
            state = self.kb.by_country(actor.country) if actor.country else None
            country_names = (state.name, *state.aliases) if state is not None else ()
            for surface in _surfaces(actor, country_names):
                self.surfaces.setdefault(surface.text.lower(), []).append(surface)
                originals.setdefault(surface.text.lower(), surface.text)
            for description in actor.descriptions:
                key = description.lower().removeprefix("the ")
                self.descriptions.setdefault(key, []).append(actor.id)
        # Patterns are tokenised from the surface as written: "U.S." and "u.s." tokenise apart.
        keys = list(self.surfaces)
        for key, pattern in zip(keys, nlp.tokenizer.pipe(originals[k] for k in keys), strict=True):  # type: ignore[union-attr]
            self.matcher.add(key, [pattern])
        # Texts write "O'Neill" with a curly apostrophe as often as with a straight one.
        curly = [k for k in keys if "'" in originals[k]]
        variants = (originals[k].replace("'", CURLY_APOSTROPHE) for k in curly)
        for key, pattern in zip(curly, nlp.tokenizer.pipe(variants), strict=True):  # type: ignore[union-attr]
            self.matcher.add(key, [pattern])
        titles = sorted(
            set(self.kb.titles)
            | set(self.kb.title_equivalents)
            | {"counterpart"}
            | self.kb.lexicon["head_nouns"]
        )
        for title, pattern in zip(titles, nlp.tokenizer.pipe(titles), strict=True):  # type: ignore[union-attr]
            self.title_matcher.add(title, [pattern])

    @guarded("actors", "actor_at", "actor_groups")
    def __call__(self, doc: Doc) -> Doc:
        work = _DocWork(doc, pub_date(doc))
        work.mentions = self._kb_mentions(work)
        self._ner_mentions(work)
        work.dateline = dateline_tokens(doc)
        work.mentions = [m for m in work.mentions if m.span.start not in work.dateline]
        _placed_local_names(work, self.kb.lexicon)
        self._coreference(work)
        self._deferred_unnamed(work)
        self._quoted_first_person(work)
        self._stated_offices(work)
        work.mentions.extend(work.relatives)
        _place_mentions(work, self.kb.lexicon, self.state_names)
        doc._.actors, doc._.actor_at, doc._.actor_groups = self._entities(work)
        return doc

    # -- what a key stands for ---------------------------------------------------------------
    def identity(self, work: _DocWork, key: str) -> Identity:
        base, _, sector = key.partition("/")
        if base in work.locals:
            local = work.locals[base]
            return Identity(local.country, local.sector, local.role, local.igo)
        actor = self.kb.actors.get(base)
        if actor is None:
            return Identity(None, None, None, None)
        if actor.kind == "state":
            return Identity(actor.country, sector or "GOV", None, None)
        return work.stated.get(base) or actor.identity_on(work.day)

    def _is_person(self, work: _DocWork, key: str) -> bool:
        if key in work.locals:
            return work.locals[key].kind == "person"
        actor = self.kb.actors.get(key)
        return actor is not None and actor.kind == "person"

    def _gender(self, work: _DocWork, key: str) -> str | None:
        if key in work.locals:
            local = work.locals[key]
            if local.gender is None and local.kind == "person":
                return self._name_gender(local.name)
            return local.gender
        actor = self.kb.actors.get(key)
        return actor.gender if actor else None

    def _name_gender(self, name: str) -> str | None:
        """ "Maria Gomez" is "she", "Mr Ruiz" "he": an honorific or a given name that is
        (almost) always one gender; None when the name does not say."""
        words = name.split()
        return self._word_gender(words[0]) if words else None

    def _given_name_first(self, span: Span) -> bool:
        """ "Jamal Khashoggi": two or three capitalised words, the first a given name, none a
        word of organisations' names ("Victoria Police" is no one)."""
        words = [t.text for t in span]
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        if any(w.lower() in self.kb.lexicon.org_name_words for w in words):
            return False
        lex, first = self.kb.lexicon, words[0].lower()
        return first in lex["female_given_names"] or first in lex["male_given_names"]

    def _word_gender(self, word: str) -> str | None:
        lex, word = self.kb.lexicon, word.lower()
        if word in lex["female_honorifics"] or word in lex["female_given_names"]:
            return "f"
        if word in lex["male_honorifics"] or word in lex["male_given_names"]:
            return "m"
        return None

    # -- knowledge-base matches -------------------------------------------------------
    def _kb_mentions(self, work: _DocWork) -> list[Mention]:
        doc = work.doc
        spans = []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            span = Span(doc, start, end, label=match_id)
            if key in self.surfaces and self._case_ok(span, self.surfaces[key][0].text):
                spans.append(span)
        mentions: list[Mention] = []
        kept = filter_spans(spans)
        work.kb_taken = frozenset(t.i for span in kept for t in span)
        countries: list[str] = []  # of the states and people named so far, latest last
        for span in kept:
            mention = self._resolve_surface(work, span, self.surfaces[span.label_], countries)
            if mention:
                mentions.append(mention)
                country = self._named_country(work, mention.actor_key)
                if country:
                    countries.append(country)
        return _coordinated_sectors(_shared_heads(_owned_institutions(mentions)))

    @staticmethod
    def _case_ok(span: Span, surface: str) -> bool:
        if _needs_exact_case(surface):
            return span.text == surface
        return not surface[:1].isupper() or span.text[:1].isupper()

    def _named_country(self, work: _DocWork, key: str) -> str | None:
        base = key.split("/")[0]
        actor = self.kb.actors.get(base)
        if actor is None or actor.kind not in ("state", "person"):
            return None
        return self.identity(work, key).country

    def _resolve_surface(
        self, work: _DocWork, span: Span, candidates: list[Surface], countries: list[str]
    ) -> Mention | None:
        surface = self._pick_candidate(candidates, work.day, countries)
        actor = self.kb.actors[surface.actor_id]
        if actor.kind != "state":
            if actor.kind == "person" and _is_affix_of_longer_name(span):
                return None
            if _inside_person_name(span):  # "Wagner" in "Therese Kayikwamba Wagner"
                return None
            institution = (
                _institution_after(span, self.kb, work.kb_taken) if actor.kind == "person" else None
            )
            if institution is not None and institution[1] == "PTY":
                # "Hun Sen's party" names its leader; the party is no organ of the state
                institution = None
            if institution is not None:  # "the Trump administration", "Bennett's office"
                ident = actor.identity_on(work.day)
                country = ident.country or actor.country
                if country:
                    key = _state_key(f"state:{country}", institution[1])
                    work.institution_owners[institution[0].start] = actor.id
                    return Mention(institution[0], key, "institution")
            return Mention(_with_article(span), actor.id, surface.kind)
        if surface.kind == "metonym":
            if surface.text.lower() == actor.name.lower():
                return None
            seat = _institution_after(span, self.kb, work.kb_taken)
            if seat is not None and surface.sector in (None, "GOV"):  # "a Paris court"
                return Mention(seat[0], _state_key(actor.id, seat[1]), "institution")
            if _before_title(span, self.kb, named_too=True) and not _is_place_use(
                span, self.kb.lexicon
            ):
                return Mention(span, _state_key(actor.id, surface.sector), "metonym")  # "a
                # Downing Street spokesman": the title phrase takes its country from it
            if surface.sector in (None, "GOV") and not _used_as_actor(span, self.kb.lexicon):
                return None  # "met in Moscow"; the Pentagon or the Knesset is always an institution
            return Mention(_with_article(span), _state_key(actor.id, surface.sector), "metonym")
        if surface.kind == "adjective" and _after_pro(span):
            return self._partisans(work, span)  # "pro-Russian forces" are not Russia's
        institution = _institution_after(span, self.kb, work.kb_taken)
        if institution is not None:
            full, sector = institution
            return Mention(full, _state_key(actor.id, sector), "institution")
        if surface.kind == "adjective" and _modifies_person_name(span):
            return None
        if surface.kind in ("name", "alias") and _is_place_use(span, self.kb.lexicon):
            return None
        if surface.kind == "adjective" and _before_title(span, self.kb):
            return None  # "the Ukrainian president": the title phrase takes it
        if surface.kind == "adjective" or span.root.dep_ in ("compound", "amod"):
            action = _action_sector(span, self.kb)  # also "a U.S. drone strike"
            if action is not None:  # "an Israeli strike": the armed forces act
                return Mention(span, _state_key(actor.id, action), "demonym")
        return Mention(span, _state_key(actor.id, surface.sector),
                       "demonym" if surface.kind == "adjective" else surface.kind)  # fmt: skip

    def _partisans(self, work: _DocWork, span: Span) -> Mention | None:
        """ "pro-Russian separatists": a non-state armed group when the noun says so."""
        doc = work.doc
        start = span.start - 2 if doc[span.start - 1].text in ("-", "–") else span.start - 1
        head = span.root.head
        if head.i < span.end or head.i - span.end > 2:
            return None
        sector = self.kb.sector_nouns.get(head.lower_)
        if sector not in ("MIL", "REB"):
            return None
        whole = doc[start : head.i + 1]
        key = work.add_local(
            f"local:group:{whole.text.lower()}", LocalActor(whole.text, "group", None, "REB")
        )
        return Mention(whole, key, "description")

    def _state_after_of(self, work: _DocWork, person: Mention) -> None:
        """ "Deputy Prime Ministers Mher Grigoryan of Armenia and ...": an unknown person
        "of" a state is that state's."""
        doc, i = work.doc, person.span.end
        local = work.locals.get(person.actor_key)
        if local is None or local.country is not None or i + 1 >= len(doc):
            return
        state = work.mention_at(i + 1) if doc[i].lower_ == "of" else None
        if state is not None and state.actor_key.startswith("state:"):
            local.country = self.identity(work, state.actor_key).country

    def _in_a_title(self, span: Span) -> bool:
        """ "State" in "Secretary of State", "Interior" in "Interior Minister"."""
        doc = span.doc
        before = (doc[span.start - k : span.end] for k in range(1, min(span.start, 3) + 1))
        after = (doc[span.start : span.end + k] for k in range(1, min(len(doc) - span.end, 2) + 1))
        return any(s.text.lower() in self.kb.titles for s in (*before, *after))

    def _pick_candidate(
        self, candidates: list[Surface], day: dt.date | None, countries: list[str]
    ) -> Surface:
        if len(candidates) == 1:
            return candidates[0]
        with_role = [c for c in candidates if self.kb.actors[c.actor_id].role_on(day)]
        pool = with_role or candidates
        if all(self.kb.actors[c.actor_id].kind == "group" for c in pool):
            # groups sharing a name ("the Workers' Party" of Brazil and of North Korea): the
            # one of the country most recently named before it
            for country in reversed(countries):
                same = [c for c in pool if self.kb.actors[c.actor_id].country == country]
                if same:
                    return same[0]
        return pool[0]

    # -- NER gap filling and appositives -----------------------------------------------------
    def _ner_mentions(self, work: _DocWork) -> None:
        covered = work.covered()
        for ent in work.doc.ents:
            if any(t.i in covered for t in ent):
                continue
            if ent.label_ not in ("PERSON", "ORG") and not self._titled_name(ent):
                continue
            if all(t.i in work.kb_taken for t in ent) and any(
                s.kind == "adjective" for s in self.surfaces.get(ent.text.lower(), [])
            ):
                continue  # "Moldovan" in "Moldovan President Maia Sandu": the title took it
            span = _before_comma(
                _strip_possessive(_strip_title_words(_with_apostrophe_name(ent), self.kb))
            )
            # "dissolved the Baath Party": the name after the article must be capitalised (not
            # after "of": "the speaker of the House of Representatives" is a title's words)
            after_of = span.start > 0 and work.doc[span.start - 1].lower_ == "of"
            article = len(span) > 1 and span[0].text == "the" and not after_of
            if article and _org_name_sector(span, self.kb) in STATE_SECTORS:
                continue  # "the Defence Ministry said": a state body, read as a description
            named = span[1:] if article else span
            if not named.text.strip() or not named.text[:1].isupper():
                continue
            if self._in_a_title(span):
                continue  # "State" in "Secretary of State", tagged ORG
            if span.text.lower().removeprefix("the ") in self.state_names:
                continue  # "northern Mali" tagged PERSON: the state as a place, no one new
            if span.text.lower().removeprefix("the ") in self.descriptions:
                continue  # "The Security Council will meet": a description, read later
            if len(span) == 1 and span[0].lower_ in self.kb.sector_nouns:
                continue  # "Parliament is due to ..." tagged ORG: a description, read later
            if _names_equipment(span, self.kb.lexicon):
                continue  # "Patriot batteries", "an IRIS-T system": a weapon, not an actor
            kind = "organization" if ent.label_ == "ORG" else "person"  # PERSON, or titled
            if kind == "organization" and (
                _person_appositive(span, self.kb) or _followed_by_who(span)
            ):
                kind = "person"  # the small model calls many unknown people ORG
            if kind == "organization" and (
                self._title_before_name(work, span) or self._state_role_before(work, span)
            ):
                kind = "person"  # "the military leader Paul-Henri Damiba"
            if kind == "organization" and self._given_name_first(span):
                kind = "person"  # "Jamal Khashoggi had died", tagged ORG
            if len(span) == 1:  # a surname, whatever label NER gave it
                surname = self._local_surname(work, span[0])
                if surname is not None:
                    work.mentions.append(surname)
                    continue
            if kind == "organization" and self._owned_body(work, span):
                continue  # "Pakistan's Election Commission"
            if kind == "organization" and self._igo_organ(work, span):
                continue  # "the IAEA's Board of Governors"
            body = self._state_body(work, span) if kind == "organization" else None
            if body is not None:  # "the Senate", "the High Constitutional Court"
                work.mentions.append(body)
                continue
            key = f"local:{kind}:{_straight(span.text)}"
            local = self._local_actor(work, span, kind)
            domestic = STATE_SECTORS | {"PTY"}  # "The People Power Party conceded": a party too
            if kind == "organization" and local.sector in domestic and not local.country:
                # "The Gaza health ministry": the place in its name; "The Interior Ministry
                # said": the state the story is about
                local.country = next(
                    (c for c in (self._org_place_country(t) for t in span if _place_word(t)) if c),
                    None,
                ) or self._story_country(work, span.start)
            work.add_local(key, local)
            work.mentions.append(Mention(span, key, "name"))
        self._apposed_names(work)
        work.mentions.sort(key=lambda m: m.span.start)
        for mention in list(work.mentions):
            if mention.actor_key.startswith("local:person:"):
                self._appositive_affiliation(work, mention)
                self._affiliation_after_of(work, mention)
                self._office_taken(work, mention)
                self._civilian_by_age(work, mention)
                self._introduced_in_story(work, mention)

    def _apposed_names(self, work: _DocWork) -> None:
        """A name set off after a person's title is a person whatever the NER calls it ("The
        head of the authority, Hazem Badawy," where the small model sees a place)."""
        doc, covered = work.doc, work.covered()
        for token in doc:
            if token.dep_ != "appos" or token.pos_ != "PROPN" or token.i in covered:
                continue
            if not self._titled(_apposition_head(token)):
                continue
            span = doc[token.left_edge.i : token.i + 1]
            if not 2 <= len(span) <= 4 or span.start == 0 or doc[span.start - 1].text != ",":
                continue
            if any(t.i in covered or t.pos_ != "PROPN" or not t.text[:1].isupper() for t in span):
                continue
            key = f"local:person:{_straight(span.text)}"
            work.add_local(key, LocalActor(_straight(span.text), "person"))
            work.mentions.append(Mention(span, key, "name"))
            covered.update(t.i for t in span)

    def _titled_name(self, ent: Span) -> bool:
        """ "Shintaro Ishihara, the governor of Tokyo", tagged LOC: two to four capitalised
        words set off before a title are a person, whatever the NER calls them."""
        if ent.label_ not in ("LOC", "GPE", "NORP", "FAC") or not 2 <= len(ent) <= 4:
            return False
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
            return False
        if ent.end >= len(ent.doc) or ent.doc[ent.end].text != ",":
            return False
        return any(c.dep_ == "appos" and self._titled(c) for c in ent.root.children)

    def _titled(self, noun: Token) -> bool:
        head = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and (head in self.kb.person_nouns or head in self.kb.titles)

    def _owned_body(self, work: _DocWork, span: Span) -> bool:
        """An unknown organisation named right after a state's possessive or adjective, whose
        name says it is a state body ("Pakistan's Election Commission", "the Kenyan National
        Police Service"), is that state's institution."""
        doc = work.doc
        sector = _org_name_sector(span, self.kb)
        if sector not in ("GOV", "MIL", "COP", "JUD", "LEG"):
            return False
        end = (
            span.start - 1
            if span.start > 0 and doc[span.start - 1].text in POSSESSIVE
            else span.start
        )
        owner = work.mention_ending_at(end)
        if owner is None or owner.kind not in ("name", "alias", "demonym"):
            return False
        if not owner.actor_key.startswith("state:"):
            return False
        work.mentions.remove(owner)
        state = owner.actor_key.partition("/")[0]
        whole = doc[owner.span.start : span.end]
        work.mentions.append(Mention(whole, _state_key(state, sector), "institution"))
        return True

    def _igo_organ(self, work: _DocWork, span: Span) -> bool:
        """An unknown body named right after an international organisation's possessive
        ("the IAEA's Board of Governors", "the UN's Human Rights Council") is an organ of it
        and acts for it (IDS: organs without their own identity carry the parent's code)."""
        doc = work.doc
        if span.start == 0 or doc[span.start - 1].text not in POSSESSIVE:
            return False
        owner = work.mention_ending_at(span.start - 1)
        if owner is None or not self.identity(work, owner.actor_key).igo:
            return False
        work.mentions.remove(owner)
        whole = doc[owner.span.start : span.end]
        work.mentions.append(Mention(whole, owner.actor_key, "institution"))
        return True

    def _state_body(self, work: _DocWork, span: Span) -> Mention | None:
        """ "the Constitutional Council", "the State Security Service", "the Congress": a body
        named by a state-body head noun, unknown to the knowledge base, is a body of the state
        the story is about, with the sector its words give (GOV when they give none)."""
        lex = self.kb.lexicon
        words = [t.lower_ for t in span if t.lower_ != "the" and t.is_alpha]
        if not words or len(words) > 5 or words[-1] not in lex["state_body_heads"]:
            return None
        if len(words) == 1 and words[0] not in self.kb.sector_nouns:
            return None  # "the commission" alone may be any commission; "the Senate" is one
        if set(words) & lex["non_state_body_words"]:
            return None
        if " ".join(words) in self.descriptions:
            return None  # "The Security Council" opening a sentence: the UN's, as described
        if any(self._place_country(t.text) for t in span if t.pos_ == "PROPN"):
            return None  # a named place or state: someone else's body or a local one
        sector = (
            _sector_of_words(words[:-1], self.kb, self.kb.modifiers)
            or self.kb.sector_nouns.get(words[-1])
            or "GOV"
        )
        if sector not in STATE_SECTORS:
            return None
        country = (
            self._sentence_place_country(work, span.start)
            or self._focus_any(work, span.start)
            or self._placed_story_country(work, span.start)
        )
        if country is None or f"state:{country}" not in self.kb.actors:
            return None
        return Mention(span, _state_key(f"state:{country}", sector), "description")

    def _same_head(self, work: _DocWork, i: int) -> Mention | None:
        """ "the council" after "Venezuela's electoral council": the body named just before
        with that head noun, before any knowledge-base description ("the council": the UNSC)."""
        doc = work.doc
        if i + 2 > len(doc) or doc[i + 1].lower_ not in self.kb.lexicon["state_body_heads"]:
            return None
        if i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN"):
            return None
        head = doc[i + 1].lemma_.lower()
        for mention in work.before(i):
            if doc[i].sent.start - mention.span.sent.start > 400:
                break
            if len(mention.span) > 1 and mention.span[-1].lemma_.lower() == head:
                return Mention(doc[i : i + 2], mention.actor_key, "description")
        return None

    def _affiliation_after_of(self, work: _DocWork, person: Mention) -> None:
        """ "Economist Laura Benitez of the University of Buenos Aires", "Omar Said of the
        Red Crescent": the body after "of" gives an unknown person's country and sector."""
        local = work.locals[person.actor_key]
        doc, end = work.doc, person.span.end
        if local.country is not None or local.igo is not None or end + 1 >= len(doc):
            return
        if doc[end].lower_ != "of":
            return
        start = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        body = work.mention_at(start)
        if body is None:  # a body the knowledge base does not know: its name places it
            org = next(
                (e for e in doc.ents if e.label_ == "ORG" and e.end > start >= e.start), None
            )
            if org is not None:
                local.country = self._named_place_country(org)
                local.sector = local.sector or _org_name_sector(org, self.kb)
            return
        if self._is_person(work, body.actor_key) or _is_place(work, body.actor_key):
            return
        ident = self.identity(work, body.actor_key)
        local.country, local.igo = ident.country, ident.igo
        if "/" in body.actor_key or not body.actor_key.startswith("state:"):
            local.sector = local.sector or ident.sector  # a body, not a state named as a place

    def _introduced_in_story(self, work: _DocWork, person: Mention) -> None:
        """An unknown person the story introduces with a role ("Chameera Dedduwage, one of the
        protest organisers", "Nkechi Obiora, who heads ...") and no country of their own
        belongs to the country the story is about."""
        local = work.locals[person.actor_key]
        if local.country is not None or local.igo is not None or local.sector == "IGO":
            return
        doc, end = work.doc, person.span.end
        introduced = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_lower
        if introduced and doc[end + 1].pos_ not in ("VERB", "AUX"):
            local.country = self._story_country(work, person.span.start)
            if local.country is None:
                local.country = self._story_country(work, person.span.sent.end)

    def _office_taken(self, work: _DocWork, person: Mention) -> None:
        """ "... as she took office as first minister of Northern Ireland": an unknown person
        takes the sector of an office "as <title> of <state>" in the sentence that names them."""
        local = work.locals[person.actor_key]
        if local.sector is not None:
            return
        doc, sent = work.doc, person.span.sent
        for token in sent:
            if token.lower_ != "as" or token.i < person.span.end:
                continue
            for start in range(token.i + 1, min(token.i + 4, sent.end)):  # "as first minister"
                for length in (3, 2, 1):
                    end = start + length
                    title = _norm_title(doc[start:end].text)
                    if end + 1 >= sent.end or title not in self.kb.titles:
                        continue
                    owner = work.mention_at(end + 1) if doc[end].lower_ == "of" else None
                    if owner is None or not owner.actor_key.startswith("state:"):
                        return
                    local.country = local.country or self.identity(work, owner.actor_key).country
                    local.sector = self.kb.titles[title]
                    local.role = local.role or doc[token.i + 1 : owner.span.end].text
                    return

    def _civilian_by_age(self, work: _DocWork, person: Mention) -> None:
        """ "Olena Hrytsenko, 64, who fled Avdiivka": news gives the age of ordinary people it
        quotes, not of officials; an unknown person so introduced is a civilian of the country
        the story is set in."""
        local = work.locals[person.actor_key]
        doc, end = work.doc, person.span.end
        if local.sector is not None or end + 2 >= len(doc):
            return
        if doc[end].text != "," or not doc[end + 1].like_num or doc[end + 2].text not in (",", "."):
            return
        local.sector = "CVL"
        local.country = (
            local.country
            or self._place_in(doc[end : person.span.sent.end])  # "who fled Avdiivka"
            or self._story_country(work, person.span.sent.end)
        )

    def _place_in(self, span: Span) -> str | None:
        """The country of the first capitalised name in ``span`` that is a known place."""
        for token in span:
            if token.pos_ == "PROPN" and token.text[:1].isupper():
                country = self._place_country(token.text)
                if country:
                    return country
        return None

    def _local_actor(self, work: _DocWork, span: Span, kind: str) -> LocalActor:
        local = LocalActor(_straight(span.text), kind)
        if kind == "organization":
            if len(span) > 1 and span[0].lower_ == "the":  # "The Democratic Alliance said"
                local.name = _straight(span[1:].text)
            words = {w.lower().strip(".") for w in span.text.split()}
            local.sector = next(
                (s for w, s in self.kb.lexicon.org_name_words.items() if w in words), None
            )
            return local
        honorific = span.start - 1 - (span.start > 1 and work.doc[span.start - 1].text == ".")
        if honorific >= 0:  # "Ms Bello", "Sheikh Tamim": the honorific says who is "she"
            local.gender = self._word_gender(work.doc[honorific].text)
        title = self._title_before_name(work, span)  # "Kenyan President William Ruto"
        if title is not None:
            local.country, local.sector, local.role = title
            self._title_owner_body(work, span, local)
            before = work.doc[max(0, span.start - 4) : span.start]
            if any(t.lower_ in self.kb.lexicon["former_words"] for t in before):
                local.sector = None  # "former Prime Minister Thaksin Shinawatra": out of office
        elif (role := self._state_role_before(work, span)) is not None:
            local.country, local.sector, local.role = role
        return local

    def _state_role_before(
        self, work: _DocWork, span: Span
    ) -> tuple[str | None, str | None, str] | None:
        """ "Senegal's opposition candidate Bassirou Diomaye Faye": a state's possessive and
        a person noun that is no title before the name give the country (and a sector the
        words name, here the opposition)."""
        doc = work.doc
        j = span.start - 1
        words: list[str] = []
        while j >= 0 and len(words) < 3 and doc[j].is_alpha and doc[j].is_lower:
            words.insert(0, doc[j].lower_)
            j -= 1
        if not words or j < 0 or words[-1] not in self.kb.person_nouns:
            return None
        owner = work.mention_ending_at(j) if doc[j].text in POSSESSIVE else None
        if owner is None or not owner.actor_key.startswith("state:"):
            return None
        country = self.identity(work, owner.actor_key).country
        return country, _sector_of_words(words, self.kb), " ".join(words)

    def _title_before_name(self, work: _DocWork, span: Span) -> tuple[str | None, str, str] | None:
        doc = work.doc
        for length in (3, 2, 1):
            start = span.start - length
            if start < 0:
                continue
            title = _norm_title(doc[start : span.start].text)
            # "his Omani counterpart Badr Albusaidi": an official of the country named before
            sector = "GOV" if title == "counterpart" else self.kb.titles.get(title)
            if sector is None:
                continue
            body = doc[start - 1].lower_ if start > 0 and doc[start - 1].is_lower else ""
            if body in self.kb.sector_nouns:  # "police commissioner Mike Bush": the police's
                sector = self.kb.sector_nouns[body]
                start -= 1
            country = None
            owner = work.mention_ending_at(start) or work.mention_ending_at(start - 1)
            if owner is not None:
                country = self.identity(work, owner.actor_key).country
            elif start > 0:
                country = self._country_of_word(doc[start - 1].text)
            # "Defence Minister Ruben Brekelmans of the Netherlands"; else the country the
            # story is about ("President Mohammed Shahabuddin" after "Sheikh Hasina")
            country = (
                country or self._country_after_of(work, span.end) or self._focus_any(work, start)
            )
            if country is None and sector in STATE_SECTORS:
                # "police commissioner Mike Bush" in a story set in Christchurch
                country = self._story_country(work, start)
            return country, sector, doc[start : span.start].text
        return None

    def _title_owner_body(self, work: _DocWork, span: Span, local: LocalActor) -> None:
        """ "UN envoy Jeanine Hennis-Plasschaert" is the UN's official, "ELN negotiator Pablo
        Beltran" the rebels' man: a title owned by an international body or a non-state group
        right before the name makes the person theirs, not the state's."""
        doc, j = work.doc, span.start - 1
        while j > 0 and doc[j].is_lower and doc[j].is_alpha:
            j -= 1  # back over the title's words to its owner
        owner = work.mention_ending_at(j + 1)
        if owner is None or owner.actor_key.startswith("state:"):
            return
        ident = self.identity(work, owner.actor_key)
        if ident.igo:
            local.igo, local.sector, local.country = ident.igo, "IGO", None
        elif self._is_group(owner.actor_key) and local.sector == "GOV" and ident.sector:
            local.sector, local.country = ident.sector, ident.country or local.country

    def _country_after_of(self, work: _DocWork, end: int) -> str | None:
        doc = work.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return None
        found = work.mention_at(end + 1) or work.mention_at(end + 2)
        if found is None or not found.actor_key.startswith("state:"):
            return None
        return self.identity(work, found.actor_key).country

    def _focus_any(
        self,
        work: _DocWork,
        before: int,
        by_noun: bool = False,
        avoid: frozenset[str] | set[str] = frozenset(),
    ) -> str | None:
        """The country of the nearest earlier state or person with one, in the last few
        sentences: the country a story's bare titles belong to. ``by_noun``: only states
        and people named by a noun ("Ukraine said Russian drones had hit Odesa, and the
        country's air force ...": not the state of an adjective)."""
        sent = work.doc[before].sent.start if before < len(work.doc) else 0
        recent = [m for m in work.before(before) if sent - m.span.sent.start <= 120]
        if by_noun:
            recent = [m for m in recent if m.kind != "demonym" and m.span[0].pos_ != "ADJ"]
        subjects = [m for m in recent if _subject_like(m.span.root)]
        for mention in subjects + recent:  # the subject of a clause is the likelier topic
            key = mention.actor_key
            if key.startswith("state:") or self._is_person(work, key):
                country = self.identity(work, key).country
                if country and country not in avoid:
                    return country
        return None

    def _country_of_word(self, text: str) -> str | None:
        for surface in self.surfaces.get(text.lower(), []):
            actor = self.kb.actors[surface.actor_id]
            if actor.kind == "state" and surface.kind in ("adjective", "name", "alias"):
                return actor.country
        return None

    def _appositive_affiliation(self, work: _DocWork, person: Mention) -> None:
        """ "Andrea Kessler, a senior fellow at the Atlantic Council": the person takes the
        affiliation's country and sector; "in Pretoria" after it gives a missing country."""
        doc = work.doc
        i = person.span.end
        self._state_after_of(work, person)
        if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
            return
        end = i + 1
        while (
            end < len(doc) and doc[end].text not in (",", ";", ".") and not doc[end].is_sent_start
        ):
            end += 1
        if any(t.dep_ == "ROOT" or t.pos_ == "AUX" for t in doc[i + 1 : end]):
            return  # "Amos Hochstein, the Lebanese army will deploy": a clause follows
        inside = [
            m for m in work.mentions
            if i < m.span.start and m.span.end <= end and not _hyphen_compound(m.span)
        ]  # fmt: skip  # not "Russia" in "a Russia-friendly former prosecutor"
        local = work.locals[person.actor_key]
        words = [t.lower_ for t in doc[i + 1 : end]]
        if set(words) & self.kb.lexicon["former_words"]:
            # "a former prosecutor general": the country, but no office now
            local.country = local.country or (
                self.identity(work, inside[-1].actor_key).country if inside else None
            )
            local.role = local.role or doc[i + 2 : end].text or None
            return
        title = _longest_title(words, self.kb)
        if title is not None and local.sector is None:  # "the national security adviser"
            local.sector = self.kb.titles[title]
        kind_of_body = _organisation_sector(words, self.kb)
        # the organisation itself, not the state or city of one of its offices ("the head
        # of the German Marshall Fund's Berlin office")
        bodies = [m for m in inside if self._is_organisation(m.actor_key)]
        affiliation = (bodies or inside)[-1] if inside else None
        org = _unmatched_org(doc, i, end)
        named_sector = _org_name_sector(org, self.kb)
        if (
            affiliation is not None
            and org is not None
            and named_sector is not None
            and org.start <= affiliation.span.start
            and affiliation.span.end <= org.end
        ):
            # "the Norwegian Institute of International Affairs": the state adjective places
            # the body, whose own name gives its sector (not Norway's government)
            local.country = local.country or self.identity(work, affiliation.actor_key).country
            local.sector = local.sector or named_sector
            affiliation = None
        if affiliation is not None:
            ident = self.identity(work, affiliation.actor_key)
            # "a spokesman for Pakistan's Election Commission"; "the University of Lagos"
            local.country = (
                local.country
                or ident.country
                or self._inside_country(work, inside)
                or self._named_place_country(affiliation.span)
            )
            if kind_of_body and ident.sector in (None, "GOV", "IGO"):
                # "an analyst at a Brussels think tank": the kind of body the person works
                # for decides, the city only places it (Brussels is not the EU here)
                local.sector = kind_of_body
                local.country = local.country or self._place_country(affiliation.span.text)
            else:
                local.igo = ident.igo
                if ident.sector and (ident.sector != "GOV" or local.sector is None):
                    local.sector = ident.sector
        local.sector = (
            local.sector
            or kind_of_body
            or _sector_of_words(words, self.kb)
            or _org_name_sector(org, self.kb)
        )
        if org is not None:
            local.country = local.country or self._named_place_country(org)
        local.role = doc[i + 2 : end].text or None
        for j in range(i + 1, end - 1):
            if doc[j].lower_ in ("in", "from") and local.country is None:
                local.country = self._place_country(_proper_run(doc, j + 1, end).text)

    def _is_group(self, key: str) -> bool:
        actor = self.kb.actors.get(key)
        return actor is not None and actor.kind == "group"

    def _is_igo(self, key: str) -> bool:
        actor = self.kb.actors.get(key)
        return actor is not None and actor.kind == "organization" and actor.igo is not None

    def _is_organisation(self, key: str) -> bool:
        actor = self.kb.actors.get(key)
        return actor is not None and actor.kind in ("organization", "group")

    def _inside_country(self, work: _DocWork, inside: list[Mention]) -> str | None:
        states = [m for m in inside if m.actor_key.startswith("state:")]
        return self.identity(work, states[0].actor_key).country if states else None

    def _named_place_country(self, span: Span) -> str | None:
        """The country of a place in an organisation's name after "of" ("University of Lagos")."""
        for token in span[:-1]:
            if token.lower_ == "of":
                return self._place_country(_proper_run(span.doc, token.i + 1, span.end).text)
        return None

    def _place_country(self, name: str) -> str | None:
        """The country of a state name or capital, else of a gazetteer place ("Machakos")."""
        if not name:
            return None
        known = self.place_names.get(name.lower().removeprefix("the "))
        if known:
            return known
        # Towns under 5,000 are too weak a clue to give an actor a country.
        place = load_gazetteer().resolve(name, towns=False)
        return place.country if place is not None else None

    # -- coreference ---------------------------------------------------------------------
    def _coreference(self, work: _DocWork) -> None:
        doc = work.doc
        covered = work.covered()
        titles = _longest(self.title_matcher, doc)
        i = 0
        while i < len(doc):
            if i in covered:
                i += 1
                continue
            group = self._group_reference(work, i)
            if group is not None:
                work.groups.append(group)
                covered.update(t.i for t in group[0])
                i = group[0].end
                continue
            mention = (
                self._relation(work, i)
                or self._title(work, i, titles)
                or self._apposed_epithet(work, i)
                or self._pronoun(work, doc[i])
                or self._local_surname(work, doc[i])
                or self._epithet(work, i)
                or (
                    self._description(work, i, covered)
                    if doc[i].pos_ in DESCRIPTION_START_POS
                    else None
                )
            )
            if mention is None:
                i += 1
                continue
            if mention.kind == "relative":
                work.relatives.append(Mention(mention.span, mention.actor_key, "pronoun"))
                i += 1
                continue
            mention = self._without_possessor(work, mention)
            work.mentions.append(mention)
            covered.update(t.i for t in mention.span)
            i = mention.span.end

    def _without_possessor(self, work: _DocWork, mention: Mention) -> Mention:
        """ "Their leader, Captain Sanogo", "his own vice president, Dina Boluarte": the
        possessive pronoun opening a title names the owner, not the holder, so it becomes a
        mention of its own and the title starts after it."""
        span = mention.span
        if mention.kind == "pronoun" or len(span) < 2 or span[0].tag_ != "PRP$":
            return mention
        if any(work.mention_at(t.i) for t in span[1:]):
            return mention  # "his Tajik counterpart": the demonym and the title stay one
        owner = self._pronoun(work, span[0])
        if owner is None:
            return mention
        work.mentions.append(owner)
        return Mention(span[1:], mention.actor_key, mention.kind)

    # pronouns
    def _pronoun(self, work: _DocWork, token: Token) -> Mention | None:
        lower, lex = token.lower_, self.kb.lexicon
        if lower in lex["male_pronouns"] or lower in lex["female_pronouns"]:
            want = "m" if lower in lex["male_pronouns"] else "f"

            def named(key: str) -> bool:  # "a minister" is a weaker antecedent than a name
                return self._person_fits(work, key, want) and not key.startswith("local:unnamed:")

            key = (
                self._office_owner(work, token, want)
                or self._cataphor(work, token, named)
                or self._antecedent(work, token, named)
                or self._antecedent(work, token, lambda k: self._person_fits(work, k, want))
                or self._fronted_clause_subject(
                    work, token, lambda k: self._person_fits(work, k, want)
                )
            )
            if (
                key is not None
                and self._gender(work, key) is None
                and not self._speaker_of(work, token, key)
                and not self._own_subject(work, token, key)
            ):
                key = self._gender_chain(work, token, want) or key
        elif lower in lex["neuter_pronouns"]:
            if lower == "it" and not _referential_it(token, lex):
                return None

            plural = self._plural_only(work, token.i)

            def thing(key: str) -> bool:
                return (
                    not self._is_person(work, key)
                    and not _is_place(work, key)
                    and (key not in plural)
                )

            key = (
                self._cataphor(work, token, thing)
                or self._antecedent(work, token, thing)
                or self._fronted_clause_subject(work, token, thing)
            )
        elif lower in lex["plural_pronouns"]:
            # "Whitehall officials said they ...": a state named by a plural common noun is
            # "they" (not by a plural name: "the United Arab Emirates ... their" is no reason)
            plural = {
                m.actor_key
                for m in work.before(token.i)
                if m.span.root.tag_ == "NNS" and not self._is_person(work, m.actor_key)
            }
            key = self._antecedent(work, token, lambda k: self._plural_fits(work, k) or k in plural)
            if key is None:
                return None
        elif lower in ("which", "whose"):  # "Kenya, which had offered ...": the noun described
            described = self._relative_head(work, token)
            if described is None or _is_place(work, described.actor_key):
                return None
            if lower == "which" and self._is_person(work, described.actor_key):
                return None
            return Mention(token.doc[token.i : token.i + 1], described.actor_key, "relative")
        else:
            return None
        if key is None:
            return None
        return Mention(token.doc[token.i : token.i + 1], key, "pronoun")

    def _plural_only(self, work: _DocWork, before: int) -> set[str]:
        """Actors named so far only by a plural common noun ("his forces", "troops"): "they",
        not "it" ("his forces would not talk to the RSF while its fighters ...": the RSF's).
        A collective noun ("police") is either."""
        singular, plural = set(), set()
        for mention in work.before(before):
            root = mention.span.root
            if root.tag_ == "NNS" and root.lemma_.lower() != "police":
                plural.add(mention.actor_key)
            else:
                singular.add(mention.actor_key)
        return plural - singular

    def _speaker_of(self, work: _DocWork, token: Token, key: str) -> bool:
        """ "Primorac said he accepted the result": the pronoun is the subject of what ``key``
        says, which no pronoun chain overrides."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return False
        if clause.head.lemma_ not in self.kb.lexicon["speech_verbs"]:
            return False
        verb = clause.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "conj":  # "Capriles urged calm and said he was ready"
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(self._key_at(work, s, lambda k: k == key) for s in subjects)

    def _own_subject(self, work: _DocWork, token: Token, key: str) -> bool:
        """ "Qureshi cut short his trip", "Sam Rainsy, who returned from exile, said his party
        ...": ``key`` is the subject, before the pronoun, of a clause above it, which no
        pronoun chain overrides; only for a possessive (a subject or an object may still be
        someone else: "Linkevicius said Vilnius would host her if she was forced out")."""
        if token.dep_ != "poss":
            return False
        subjects = (
            c
            for a in token.ancestors
            if a.pos_ in ("VERB", "AUX")
            for c in a.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and token not in c.subtree
        )
        return any(self._key_at(work, s, lambda k: k == key) for s in subjects)

    def _gender_chain(self, work: _DocWork, token: Token, gender: str) -> str | None:
        """ "Tikhanovskaya said she considered herself the winner. Linas Linkevicius said
        Vilnius would host her": a person of the pronoun's known gender that a pronoun of that
        gender named in this or the previous sentence, rather than a person whose gender the
        text does not give."""
        words = self.kb.lexicon["female_pronouns" if gender == "f" else "male_pronouns"]
        sent = token.sent.start
        first = work.doc[sent - 1].sent.start if sent > 0 else 0
        for mention in work.before(token.i):
            if mention.span.start < first:
                return None
            if mention.kind == "pronoun" and mention.span.text.lower() in words:
                key = mention.actor_key
                return key if self._gender(work, key) == gender else None
        return None

    def _cataphor(self, work: _DocWork, token: Token, fits: _Fits) -> str | None:
        """ "In his first speech, Prabowo promised ...", "Hours after her plane landed,
        Pelosi told ...", "Before it announced drills, the Chinese military ...": a
        possessive or a subject inside a phrase put before the main clause's subject names
        that subject (when it is not a pronoun itself)."""
        if token.dep_ not in ("poss", "nsubj", "nsubjpass"):
            return None
        root = token.sent.root
        subject = next(
            (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i),
            None,
        )
        if subject is None or subject.pos_ == "PRON":
            return None
        fronted = [
            c
            for c in root.children
            if (c.dep_ in FRONTED_DEPS or _time_clause(c))
            and token in c.subtree
            and c.right_edge.i < subject.i
        ]
        return self._key_at(work, subject, fits) if fronted else None

    def _fronted_clause_subject(self, work: _DocWork, token: Token, fits: _Fits) -> str | None:
        """ "Before he left for Brussels, Scholz told reporters ...": the subject of a
        subordinate clause put before the main clause names the main clause's subject, when
        nothing earlier in the story could be meant (the caller tries that first)."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        while clause.dep_ == "advcl" and clause.head.i != clause.i:
            # "Speaking after he met Xi, Blinken said": up through clauses put before it
            main = clause.head
            for child in main.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i > clause.i:
                    return self._key_at(work, child, fits)
            clause = main
        return None

    # references to a coordination: "they", "the two countries", "both sides"
    def _group_reference(self, work: _DocWork, i: int) -> tuple[Span, list[str], str] | None:
        doc, lex = work.doc, self.kb.lexicon
        token = doc[i]
        if token.lower_ in lex["plural_pronouns"]:
            keys = self._coordination_before(work, i, "any", subjects_only=True)
            return (doc[i : i + 1], keys, "pronoun") if keys else None
        start = i + 1 if token.lower_ == "the" and i + 1 < len(doc) else i
        if doc[start].lower_ not in ("two", "both") or (start == i and token.lower_ != "both"):
            return None
        for length in (3, 2, 1):
            end = start + 1 + length
            words = doc[start + 1 : end].text.lower() if end <= len(doc) else ""
            want = (
                "state" if words in lex["pair_state_nouns"]
                else "person" if words in lex["pair_person_nouns"]
                else "any" if words in lex["pair_any_nouns"]
                else None
            )  # fmt: skip
            if want is None:
                continue
            keys = self._coordination_before(
                work, i, want, subjects_only=False
            ) or self._subject_object_pair(work, i, want)
            if keys is not None and len(keys) != 2:
                return None  # "both sides" after four leaders: which two is not said
            return (doc[i:end], keys, "description") if keys else None
        return None

    def _coordination_before(
        self, work: _DocWork, i: int, want: str, subjects_only: bool
    ) -> list[str] | None:
        """The actors of the nearest coordination of two or more mentions ("Armenia and
        Azerbaijan") in this sentence or the two before, of states or people as ``want``s.
        A plural pronoun takes only a coordinated subject, and only if no plural actor
        ("Russian forces") comes between."""
        doc = work.doc
        first_sent = doc[i].sent.start
        for _ in range(2):
            if first_sent > 0:
                first_sent = doc[first_sent - 1].sent.start
        governing = {
            c.i for a in doc[i].ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")
        }
        earlier = [g for g in work.groups if first_sent <= g[0].start and g[0].end <= i]
        prior = earlier[-1] if earlier else None  # "Both countries ... the two delegations"
        for mention in work.before(i):
            if prior is not None and mention.span.start < prior[0].start:
                break
            if mention.span.start < first_sent:
                return None
            root = mention.span.root
            members = [work.mention_at(t.i) for t in (root, *root.conjuncts)]
            keys = list(dict.fromkeys(m.actor_key for m in members if m is not None))
            first = min((root, *root.conjuncts), key=lambda t: t.i)
            if want == "state" and _in_subject(first):  # "Putin and Kim signed a pact ... the
                # two countries"; not "Putin met Erdogan and Aliyev": three are in play
                keys = list(dict.fromkeys(self._leader_state(work, k) for k in keys))
            if len(keys) >= 2 and all(self._pair_member_fits(work, k, want) for k in keys):
                lead = min((root, *root.conjuncts), key=lambda t: t.i)
                if subjects_only and not _in_subject(lead):
                    return None
                return keys
            if subjects_only and root.i in governing:
                return None  # "Rwandan officials deny ... but say their forces ...": theirs
            if (
                subjects_only
                and self._plural_fits(work, mention.actor_key)
                and _in_subject(mention.span.root)
            ):  # "Russian forces ... they": the single plural actor; not an object
                return None  # ("agreed to pull back troops along their border")
        if prior is None:
            return None
        keys = prior[1]
        if want == "state":  # "the two leaders ... the two countries"
            keys = list(dict.fromkeys(self._leader_state(work, k) for k in keys))
        if len(keys) < 2 or not all(self._pair_member_fits(work, k, want) for k in keys):
            return None
        if subjects_only and not _in_subject(prior[0].root):
            return None
        return keys

    def _subject_object_pair(self, work: _DocWork, i: int, want: str) -> list[str] | None:
        """ "Putin hosted Erdogan in Sochi, and the two leaders ...", "Xi told him that the two
        countries ...": the subject and the object of the nearest clause that has both, in
        this sentence or the one before, when nothing was coordinated."""
        doc = work.doc
        sent = doc[i].sent.start
        first = doc[sent - 1].sent.start if sent > 0 else 0
        for mention in work.before(i):
            if mention.span.start < first:
                return None
            root = mention.span.root
            if root.dep_ not in ("dobj", "dative") or root.head.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
            doer = work.mention_at(subjects[0].i) if subjects else None
            if doer is None:
                continue
            if root.conjuncts or subjects[0].conjuncts:
                return None  # "Putin met Erdogan and Aliyev": which two is not said
            keys = [doer.actor_key, mention.actor_key]
            if want == "state":
                keys = [self._leader_state(work, k) for k in keys]
            if keys[0] != keys[1] and all(self._pair_member_fits(work, k, want) for k in keys):
                return keys
            return None
        return None

    def _leader_state(self, work: _DocWork, key: str) -> str:
        """The state a person in a state office stands for; any other key itself."""
        if not self._is_person(work, key):
            return key
        ident = self.identity(work, key)
        state = f"state:{ident.country}"
        return state if ident.sector in STATE_SECTORS and state in self.kb.actors else key

    def _pair_member_fits(self, work: _DocWork, key: str, want: str) -> bool:
        if _is_place(work, key):
            return False
        if want == "person":
            return self._is_person(work, key)
        if want == "state":
            return key.startswith("state:")
        return True

    def _office_owner(self, work: _DocWork, token: Token, gender: str) -> str | None:
        """The person whose office spoke in this or the previous sentence, when no person
        of the pronoun's gender comes between ("Netanyahu's office said he would not attend")."""
        sent = token.sent.start
        first = work.doc[sent - 1].sent.start if sent > 0 else 0
        for mention in work.before(token.i):
            if mention.span.start < first or self._person_fits(work, mention.actor_key, gender):
                return None
            owner = work.institution_owners.get(mention.span.start)
            if owner is not None and self._person_fits(work, owner, gender):
                return owner
        return None

    def _person_fits(self, work: _DocWork, key: str, gender: str) -> bool:
        return self._is_person(work, key) and self._gender(work, key) in (None, gender)

    def _plural_fits(self, work: _DocWork, key: str) -> bool:
        if self._is_person(work, key) or _is_place(work, key):
            return False
        base = key.split("/")[0]
        actor = self.kb.actors.get(base)
        if actor is not None and actor.sector == "IGO":
            return True  # "the Group of Seven ... thanked them": a body of member states
        return "/" in key or (actor is not None and actor.kind == "group") or key in work.locals

    def _antecedent(self, work: _DocWork, token: Token, fits: _Fits) -> str | None:
        """The subject of a clause governing the pronoun, then the subjects of earlier
        sentences, then the nearest fitting mention.

        An object pronoun never names the subject of its own clause ("Putin accused him":
        not Putin; that would be "himself"), and a pronoun in a relative clause introduced
        by "which"/"who" looks first at the noun the clause describes ("Washington, which
        said it would ...")."""
        directed = _directing_subjects(token, self.kb.lexicon)
        if (_is_object_pronoun(token) and not self._accused(token)) or directed:
            # the subject itself, not a possessor inside it ("Her rivals praised her"); who
            # demands that "it" act is not "it" ("Britain demanded that it free the ship")
            heads = (work.mention_at(s.i) for s in directed or _clause_subjects(token))
            own = {m.actor_key for m in heads if m is not None and fits(m.actor_key)}
            if own:
                inner = fits
                fits = lambda k: inner(k) and k not in own  # noqa: E731
        hostile = (work.mention_at(s.i) for s in _hostile_doers(token, self.kb.lexicon))
        doers = {m.actor_key for m in hostile if m is not None}
        if doers:  # "Israel had killed three of its negotiators": not Israel's own
            unharmed = fits
            fits = lambda k: unharmed(k) and k not in doers  # noqa: E731
        if token.dep_ == "poss" and token.head.dep_ == "conj":  # "Kyiv and its allies"
            partner = work.mention_at(token.head.head.i)
            if partner is not None and fits(partner.actor_key):
                return partner.actor_key
        thanked = self._object_before_reason(work, token, fits) or self._object_of_unfit_subject(
            work, token, fits
        )
        if thanked is not None:  # "Tsai thanked her for her support": the one thanked
            return thanked
        below = token
        for ancestor in token.ancestors:
            # "said that Russia had violated its airspace and that it would ...": the subject
            # of a second "that" clause is the speaker, not the first clause's subject (an
            # object is not: "said Glas was a criminal and that asylum could not shield him")
            parallel = (
                below.i == token.head.i
                and below.dep_ == "conj"
                and token.dep_ in ("nsubj", "nsubjpass")
                and any(c.dep_ == "mark" for c in below.children)
            )
            if below.dep_ == "xcomp" and below.i > token.i - 40:
                # "urged him to respect what he will inherit": the object controls the clause
                for child in ancestor.children:
                    controller = work.mention_at(child.i) if child.dep_ == "dobj" else None
                    if controller is not None and child.i < token.i and fits(controller.actor_key):
                        return controller.actor_key
            below = ancestor
            for child in () if parallel else ancestor.children:
                if (
                    child.dep_ in ("nsubj", "nsubjpass")
                    and child.i < token.i
                    and child is not token
                    and not _holds_in_phrase(child, token)  # "a spokesman for his party"
                ):
                    key = self._key_at(work, child, fits)
                    if key:
                        return key
                    if (
                        child.lower_ in ("which", "who", "that")
                        and ancestor.dep_ == "relcl"
                        and token.dep_ in ("nsubj", "nsubjpass")
                    ):
                        described = work.mention_at(ancestor.head.i)
                        if described is not None and fits(described.actor_key):
                            return described.actor_key
        candidates = [m for m in work.before(token.i) if fits(m.actor_key)]
        candidates = [
            m
            for m in candidates
            if token.sent.start - m.span.sent.start < 200
            and not _holds_in_phrase(m.span.root, token)  # "A spokesman for his party"
        ]
        if not candidates:
            return None
        # a name inside a quotation is what someone said, not who speaks after it
        # ("“Scholz has long refused ...,” he said" after "Lindner accused the chancellor")
        quoted = work.quoted() if not work.is_quoted(token.idx) else []
        unquoted = [m for m in candidates if not _in_ranges(m.span.start_char, quoted)]
        same_sentence = [m for m in unquoted if m.span.sent.start == token.sent.start]
        if same_sentence and token.dep_ in ("nsubj", "nsubjpass"):
            # "Von der Leyen met Meloni in Rome; she praised her": a subject pronoun
            # continues the subject of an earlier clause, not its object
            earlier = (m for m in same_sentence if m.span.root.dep_ in ("nsubj", "nsubjpass"))
            return next(earlier, same_sentence[0]).actor_key
        if same_sentence:
            return same_sentence[0].actor_key
        subjects = [m for m in unquoted if m.span.root.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # the subject of the nearest earlier sentence with one, its main clause's
            sentence = subjects[0].span.sent.start  # first ("Sharaa addressed crowds after
            main = [  # Assad fled ... he said": Sharaa)
                m
                for m in subjects
                if m.span.sent.start == sentence and _main_clause_subject(m.span.root)
            ]
            return (main or subjects)[0].actor_key
        return (unquoted or candidates)[0].actor_key

    def _object_of_unfit_subject(self, work: _DocWork, token: Token, fits: _Fits) -> str | None:
        """ "Vucic put the army on its highest level of readiness": a possessive in a phrase
        on the verb whose subject it cannot name (a person for "its") names the verb's object
        before it, ahead of the subjects of the clauses above."""
        if token.dep_ != "poss":
            return None
        below, verb = token, token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            below, verb = verb, verb.head
        if verb.pos_ not in ("VERB", "AUX") or below.dep_ != "prep":
            return None
        subjects = [work.mention_at(c.i) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(m is None or fits(m.actor_key) for m in subjects):
            return None
        for child in verb.children:
            if child.dep_ == "dobj" and child.i < token.i:
                return self._key_at(work, child, fits)
        return None

    def _accused(self, token: Token) -> bool:
        """ "denies the charges against her", "appealed the verdict against him": the pronoun
        names the accused inside a noun's phrase, not an argument of the verb, so it may be
        the verb's subject."""
        phrase = token.head
        return (
            token.dep_ == "pobj"
            and phrase.lower_ == "against"
            and phrase.head.lemma_.lower() in self.kb.lexicon["accusation_nouns"]
        )

    def _object_before_reason(self, work: _DocWork, token: Token, fits: _Fits) -> str | None:
        """ "thanked her for her support", "accused him of abusing his office": a possessive in
        the phrase giving the reason for a verb's act on its object names that object."""
        if token.dep_ != "poss":
            return None
        phrase = next((a for a in token.ancestors if a.dep_ == "prep"), None)
        if (
            phrase is None
            or phrase.lower_ not in ("for", "of", "over")
            or phrase.head.pos_ != "VERB"
        ):
            return None
        for child in phrase.head.children:
            if child.dep_ == "dobj" and child.i < phrase.i:
                return self._key_at(work, child, fits)
        return None

    def _key_at(self, work: _DocWork, token: Token, fits: _Fits) -> str | None:
        """The actor the phrase headed by ``token`` names: its head's mention first ("SBU" in
        "Ukraine's SBU security service"), else the first mention inside it, though not
        one inside a clause that describes the head ("a group of officers led by Captain
        Traore announced that he ...": the group's act, not Traore's)."""
        for t in (token, *token.subtree):
            if _inside_modifying_clause(t, token):
                continue
            mention = work.mention_at(t.i)
            if mention is not None and fits(mention.actor_key):
                return mention.actor_key
        return None

    def _local_surname(self, work: _DocWork, token: Token) -> Mention | None:
        """ "Weiss" after "Andrew Weiss", "Khan" after "Imran Khan": a part of the name of a
        person named earlier (surname last, or first as in "Wang Yi" -> "Wang"; the family
        name inside "Ali Bongo Ondimba")."""
        if not token.text[:1].isupper():
            return None
        if token.pos_ != "PROPN" and token.ent_type_ != "PERSON":  # "Morales, 65," is a NOUN
            return None
        for mention in work.before(token.i):
            if not self._is_person(work, mention.actor_key):
                continue
            if mention.kind not in ("name", "alias", "appositive"):
                continue
            names = [_straight(name) for name in _name_words(mention.span)]
            inner = [n for n in names[1:-1] if len(n) > 3]  # not "Al", "Bin"
            if len(names) > 1 and _straight(token.text) in (names[0], *inner, names[-1]):
                return Mention(token.doc[token.i : token.i + 1], mention.actor_key, "surname")
        return None

    def _apposed_epithet(self, work: _DocWork, i: int) -> Mention | None:
        """ "His challenger, Kemal Kilicdaroglu,", "The veteran diplomat, Ali Omar,": a noun
        for a person set off by a comma right before a name names that person; a possessive
        stays a mention of its own ("His" is Erdogan, "challenger" Kilicdaroglu). Kin nouns
        keep their own reading ("His wife, Yulia Navalnaya")."""
        doc, lex = work.doc, self.kb.lexicon
        after_possessive = i > 0 and doc[i - 1].lower_ in ("his", "her", "their")
        if doc[i].lower_ != "the" and not after_possessive:
            return None
        j = i + 1 if doc[i].lower_ == "the" else i
        while j < min(len(doc) - 1, i + 5) and _premodifier(doc, j, lex):
            j += 1
        noun = doc[j] if j < len(doc) else None
        if noun is None or noun.pos_ != "NOUN" or noun.lower_ in lex["relation_nouns"]:
            return None
        if (
            noun.lower_ not in lex["epithet_nouns"]
            and noun.lemma_.lower() not in self.kb.person_nouns
        ):
            return None
        span = doc[i : j + 1]
        key = _appositive_name(work, span)
        if key is None or not self._is_person(work, key):
            return None
        return Mention(span, key, "title")

    def _epithet(self, work: _DocWork, i: int) -> Mention | None:
        """ "the widow", "the veteran leftist", "the libertarian economist": a definite noun
        phrase that describes a person already in the story names that person."""
        doc = work.doc
        if doc[i].lower_ != "the":
            return None
        lex = self.kb.lexicon
        j = i + 1
        while j < min(len(doc), i + 8):  # "the 84-year-old economist" is seven tokens
            modifies_next = doc[j].dep_ in ("amod", "compound") and doc[j].head.i > j
            if doc[j].lower_ in lex["epithet_nouns"] and not modifies_next:
                break
            if _age_word(doc, j) and not modifies_next:  # "the 81-year-old" alone
                break
            if not (_premodifier(doc, j, lex) or doc[j].text in ("-", "–")):
                return None
            j += 1
        else:
            return None
        if doc[j].pos_ not in ("NOUN", "ADJ"):
            return None
        if j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            return None  # "the economist Javier Milei": the name decides
        noun = doc[j].lower_
        gender = "f" if noun in lex["female_nouns"] else "m" if noun in lex["male_nouns"] else None
        own = self._governing_subjects(work, doc[i : j + 1])

        def fits(key: str) -> bool:
            if not self._is_person(work, key) or key in own:
                return False  # "Zelensky asked the libertarian to host": not Zelensky
            return gender is None or self._gender(work, key) in (None, gender)

        key = self._antecedent(work, doc[j], fits)
        return Mention(doc[i : j + 1], key, "title") if key else None

    def _relation(self, work: _DocWork, i: int) -> Mention | None:
        """ "his predecessor", "Duterte's daughter, Vice President Sara Duterte", "her father":
        a person named by a tie to the possessor is the person named right after a comma,
        else the nearest earlier person other than the possessor (of the noun's gender)."""
        doc, lex = work.doc, self.kb.lexicon
        token = doc[i]
        if token.lower_ in ("his", "her", "their"):
            start, owner_mention, j = i, self._pronoun(work, token), i + 1
        elif token.text in POSSESSIVE and (found := work.mention_ending_at(i)) is not None:
            start, owner_mention, j = found.span.start, found, i + 1
        else:
            return None
        if owner_mention is None or not self._is_person(work, owner_mention.actor_key):
            return None
        possessor = owner_mention.actor_key
        while j < min(len(doc), i + 4) and doc[j].lower_ not in lex["relation_nouns"]:
            if not _premodifier(doc, j, lex):
                return None
            j += 1
        if j >= len(doc) or doc[j].lower_ not in lex["relation_nouns"] or doc[j].pos_ != "NOUN":
            return None
        if doc[j].dep_ == "compound" and doc[j].head.i > j:
            return None  # "his deputy chief of staff": the noun modifies an office
        span, noun = doc[start : j + 1], doc[j].lower_
        named = _appositive_name(work, span)
        if named is not None and noun not in lex["office_relation_nouns"]:
            # "His wife, Yulia Navalnaya": the name is the mention and "His" its own one
            work.relations[(possessor, noun)] = named
            return None
        key = named or work.relations.get((possessor, noun))
        gender = "f" if noun in lex["female_nouns"] else "m" if noun in lex["male_nouns"] else None

        def fits(key: str) -> bool:
            if key == possessor or not self._is_person(work, key):
                return False
            return gender is None or self._gender(work, key) in (None, gender)

        if key is None and gender is None:  # "his predecessor": another person of the story
            key = self._office_neighbour(work, possessor, noun, start) or self._antecedent(
                work, doc[j], fits
            )
        elif key is None:  # "her father": kin unnamed here share the possessor's family name
            family = self._family_name(work, possessor)
            key = next(
                (
                    m.actor_key
                    for m in work.before(start)
                    if fits(m.actor_key) and self._family_name(work, m.actor_key) == family
                ),
                None,
            )
        if key is None:
            return None
        work.relations[(possessor, noun)] = key
        return Mention(span, key, "title")

    def _office_neighbour(
        self, work: _DocWork, possessor: str, noun: str, before: int
    ) -> str | None:
        """ "his successor": of the people named earlier, the one whose term in an office the
        possessor held began nearest after the possessor's ended (before it, for a
        predecessor)."""
        if noun not in ("predecessor", "successor"):
            return None
        own = self.kb.actors.get(possessor)
        if own is None or not own.roles:
            return None
        best: tuple[int, str] | None = None
        for mention in work.before(before):
            other = self.kb.actors.get(mention.actor_key)
            if other is None or other.id == possessor:
                continue
            for mine, theirs in itertools.product(own.roles, other.roles):
                if mine.title != theirs.title:
                    continue
                first, second = (theirs, mine) if noun == "predecessor" else (mine, theirs)
                if first.end is None or second.start is None or second.start < first.end:
                    continue
                gap = (second.start - first.end).days
                if best is None or gap < best[0]:
                    best = (gap, other.id)
        return best[1] if best else None

    def _family_name(self, work: _DocWork, key: str) -> str:
        local = work.locals.get(key)
        actor = self.kb.actors.get(key)
        name = local.name if local else actor.name if actor else ""
        return _straight(name.split()[-1]).lower() if name.split() else ""

    # titles
    def _title(self, work: _DocWork, i: int, titles: dict[int, tuple[int, str]]) -> Mention | None:
        """ "the U.S. president", "Russia's defence minister", "his Azerbaijani counterpart".

        A title refers back only after a determiner or an owner; before a name ("President
        Joe Biden") the name decides.
        """
        doc = work.doc
        token = doc[i]
        owner: _Owner = _Owner()
        if token.lower_ in DETERMINERS:
            start, j = i, i + 1
            if token.lower_ in ("his", "her", "their", "its"):
                pronoun = self._pronoun(work, token)
                owner.possessor = pronoun.actor_key if pronoun else None
                possessor = self.kb.actors.get(owner.possessor or "")
                if possessor is not None and possessor.kind == "group":
                    owner.group = possessor.id  # "its leader" after "Hezbollah"
        elif token.text in POSSESSIVE and (found := work.mention_ending_at(i)) is not None:
            start, j = found.span.start, i + 1
            owner = self._owner_of(work, found.actor_key)
        elif (found := self._institution_owner(work, i)) is not None:
            start, j = found.span.start, i  # "the European Commission president"
            owner = self._owner_of(work, found.actor_key)
        else:
            return None
        modifiers: set[str] = set()
        while j < len(doc) and j not in titles:
            group = None if owner.given or token.lower_ != "the" else self._group_named_at(work, j)
            if group is not None:  # "the Hezbollah leader": the group's head
                owner.group, owner.given, j = group.actor_key, True, group.span.end
                continue
            state_word = None if owner.given else self._state_word(doc, j)
            igo_word = None if owner.given or state_word else self._described_igo(work, j)
            if igo_word is not None:  # "the alliance chief" after NATO
                owner.igo, owner.given = igo_word, True
                j += 1
                continue
            if state_word is None:
                if len(modifiers) < 4 and _premodifier(doc, j, self.kb.lexicon):
                    modifiers.add(doc[j].lower_)
                    j += 1
                    continue
                break
            j, owner.country, owner.igo, owner.given = (
                state_word[0],
                state_word[1],
                state_word[2],
                True,
            )
        if j not in titles:
            return None
        end, title = titles[j]
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            named = work.mention_at(end)
            if (
                token.lower_ in ("his", "her", "their")
                and named is not None
                and named.span.start == end
                and self._is_person(work, named.actor_key)
            ):  # "his counterpart Wang Yi": the phrase names the person who follows
                return Mention(doc[start:end], named.actor_key, "title")
            return None
        if end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ == "elect":
            span = doc[start : end + 2]  # "the president-elect": who takes the office next
            key = self._elect(work, span, title, owner)
            return Mention(span, key, "title") if key else None
        if doc[end - 1].dep_ in ("amod", "compound") and doc[end - 1].head.i >= end:
            return None  # "her official residence": the word modifies another noun
        title = self._modified_title(title, modifiers)
        described = self._described_leader(work, doc[start:end], j, title, owner)
        if described is not None:  # "the far-right leader", "the rebel leader"
            return described
        nested = self._nested_owner(work, end) if not owner.given else None
        if nested is not None:  # "the head of the UN nuclear watchdog"
            end, owner = nested[0], replace(nested[1], possessor=owner.possessor)
        head_nouns = self.kb.lexicon["head_nouns"]
        bare_head = (
            nested is None and not owner.given and owner.group is None
            and title in head_nouns and title not in self.kb.titles
        )  # fmt: skip
        span = doc[start:end]
        predicated = self._predicated_person(work, span)
        if predicated is not None:  # "agreed to step down as Burkina Faso's leader"
            return Mention(span, predicated, "title")
        apposed = self._apposed_person(work, span, owner)
        if apposed is not None:  # "Dmitry Peskov, the Kremlin's spokesman"
            local = work.locals.get(apposed)
            if local is not None and None in (
                local.sector,
                local.country,
            ):  # "Ali Omar, the minister,"
                self._give_title(work, apposed, span, title, owner)
                if local.country is None and local.igo is None and local.sector != "IGO":
                    local.country = self._focus_any(work, span.start)
            return Mention(span, apposed, "title")
        if bare_head:  # "the chairman" alone: only a person given that title before, or
            # the name set off after it ("The commission chairman, Moussa Faki Mahamat,")
            key = _appositive_name(work, span)
            if key is not None:
                self._title_local(work, key, span, title, owner)
            key = key or self._earlier_holder(work, span, title, owner, modifiers)
            return Mention(span, key, "title") if key else None
        key = self._resolve_title(work, span, title, owner, modifiers)
        if key is not None:
            self._title_local(work, key, span, title, owner)
        return Mention(span, key, "title") if key else None

    def _group_named_at(self, work: _DocWork, j: int) -> Mention | None:
        """A mention of a knowledge-base group that covers token ``j`` and ends after it."""
        mention = work.mention_at(j)
        if mention is None or mention.span.end <= j:
            return None
        actor = self.kb.actors.get(mention.actor_key)
        return mention if actor is not None and actor.kind == "group" else None

    def _described_igo(self, work: _DocWork, j: int) -> str | None:
        """The IGO a one-word description modifying a title names ("the alliance chief",
        "the agency head"): the nearest earlier IGO the knowledge base describes so."""
        token = work.doc[j]
        if token.pos_ != "NOUN" or token.dep_ != "compound" or token.head.i <= j:
            return None
        ids = self.descriptions.get(token.lower_, [])
        for mention in work.before(j) if ids else []:
            if mention.actor_key in ids:
                return self.identity(work, mention.actor_key).igo
        return None

    def _former_igo_head(self, work: _DocWork, igo: str, before: int) -> str | None:
        """ "the former alliance chief": a person of the story whose term at the head of that
        IGO has ended (whatever office they hold now)."""
        for mention in work.before(before):
            actor = self.kb.actors.get(mention.actor_key)
            for role in actor.roles if actor is not None and work.day is not None else ():
                ended = role.end is not None and work.day is not None and role.end <= work.day
                if ended and self._heads_igo(role, igo):
                    return mention.actor_key
        return None

    def _described_leader(
        self, work: _DocWork, span: Span, title_start: int, title: str, owner: _Owner
    ) -> Mention | None:
        """ "the far-right leader", "the rebel leader": a leader described by a politics or
        a side is a person of the story, not whoever holds the country's top office; not the
        subject of its own clause ("Petro shook hands with the rebel leader")."""
        lex = self.kb.lexicon
        if owner.given or title not in lex["head_nouns"] | {"leader", "commander"}:
            return None
        words = set(span.doc[span.start : title_start].text.lower().split())
        if not words & lex["epithet_modifiers"]:
            return None
        # not the subject of its clause or of a clause above it ("Brun said the far-right
        # leader must answer": not Brun)
        own = {m.actor_key for s in _subjects_above(span) if (m := work.mention_at(s.i))}

        def fits(key: str) -> bool:
            return key not in own and self._is_person(work, key)

        key = self._antecedent(work, span.root, fits)
        return Mention(span, key, "title") if key else None

    def _predicated_person(self, work: _DocWork, span: Span) -> str | None:
        """ "X ... as <title>": the title is said of the person the clause is about, its
        object ("elected her as prime minister") or else its subject ("who took over as
        Hezbollah's leader")."""
        doc = work.doc
        if span.start == 0 or doc[span.start - 1].lower_ != "as":
            return None
        verb = doc[span.start - 1].head
        # "agreed to step down as ...": the subject of the verb the infinitive completes
        verbs = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        for deps in (("dobj",), ("nsubj", "nsubjpass")):
            for head in verbs:
                for child in head.children:
                    if child.dep_ not in deps or child.i > span.start:
                        continue
                    mention = work.mention_at(child.i)
                    if mention is None and child.lower_ in ("who", "that") and head.dep_ == "relcl":
                        mention = work.mention_at(head.head.i)  # "who took over as ..."
                    if mention is not None and self._is_person(work, mention.actor_key):
                        return mention.actor_key
        return None

    def _owner_of(self, work: _DocWork, key: str) -> _Owner:
        ident = self.identity(work, key)
        actor = self.kb.actors.get(key)
        group = key if actor is not None and actor.kind == "group" else None
        return _Owner(ident.country, ident.igo, given=True, group=group)

    def _group_head(self, work: _DocWork, group_id: str, before: int) -> str | None:
        """The leader of a group: a person named earlier who holds or held one of its offices
        ("Secretary-General of Hezbollah"), else whoever holds one on the document date."""
        for mention in work.before(before):
            actor = self.kb.actors.get(mention.actor_key)
            if actor is not None and any(self._heads_group(r, group_id) for r in actor.roles):
                return actor.id
        for person in self.people:
            if any(self._heads_group(r, group_id) for r in _roles_on(person, work.day)):
                return person.id
        return None

    def _head_office(self, role: Role) -> bool:
        """A role that leads its body: no qualifier ("deputy") and no post sent elsewhere or
        held in one of its organs (an envoy, the assembly's president)."""
        words = set(_office_words(role).split())
        return not words & (self._qualifiers | self.kb.lexicon["non_head_words"])

    def _heads_igo(self, role: Role, igo: str) -> bool:
        return role.igo == igo and self._head_office(role)

    def _heads_group(self, role: Role, group_id: str) -> bool:
        group = self.kb.actors[group_id]
        office = role.title.lower()
        if not self._head_office(role) and not office.startswith("commander of"):
            return False  # an IGO's force commander is no head, an armed group's is
        names = [n.lower() for n in (group.name, *group.aliases) if len(n) > 2]
        return any(re.search(rf"\b{re.escape(n)}\b", office) for n in names)

    def _earlier_holder(
        self, work: _DocWork, span: Span, title: str, owner: _Owner, modifiers: set[str]
    ) -> str | None:
        if work.doc[span.start].lower_ in INDEFINITE:
            return None
        former = bool(modifiers & self.kb.lexicon["former_words"])
        wanted = self.kb.title_equivalents.get(title, (title,))
        for mention in work.before(span.start):
            key = mention.actor_key
            if self._holds_title(work, key, wanted, owner.country, owner.igo, former):
                return key
            if not former and self._local_holds(work, key, wanted, owner.country):
                return key
        return None

    def _elect(self, work: _DocWork, span: Span, title: str, owner: _Owner) -> str | None:
        """The person named earlier whose office of that title starts within months after
        the document date."""
        if work.day is None:
            return None
        wanted = self.kb.title_equivalents.get(title, (title,))
        for mention in work.before(span.start):
            actor = self.kb.actors.get(mention.actor_key)
            if actor is None or actor.kind != "person":
                continue
            for role in actor.roles:
                soon = role.start is not None and 0 < (role.start - work.day).days <= 120
                if soon and _role_fits(role, wanted, owner.country, owner.igo, self._qualifiers):
                    return actor.id
        return None

    def _modified_title(self, title: str, modifiers: set[str]) -> str:
        """ "the top U.S. diplomat": a modifier that makes a title of its own ("top diplomat")."""
        for modifier in modifiers:
            joined = f"{modifier} {title}"
            if joined in self.kb.title_equivalents or joined in self.kb.titles:
                return joined
        return title

    def _nested_owner(self, work: _DocWork, end: int) -> tuple[int, _Owner] | None:
        """The body after "of" that a title heads: an IGO ("the director general of the UN
        atomic agency"), a state's institution ("the head of Ukraine's military
        intelligence"), or an organisation the NER found ("the head of the Suez Canal
        Authority", placed by a sizeable city in its name)."""
        doc = work.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return None
        k = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
        found = work.mention_at(k)
        if found is not None and found.span.start in (k, k - 1):
            base, _, sector = found.actor_key.partition("/")
            actor = self.kb.actors.get(base)
            if actor is not None and actor.sector == "IGO" and actor.igo:
                return found.span.end, _Owner(None, actor.igo, given=True)
            if actor is not None and actor.kind == "state":
                if found.span.end < len(doc) and doc[found.span.end].tag_ == "POS":
                    return self._possessed_body(work, found.span.end + 1)
                return found.span.end, _Owner(actor.country, None, True, None, sector or None)
            return None
        org = next((e for e in doc.ents if e.label_ == "ORG" and e.start in (k, k - 1)), None)
        if org is None or any(work.mention_at(t.i) for t in org):
            return None
        country = next(
            (c for c in (self._org_place_country(t) for t in org if t.text[:1].isupper()) if c),
            None,
        )
        return org.end, _Owner(country, None, True, None, _org_name_sector(org, self.kb))

    def _possessed_body(self, work: _DocWork, start: int) -> tuple[int, _Owner] | None:
        """ "the head of Israel's Mossad intelligence agency": the title heads the body the
        state possesses, not the state; nothing when that body is no known actor."""
        body = work.mention_at(start)
        if body is None or body.span.start != start:
            return None
        identity = self.identity(work, body.actor_key)
        if identity.country is None and identity.igo is None:
            return None
        return body.span.end, _Owner(identity.country, identity.igo, True, None, identity.sector)

    def _org_place_country(self, token: Token) -> str | None:
        """The country of a state word or a sizeable city in an organisation's name."""
        if token.lower_ in self.kb.lexicon.org_name_words:
            return None
        country = self._country_of_word(token.text) or self.place_names.get(token.lower_)
        if country:
            return country
        place = load_gazetteer().resolve(token.text)
        return place.country if place is not None and place.population >= 100_000 else None

    def _apposed_person(self, work: _DocWork, span: Span, owner: _Owner) -> str | None:
        """A title set off by a comma right after a person's name describes that person,
        unless the knowledge base knows the person as someone else's ("Belarusian President
        Alexander Lukashenko, the Wagner chief" is a list, not an apposition)."""
        if span.start < 2 or work.doc[span.start - 1].text != ",":
            return None
        before = work.mention_ending_at(span.start - 1)
        if before is None or not self._is_person(work, before.actor_key):
            return None
        if before.kind not in ("name", "alias", "surname", "appositive", "title"):
            return None  # "The outspoken left-winger, a former prime minister," is one man
        known = self.kb.actors.get(before.actor_key)
        if known is not None and known.roles:
            if owner.group and not any(self._heads_group(r, owner.group) for r in known.roles):
                return None
            country = self.identity(work, before.actor_key).country
            if owner.country and country and owner.country != country:
                return None
        return before.actor_key

    def _give_title(self, work: _DocWork, key: str, span: Span, title: str, owner: _Owner) -> None:
        """An unknown person named right after a title takes the title's country, igo and
        sector ("Ukraine's ambassador to the UN, Sergiy Kyslytsya"; "his deputy, Dina
        Boluarte" takes the country of the person whose deputy she is)."""
        local = work.locals.get(key)
        if local is None or local.kind != "person":
            return
        country, igo = owner.country, owner.igo
        if country is None and igo is None and owner.possessor is not None:
            country = self.identity(work, owner.possessor).country
        local.country = local.country or country
        local.igo = local.igo or igo
        if local.sector is None and owner.possessor is not None and not owner.given:
            local.sector = self.identity(work, owner.possessor).sector  # his deputy: his sector
        if local.sector is None:
            local.sector = owner.sector
        if local.sector is None:
            local.sector = "IGO" if igo and not country else self.kb.titles.get(title, "GOV")
        if local.sector == "IGO" and not local.igo and owner.given and local.country:
            local.sector = "GOV"  # "Russia's commissioner for children's rights"
        local.role = local.role or span.text

    def _title_local(self, work: _DocWork, key: str, span: Span, title: str, owner: _Owner) -> None:
        """Give the title to the person it resolved to; an unknown person it names without a
        country belongs to the country of the story ("The head of the authority, Hazem
        Badawy," in a story about Egypt)."""
        self._give_title(work, key, span, title, owner)
        local = work.locals.get(key)
        if local is None or local.kind != "person" or local.country is not None:
            return
        if local.igo is None and local.sector != "IGO":
            local.country = self._focus_any(work, span.start)

    def _institution_owner(self, work: _DocWork, i: int) -> Mention | None:
        found = work.mention_ending_at(i)
        if found is None or found.kind not in ("name", "alias", "metonym", "institution"):
            return None
        actor = self.kb.actors.get(found.actor_key.split("/")[0])
        if actor is None or actor.kind not in ("state", "organization", "group"):
            return None
        return found

    def _state_word(self, doc: Doc, j: int) -> tuple[int, str | None, str | None] | None:
        """A state adjective or name, or an IGO name, starting at token ``j``."""
        for length in (3, 2, 1):
            if j + length > len(doc):
                continue
            text = doc[j : j + length].text.lower()
            for surface in self.surfaces.get(text, []):
                actor = self.kb.actors[surface.actor_id]
                if actor.kind == "state" and surface.kind in ("adjective", "name", "alias"):
                    return j + length, actor.country, None
                if actor.kind == "organization" and actor.igo and surface.kind in ("name", "alias"):
                    return j + length, None, actor.igo
        return None

    def _resolve_title(
        self, work: _DocWork, span: Span, title: str, owner: _Owner, modifiers: set[str]
    ) -> str | None:
        appositive = _appositive_name(work, span)
        if appositive is not None:
            local = work.locals.get(appositive)
            if (
                local is not None
                and local.kind == "organization"
                and appositive.startswith("local:organization:")
            ):
                local.kind = "person"  # "The interior minister, Eduardo del Castillo" (NER: ORG)
                local.sector = None
            if local is not None and local.kind == "person" and local.country is None:
                # "The security minister, Patricia Bullrich": the minister of the story's state
                self._give_title(work, appositive, span, title, owner)
                if local.country is None and local.igo is None and local.sector != "IGO":
                    local.country = self._focus_any(work, span.start)
            return appositive
        same_head = self._same_head_before(work, span)
        if same_head is not None and self._is_person(work, same_head):
            return same_head
        ranked = self._title_before_name_before(work, span)
        if ranked is not None:  # "Colonel Assimi Goita ... met the colonel"
            return ranked
        former = bool(modifiers & self.kb.lexicon["former_words"])
        speaks_for = None
        if (
            title in self.kb.lexicon["spokesperson_titles"]
        ):  # "a Pentagon spokesman": the institution's sector
            speaks_for = _spoken_for(span, self.kb) or _institution_sector(work, span)
        sector = speaks_for or owner.sector or self.kb.titles.get(title, "GOV")
        country, igo = owner.country, owner.igo
        if sector == "IGO" and owner.given and country and not igo:
            sector = "GOV"  # "Russia's commissioner for children's rights": a state's office
        if title == "counterpart":
            return self._counterpart(work, span, country, owner.possessor)
        doc = work.doc
        if speaks_for and country is None and igo is None:
            if span.end < len(doc) and doc[span.end].lower_ == "for":  # "a spokesman for the
                key = f"local:unnamed:{span.start}"  # party": the body named after it decides
                return work.add_local(key, LocalActor(span.text, "person", None, speaks_for))
            country = self._focus_any(work, span.start)  # "a party spokesman" in a story
        if country is None and igo is None and self.kb.titles.get(title) == "IGO":
            igo = self._focus_igo(work, span.start)  # "the secretary-general" of the UN story
        if work.doc[span.start].lower_ in INDEFINITE:
            return self._unnamed(work, span, country, igo, sector)
        wanted = self.kb.title_equivalents.get(title, (title,))
        if country is None and igo is None and owner.possessor is not None:
            country = self._possessor_country(work, span, owner.possessor, wanted)
        # "the paramilitary's commander", "its commander": the armed group's head; not "a
        # senior Hezbollah commander" or "the Hezbollah commander", one of its officers
        possessed = span[0].lower_ in ("its", "their") or any(t.text in POSSESSIVE for t in span)
        heads = self.kb.lexicon["head_nouns"] | ({"commander"} if possessed else set())
        if owner.group is not None and title in heads and not former:
            head = self._group_head(work, owner.group, span.start)  # "the Hezbollah leader"
            if head is not None:  # is the group's, not whoever leads a state
                return head
        outgoing = bool(modifiers & self.kb.lexicon["outgoing_words"])
        leaving = [
            m
            for m in work.before(span.start)
            if outgoing and self._holds_title(work, m.actor_key, wanted, country, igo, True)
        ]
        if leaving:  # "the outgoing leader" the day after the successor was sworn in
            return _subject_holder(leaving).actor_key
        where = (country or self._focus_country(work, span.start)) if outgoing else None
        left = self._kb_leaving_holder(wanted, where, work.day) if where else None
        if left is not None:  # "The outgoing president did not attend" the swearing-in
            return left
        holders = [
            m
            for m in work.before(span.start)
            if self._holds_title(work, m.actor_key, wanted, country, igo, former)
            # "the envoy" after "UN envoy Hans Grundberg"
            or (not former and self._local_holds(work, m.actor_key, wanted, country))
        ]
        if not holders and not former and not modifiers & self.kb.lexicon["new_holder_words"]:
            # "overthrown Toure, accusing the president": the office left only days before
            holders = [
                m
                for m in work.before(span.start)
                if self._holds_title(work, m.actor_key, wanted, country, igo, False, grace=True)
            ]
        if holders:
            return _subject_holder(holders).actor_key
        if same_head is not None:  # "a sitting Nigerian president ... The president": the
            return same_head  # person of the story who holds the office, else the generic one
        if owner.group is not None and title in self.kb.lexicon["head_nouns"]:
            head = self._group_head(work, owner.group, span.start)  # "its leader" (Hezbollah)
            if head is not None:
                return head
        elif owner.group is not None and owner.given:
            return owner.group  # "a Hamas official": the group speaks, not its territory
        if igo and title in self.kb.lexicon["head_nouns"]:
            head = (
                self._former_igo_head(work, igo, span.start)
                if former
                else self._story_igo_head(work, igo, span.start) or self._igo_head(igo, work.day)
            )
            if head is not None:
                return head
        if country or igo:
            holder = None if speaks_for else self._kb_holder(wanted, country, igo, work.day, former)
            if holder is not None and owner.sector in (None, self.identity(work, holder).sector):
                return holder  # not the head of state for "the head of Israel's Mossad"
            return self._unnamed(work, span, country, igo, sector)
        untitled = None if former else self._untitled_subject_before(work, span)
        if untitled is not None:  # "Carrie Lam called ..., and the chief executive said"
            return untitled
        # "flew to Ankara, where the president received him": the place of the sentence first
        focus = self._sentence_place_country(work, span.start) or self._focus_country(
            work, span.start
        )
        if (
            focus is not None and set(wanted) & self.kb.lexicon["head_titles"]
        ):  # "the president's veto" before her name
            return self._kb_holder(wanted, focus, None, work.day, former)
        story = None if former else self._story_country(work, span.start)
        if story is not None and sector != "IGO":  # "the regional governor" of an Odesa story
            return self._unnamed(work, span, story, None, sector)
        return None

    def _untitled_subject_before(self, work: _DocWork, span: Span) -> str | None:
        """ "Jacinda Ardern called it an attack ... The prime minister said": a bare definite
        title that is a subject names the unknown person who was the subject of the
        sentence before or of an earlier clause, when no other untitled person came between
        them and that person was given no title (news varies a name with its office)."""
        doc = work.doc
        if doc[span.start].lower_ != "the" or span[-1].dep_ not in ("nsubj", "nsubjpass"):
            return None
        sent = span.sent
        earliest = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for mention in work.before(span.start):
            if mention.span.start < earliest:
                return None
            if not self._is_person(work, mention.actor_key):
                continue
            local = work.locals.get(mention.actor_key)
            if local is None or local.role is not None or local.sector is not None:
                continue  # "police commissioner Mike Bush" holds another office
            subject = mention.span.root.dep_ in ("nsubj", "nsubjpass")
            if mention.kind == "pronoun" and not subject:
                continue  # "Sam Rainsy said his party ...": the name is what counts
            return mention.actor_key if subject else None
        return None

    def _title_before_name_before(self, work: _DocWork, span: Span) -> str | None:
        """The latest person named earlier right after this title word ("Colonel Assimi
        Goita" for "the colonel"), for a definite title of one word."""
        doc = work.doc
        if doc[span.start].lower_ != "the" or len(span) != 2:
            return None
        word = span[-1].lower_
        for mention in work.before(span.start):
            if mention.kind not in ("name", "alias") or not self._is_person(
                work, mention.actor_key
            ):
                continue
            first = mention.span.start
            titled = mention.span[0].lower_ == word or (first > 0 and doc[first - 1].lower_ == word)
            if titled:
                return mention.actor_key
        return None

    def _same_head_before(self, work: _DocWork, span: Span) -> str | None:
        """ "the diplomat" after "a senior EU diplomat", "the officer" after "a Ukrainian
        officer": a definite title with nothing of its own but its head noun refers to the
        latest earlier mention with that head, in this sentence or the three before."""
        doc = work.doc
        if doc[span.start].lower_ not in ("the", "this", "that") or len(span) != 2:
            return None
        first = span.sent.start
        for _ in range(3):
            if first > 0:
                first = doc[first - 1].sent.start
        for mention in work.before(span.start):
            if mention.span.start < first:
                return None
            words = [t.lower_ for t in mention.span]
            if mention.kind not in ("title", "description") or words[-1] != span[-1].lower_:
                continue
            if len(words) > 1 and " ".join(words[-2:]) in self.kb.titles:
                continue  # "The vice president" is not "the president"
            return mention.actor_key
        return None

    def _possessor_country(
        self, work: _DocWork, span: Span, possessor: str, wanted: tuple[str, ...]
    ) -> str | None:
        """The country of "his" in "his secretary of state": of the possessor the pronoun
        found, or, when that country has no such office, of the nearest earlier person of the
        same gender whose country has one."""
        gender = self._gender(work, possessor)
        keys = [possessor] + [
            m.actor_key
            for m in work.before(span.start)
            if self._person_fits(work, m.actor_key, gender or "m") or m.actor_key == possessor
        ]
        for key in dict.fromkeys(keys):
            country = self.identity(work, key).country
            if country and self._kb_holder(wanted, country, None, work.day, False):
                return country
        return None

    def _story_country(self, work: _DocWork, before: int) -> str | None:
        """The country a story is about before ``before``: its states and people, else the
        country of the places it names. A place the same sentence puts the title in comes
        first: in a story of two countries, "in Kursk the governor said" is Russia's governor
        whatever state was named last."""
        found = self._sentence_place_country(work, before) or self._focus_any(work, before)
        if found is not None:
            return found
        for token in reversed(work.doc[:before]):  # the NER often mislabels places ("Odesa")
            if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.i in work.dateline:
                continue
            if token.ent_type_ in ("PERSON", "ORG", "NORP"):
                continue
            country = self.place_names.get(token.lower_)
            place = None if country else load_gazetteer().resolve(token.text)
            if place is not None and place.population >= 50_000:
                country = place.country
            if country:
                return country
        return None

    def _placed_story_country(self, work: _DocWork, before: int) -> str | None:
        """The country of the nearest earlier name used as a place (tagged as one, or after
        "in"/"near" ...): stricter than the story scan, which also tries untagged names."""
        spatial = self.kb.lexicon["spatial_argument_preps"]
        for token in reversed(work.doc[:before]):
            if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.i in work.dateline:
                continue
            placed = token.dep_ == "pobj" and token.head.lower_ in spatial
            if token.ent_type_ not in ("GPE", "LOC") and not placed:
                continue
            country = self.place_names.get(token.lower_) or _country_of_place(token.text)
            if country:
                return country
        return None

    def _patient_country(self, work: _DocWork, whole: Span) -> str | None:
        """ "Pashinyan was detained by police", "police detained two activists of the
        opposition": the country of the person or people the police act on."""
        root = whole.root
        if root.dep_ == "pobj" and root.head.dep_ == "agent":
            verb = root.head.head
            patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        elif root.dep_ == "nsubj":
            patient = next((c for c in root.head.children if c.dep_ == "dobj"), None)
        else:
            return None
        mention = work.mention_at(patient.i) if patient is not None else None
        if mention is None:
            return None
        ident = self.identity(work, mention.actor_key)
        people = self._is_person(work, mention.actor_key) or ident.sector in ("CVL", "OPP")
        return ident.country if people else None

    def _conjunct_country(self, work: _DocWork, whole: Span) -> str | None:
        """The country of the noun ``whole`` is coordinated with ("Polish troops and police")."""
        root = whole.root
        if root.dep_ != "conj" or root.head.pos_ not in ("NOUN", "PROPN"):
            return None
        mention = work.mention_at(root.head.i)
        return self.identity(work, mention.actor_key).country if mention is not None else None

    def _story_setting(self, work: _DocWork) -> str | None:
        """The country most of the story's "in/near/at <place>" phrases are in, when one
        country has most of them ("unrest in Georgia", "flights to Georgia")."""
        spatial = self.kb.lexicon["spatial_argument_preps"]
        counts: dict[str, int] = {}
        for token in work.doc:
            if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ not in spatial:
                continue
            country = self.place_names.get(token.lower_) or _country_of_place(token.text)
            read_as = work.mention_at(token.i)
            if read_as is not None and self.identity(work, read_as.actor_key).country != country:
                continue  # "criticism from Brussels" is the EU speaking, not a Belgian setting
            if country:
                counts[country] = counts.get(country, 0) + 1
        if not counts:
            return None
        best = max(counts, key=lambda c: counts[c])
        return best if counts[best] * 2 > sum(counts.values()) else None

    def _sentence_place_country(self, work: _DocWork, before: int) -> str | None:
        """The country of the nearest place the sentence puts ``before`` in: "in <place>"
        before it, or "<place>, where" ("flew to Ankara, where the president received him")."""
        if before >= len(work.doc):
            return None
        doc, start = work.doc, work.doc[before].sent.start
        for token in reversed(doc[start:before]):
            if token.lower_ == "in" and token.i + 1 < before:
                run = _proper_run(doc, token.i + 1, min(before, token.i + 5))
            elif token.lower_ == "where" and token.i - 2 >= start and doc[token.i - 1].text == ",":
                first = token.i - 2
                while first > start and doc[first - 1].text[:1].isupper() and first > token.i - 5:
                    first -= 1
                run = _proper_run(doc, first, token.i - 1)
            else:
                continue
            if len(run) and run.end <= before:
                found = self._country_of_run(work, run)
                if found:
                    return found
        return None

    def _speaker_country(self, work: _DocWork, whole: Span) -> str | None:
        """The country of the person who says the clause ``whole`` is in: a speaker's "the
        government", "the army", "police" are their own country's ("He said voters had sent
        a message to the government"); or of the person out of office whose act it undergoes
        ("Abdulla Shahid, a former minister, accused the government")."""
        speech = next(
            (
                a.head
                for a in whole.root.ancestors
                if a.dep_ == "ccomp" and a.head.lemma_.lower() in self.kb.lexicon["speech_verbs"]
            ),
            None,
        )
        if speech is None:
            return self._critic_country(work, whole)
        subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        mention = work.mention_at(subject.i) if subject is not None else None
        if mention is None or not self._is_person(work, mention.actor_key):
            return None
        ident = self.identity(work, mention.actor_key)
        if ident.sector in self.kb.lexicon["organisation_sectors"]:
            return None  # "a sociologist in Toronto said the government had misread ...":
            # where an academic or a reporter works says nothing of whose government it is
        return ident.country

    def _critic_country(self, work: _DocWork, whole: Span) -> str | None:
        """ "Abdulla Shahid accused the government of ...": a person who holds no office of
        state (a former minister, an opposition leader) acts on their own country's
        government; a minister or a diplomat may be acting on another's, so is not read."""
        root = whole.root
        if root.dep_ != "dobj":
            return None
        subject = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
        mention = work.mention_at(subject.i) if subject is not None else None
        if mention is None or not self._is_person(work, mention.actor_key):
            return None
        ident = self.identity(work, mention.actor_key)
        if ident.sector not in (None, "OPP", "PTY", "LEG"):
            return None
        return ident.country

    def _place_state_of_sentence(self, work: _DocWork, whole: Span) -> str | None:
        """The one country the sentence names as a place ("from Mali", "in Syria")."""
        preps = self.kb.lexicon["spatial_preps"] | {"out"}
        found = set()
        for mention in work.mentions:
            span = mention.span
            if span.sent.start != whole.sent.start or span.start == whole.start:
                continue
            head = span.root.head
            if head.lower_ == "of" and head.head.lower_ in preps:
                head = head.head  # "out of Niger", "outside of Kabul"
            if span.root.dep_ == "pobj" and head.lower_ in preps:
                country = self.identity(work, mention.actor_key).country
                if country:
                    found.add(country)
        return found.pop() if len(found) == 1 else None

    def _country_of_run(self, work: _DocWork, run: Span) -> str | None:
        mention = work.mention_at(run.start)
        if mention is not None and _is_place(work, mention.actor_key):
            return work.locals[mention.actor_key].country
        found = self._country_of_word(run.text) or self.place_names.get(run.text.lower())
        return found or _country_of_place(run.text)

    def _focus_igo(self, work: _DocWork, before: int) -> str | None:
        """The code of the nearest earlier IGO mention."""
        for mention in work.before(before):
            actor = self.kb.actors.get(mention.actor_key)
            if actor is not None and actor.sector == "IGO" and actor.igo:
                return actor.igo
        return None

    def _local_holds(
        self, work: _DocWork, key: str, wanted: tuple[str, ...], country: str | None
    ) -> bool:
        """An unknown person the text gave this title ("UN envoy Hans Grundberg")."""
        local = work.locals.get(key)
        if local is None or local.kind != "person" or not local.role:
            return False
        if country is not None and local.country != country:
            return False
        office = _norm_title(local.role)
        return any(_title_matches(want, office, self._qualifiers) for want in wanted)

    def _story_igo_head(self, work: _DocWork, igo: str, before: int) -> str | None:
        """ "Antonio Guterres called for restraint ... The UN chief said": a person of the
        story who leads that IGO on the date, before anyone else the knowledge base lists."""
        for mention in work.before(before):
            actor = self.kb.actors.get(mention.actor_key)
            if actor is not None and any(
                self._heads_igo(r, igo) for r in _roles_on(actor, work.day)
            ):
                return actor.id
        return None

    def _igo_head(self, igo: str, day: dt.date | None) -> str | None:
        """The person who leads an IGO on ``day``: a role of that IGO with no qualifier
        ("deputy") and not a post sent elsewhere (an envoy, a representative)."""
        for person in self.people:
            if any(self._heads_igo(r, igo) for r in _roles_on(person, day)):
                return person.id
        return None

    def _focus_country(self, work: _DocWork, before: int) -> str | None:
        """The country of the nearest earlier state, institution or office holder."""
        for mention in work.before(before):
            if mention.actor_key.startswith("state:"):
                return self.identity(work, mention.actor_key).country
        return None

    def _holds_title(
        self, work: _DocWork, key: str, wanted: tuple[str, ...], country: str | None,
        igo: str | None, former: bool, grace: bool = False,
    ) -> bool:  # fmt: skip
        actor = self.kb.actors.get(key)
        if actor is None or actor.kind != "person":
            return False
        if former:
            return self._held_before(actor, wanted, country, igo, work.day)
        return any(
            _role_fits(r, wanted, country, igo, self._qualifiers)
            and (country or igo or _state_office(r))
            for r in (_roles_near(actor, work.day) if grace else _roles_on(actor, work.day))
        )

    def _held_before(
        self, actor: KBActor, wanted: tuple[str, ...], country: str | None, igo: str | None,
        day: dt.date | None,
    ) -> bool:  # fmt: skip
        """ "the former prime minister" who now leads the opposition, "the ousted president"
        whose formal term ended days after the story: an office of that title that ended
        (or ends within days of the date), while no office of it is held for longer."""
        if day is None:
            return False
        until = day + dt.timedelta(days=ROLE_END_GRACE_DAYS)
        ended = [r for r in actor.roles if r.end is not None and r.end <= until]
        if not any(_role_fits(r, wanted, country, igo, self._qualifiers) for r in ended):
            return False
        lasting = [r for r in _roles_on(actor, until) if r not in ended]
        return not any(_role_fits(r, wanted, country, igo, self._qualifiers) for r in lasting)

    def _kb_leaving_holder(
        self, wanted: tuple[str, ...], country: str, day: dt.date | None
    ) -> str | None:
        """The person whose office of that title in ``country`` ended within days of the
        date ("the outgoing president" on the day the successor is sworn in)."""
        for person in self.people:
            if self._held_before(person, wanted, country, None, day) and any(
                r.end is not None
                and day is not None
                and abs((r.end - day).days) <= ROLE_END_GRACE_DAYS
                for r in person.roles
            ):
                return person.id
        return None

    def _kb_holder(
        self, wanted: tuple[str, ...], country: str | None, igo: str | None,
        day: dt.date | None, former: bool,
    ) -> str | None:  # fmt: skip
        if former:
            return None  # which former holder is meant cannot be told without a name
        best: tuple[int, str] | None = None
        for person in self.people:
            for role in _roles_on(person, day):
                if _role_fits(role, wanted, country, igo, self._qualifiers):
                    size = len(role.title)
                    if best is None or size < best[0]:
                        best = (size, person.id)
        return best[1] if best else None

    def _counterpart(
        self, work: _DocWork, span: Span, country: str | None, possessor: str | None
    ) -> str | None:
        """ "his Azerbaijani counterpart": the holder of the possessor's office in that country."""
        if country is None:
            return None
        office: tuple[str, ...] = ()
        if possessor is not None:
            actor = self.kb.actors.get(possessor)
            role = actor.role_on(work.day) if actor else None
            if role is not None:  # "external affairs minister" also as "foreign minister"
                words, quals = _office_words(role), self._qualifiers
                same = (
                    t
                    for v in self.kb.title_equivalents.values()
                    if any(_title_matches(w, words, quals) for w in v)
                    for t in v
                )
                office = tuple(dict.fromkeys((words, *same)))
        for mention in work.before(span.start):
            ident = self.identity(work, mention.actor_key)
            if self._is_person(work, mention.actor_key) and ident.country == country:
                return mention.actor_key
        if office:
            holder = self._kb_holder(office, country, None, work.day, False)
            if holder:
                return holder
        return _state_key(f"state:{country}", "GOV")

    def _unnamed(
        self, work: _DocWork, span: Span, country: str | None, igo: str | None, sector: str
    ) -> str:
        words = [t.lower_ for t in span]
        sector = _sector_of_words(words[:-1], self.kb, self.kb.modifiers) or sector
        if igo:
            return self._igo_key(work, igo)
        if country:
            return _state_key(f"state:{country}", sector)
        key = f"local:unnamed:{span.start}"
        return work.add_local(key, LocalActor(span.text, "person", None, sector))

    def _igo_key(self, work: _DocWork, igo: str) -> str:
        """The knowledge-base IGO with this code, else a local IGO actor."""
        key = f"igo:{igo}"
        if key in self.kb.actors:
            return key
        found = next(
            (a.id for a in self.kb.actors.values() if a.igo == igo and a.sector == "IGO"), None
        )
        return found or work.add_local(key, LocalActor(igo, "organization", None, "IGO", None, igo))

    # descriptions
    # offices the text names
    def _stated_offices(self, work: _DocWork) -> None:
        """A known person whose office the text names before or beside the name takes it:
        of the roles held on the date the one of the title's sector ("Myanmar's junta chief,
        Min Aung Hlaing" is the army's commander, not the head of government he also was);
        with none held, the office as written ("Economy Minister Emmanuel Macron" a year
        before the knowledge base has him in office). A title after "former" or "then" says
        nothing of the date."""
        for mention in work.mentions:
            actor = self.kb.actors.get(mention.actor_key)
            if actor is None or actor.kind != "person" or actor.id in work.stated:
                continue
            stated = self._stated_title(work, mention)
            if stated is None:
                continue
            title, sector, country = stated
            ident = actor.identity_on(work.day)
            if ident.sector == sector:
                continue
            held = [r for r in _roles_on(actor, work.day) if r.sector == sector]
            if held:
                role = max(held, key=lambda r: r.start or dt.date.min)
                work.stated[actor.id] = Identity(
                    role.country, role.sector, role.title or None, role.igo or actor.igo
                )
            elif ident.sector is None and self._office_of_state(title, sector):
                where = country or ident.country
                if where:
                    work.stated[actor.id] = Identity(where, sector, title, None)

    def _office_of_state(self, title: str, sector: str) -> bool:
        """A title that only a state's office bears ("economy minister", "senator"), not
        one a party, a company or a movement gives too ("their leader", "a spokesman", "the
        president", "the commander")."""
        lex = self.kb.lexicon
        generic = lex["head_nouns"] | lex["spokesperson_titles"] | {"official", "commander"}
        return sector in STATE_SECTORS and title.split()[-1] not in generic

    def _stated_title(self, work: _DocWork, mention: Mention) -> tuple[str, str, str | None] | None:
        """The title written right before a person's name, or set off by a comma beside it,
        with its sector and the country that owns it; None for a title of a non-state body
        ("Hamas leader ...") or of another time ("former", "then")."""
        doc, span = work.doc, mention.span
        if mention.kind in ("name", "alias"):
            for length in (3, 2, 1):
                start = span.start - length
                if start < 0 or not all(t.is_alpha for t in doc[start : span.start]):
                    continue
                words = [t.lower_ for t in doc[start : span.start]]
                found = self._title_of_words(work, doc, start, words)
                if found is not None:
                    return found
        for title in work.mentions:
            if title.kind != "title" or title.actor_key != mention.actor_key:
                continue
            beside = (title.span.end + 1 == span.start and doc[title.span.end].text == ",") or (
                span.end + 1 == title.span.start and doc[span.end].text == ","
            )
            if not beside:
                continue
            tokens = list(title.span)
            cut = max((k + 1 for k, t in enumerate(tokens) if t.text in POSSESSIVE), default=0)
            if cut == 0 and tokens[0].lower_ in DETERMINERS:
                cut = 1
            words = [t.lower_ for t in tokens[cut:]]
            if words and all(t.is_alpha for t in tokens[cut:]):
                return self._title_of_words(work, doc, title.span.start + cut, words)
        return None

    def _title_of_words(
        self, work: _DocWork, doc: Doc, start: int, words: list[str]
    ) -> tuple[str, str, str | None] | None:
        lex = self.kb.lexicon
        title = _norm_title(" ".join(words))
        sector = self.kb.titles.get(title)
        if sector is None and len(words) > 1 and words[-1] in lex["head_nouns"]:
            sector = _sector_of_words(words[:-1], self.kb, self.kb.sector_nouns)  # "junta chief"
        if sector is None:
            return None
        earlier = doc[max(0, start - 3) : start]  # "former trade minister", "then-President"
        if any(t.lower_ in lex["former_words"] | {"then"} for t in earlier):
            return None
        owner = work.mention_ending_at(start) or work.mention_ending_at(start - 1)
        if owner is not None and not owner.actor_key.startswith("state:"):
            return None  # "Hamas leader Ismail Haniyeh": the group's office, not a state's
        country = self.identity(work, owner.actor_key).country if owner is not None else None
        return title, sector, country

    def _the_country(self, work: _DocWork, i: int) -> Mention | None:
        """ "the country", "the kingdom", "the Islamic Republic": the state the story is about
        at that point."""
        doc = work.doc
        first = i + 1
        while first < min(i + 4, len(doc) - 1) and _describing_adjective(doc[first]):
            first += 1  # "the oil-rich kingdom", "the communist-ruled country"
        for start in dict.fromkeys((i + 1, first)):
            for length in (3, 2, 1):  # "the West African nation", "the Gulf state"
                end = start + length
                phrase = doc[start:end].text.lower() if end <= len(doc) else ""
                regional = phrase in self.kb.lexicon["regional_state_nouns"]
                if phrase not in self.kb.lexicon["state_nouns"] and not regional:
                    continue
                if regional and not doc[start].is_title:
                    continue  # "the south of Ukraine" is a region; "the South" a Korea

                if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].text != "'s":
                    return None  # "the country director"
                found = self._state_noun(work, doc[i:end], phrase, regional)
                return self._described_owner_body(work, found) if found else None
        return None

    def _described_owner_body(self, work: _DocWork, state: Mention) -> Mention:
        """ "the island's defence ministry", "the island's Mainland Affairs Council": a state
        body named right after a state description's possessive is that state's institution,
        not a body of whichever state the story named first."""
        doc, end = work.doc, state.span.end
        if end + 1 >= len(doc) or doc[end].text not in POSSESSIVE:
            return state
        owner = state.actor_key.partition("/")[0]
        last = _sector_noun_end(doc, end + 1, self.kb)
        phrase = doc[end + 1 : last + 1] if last is not None else None
        sector = self.kb.sector_nouns[phrase.text.lower()] if phrase is not None else None
        if phrase is not None and (
            phrase.text.lower() in self.kb.titles or phrase.root.lemma_ in self.kb.person_nouns
        ):
            return state  # "the emirate's prime minister": a title, resolved as one
        if last is not None and sector in STATE_SECTORS:
            whole = doc[state.span.start : last + 1]
            return Mention(whole, _state_key(owner, sector), "institution")
        body = work.mention_at(end + 1)
        if body is None or body.span.start != end + 1 or not body.actor_key.startswith("state:"):
            return state
        work.mentions.remove(body)
        sector = body.actor_key.partition("/")[2] or None
        whole = doc[state.span.start : body.span.end]
        return Mention(whole, _state_key(owner, sector), "institution")

    def _state_noun(
        self, work: _DocWork, span: Span, phrase: str, regional: bool = False
    ) -> Mention | None:
        """ "the country" after a state, "the kingdom" after the nearest monarchy named; a
        regional description ("the West African nation") only ever a state of its region."""
        doc, end = work.doc, span.end
        named = work.mention_at(end + 1) if end + 1 < len(doc) and doc[end].lower_ == "of" else None
        if named is not None and named.actor_key.startswith("state:"):
            return Mention(span, named.actor_key.partition("/")[0], "description")
        # a state speaking does not call itself "the republic" ("Moscow said it respected the
        # choice of the former Soviet republic": not Russia)
        speakers = self._governing_subject_countries(work, span)
        kinds = [k for k in self.descriptions.get(phrase, []) if k[6:] not in speakers]
        found = self._described_state(work, span.start, kinds)
        if found is not None:
            return Mention(span, found, "description")
        placed = self._state_named_as_place(work, span.start, kinds)
        if placed is not None:  # "drills near Taiwan ... strikes on the island"
            return Mention(span, f"state:{placed}", "description")
        if regional:
            return None
        country = self._focus_any(work, span.start, True, speakers) or self._focus_any(
            work, span.start, False, speakers
        )
        return Mention(span, f"state:{country}", "description") if country else None

    def _governing_subjects(self, work: _DocWork, span: Span) -> set[str]:
        """The actors that are subjects of the clauses above a phrase that is not a subject."""
        if span.root.dep_ in ("nsubj", "nsubjpass", "appos"):
            return set()
        return {k for s in _subjects_above(span) if (k := self._key_at(work, s, lambda _k: True))}

    def _governing_subject_countries(self, work: _DocWork, span: Span) -> set[str]:
        """The states that are subjects of the clauses above a description of a state by
        its kind ("the Central Asian republic") that is not itself their subject."""
        if span.root.dep_ in ("nsubj", "nsubjpass") or len(span) < 3:
            return set()  # "Kyiv said the country would ...": a bare noun may be the speaker
        keys = (
            self._key_at(work, s, lambda k: k.startswith("state:")) for s in _subjects_above(span)
        )
        return {k.partition("/")[0][6:] for k in keys if k}

    def _described_state(self, work: _DocWork, before: int, kinds: list[str]) -> str | None:
        """The nearest earlier state of the described kind; one named by an adjective gives
        way to one named by a noun in its sentence ("Ukraine said Russian drones had hit
        Odesa, and the country's air force ...": Ukraine)."""
        found: list[tuple[Mention, str]] = []
        for mention in work.before(before) if kinds else []:
            country = self.identity(work, mention.actor_key).country or _mention_country(
                work, mention
            )
            if not country or f"state:{country}" not in kinds:
                continue
            if found and mention.span.sent.start != found[0][0].span.sent.start:
                break
            found.append((mention, f"state:{country}"))
            if mention.kind != "demonym":
                break
        if not found:
            return None
        nouns = [key for mention, key in found if mention.kind != "demonym"]
        return nouns[0] if nouns else found[0][1]

    def _state_named_as_place(self, work: _DocWork, before: int, kinds: list[str]) -> str | None:
        """The nearest earlier state of the described kind named only as a place."""
        for token in reversed(work.doc[:before]) if kinds else ():
            country = self.place_names.get(token.lower_) if token.pos_ == "PROPN" else None
            if country and f"state:{country}" in kinds:
                return country
        return None

    def _description(self, work: _DocWork, i: int, covered: set[int]) -> Mention | None:
        doc = work.doc
        token = doc[i]
        definite = token.lower_ in ("the", "a", "an")
        first = i + 1 if definite else i
        if token.lower_ == "the":
            apposed = self._apposed_state_description(work, i, covered)
            if apposed is not None:  # "France, the former colonial power, condemned it"
                return apposed
            country = self._the_country(work, i) or self._same_head(work, i)
            if country is not None:
                return country
            while (
                first < i + 3
                and first + 1 < len(doc)
                and _adjective_premodifier(doc[first], self.kb.lexicon)
            ):
                first += 1  # "the new administration", "the ruling junta"
        for length in range(_free_run(doc, first, covered), 0, -1):
            span = doc[first : first + length]
            if span[-1].dep_ in ("compound", "amod") and span[-1].head.i > span[-1].i:
                continue  # "an army base"
            key = span.text.lower()
            whole = doc[i : span.end]
            owner_state = self._possessive_state(work, whole)
            if owner_state is not None:
                sector = self.kb.sector_nouns.get(key)
                if key in self.kb.lexicon["shared_force_nouns"]:  # "police mission ... its
                    sector = self._force_before(work, whole) or sector  # officers": police
                if sector in STATE_SECTORS or sector == "PTY":  # "its army"; "his party"
                    return Mention(whole, _state_key(owner_state, sector), "institution")
            found = self._kb_description(work, key, whole) or self._group_description(
                work, span, whole
            )
            owned = i > 0 and (doc[i - 1].lower_ in DETERMINERS or doc[i - 1].dep_ == "poss")
            bare = _bare_plural(span) or (
                key in self.kb.lexicon["bare_institutions"] and not owned
            )  # "told parliament", not "his government"
            if found is None and (definite or bare):
                found = self._sector_description(work, key, whole)
            found = (
                found
                or self._first_listed_igo(key, whole)
                or self._only_group_of_story(work, key, whole)
            )
            if found is not None:
                return found
        if definite:  # "the Constitutional Council", "the anti-corruption agency"
            chunk = work.noun_chunk_at(i)
            if chunk is not None and not any(t.i in covered for t in chunk):
                return self._state_body(work, chunk)
        return None

    def _apposed_state_description(
        self, work: _DocWork, i: int, covered: set[int]
    ) -> Mention | None:
        """A definite phrase set off after the name of a state, a group or an IGO ("France,
        the former colonial power,", "Hayat Tahrir al-Sham, the jihadist alliance that ...")
        describes it; a person or a body would be a mention of its own."""
        doc = work.doc
        if i < 2 or doc[i - 1].text != ",":
            return None
        named = work.mention_ending_at(i - 1)
        if named is None or "/" in named.actor_key:
            return None
        if not named.actor_key.startswith("state:") and not (
            self._is_group(named.actor_key) or self._is_igo(named.actor_key)
        ):
            return None
        chunk = work.noun_chunk_at(i)
        if chunk is None or chunk.root.dep_ != "appos" or any(t.i in covered for t in chunk):
            return None
        if chunk.root.head.i not in range(named.span.start, named.span.end):
            return None
        if chunk.root.lemma_.lower() in self.kb.person_nouns:
            return None  # "Russia, the president said": not a description of the state
        return Mention(chunk, named.actor_key, "description")

    def _kb_description(self, work: _DocWork, key: str, whole: Span) -> Mention | None:
        """ "the bloc", "the alliance": the nearest earlier actor with that description; an
        IGO description with no antecedent names the first IGO listed for it."""
        ids = self.descriptions.get(key, [])
        igo_heads = self.kb.lexicon["igo_heads"]
        if not ids and key.split()[-1] not in igo_heads:
            return None  # nothing could match: skip the scan over every earlier mention
        # "the bloc", "the regional body": any international body; "the nuclear watchdog" only
        # one the knowledge base describes so
        words = key.replace(" - ", "-").split()
        generic = len(words) == 1
        if not ids and all(w in self.kb.lexicon["igo_adjectives"] for w in words[:-1]):
            ids = self.descriptions.get(words[-1], [])  # "the enlarged bloc": a bloc
            generic = not ids
        earlier = work.before(whole.start)
        # a body the knowledge base describes so comes first: "NATO ... the European Union.
        # The alliance" is NATO, though any body could be "the bloc" when none is described so
        described = next((m for m in earlier if m.actor_key.split("/")[0] in ids), None)
        if described is not None:
            return Mention(whole, described.actor_key, "description")
        for mention in earlier:
            base = mention.actor_key.split("/")[0]
            actor = self.kb.actors.get(base)
            generic_igo = (
                key.split()[-1] in igo_heads and actor is not None and actor.sector == "IGO"
                and whole[0].lower_ == "the" and generic
            )  # fmt: skip
            if base in ids or generic_igo:
                return Mention(whole, mention.actor_key, "description")
        return None

    def _only_group_of_story(self, work: _DocWork, key: str, whole: Span) -> Mention | None:
        """ "the ruling party" before the party is named: the one group of the story's
        country that the knowledge base describes so (not a generic "the militant group")."""
        ids = self.descriptions.get(key, [])
        lex = self.kb.lexicon
        generic = key.split()[-1] in lex["group_heads"] or key.split()[-1] in lex["igo_heads"]
        if whole[0].lower_ != "the" or not ids or generic:
            return None
        country = self._focus_any(work, whole.start)
        groups = [i for i in ids if self.kb.actors[i].kind == "group"]
        found = [i for i in groups if country and self.kb.actors[i].country == country]
        return Mention(whole, found[0], "description") if len(found) == 1 else None

    def _first_listed_igo(self, key: str, whole: Span) -> Mention | None:
        if key in self.kb.lexicon["antecedent_only_igo_heads"]:
            return None
        igos = [i for i in self.descriptions.get(key, []) if self.kb.actors[i].sector == "IGO"]
        if igos and whole[0].lower_ == "the":
            return Mention(whole, igos[0], "description")
        return None

    def _group_description(self, work: _DocWork, span: Span, whole: Span) -> Mention | None:
        """ "the paramilitary group", "the militants": the nearest earlier non-state group."""
        if span[-1].lower_ not in self.kb.lexicon["group_heads"] or whole[0].lower_ not in (
            "the",
            "a",
            "an",
        ):
            return None
        appositive = whole.start > 0 and whole.doc[whole.start - 1].text == ","
        for mention in work.before(whole.start):
            actor = self.kb.actors.get(mention.actor_key)
            if actor is not None and actor.kind == "group" and actor.sector in ("REB", "PTY", None):
                if whole[0].lower_ in INDEFINITE and not (
                    appositive and mention.span.end == whole.start - 1
                ):
                    return None
                return Mention(whole, mention.actor_key, "description")
        return None

    def _noun_sector(self, words: list[str], lemma: str) -> str | None:
        """The sector of a noun phrase as written or with its last word's lemma ("foreign
        ministers" is listed as "foreign minister")."""
        return self.kb.sector_nouns.get(" ".join(words)) or self.kb.sector_nouns.get(
            " ".join([*words[:-1], lemma])
        )

    def _sector_description(self, work: _DocWork, key: str, whole: Span) -> Mention | None:
        """ "the government", "police", "the army": the nearest state with that sector, or
        the state last in focus."""
        sector = self.kb.sector_nouns.get(key)
        words = key.split()
        if (
            sector is None
            and len(words) in (2, 3)
            and words[0] in self.kb.lexicon["bloc_adjectives"]
            and self._noun_sector(words[1:], whole[-1].lemma_.lower()) == "GOV"
            and whole[-1].lemma_.lower() in self.kb.person_nouns
        ):  # "Western officials", "Arab foreign ministers": government people of no one state
            local = LocalActor(whole.text, "group", None, "GOV")  # many people: "they", never "he"
            return Mention(whole, work.add_local(f"local:bloc:{whole.start}", local), "title")
        if sector is None and len(words) > 1 and words[-1] in self.kb.sector_nouns:
            modifier = _sector_of_words(words[:-1], self.kb, self.kb.modifiers)
            if modifier is None or len(words) > 2:
                return None
            sector = modifier  # "army officers", "security forces"
        skip = self.kb.lexicon["sector_description_skip"]
        if sector is None or key in skip or key in self.kb.titles:
            return None
        if key in self.kb.lexicon["shared_force_nouns"]:  # "officers" after "police"
            sector = self._force_before(work, whole) or sector
        if any(
            c.dep_ == "appos" and (m := work.mention_at(c.i)) and self._is_person(work, m.actor_key)
            for c in whole.root.children
        ):  # "the journalist Jamal Khashoggi": the phrase names the person
            return None
        named = work.mention_ending_at(whole.start)
        if named is not None and self._is_group(named.actor_key):
            return Mention(whole, named.actor_key, "description")  # "Houthi officials"
        if named is not None and sector in ("MIL", "COP") and self._is_igo(named.actor_key):
            return Mention(whole, named.actor_key, "description")  # "UN peacekeepers"
        if whole[0].lower_ in INDEFINITE and sector not in ("JUD", "REB"):
            return None
        runner = self._run_by(work, whole)
        if runner is not None:  # "Houthi-run health authorities": the group's
            base = runner.partition("/")[0]
            key = base if not base.startswith("state:") else _state_key(base, sector)
            return Mention(whole, key, "description")
        founder = self._founded_by(work, whole) if sector in STATE_SECTORS else None
        if founder is not None:  # "a court set up by Myanmar's military junta": Myanmar's
            return Mention(whole, _state_key(f"state:{founder}", sector), "description")
        deployer = self._deployed_by(work, whole) if sector in STATE_SECTORS else None
        if deployer is not None:  # "Peru sent police to the border": Peru's police
            return Mention(whole, _state_key(f"state:{deployer}", sector), "description")
        placed = self._country_after_in(whole)
        if placed is not None:  # "police in Kenya", "army officers in Burkina Faso"
            return Mention(whole, _state_key(f"state:{placed}", sector), "description")
        junta = key in self.kb.lexicon["junta_nouns"]
        speaker = self._speaker_country(work, whole) if sector in STATE_SECTORS else None
        if speaker is not None and not junta:  # "Ivanishvili said the government was
            # ready": Georgia's; no one calls their own rulers "the junta" ("Tinubu said the
            # junta would not stand" after soldiers in Niger seized power)
            return Mention(whole, _state_key(f"state:{speaker}", sector), "description")
        recent = [m for m in work.before(whole.start)
                  if whole.sent.start - m.span.sent.start < 400]  # fmt: skip
        if sector == "JUD" and whole[0].lower_ == "the":  # "the judges" of the ICJ
            court = self._recent_court(recent)
            if court is not None:
                return Mention(whole, court, "description")
        if whole[0].lower_ == "the":  # "the ministry" after "the Philippine foreign ministry"
            head = whole[-1].lemma_.lower()
            for mention in recent:
                if mention.span[-1].lemma_.lower() == head and mention.actor_key.startswith(
                    "state:"
                ):
                    return Mention(whole, mention.actor_key, "description")
        if sector in ("REB", "PTY"):  # "the militants" after "Hamas"; "the ruling party"
            for mention in recent:
                actor = self.kb.actors.get(mention.actor_key)
                if actor is not None and actor.kind == "group" and actor.sector == sector:
                    return Mention(whole, mention.actor_key, "description")
        shared = self._conjunct_country(work, whole)
        if shared is not None:  # "Polish troops and police"
            return Mention(whole, _state_key(f"state:{shared}", sector), "description")
        if sector in DOMESTIC_SECTORS and whole[0].lower_ not in INDEFINITE:
            # "riot police fired tear gas" in a story set in Tbilisi: Georgia's police, even
            # when a Russian lawmaker was the last actor named
            home = (
                self._patient_country(work, whole)
                or self._sentence_place_country(work, whole.start)
                or self._story_setting(work)
            )
            if home is not None:
                return Mention(whole, _state_key(f"state:{home}", sector), "description")
        if sector == "REB":  # "a deployment against Islamist militants" in a sentence that
            # puts the troops in Mali: the insurgents are Mali's, not those of the deploying state
            placed_in = self._place_state_of_sentence(work, whole)
            if placed_in is not None:
                return Mention(whole, _state_key(f"state:{placed_in}", sector), "description")
        if junta:
            ruled = self._military_ruled(work, recent)
            if ruled is not None:  # "the junta": the state under military rule on the date
                return Mention(whole, _state_key(ruled, "MIL"), "description")
            for mention in recent:  # else the soldiers who took power, named before
                if mention.actor_key.startswith("state:") and mention.actor_key.endswith("/MIL"):
                    return Mention(whole, mention.actor_key, "description")
        if sector == "MIL" and whole[0].lower_ == "the" and whole.root.dep_ == "nsubj":
            # "According to Russian media, the military has moved missiles": the one country
            # its sentence names before it, ahead of any earlier army
            own = self._sentence_country(work, whole)
            if own is not None:
                return Mention(whole, _state_key(f"state:{own}", sector), "description")
        same = ("PTY", "OPP") if sector == "PTY" else (sector,)  # an opposition leader's party
        # a clause's subject first: "Burkina Faso expelled French diplomats ... the authorities"
        for mention in _subjects_first(recent):
            ident = self.identity(work, mention.actor_key)
            if ident.sector in same and ident.country and mention.actor_key.startswith("state:"):
                return Mention(whole, mention.actor_key, "description")
        subjects = [m for m in recent if _subject_like(m.span.root)]
        outside = self.kb.lexicon["organisation_sectors"] if sector in STATE_SECTORS else ()
        for mention in subjects + recent:  # states and office holders set the focus, a
            # clause's subject first ("Lawmakers" after "Yoon ... sympathising with North Korea")
            actor = self.kb.actors.get(mention.actor_key.split("/")[0])
            ident = self.identity(work, mention.actor_key)
            if ident.sector in outside and self._is_person(work, mention.actor_key):
                continue  # a scholar at a Canadian university does not make it Canada's army
            if ident.country and actor is not None and actor.kind in ("state", "person"):
                return Mention(whole, _state_key(f"state:{ident.country}", sector), "description")
            if ident.country and self._is_person(work, mention.actor_key):
                # an unknown person placed in a country ("an analyst ... in Kyiv")
                return Mention(whole, _state_key(f"state:{ident.country}", sector), "description")
        if whole[0].lower_ == "the" and sector in STATE_SECTORS:
            # "the army" in a story of the RSF and El Fasher: the country the story is about
            country = (
                self._group_country(work, recent)
                or self._sentence_place_country(work, whole.start)
                or self._focus_any(work, whole.start)
                or self._placed_story_country(work, whole.start)
            )
            if country is not None:
                return Mention(whole, _state_key(f"state:{country}", sector), "description")
        return None

    def _force_before(self, work: _DocWork, whole: Span) -> str | None:
        """The sector of the nearest word for the police or an armed force in this or the two
        sentences before: "detained by police ... officers confiscated her camera" are police
        officers, "a police mission ... its officers" too, "troops ... officers" army officers."""
        doc, shared = work.doc, self.kb.lexicon["shared_force_nouns"]
        first = whole.sent.start
        for _ in range(2):
            first = doc[first - 1].sent.start if first > 0 else 0
        for token in reversed(doc[first : whole.start]):
            if token.lower_ in shared:
                continue
            pair = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i > 0 else ""
            sector = (  # "security forces" are the police's, "forces" alone an army
                self.kb.sector_nouns.get(pair)
                or self.kb.sector_nouns.get(token.lower_)
                or self.kb.modifiers.get(token.lower_)
            )
            if sector in ("COP", "MIL"):
                return sector
        return None

    def _sentence_country(self, work: _DocWork, whole: Span) -> str | None:
        """The only country the actors and places of ``whole``'s sentence before it belong to."""
        start = whole.sent.start
        countries = {
            self.identity(work, m.actor_key).country
            for m in work.mentions
            if start <= m.span.start < whole.start
        }
        countries.add(self._sentence_place_country(work, whole.start))
        countries.discard(None)
        return next(iter(countries)) if len(countries) == 1 else None

    def _recent_court(self, recent: list[Mention]) -> str | None:
        """The nearest international court or tribunal named before (the ICJ, the ICC)."""
        lex = self.kb.lexicon
        for mention in recent:
            actor = self.kb.actors.get(mention.actor_key)
            if actor is None or actor.sector != "IGO":
                continue
            if set(actor.name.lower().split()) & {"court", "tribunal"} & lex["igo_heads"]:
                return actor.id
        return None

    def _possessive_state(self, work: _DocWork, whole: Span) -> str | None:
        """The state an "its"/"their" right before ``whole`` refers to; for "his"/"her" and
        "whose", the country of the person ("his party", "whose government" after a prime
        minister's name)."""
        if whole.start == 0:
            return None
        doc = whole.doc
        possessive = doc[whole.start - 1]
        if possessive.lower_ == "whose":
            mention = self._relative_head(work, possessive)
        elif possessive.lower_ in ("its", "their", "his", "her"):
            mention = work.mention_at(whole.start - 1)
        else:
            return None
        if mention is None:
            return None
        if mention.actor_key.startswith("state:"):
            return mention.actor_key.partition("/")[0]
        if not self._is_person(work, mention.actor_key):
            return None
        country = self.identity(work, mention.actor_key).country or self._last_country(
            mention.actor_key
        )
        return f"state:{country}" if country and f"state:{country}" in self.kb.actors else None

    def _last_country(self, key: str) -> str | None:
        """The country of a known person's latest office (a former leader's own country)."""
        actor = self.kb.actors.get(key)
        roles = [r for r in actor.roles if r.country] if actor else []
        return roles[-1].country if roles else None

    @staticmethod
    def _relative_head(work: _DocWork, token: Token) -> Mention | None:
        """The mention a relative clause opened by ``token`` ("which", "whose") describes."""
        for ancestor in token.ancestors:
            if ancestor.dep_ in ("relcl", "acl"):
                return work.mention_at(ancestor.head.i)
        return None

    def _group_country(self, work: _DocWork, recent: list[Mention]) -> str | None:
        """The country of the nearest non-state group that has one (the RSF: Sudan)."""
        for mention in recent:
            if self._is_group(mention.actor_key):
                country = self.identity(work, mention.actor_key).country
                if country:
                    return country
        return None

    def _military_ruled(self, work: _DocWork, recent: list[Mention]) -> str | None:
        """The nearest state in ``recent`` that is under military rule on the document date."""
        day = work.day or dt.date.today()
        for mention in recent:
            state = self.kb.actors.get(mention.actor_key.partition("/")[0])
            if state is not None and any(r.holds_on(day) for r in state.military_rule):
                return state.id
        return None

    def _deployed_by(self, work: _DocWork, whole: Span) -> str | None:
        """The state that is the subject of a verb sending ``whole`` ("Peru sent police")."""
        root = whole.root
        verb = root.head
        if root.dep_ != "dobj" or verb.lemma_.lower() not in self.kb.lexicon["deploying_lemmas"]:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = work.mention_at(subject.i) if subject is not None else None
        if found is None or not found.actor_key.startswith("state:"):
            return None
        return self.identity(work, found.actor_key).country

    def _founded_by(self, work: _DocWork, whole: Span) -> str | None:
        """The country of the state body that set up, appointed or runs ``whole``, named in
        the participle clause after it ("a tribunal appointed by the government of Peru")."""
        founding = self.kb.lexicon["founding_lemmas"]
        for clause in whole.root.children:
            if clause.dep_ != "acl" or clause.lemma_.lower() not in founding:
                continue
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                for noun in (c for c in agent.children if c.dep_ == "pobj"):
                    found = work.mention_at(noun.i)
                    if found is not None and found.actor_key.startswith("state:"):
                        return self.identity(work, found.actor_key).country
        return None

    def _run_by(self, work: _DocWork, whole: Span) -> str | None:
        """The actor before "-run", "-controlled" or "-led" that a body belongs to."""
        doc = whole.doc
        k = whole.start - 1
        while k > 1 and whole.start - k <= 2 and doc[k].pos_ in ("NOUN", "ADJ"):
            k -= 1  # "health" in "Houthi-run health authorities"
        if k < 2 or doc[k].lower_ not in self.kb.lexicon["run_by_words"] or doc[k - 1].text != "-":
            return None
        found = work.mention_ending_at(k - 1)
        return found.actor_key if found is not None else None

    def _country_after_in(self, span: Span) -> str | None:
        """The state named right after "in" following ``span`` ("police in Kenya"), or after
        "from" when it is a state ("soldiers from the United States, Britain and Poland")."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("in", "from"):
            return None
        run = _proper_run(doc, span.end + 1, min(len(doc), span.end + 5))
        if doc[span.end + 1].lower_ == "the":
            run = _proper_run(doc, span.end + 2, min(len(doc), span.end + 6))
        if not len(run):
            return None
        if doc[span.end].lower_ == "from":  # "troops from Kherson" left it; a state is theirs
            return self._country_of_word(run.text)
        return (
            self._country_of_word(run.text)
            or self.place_names.get(run.text.lower())
            or _country_of_place(run.text)
        )

    # "we" and "our" inside a quotation
    def _quoted_first_person(self, work: _DocWork) -> None:
        """ "“We will win this war,” Zelensky said": a first-person plural inside a quotation
        names the speaker's side (:meth:`_side_of`); the speaker is the subject of a verb of
        saying outside the quotation in a sentence the quotation touches."""
        doc, words = work.doc, self.kb.lexicon["first_plural_pronouns"]
        covered = work.covered()
        for quote in work.marked_quotes():
            inside = doc.char_span(quote.start, quote.end, alignment_mode="contract")
            found = [t for t in inside or () if t.lower_ in words and t.i not in covered]
            side = self._speaker_side(work, quote) if found else None
            if side is None:
                continue
            for token in found:
                work.mentions.append(Mention(doc[token.i : token.i + 1], side, "pronoun"))

    def _speaker_side(self, work: _DocWork, quote: MarkedQuote) -> str | None:
        doc, speech = work.doc, self.kb.lexicon["speech_verbs"]
        close = quote.close_mark if quote.close_mark is not None else quote.end
        edges = [doc.char_span(c, c + 1, alignment_mode="expand") for c in (quote.open_mark, close)]
        sentences = dict.fromkeys(e[0].sent for e in edges if e is not None and len(e))
        for sentence in sentences:
            for verb in sentence:
                if quote.open_mark <= verb.idx <= close or verb.lemma_ not in speech:
                    continue
                for child in verb.children:
                    if child.dep_ != "nsubj" or quote.open_mark <= child.idx <= close:
                        continue
                    key = self._key_at(work, child, lambda k: True)
                    return self._side_of(work, key) if key else None
        return None

    def _side_of(self, work: _DocWork, key: str) -> str | None:
        """Whom a speaker's "we" names: a state's official speaks for the state (for its
        branch: an army spokesman for the army), an IGO's for the IGO; a state, body or group
        for itself; anyone else (an analyst, an opposition figure) for no actor named."""
        if not self._is_person(work, key):
            return key
        ident = self.identity(work, key)
        if ident.igo:
            return self._igo_key(work, ident.igo)
        state = f"state:{ident.country}"
        if ident.sector not in STATE_SECTORS or state not in self.kb.actors:
            return None
        return _state_key(state, ident.sector)  # a general's "we" is the army

    # unnamed officials waiting for the whole document ("A spokesman for the president")
    def _deferred_unnamed(self, work: _DocWork) -> None:
        doc = work.doc
        for mention in work.mentions:
            local = work.locals.get(mention.actor_key)
            if local is None or not mention.actor_key.startswith("local:unnamed:"):
                continue
            after = mention.span.end
            if after + 1 < len(doc) and doc[after].lower_ in (
                "for",
                "of",
                "at",
                "with",
                "in",
                "from",
            ):
                target = work.mention_at(after + 1) or work.mention_at(after + 2)
                if target is not None:
                    ident = self.identity(work, target.actor_key)
                    local.country = ident.country
                    local.igo = ident.igo
                    if ident.sector and ident.sector != "GOV":
                        local.sector = ident.sector
                elif doc[after].lower_ == "in":
                    local.country = self._country_after_in(mention.span)
            if local.country is None and local.igo is None and local.sector != "IGO":
                local.country = self._story_country(work, mention.span.start)  # "a local official"

    # -- entities ------------------------------------------------------------------------
    def _entities(
        self, work: _DocWork
    ) -> tuple[list[ActorEntity], dict[int, int], dict[int, list[int]]]:
        entities: dict[str, ActorEntity] = {}
        actor_at: dict[int, int] = {}
        groups_at: dict[int, list[int]] = {}
        for mention in sorted(work.mentions, key=lambda m: m.span.start):
            entity = entities.get(mention.actor_key)
            if entity is None:
                entity = self._entity(work, mention)
                entities[mention.actor_key] = entity
            entity.mentions.append(mention.span)
            entity.mention_kinds.append(mention.kind)
        ordered = list(entities.values())
        for index, entity in enumerate(ordered):
            for span in entity.mentions:
                for token in span:
                    actor_at.setdefault(token.i, index)
        index_of = {key: n for n, key in enumerate(entities)}
        for span, keys, kind in work.groups:  # every member lists the shared mention
            for key in keys:  # "the two countries" of two leaders: states named only so
                if key not in index_of and key.partition("/")[0] in self.kb.actors:
                    index_of[key] = len(ordered)
                    ordered.append(self._entity(work, Mention(span, key, kind)))
            members = [index_of[k] for k in keys if k in index_of]
            if len(members) < 2:
                continue
            for n in members:
                ordered[n].mentions.append(span)
                ordered[n].mention_kinds.append(kind)
            for token in span:
                actor_at.setdefault(token.i, members[0])
                groups_at[token.i] = members
        return ordered, actor_at, groups_at

    def _entity(self, work: _DocWork, mention: Mention) -> ActorEntity:
        base, _, sector = mention.actor_key.partition("/")
        if base in work.locals:
            return _local_entity(base, work.locals[base])
        actor = self.kb.actors[base]
        if actor.kind == "state":
            return _state_entity(actor, sector or "GOV", self.kb.lexicon.sector_names)
        ident = work.stated.get(base) or actor.identity_on(work.day)
        titled = ident.sector
        if titled is None and actor.kind == "person":
            titled = self._sector_of_group_title_before(work, base)
        return KnownActorEntity(
            actor.id, actor.name, actor.kind, ident.country, titled, ident.role,
            ident.igo, actor.gender, kb_actor=actor,
        )  # fmt: skip

    def _sector_of_group_title_before(self, work: _DocWork, key: str) -> str | None:
        """ "Hamas commander Mohammed Deif": a known person whom the knowledge base gives no
        office on the date, named after a group's name and a title, is the group's man (its
        sector); a state's title before a name is read by :meth:`_stated_offices`, and a
        "former" title gives nothing."""
        doc = work.doc
        for mention in work.mentions:
            if mention.actor_key != key or mention.kind != "name":
                continue
            start = mention.span.start
            for length in (3, 2, 1):
                first = start - length
                title = _norm_title(doc[first:start].text) if first > 0 else ""
                if title not in self.kb.titles:
                    continue
                if any(
                    t.lower_ in self.kb.lexicon["former_words"]
                    for t in doc[max(0, first - 2) : first]
                ):
                    return None  # "former Hamas commander"
                group = work.mention_at(first - 1)
                if group is not None and self._is_group(group.actor_key):
                    return self.identity(work, group.actor_key).sector
        return None


def _describing_adjective(token: Token) -> bool:
    """ "oil-rich", "landlocked", "communist": an adjective or its hyphenated parts before a
    state noun, which describe the state without naming another."""
    if token.text in ("-", "–"):
        return True
    return (
        token.dep_ in ("amod", "compound", "npadvmod", "advmod")
        and token.head.i > token.i
        and (
            token.pos_ in ("ADJ", "ADV", "VERB") or (token.pos_ == "NOUN" and token.text.islower())
        )
    )


def _adjective_premodifier(token: Token, lex: ActorLexicon) -> bool:
    """ "new" in "the new administration", "ruling" in "the ruling junta": words that do not
    change which body is meant ("the regional council" is another council, not the UN's)."""
    return (
        token.dep_ == "amod"
        and token.head.i > token.i
        and (token.lower_ in lex["status_words"] or token.lower_ in lex["title_modifiers"])
    )


def _age_word(doc: Doc, j: int) -> bool:
    """ "old" closing "81-year-old": with a determiner, the phrase names a person."""
    return (
        doc[j].lower_ == "old"
        and j >= 3
        and doc[j - 2].lower_ == "year"
        and (doc[j - 3].like_num or doc[j - 4 : j - 3].text[:1].isdigit())
    )


def _premodifier(doc: Doc, j: int, lex: ActorLexicon) -> bool:
    """A word before a title that does not change whose title it is: "the veteran", "the
    caretaker", "foreign ministry" in "China's foreign ministry spokesman", "far-right"."""
    token = doc[j]
    if token.lower_ in lex["title_modifiers"] or (token.pos_ == "ADJ" and j + 1 < len(doc)):
        return True
    if token.text in ("-", "–") and 0 < j < len(doc) - 1:
        return True
    return (
        token.dep_ in ("amod", "compound", "nmod", "npadvmod", "advmod", "nummod")
        and token.head.i > j
        and (token.pos_ in ("ADJ", "NOUN", "ADV", "VERB", "NUM") or token.text.islower())
    )


def _person_appositive(span: Span, kb: ActorKB) -> bool:
    """ "Ilse Varga, a senior fellow at ...": the appositive's head is a person noun."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
        return False
    for token in doc[i + 2 : min(len(doc), i + 8)]:
        if token.text in (",", ".", ";") or token.pos_ in ("ADP", "VERB"):
            break
        if token.lower_ in kb.person_nouns or token.lower_ in kb.lexicon["epithet_nouns"]:
            return True  # "a cleric living in Pennsylvania" too
    return False


def _apposition_head(name: Token) -> Token:
    """What an apposed name describes: its head, or the noun whose "for"/"of" phrase the
    parser hung it on ("A spokesman for the party, Myo Nyunt": the spokesman)."""
    head = name.head
    for _ in range(2):
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in ("for", "of"):
            head = head.head.head
    return head


def _followed_by_who(span: Span) -> bool:
    """ "Nkechi Obiora, who heads ...": a name a "who" clause describes is a person."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"


def _before_comma(span: Span) -> Span:
    """An entity the NER ran across an apposition ("the National League for Democracy,
    Myo Nyunt,") ends at its first comma."""
    comma = next((t.i for t in span if t.text == ","), None)
    return span if comma is None else span.doc[span.start : comma]


def _with_apostrophe_name(ent: Span) -> Span:
    """NER often stops before a surname with a curly apostrophe ("Michelle" | "O’Neill"):
    a capitalised proper noun with one right after a person's name belongs to it."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or end >= len(doc):
        return ent
    token = doc[end]
    if CURLY_APOSTROPHE in token.text[1:-1] and token.text[:1].isupper() and not token.ent_type_:
        return doc[ent.start : end + 1]
    return ent


def _straight(text: str) -> str:
    """A name with straight apostrophes: "O’Neill" and "O'Neill" are one person."""
    return text.replace(CURLY_APOSTROPHE, "'")


def _name_words(span: Span) -> list[str]:
    return [t.text for t in span if t.text[:1].isupper() and t.lower_ != "the"]


def _state_key(state_id: str, sector: str | None) -> str:
    return state_id if sector in (None, "GOV") else f"{state_id}/{sector}"


def state_branch(entity: ActorEntity, sector: str) -> ActorEntity | None:
    """The ``sector`` branch of a state actor of the document (Israel -> "Israeli armed
    forces", id ``state:ISR/MIL``), named as the actor stage names it; None for others."""
    kb_actor = getattr(entity, "kb_actor", None)
    if kb_actor is None or kb_actor.kind != "state" or sector == "GOV":
        return None
    return _state_entity(kb_actor, sector, load_actor_kb().lexicon.sector_names)


def state_actor(iso3: str, sector: str = "GOV") -> ActorEntity | None:
    """The state with this ISO3 code (its government, or its ``sector`` branch: "Belarusian
    police"), as the actor stage names it; None for a code the knowledge base has no state
    for."""
    kb = load_actor_kb()
    actor = kb.by_country(iso3)
    if actor is None or actor.kind != "state":
        return None
    return _state_entity(actor, sector, kb.lexicon.sector_names)


def _state_entity(actor: KBActor, sector: str, names: dict[str, str]) -> ActorEntity:
    if sector == "GOV":
        return KnownActorEntity(actor.id, actor.name, "state", actor.country, "GOV", kb_actor=actor)
    adjective = actor.adjectives[0] if actor.adjectives else actor.name
    name = f"{adjective} {names.get(sector, sector.lower())}"
    return ActorEntity(f"{actor.id}/{sector}", name, "group", actor.country, sector)


def _local_entity(key: str, local: LocalActor) -> ActorEntity:
    kind = "person" if local.kind == "person" else local.kind
    return ActorEntity(
        key, local.name, kind, local.country, local.sector, local.role, local.igo, local.gender
    )


def _roles_on(actor: KBActor, day: dt.date | None) -> list[Role]:
    if day is None:
        return [r for r in actor.roles if r.end is None]
    return [r for r in actor.roles if r.holds_on(day)]


def _subjects_above(span: Span) -> Iterator[Token]:
    """The subjects of the clauses above a phrase, outside the phrase."""
    return (
        c
        for a in span.root.ancestors
        for c in a.children
        if c.dep_ in ("nsubj", "nsubjpass") and c not in span
    )


def _time_clause(clause: Token) -> bool:
    """ "after her plane landed" parsed as a complement: a clause opened by a conjunction
    of time, not a quotation or a "that" clause."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ not in ("that", "whether", "if") for c in clause.children
    )


def _roles_near(actor: KBActor, day: dt.date | None) -> list[Role]:
    """The roles of a person the text names that they hold on ``day`` or left only days
    before it: a report of an ouster comes out the day after ("soldiers said they had
    overthrown Toure, accusing the president of ...")."""
    if day is None:
        return _roles_on(actor, day)
    since = day - dt.timedelta(days=ROLE_END_GRACE_DAYS)
    return [
        r for r in actor.roles if r.holds_on(day) or (r.end is not None and since <= r.end <= day)
    ]


def _state_office(role: Role) -> bool:
    """A bare "the president" names a state or IGO office, not a party's or a rebel group's."""
    return role.sector not in ("PTY", "OPP", "REB")


def _role_fits(
    role: Role, wanted: tuple[str, ...], country: str | None, igo: str | None,
    qualifiers: frozenset[str],
) -> bool:  # fmt: skip
    if country is not None and role.country != country:
        return False
    if igo is not None and role.igo != igo:
        return False
    office = _office_words(role)
    return any(_title_matches(want, office, qualifiers) for want in wanted)


def _office_words(role: Role) -> str:
    return _norm_title(role.title)


def _title_matches(want: str, office: str, qualifiers: frozenset[str]) -> bool:
    """Every word of the wanted title is in the office, and the office has no qualifier
    ("vice", "deputy") that the wanted title lacks."""
    want_words = set(_norm_title(want).split()) - {"of", "the"}
    office_words = set(office.split())
    if not want_words <= office_words:
        return False
    return not ((office_words & qualifiers) - want_words)


def _longest(matcher: PhraseMatcher, doc: Doc) -> dict[int, tuple[int, str]]:
    best: dict[int, tuple[int, str]] = {}
    for match_id, start, end in matcher(doc):
        title = doc.vocab.strings[match_id]
        if start not in best or end > best[start][0]:
            best[start] = (end, title)
    return best


def _appositive_name(work: _DocWork, span: Span) -> str | None:
    """ "his Azerbaijani counterpart, Jeyhun Bayramov," names the holder; so does "Finland's
    ambassador to the UN, Kalle Virtanen," where a phrase attached to the title comes first,
    and "The army chief, General Waker-Uz-Zaman," where the name carries a title of its own."""
    doc = work.doc
    comma = _title_phrase_end(span)
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    for start in range(comma + 1, min(comma + 6, len(doc))):
        mention = work.mention_at(start)
        if mention is not None and mention.kind == "demonym" and start > comma + 1:
            continue  # "former Nigerian president Olusegun Obasanjo"
        if mention is not None and mention.span.start == start:
            person = mention.actor_key.startswith(("person:", "local:person:"))
            if mention.kind not in ("name", "alias", "surname") or (
                not person and (start > comma + 1 or mention.kind != "name")
            ):
                return None  # after title words ("Finance Minister X") only a person
            return mention.actor_key
        if not _title_word(doc[start]):
            return None
    return None


def _title_word(token: Token) -> bool:
    """A word of a title written before a name ("former Nigerian president", "Lt. Col.")."""
    return token.pos_ in ("PROPN", "NOUN", "ADJ") or (token.text == "." and token.i > 0)


def _title_phrase_end(span: Span) -> int:
    """Where the title's noun phrase ends: after the prepositional phrases that hang on the
    title's head ("ambassador to the UN"), at most six tokens on."""
    doc = span.doc
    end = span.end
    while end < min(len(doc), span.end + 6) and doc[end].text != ",":
        if not span[-1].is_ancestor(doc[end]):
            return span.end
        end += 1
    return end


def _sector_of_words(
    words: list[str], kb: ActorKB, table: dict[str, str] | None = None
) -> str | None:
    table = table if table is not None else {**kb.sector_nouns, **kb.modifiers}
    for word in words:
        if word in table:
            return table[word]
    return None


def _hyphen_compound(span: Span) -> bool:
    """ "Russia" in "Russia-friendly", "Iran" in "Iran-aligned": part of an adjective."""
    doc = span.doc
    return (
        span.end + 1 < len(doc) and doc[span.end].text in ("-", "–") and doc[span.end + 1].is_alpha
    )


def _longest_title(words: list[str], kb: ActorKB) -> str | None:
    """The longest title phrase among ``words`` ("national security adviser", not "security")."""
    for length in range(min(4, len(words)), 0, -1):
        for start in range(len(words) - length + 1):
            phrase = " ".join(words[start : start + length])
            if phrase in kb.titles and (length > 1 or kb.titles[phrase] != "GOV"):
                return phrase
    return None


def _shared_heads(mentions: list[Mention]) -> list[Mention]:
    """ "American and British warships", "Kyrgyz and Tajik border guards": a state adjective
    coordinated with another state's institution shares its noun, so its sector. So does a
    state's name used as one ("U.S. and British warplanes")."""
    by_token = {t.i: m for m in mentions for t in m.span}
    out = []
    for mention in mentions:
        base, _, sector = mention.actor_key.partition("/")
        if _as_adjective(mention) and base.startswith("state:") and sector in ("", "GOV"):
            for token in mention.span.root.conjuncts:
                partner = by_token.get(token.i)
                if (
                    partner is not None
                    and partner.kind == "institution"
                    and partner.span.start > mention.span.end
                    and "/" in partner.actor_key
                    and partner.actor_key.partition("/")[0] != base
                ):
                    shared = partner.actor_key.partition("/")[2]
                    mention = Mention(mention.span, _state_key(base, shared), mention.kind)
                    break
        out.append(mention)
    return out


# Dependencies of a state's name that premodifies a noun ("U.S. and British warplanes").
PREMODIFIER_DEPS = ("nmod", "compound", "amod")


def _as_adjective(mention: Mention) -> bool:
    """A demonym, or a state's name or alias premodifying a noun as an adjective would."""
    if mention.kind == "demonym":
        return True
    root = mention.span.root
    return (
        mention.kind in ("name", "alias")
        and root.dep_ in PREMODIFIER_DEPS
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.i > root.i
    )


def _owned_institutions(mentions: list[Mention]) -> list[Mention]:
    """ "South Korea's Joint Chiefs of Staff": an institution named right after another state
    (its possessive or adjective) belongs to that state, not to the state whose institution
    of that name the knowledge base lists (the US Joint Chiefs)."""
    out: list[Mention] = []
    for mention in mentions:
        owner = out[-1] if out else None
        if owner is not None and _owns(owner, mention):
            doc = mention.span.doc
            sector = mention.actor_key.partition("/")[2] or None
            key = _state_key(owner.actor_key.partition("/")[0], sector)
            out[-1] = Mention(doc[owner.span.start : mention.span.end], key, "institution")
            continue
        out.append(mention)
    return out


def _coordinated_sectors(mentions: list[Mention]) -> list[Mention]:
    """ "Chinese and Russian warships", "Iranian, Russian and Chinese forces": a demonym
    coordinated with the one that opens an institution phrase modifies the same noun, so it
    names the same branch of its own state (the Chinese navy), not the government."""
    sector_at = {
        t.i: m.actor_key.partition("/")[2]
        for m in mentions
        if m.kind == "institution" and "/" in m.actor_key
        for t in m.span
    }
    out: list[Mention] = []
    for mention in mentions:
        token = mention.span.root
        if mention.kind != "demonym" or "/" in mention.actor_key or len(mention.span) != 1:
            out.append(mention)
            continue
        sectors = {sector_at[c.i] for c in _fellow_modifiers(token) if c.i in sector_at}
        if len(sectors) == 1:
            key = _state_key(mention.actor_key, sectors.pop())
            mention = Mention(mention.span, key, mention.kind)
        out.append(mention)
    return out


def _fellow_modifiers(token: Token) -> list[Token]:
    """The adjectives coordinated with ``token`` on one noun ("Iranian, Russian and Chinese
    warships"), whether the parse links them as conjuncts or as sibling modifiers."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    fellows = list(token.conjuncts)
    if first.dep_ == "amod":
        fellows += [
            m
            for c in first.head.children
            if c.dep_ == "amod" and c is not first
            for m in (c, *c.conjuncts)
        ]
    return [t for t in fellows if t is not token]


def _owns(owner: Mention, mention: Mention) -> bool:
    if mention.kind != "metonym" or "/" not in mention.actor_key:
        return False  # only institutions with their own sector, not capitals
    if owner.kind not in ("name", "alias", "demonym") or not owner.actor_key.startswith("state:"):
        return False
    if owner.actor_key.partition("/")[0] == mention.actor_key.partition("/")[0]:
        return False
    doc = mention.span.doc
    gap = doc[owner.span.end : mention.span.start]
    return all(t.text in POSSESSIVE for t in gap) and len(gap) <= 1


def _unmatched_org(doc: Doc, start: int, end: int) -> Span | None:
    """An organisation the NER found in an appositive ("the Razumkov Centre")."""
    return next(
        (e for e in doc.ents if e.label_ == "ORG" and start < e.start and e.end <= end), None
    )


def _org_name_sector(org: Span | None, kb: ActorKB) -> str | None:
    """The sector an organisation's name gives ("Centre": NGO, "University": EDU)."""
    words = {t.lower_.strip(".") for t in org} if org is not None else set()
    return next((s for w, s in kb.lexicon.org_name_words.items() if w in words), None)


def _organisation_sector(words: list[str], kb: ActorKB) -> str | None:
    """The sector of the kind of body or occupation an appositive names ("a think tank",
    "a maize farmer"), for sectors that are not the state's own; longest phrase first."""
    for length in (3, 2, 1):
        for k in range(len(words) - length + 1):
            sector = kb.sector_nouns.get(" ".join(words[k : k + length]))
            if sector in kb.lexicon["organisation_sectors"]:
                return sector
    return None


def _proper_run(doc: Doc, start: int, end: int) -> Span:
    """The capitalised words from ``start`` ("Machakos" in "in Machakos county")."""
    stop = start
    while stop < end and doc[stop].text[:1].isupper():
        stop += 1
    return doc[start:stop]


def _institution_sector(work: _DocWork, span: Span) -> str | None:
    inside = [m for m in work.mentions if span.start <= m.span.start and m.span.end <= span.end]
    sectors = [m.actor_key.partition("/")[2] for m in inside if "/" in m.actor_key]
    return sectors[-1] if sectors else None


def _spoken_for(span: Span, kb: ActorKB) -> str | None:
    """The sector of what a spokesperson speaks for: "a party spokesman" (PTY), "a spokesman
    for the army" (MIL), "the ministry spokeswoman" (GOV); None when the text does not say."""
    doc = span.doc
    words = [t.lower_ for t in span[:-1]]
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "for":
        for token in doc[span.end + 1 : span.end + 5]:
            if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
                break
            if token.pos_ == "PROPN":
                return None  # "a spokesman for the UN agency": the named body decides
            words.append(token.lower_)
    table = {**kb.lexicon.org_name_words, **kb.sector_nouns, **kb.modifiers}
    spokespeople = kb.lexicon["spokesperson_titles"]
    found = [table[w] for w in words if w in table and w not in spokespeople]
    return found[-1] if found else None


def _in_subject(token: Token) -> bool:
    """The subject, or what the subject's "of" phrase names ("the leaders of France,
    Germany and Britain said that they ...")."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("nsubj", "nsubjpass")


def _bare_plural(span: Span) -> bool:
    last = span[-1]
    return last.tag_ in ("NNS",) or last.lower_ == "police"


def _in_ranges(char: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in ranges)


def _holds_in_phrase(noun: Token, pronoun: Token) -> bool:
    """The pronoun sits in the noun's own phrase, with no clause between ("A spokesman for
    his party"), so it cannot refer to it; in "convicted Bolsonaro of plotting a coup after
    his defeat" a verb comes between and it can, as it can after a name with a phrase set off
    by commas."""
    if not noun.is_ancestor(pronoun):
        return False
    if noun.pos_ == "PROPN" and noun.i + 1 < len(noun.doc) and noun.nbor().text == ",":
        return False  # "Zelensky, on his first trip to ...,": set off, it says more of him
    head = pronoun.head
    while head.i != noun.i:
        if head.pos_ in ("VERB", "AUX"):
            return False
        head = head.head
    return True


def _main_clause_subject(token: Token) -> bool:
    """The subject of its sentence's main verb (or of a verb coordinated with it), not of a
    subordinate clause ("after Assad fled")."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _is_object_pronoun(token: Token) -> bool:
    if token.lower_ in ("him", "them"):
        return True
    return token.lower_ == "her" and token.dep_ in ("dobj", "dative", "pobj", "iobj")


def _inside_modifying_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` sits in a participle or relative clause below ``head``."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ in ("acl", "relcl", "agent"):
            return True
        token = token.head
    return False


def _directing_subjects(token: Token, lex: ActorLexicon) -> list[Token]:
    """The subjects of a verb of demanding whose "that" clause in the subjunctive has the
    pronoun as its subject ("Britain demanded that it release the ship", "urged that he be
    freed"): the one who demands, whom the pronoun does not name."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return []
    if clause.head.lemma_ not in lex["directive_verbs"]:
        return []
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    # "that it show restraint": a singular subject with a bare verb is the subjunctive
    bare = clause.tag_ == "VB" or (clause.tag_ == "VBP" and token.lower_ in ("it", "he", "she"))
    base = bare and all(a.lower_ in ("be", "should") for a in auxes)
    if not base and not any(a.lower_ == "should" for a in auxes):
        return []
    return [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _subject_holder(holders: list[Mention]) -> Mention:
    """Of the earlier holders of a bare title, nearest first, the one the nearest holder's
    sentence is about: "Biden met Xi ... The president said" is Biden, as "he" would be."""
    sentence = holders[0].span.sent.start
    subjects = (
        m
        for m in holders
        if m.span.sent.start == sentence and m.span.root.dep_ in ("nsubj", "nsubjpass")
    )
    return next(subjects, holders[0])


def _hostile_doers(token: Token, lex: ActorLexicon) -> list[Token]:
    """The subjects of a hostile verb ("kill", "block", "violate") whose object holds the
    possessive pronoun ("had killed three of its negotiators", "was blocking its convoys"):
    what is attacked or blocked is another party's, so the pronoun does not name them."""
    if token.dep_ != "poss":
        return []
    phrase, node = token, token.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.dep_ not in ("dobj", "pobj", "prep", "conj", "appos"):
            return []
        phrase, node = node, node.head
    if phrase.dep_ != "dobj" or node.lemma_ not in lex["hostile_lemmas"]:
        return []
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    if not subjects and node.dep_ == "pcomp" and node.head.dep_ == "prep":
        # "accused Ukraine of attacking its territory": the one accused does the attacking
        return [c for c in node.head.head.children if c.dep_ == "dobj"]
    return subjects


def _clause_subjects(token: Token) -> list[Token]:
    """The subjects of the clause a pronoun is an argument of, shared subjects of coordinated
    verbs included ("met Tsai and told her": the subject of "met")."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ == "prep":
        verb = verb.head
    if token.dep_ == "pobj":
        verb = token.head.head
        if verb.dep_ == "dobj" and verb.head.pos_ in ("VERB", "AUX"):  # "downed most of them"
            verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and _shares_subject(verb) and verb.head.i != verb.i:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _shares_subject(verb: Token) -> bool:
    """Whether a verb without a subject of its own takes its head's: coordinated verbs,
    complements, and infinitives of purpose ("became the first leader to visit him": the
    one who visits is the one who became), an adjective's complement ("said he was ready to
    grant him asylum") and a gerund after a preposition ("formed a cabinet without consulting
    him")."""
    if verb.dep_ in ("conj", "xcomp", "acomp", "pcomp"):
        return True
    if verb.dep_ == "prep" and any(c.dep_ == "pcomp" for c in verb.children):
        # not "accused Moro of persecuting him", "thanked her for backing him": the object acts
        return verb.lower_ not in ("of", "for")
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "advcl" and infinitive


def _extraposed(head: Token, lex: ActorLexicon) -> bool:
    """ "it is clear that ...", "it was hard to say": the clause is the real subject; not in
    "it was ready to talk", where the adjective's own subject acts."""
    clausal = ("ccomp", "xcomp", "csubj")
    for child in head.children:
        if child.dep_ in clausal:
            return True
        if child.dep_ in ("acomp", "attr") and any(g.dep_ in clausal for g in child.children):
            return child.lower_ not in lex["control_adjectives"]
    return False


def _referential_it(token: Token, lex: ActorLexicon) -> bool:
    """ "it said", "it had struck": an actor; "it is clear", "done it": not."""
    if token.dep_ == "pobj":
        return token.head.lower_ in ("without", "against", "with", "by")
    if token.dep_ in ("dative", "iobj"):  # "a pact that cost it a contract": who bears it
        return True
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = token.head
    if head.lemma_ == "be":  # "it was concerned": the actor; "it is clear that": not
        return not _extraposed(head, lex)
    if head.lemma_ in lex["pleonastic_heads"]:
        # "it takes time to ...", "it remains unclear": not an actor; "it took note of",
        # "it took control of": a verb with its own object and no clause is the actor's act
        clause = any(c.dep_ in ("ccomp", "xcomp", "csubj", "acomp", "attr") for c in head.children)
        return not clause and any(
            c.dep_ == "dobj" and c.lower_ not in lex["pleonastic_objects"] for c in head.children
        )
    return not any(c.dep_ == "auxpass" for c in head.children) or token.dep_ == "nsubjpass"


def _with_article(span: Span) -> Span:
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return doc[span.start - 1 : span.end]
    return span


def _strip_possessive(span: Span) -> Span:
    end = span.end
    while end > span.start and span.doc[end - 1].text in POSSESSIVE:
        end -= 1
    return span.doc[span.start : end]


def _strip_title_words(span: Span, kb: ActorKB) -> Span:
    """NER often takes "President William Ruto" whole; the name is what follows the title."""
    start = span.start
    while start < span.end - 1 and (
        span.doc[start].lower_ in kb.titles
        or span.doc[start].lower_.removesuffix("s") in kb.titles  # "Deputy Prime Ministers X"
        or span.doc[start].lower_ in kb.lexicon["title_modifiers"]
    ):
        start += 1
    return span.doc[start : span.end]


def _used_as_actor(span: Span, lex: ActorLexicon) -> bool:
    """A capital is an actor when it acts or owns ("Seoul condemned", "Kyiv's"), not a place."""
    root = span.root
    actor_deps = (
        "nsubj",
        "nsubjpass",
        "poss",
        "dobj",
        "dative",
        "conj",
        "appos",
        "ROOT",
        "npadvmod",
    )
    if root.dep_ in actor_deps:
        return not (root.dep_ == "conj" and _is_place_use(span, lex))
    if root.dep_ == "pobj":
        return root.head.lower_ in lex["actor_preps"] and not _is_place_use(span, lex)
    return False


def _is_place_use(span: Span, lex: ActorLexicon) -> bool:
    root = first_conjunct(span.root)
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in ("to", "from", "between"):  # "warnings from Beijing", "flew from Kyiv"
        return prep.head.lemma_ in lex["motion_lemmas"]
    if prep.lower_ == "at" and _aiming_verb(prep.head).lemma_ in lex["aiming_lemmas"]:
        return False  # "fired missiles at Israel": the target, not the place
    return prep.lower_ in lex["spatial_preps"]


def _aiming_verb(head: Token) -> Token:
    """The verb that a preposition's phrase is aimed by: itself, or the verb whose object
    carries it ("launched 300 drones and 69 missiles at Ukraine" hangs "at" on "missiles")."""
    head = first_conjunct(head)
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass"):
        return head.head
    return head


def _is_affix_of_longer_name(span: Span) -> bool:
    """ "Khan" inside "Imran Khan" is matched whole; a single surname glued to an unknown
    capitalised first name ("Sadiq Khan") is not this person."""
    if len(span) != 1 or span.start == 0:
        return False
    if span[0].ent_iob_ == "I" and span[0].ent_type_ == "PERSON":
        return True  # inside a longer person name the NER found ("Sean O’Brien")
    before = span.doc[span.start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.ent_type_ == "PERSON"


def _inside_person_name(span: Span) -> bool:
    """The span ends a longer person name the NER found, after capitalised names: a group
    or organisation alias there is a surname ("Foreign Minister Therese Kayikwamba Wagner")."""
    first = span[0]
    if first.ent_iob_ != "I" or first.ent_type_ != "PERSON" or span.start < 2:
        return False
    before = span.doc[span.start - 2 : span.start]
    return all(t.ent_type_ == "PERSON" and t.text[:1].isupper() and t.is_alpha for t in before)


def _after_pro(span: Span) -> bool:
    """ "pro-Russian", "pro - Russian": the adjective names whom a group backs."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text in ("-", "–"):
        return doc[span.start - 2].lower_ == "pro"
    return span.start >= 1 and doc[span.start - 1].lower_ == "pro-"


def _modifies_person_name(span: Span) -> bool:
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in ("-", "–"):
        return False  # "Armenian-Azerbaijani talks"
    head = span.root.head
    return head.ent_type_ == "PERSON" or (
        head.pos_ == "PROPN"
        and head.i > span.end - 1
        and head.dep_ != "pobj"
        and head.ent_type_ not in ("GPE", "ORG", "NORP", "LOC")
    )


def _action_sector(span: Span, kb: ActorKB) -> str | None:
    doc = span.doc
    head = span.root.head
    if span.root.dep_ not in ("amod", "compound", "nmod") or head.i < span.end:
        return None
    for first in range(span.end, head.i + 1):
        phrase = doc[first : head.i + 1].text.lower()
        if phrase in kb.action_nouns:
            return kb.action_nouns[phrase]
    return None


def _before_title(span: Span, kb: ActorKB, named_too: bool = False) -> bool:
    """ "the Ukrainian president", "his Azerbaijani counterpart": a title follows (with
    ``named_too``, also one a name follows: "Kremlin spokesman Dmitry Peskov")."""
    doc = span.doc
    i = span.end
    for length in (3, 2, 1):
        phrase = _norm_title(doc[i : i + length].text)
        if phrase in kb.titles or phrase in kb.title_equivalents or phrase == "counterpart":
            after = i + length
            return named_too or not (after < len(doc) and doc[after].pos_ == "PROPN")
    return False


def _institution_after(
    span: Span, kb: ActorKB, taken: frozenset[int] = frozenset()
) -> tuple[Span, str] | None:
    """ "Russia's defence ministry", "the Ukrainian army": the state plus a sector noun.

    The noun is the syntactic head the name modifies; when the parser misses it ("Myanmar's
    military seized ..." with "military" as an adjective), a sector noun right after the
    name that ends the noun phrase. The phrase never swallows another knowledge-base match
    ("Yemen's Houthi rebels") or a coordination ("British and French leaders").
    """
    doc = span.doc
    start = span.end
    if start < len(doc) and doc[start].text in POSSESSIVE:
        start += 1
    head = span.root.head if span.root.dep_ in ("amod", "compound", "poss", "nmod") else None
    for last in (head.i if head is not None and head.i >= start else None,
                 _sector_noun_end(doc, start, kb)):  # fmt: skip
        if last is None or last - start > 4:
            continue
        if any(t.i in taken or t.lower_ in ("and", "or", ",") for t in doc[start : last + 1]):
            return None
        found = _sector_phrase(doc, span, start, last, kb)
        if found is not None:
            return found if isinstance(found, tuple) else None
    return None


def _sector_phrase(
    doc: Doc, span: Span, start: int, last: int, kb: ActorKB
) -> tuple[Span, str] | str | None:
    for first in range(start, last + 1):
        phrase = doc[first : last + 1].text.lower()
        if phrase in kb.titles and not phrase.endswith("s"):
            return "title"  # a person's title: resolved as a title, not an institution
        if phrase in kb.sector_nouns:
            full = _with_article(doc[span.start : last + 1])
            between = [t.lower_ for t in doc[start:first]]
            sector = _sector_of_words(between, kb, kb.modifiers) or kb.sector_nouns[phrase]
            return full, sector
    return None


def _sector_noun_end(doc: Doc, start: int, kb: ActorKB) -> int | None:
    """The last token of a sector noun phrase starting at ``start`` that ends the noun phrase."""
    for length in (3, 2, 1):
        end = start + length
        if end > len(doc) or doc[start:end].text.lower() not in kb.sector_nouns:
            continue
        if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
            return None
        return end - 1
    return None


@Language.factory(
    "dyadline_actors",
    default_config={"actor_files": []},
    assigns=["doc._.actors", "doc._.actor_at", "doc._.actor_groups"],
    requires=["token.dep", "token.pos", "doc.ents"],
)
def make_actor_resolver(nlp: Language, name: str, actor_files: list[str]) -> ActorResolver:
    return ActorResolver(nlp, name, actor_files)


PLACE_LABELS = ("GPE", "LOC", "FAC")


def _place_mentions(work: _DocWork, lex: ActorLexicon, state_names: dict[str, KBActor]) -> None:
    """Toponyms below the state level become ``location`` actors with their country.

    "Drones struck Kharkiv": the city is what was struck, and it belongs to Ukraine, so
    events can take it as their target. Countries are state actors already; places are
    added last, so they never serve as antecedents of pronouns or descriptions.
    """
    covered = work.covered()
    countries = [c for c in (_mention_country(work, m) for m in work.mentions) if c]
    gazetteer = load_gazetteer()
    for span, min_population in _toponym_candidates(work.doc, lex):
        if any(t.i in work.dateline for t in span):
            continue  # where the story was filed, not a place anything happened to
        if gazetteer.is_stop_name(span.text.lower().removeprefix("the ")):
            continue  # "dialogue with the North": North Korea, not a hamlet called North
        local_name = _local_name_at(work, span)
        if local_name is None and any(t.i in covered for t in span):
            continue
        state = state_names.get(span.text.lower().removeprefix("the "))
        if state is not None:
            # "strikes on military sites in Iran", "eastern Congo": the state as a place (not
            # a district named Congo); like a city, it stands for its country as a target
            if state.country and not any(t.i in covered for t in span):
                covered.update(t.i for t in span)
                key = work.add_local(
                    f"place:{state.country}", LocalActor(state.name, "location", state.country)
                )
                work.mentions.append(Mention(span, key, "place"))
            continue
        feature, feature_country = gazetteer.named_feature(span.text)
        if feature:
            # "shelled Donbas": a region of one country is that country's ground; a sea
            # that spans several ("the Black Sea") is no one's
            if feature_country and not any(t.i in covered for t in span):
                covered.update(t.i for t in span)
                key = _named_feature_actor(work, span.text, feature_country)
                work.mentions.append(Mention(span, key, "place"))
            continue
        place = gazetteer.resolve(span.text, countries, towns=False)
        if place is None or place.feature == "country" or place.country is None:
            continue
        if place.population < min_population:
            continue
        covered.update(t.i for t in span)
        key = work.add_local(
            f"place:{place.geonameid}", LocalActor(place.name, "location", place.country)
        )
        if local_name is not None:  # NER called the place a person or an organisation
            local_name.actor_key, local_name.kind = key, "place"
        else:
            work.mentions.append(Mention(span, key, "place"))
    work.mentions.sort(key=lambda m: m.span.start)


def _named_feature_actor(work: _DocWork, name: str, country: str) -> str:
    """The key of the ``location`` actor for a named region of one country ("Donbas")."""
    name = name.removeprefix("the ")
    return work.add_local(f"place:{country}:{name}", LocalActor(name, "location", country))


# A name the small NER model calls a person or organisation is taken for a place when the
# gazetteer knows a place of this size under exactly that name ("drones struck Kharkiv",
# tagged PERSON): people in the news are rarely named after a city of 50,000.
MIN_POPULATION_FOR_MISTAGGED_PLACE = 50_000


def _placed_local_names(work: _DocWork, lex: ActorLexicon) -> None:
    """Unknown names that are sizeable places, or places of any size used as places ("the
    Aghdam district", "fighting near Balakliia"), become ``location`` actors before
    coreference, so every mention of them (and no pronoun) goes to the place."""
    gazetteer = load_gazetteer()
    rekey: dict[str, str] = {}
    for mention in work.mentions:
        key = mention.actor_key
        if key in rekey or not key.startswith(("local:person:", "local:organization:")):
            continue
        local = work.locals[key]
        if local.sector or mention.span.text != local.name:
            continue  # a title or appositive gave it a sector; or a surname of a longer name
        if local.name.isupper() and len(local.name) <= 5:
            continue  # "told NBC": an acronym names an organisation, not a town
        _, feature_country = gazetteer.named_feature(local.name)
        if feature_country:  # "Nagorno-Karabakh" tagged as an organisation
            rekey[key] = _named_feature_actor(work, local.name, feature_country)
            continue
        placed = _is_place_use(mention.span, lex) or _names_a_place_noun(mention.span, lex)
        place = gazetteer.resolve(local.name, towns=placed)
        if (
            place is None
            or place.feature == "country"
            or place.country is None
            or (place.population < MIN_POPULATION_FOR_MISTAGGED_PLACE and not placed)
        ):
            continue
        rekey[key] = work.add_local(
            f"place:{place.geonameid}", LocalActor(place.name, "location", place.country)
        )
    for mention in work.mentions:
        if mention.actor_key in rekey:
            mention.actor_key, mention.kind = rekey[mention.actor_key], "place"


def _names_equipment(span: Span, lex: ActorLexicon) -> bool:
    """A name that modifies a noun for weapons or equipment ("Iskander missiles"), directly
    or through a hyphenated model name ("IRIS-T system")."""
    head = span.root
    for _ in range(3):
        if head.dep_ != "compound" or head.head is head:
            return False
        head = head.head
        if head.lemma_.lower() in lex["equipment_nouns"]:
            return True
    return False


def _place_word(token: Token) -> bool:
    """A capitalised name word that could be a place ("Gaza"), not "The" or "Health"."""
    return token.pos_ == "PROPN" and token.is_title and not token.is_stop


def _names_a_place_noun(span: Span, lex: ActorLexicon) -> bool:
    """ "the Aghdam district", "Kalbajar region": the name modifies a noun for a place."""
    root = span.root
    return root.dep_ == "compound" and root.head.lemma_.lower() in lex["place_nouns"]


def _country_of_place(name: str) -> str | None:
    """The country of a city or region of some size named ``name`` ("residents in Kharkiv"
    are Ukrainian whoever attacks them); disputed areas follow the gazetteer, which places
    them in the internationally recognised state (Crimea in Ukraine)."""
    place = load_gazetteer().resolve(name, towns=False)
    if place is None or place.population < MIN_POPULATION_FOR_MISTAGGED_PLACE:
        return None
    return place.country


# Bodies that act at home: unnamed, they belong to the country where the story happens.
DOMESTIC_SECTORS = ("COP", "OPP")


def _subjects_first(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the clause subjects moved to the front, each part in its order."""
    subjects = [m for m in mentions if _subject_like(m.span.root)]
    return subjects + [m for m in mentions if m not in subjects]


def _subject_like(token: Token) -> bool:
    """A clause's subject or the owner of one: "Niger" in "Niger's military rulers ordered
    ..." is what the clause is about, more than the object named after it."""
    if token.dep_ == "poss":
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _is_place(work: _DocWork, key: str) -> bool:
    local = work.locals.get(key)
    return local is not None and local.kind == "location"


def _local_name_at(work: _DocWork, span: Span) -> Mention | None:
    """The unknown-name mention covering exactly ``span``, if that is all there is."""
    for mention in work.mentions:
        same = mention.span.start == span.start and mention.span.end == span.end
        if mention.kind == "surname" and mention.span.start <= span.start < mention.span.end:
            return None  # "Aydin noted" after "Selin Aydin": her, not the town NER saw
        if same and mention.actor_key.startswith(("local:person:", "local:organization:")):
            return mention
    return None


def _mention_country(work: _DocWork, mention: Mention) -> str | None:
    base = mention.actor_key.partition("/")[0]
    if base.startswith("state:"):
        return base.removeprefix("state:")
    local = work.locals.get(base)
    return local.country if local else None


def _toponym_candidates(doc: Doc, lex: ActorLexicon) -> Iterator[tuple[Span, int]]:
    """Place-labelled entities, then capitalised names the small NER model missed.

    A name NER did not label needs more evidence: it must follow a spatial preposition or
    be the object of a verb, and resolve to a sizeable place (50,000+ inhabitants).
    """
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            yield (ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent), 0
    for token in doc:
        if (
            token.pos_ != "PROPN"
            or not token.text[:1].isupper()
            or token.ent_type_ in ("PERSON", "ORG", "NORP")
        ):
            continue
        if (
            token.dep_ == "pobj" and token.head.lower_ in lex["spatial_argument_preps"]
        ) or token.dep_ in (
            "dobj",
            "nsubjpass",
        ):
            start = token.i
            while (
                start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN"
            ):
                start -= 1
            yield doc[start : token.i + 1], 50_000


def _free_run(doc: Doc, first: int, covered: set[int], most: int = 4) -> int:
    """How many tokens from ``first`` (at most ``most``) are words no mention covers."""
    length = 0
    while length < most and first + length < len(doc):
        token = doc[first + length]
        if token.i in covered or token.is_space or token.is_punct:
            break
        length += 1
    return length
