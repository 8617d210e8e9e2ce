"""Coding very long documents in pieces, with every offset of the record in the whole text.

spaCy's parser needs memory in proportion to the length of one ``Doc``, so a 5 MB text
parsed as one ``Doc`` needs gigabytes. :class:`Chunker` splits a long text at paragraph
breaks (else line breaks, sentence ends, spaces) into pieces of at most ``limit``
characters, the coder codes each piece as a document of its own (:func:`code_in_pieces`),
and :func:`merge_records`
puts the records back together: spans moved by the piece's offset, actors of the same id
merged, quote links renumbered. Texts within the limit pass through untouched.

What is lost at a boundary: a pronoun at the start of a piece cannot resolve to a name
in the piece before, and a quotation cannot span two pieces. Pieces end at paragraph
breaks, where both are rare; the record carries a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby

import msgspec

from dyadline.records import Actor, ActorRef, Document, Event, InputDocument, Quote, Span

CHUNK_CHARS = 50_000

# Best to worst places to cut, each searched for in the last half of a full-size piece.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)]?\s+"), re.compile(r"\s+"))  # fmt: skip


def split_points(text: str, limit: int) -> list[tuple[int, int]]:
    """``[start, end)`` bounds of pieces of at most ``limit`` characters covering ``text``."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece that starts at ``start`` and must end by ``stop``."""
    window_start = start + (stop - start) // 2
    for pattern in _BREAKS:
        last = None
        for last in pattern.finditer(text, window_start, stop):  # noqa: B007 - want the last
            pass
        if last is not None and last.end() > start:
            return last.end()
    return stop  # one unbroken run of characters: cut it where the limit falls


CodeBatch = Callable[[Iterable[InputDocument], bool], Iterator[Document]]


def code_in_pieces(
    items: Iterable[InputDocument], limit: int, code: CodeBatch
) -> Iterator[Document]:
    """Records for ``items`` in order, coding texts over ``limit`` characters in pieces.

    ``code(documents, whole)`` codes a stream of documents; ``whole`` is False for the
    pieces of one long text, which the caller should code one at a time (``batch_size=1``):
    spaCy holds a whole batch in memory, and a batch of full-size pieces is what the
    splitting avoids. Runs of ordinary documents stream through ``code`` unchanged.
    """
    for is_long, run in groupby(items, key=lambda item: len(item.text) > limit):
        if not is_long:
            yield from code(run, True)
            continue
        for item in run:
            bounds = split_points(item.text, limit)
            pieces = [
                msgspec.structs.replace(item, text=item.text[a:b], warnings=[]) for a, b in bounds
            ]
            records = list(code(pieces, False))
            yield merge_records(item, [(a, r) for (a, _), r in zip(bounds, records, strict=True)])


def merge_records(item: InputDocument, parts: list[tuple[int, Document]]) -> Document:
    """One record for ``item`` from the records of its pieces, offsets in the whole text."""
    actors: dict[str, Actor] = {}
    events: list[Event] = []
    quotes: list[Quote] = []
    warnings = [*item.warnings, _chunk_warning(item, len(parts))]
    for offset, record in parts:
        for actor in record.actors:
            moved = [_shift(m, offset) for m in actor.mentions]
            known = actors.get(actor.id)
            merged = sorted({*known.mentions, *moved}) if known else moved
            actors[actor.id] = msgspec.structs.replace(known or actor, mentions=merged)
        events.extend(_shift_event(e, offset) for e in record.events)
        earlier = len(quotes)  # quote links ("continues") are indices into the merged list
        quotes.extend(_shift_quote(q, offset, earlier) for q in record.quotes)
        warnings.extend(w for w in record.warnings if w not in warnings)
    refs = {actor_id: actor.ref() for actor_id, actor in actors.items()}
    return msgspec.structs.replace(
        parts[0][1],
        actors=list(actors.values()),
        events=[_relink_event(e, refs) for e in events],
        quotes=[_relink_quote(q, refs) for q in quotes],
        warnings=warnings,
        text=item.text,
    )


def _chunk_warning(item: InputDocument, pieces: int) -> str:
    return (
        f"text has {len(item.text):,} characters; coded in {pieces} pieces split at "
        "paragraph breaks, so pronouns and quotes do not link across those breaks"
    )


def _shift(span: Span, offset: int) -> Span:
    return (span[0] + offset, span[1] + offset)


def _shift_optional(span: Span | None, offset: int) -> Span | None:
    return None if span is None else _shift(span, offset)


def _shift_event(event: Event, offset: int) -> Event:
    replace = msgspec.structs.replace
    obj = event.object
    location = event.location
    return replace(
        event,
        span=_shift(event.span, offset),
        trigger_span=_shift_optional(event.trigger_span, offset),
        object=replace(obj, span=_shift_optional(obj.span, offset)) if obj else None,
        location=replace(location, span=_shift_optional(location.span, offset))
        if location
        else None,
    )


def _shift_quote(quote: Quote, offset: int, earlier_quotes: int) -> Quote:
    return msgspec.structs.replace(
        quote,
        span=_shift(quote.span, offset),
        speaker_span=_shift_optional(quote.speaker_span, offset),
        cue_span=_shift_optional(quote.cue_span, offset),
        continues=None if quote.continues is None else quote.continues + earlier_quotes,
    )


def _relink(ref: ActorRef | None, refs: dict[str, ActorRef]) -> ActorRef | None:
    # An actor seen in several pieces keeps the identity of its first piece everywhere.
    return None if ref is None else refs.get(ref.id, ref)


def _relink_event(event: Event, refs: dict[str, ActorRef]) -> Event:
    return msgspec.structs.replace(
        event,
        source=_relink(event.source, refs),
        target=_relink(event.target, refs),
        reported_by=_relink(event.reported_by, refs),
        others=[refs.get(o.id, o) for o in event.others],
    )


def _relink_quote(quote: Quote, refs: dict[str, ActorRef]) -> Quote:
    return msgspec.structs.replace(quote, speaker=_relink(quote.speaker, refs))
