"""Place stage: toponyms resolved against the gazetteer, and each event's location.

A toponym that the actor stage resolved as an actor ("Seoul condemned") is not a place.
The event's location comes from a place attached to its predicate ("struck ... in
Kharkiv", "talks in Doha"), else the only place in its sentence.

Reads ``doc._.actors``/``doc._.actor_at`` and ``doc._.events``; writes ``doc._.places``
and each event's ``location``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dyadline.nlp.doc_state import EventMention, PlaceMention, guarded, register_extensions
from dyadline.nlp.gazetteer import Gazetteer, load_gazetteer
from dyadline.records import Location

PLACE_LABELS = ("GPE", "LOC", "FAC")
PLACE_PREPS = {
    "in",
    "near",
    "at",
    "outside",
    "around",
    "across",
    "inside",
    "on",
    "into",
    "over",
    "from",
    "to",
    "toward",
    "towards",
    "along",
}


class PlaceResolver:
    """The ``dyadline_places`` component."""

    def __init__(self, nlp: Language, name: str) -> None:
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
        actor_at = doc._.actor_at or {}
        countries = [a.country for a in doc._.actors or [] if a.country]
        places = []
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS or any(t.i in actor_at for t in ent):
                continue
            span = _strip_article(ent)
            place = self.gazetteer.resolve(span.text, countries)
            if place is None:
                continue
            location = Location(
                name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                geonameid=place.geonameid, span=(span.start_char, span.end_char),
            )  # fmt: skip
            places.append(PlaceMention(span, location))
        doc._.places = places
        for event in doc._.events or []:
            event.location = _event_location(event, places)
        return doc


def _strip_article(span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ == "the":
        return span[1:]
    return span


def _event_location(event: EventMention, places: list[PlaceMention]) -> Location | None:
    in_sentence = [p for p in places if event.evidence.start <= p.span.start < event.evidence.end]
    for place in in_sentence:
        token = place.span.root
        hops = 0
        while token.head is not token and hops < 4:
            prep = token.head
            if token.dep_ == "pobj" and prep.lower_ in PLACE_PREPS:
                governor = prep.head
                if event.trigger.start <= governor.i < event.trigger.end or (
                    governor.head.i == event.trigger.root.i and governor.pos_ == "NOUN"
                ):
                    return place.location
            token = token.head
            hops += 1
    located = [
        p
        for p in in_sentence
        if p.span.root.dep_ == "pobj" and p.span.root.head.lower_ in PLACE_PREPS
    ]
    return located[0].location if len(located) == 1 else None


@Language.factory(
    "dyadline_places",
    assigns=["doc._.places"],
    requires=["doc._.actors", "doc._.events", "doc.ents"],
)
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver(nlp, name)
