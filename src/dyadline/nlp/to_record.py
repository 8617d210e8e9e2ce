"""From a processed ``Doc`` to the SPEC §2 :class:`~dyadline.records.Document`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Span

from dyadline.knowledge.ontology import Ontology, load_ontology
from dyadline.nlp.actors import identity_on, state_actor, state_branch
from dyadline.nlp.doc_state import ActorEntity, EventMention, QuoteMention
from dyadline.records import Actor, ActorRef, Document, Event, InputDocument, Quote
from dyadline.records import Span as CharSpan


def _chars(span: Span | tuple[int, int]) -> CharSpan:
    if isinstance(span, Span):
        return (span.start_char, span.end_char)
    return (int(span[0]), int(span[1]))


def _trimmed(span: Span) -> tuple[str, CharSpan]:
    """A sentence span without surrounding whitespace (a trailing newline is not evidence)."""
    text = span.text
    start = span.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    return stripped, (start, start + len(stripped))


def to_actor(entity: ActorEntity) -> Actor:
    mentions = sorted({_chars(m) for m in entity.mentions})
    return Actor(
        id=entity.id, name=entity.name, kind=entity.kind,  # type: ignore[arg-type]
        country=entity.country, sector=entity.sector,  # type: ignore[arg-type]
        role=entity.role, igo=entity.igo, mentions=mentions,
    )  # fmt: skip


def _event_day(value: str | None) -> dt.date | None:
    """The day an event date points at: a full date, or the start of an interval."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.split("/")[0])
    except ValueError:
        return None  # a year or month alone: the document date stays the better guess


def refs_on(
    entities: list[ActorEntity], refs: list[ActorRef], day: dt.date | None
) -> list[ActorRef]:
    """The refs re-read on an event's own date ("Obama" in 2015 vs the 2018 article date)."""
    if day is None:
        return refs
    dated = []
    for entity, ref in zip(entities, refs, strict=True):
        identity = identity_on(entity, day)
        if identity is None:
            dated.append(ref)
        else:
            dated.append(ActorRef(id=ref.id, name=ref.name, country=identity.country,
                                  sector=identity.sector, igo=identity.igo))  # type: ignore[arg-type]  # fmt: skip
    return dated


def to_event(event: EventMention, refs: list[ActorRef], ontology: Ontology) -> Event:
    def ref(index: int | None) -> ActorRef | None:
        return refs[index] if index is not None else None

    evidence, evidence_span = _trimmed(event.evidence)
    return Event(
        type=event.type,  # type: ignore[arg-type]
        mode=event.mode,
        context=list(event.context),
        quad=ontology.quad(event.type),  # type: ignore[arg-type]
        intensity=ontology.intensity(event.type, event.mode),
        source=ref(event.source),
        target=ref(event.target),
        others=[refs[i] for i in event.others],
        object=event.object,
        status=event.status,  # type: ignore[arg-type]
        date=event.date,
        date_source=event.date_source,  # type: ignore[arg-type]
        location=event.location,
        text=evidence,
        span=evidence_span,
        trigger=event.trigger.text,
        reported_by=ref(event.reported_by),
        confidence=event.confidence,
        cameo=ontology.cameo(event.type, event.mode),
        trigger_span=_chars(event.trigger),
        symmetric=event.symmetric,
    )


def to_quote(quote: QuoteMention, refs: list[ActorRef], text: str) -> Quote:
    start, end = _chars(quote.content)
    return Quote(
        text=text[start:end],
        span=(start, end),
        kind=quote.kind,  # type: ignore[arg-type]
        speaker=refs[quote.speaker] if quote.speaker is not None else None,
        speaker_text=quote.speaker_span.text if quote.speaker_span is not None else None,
        speaker_role=quote.speaker_role,
        cue=quote.cue.text if quote.cue is not None else None,
        continues=quote.continues,
        speaker_span=_chars(quote.speaker_span) if quote.speaker_span is not None else None,
        cue_span=_chars(quote.cue) if quote.cue is not None else None,
    )


def doc_to_record(doc: Doc, source: InputDocument) -> Document:
    """The record of one coded document; warnings from reading and coding are merged."""
    ontology = load_ontology()
    entities = list(doc._.actors or [])
    events = _with_implied_actors(doc._.events or [], entities)
    actors = [to_actor(a) for a in entities]
    refs = [a.ref() for a in actors]
    doc_day = source.date[:10] if source.date else None

    def event_refs(event: EventMention) -> list[ActorRef]:
        day = _event_day(event.date)
        if day is None or day.isoformat() == doc_day:
            return refs
        return refs_on(entities, refs, day)

    text = doc.text  # spaCy rebuilds Doc.text on every access: read it once
    return Document(
        id=source.id,
        date=source.date,
        actors=actors,
        events=[to_event(e, event_refs(e), ontology) for e in events],
        quotes=[to_quote(q, refs, text) for q in doc._.quotes or []],
        warnings=[*source.warnings, *(doc._.warnings or [])],
        title=source.title,
        url=source.url,
        source=source.source,
        text=text,
    )


def _with_implied_actors(
    events: list[EventMention], entities: list[ActorEntity]
) -> list[EventMention]:
    """Events whose source (or, in a joint military act, target) acted through a branch of
    its state ("Israel resumed air strikes": the Israeli armed forces) cite that branch, and
    events aimed at a government the text does not name ("protests in Tbilisi") or done by
    state organs it does not name ("Navalny was arrested": the Russian police) cite that
    state or branch; one the document does not name yet is added to ``entities`` (without
    mentions)."""
    index = {entity.id: i for i, entity in enumerate(entities)}

    def added(entity: ActorEntity) -> int:
        if entity.id not in index:
            index[entity.id] = len(entities)
            entities.append(entity)
        return index[entity.id]

    def branch_of(actor: int | None, sector: str | None) -> int | None:
        if actor is None or not sector:
            return actor
        branch = state_branch(entities[actor], sector)
        return actor if branch is None else added(branch)

    def unnamed_state(iso3: str, sector: str | None) -> int | None:
        entity = state_actor(iso3, sector or "GOV")
        return None if entity is None else added(entity)

    def source_of(event: EventMention) -> int | None:
        if event.source is None and event.source_state is not None:
            return unnamed_state(event.source_state, event.source_branch)
        return branch_of(event.source, event.source_branch)

    def target_of(event: EventMention) -> int | None:
        if event.target is None and event.target_state is not None:
            return unnamed_state(event.target_state, event.target_branch)
        return branch_of(event.target, event.target_branch)

    return [
        replace(
            event,
            source=source_of(event),
            target=target_of(event),
            source_branch=None,
            target_branch=None,
            source_state=None,
            target_state=None,
        )
        for event in events
    ]
