"""Annotated text as segments, for templates that escape every piece.

Highlighting works on offsets, never on markup: the text is cut at every annotation
boundary and each piece is rendered by an autoescaping template inside a ``<span>`` with
the classes of the annotations covering it. Article text is untrusted, so it never
reaches the page unescaped.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    label: str = ""


@dataclass(frozen=True)
class Segment:
    text: str
    classes: str
    title: str


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """``text`` cut at every mark boundary; each piece lists the marks that cover it."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in valid if m.start <= start and end <= m.end]
        classes = " ".join(sorted({f"m-{m.kind}" for m in covering}))
        title = "; ".join(dict.fromkeys(m.label for m in covering if m.label))
        out.append(Segment(text[start:end], classes, title))
    return out


def document_marks(record: dict[str, Any]) -> list[Mark]:
    """Every annotation of a SPEC record: actor mentions, event triggers, quotes, places."""
    marks: list[Mark] = []
    for actor in record.get("actors", []):
        label = f"{actor['name']} ({actor['id']})"
        marks += [Mark(s, e, "actor", label) for s, e in actor.get("mentions", [])]
    for i, event in enumerate(record.get("events", [])):
        span = event.get("trigger_span")
        if span:
            marks.append(
                Mark(span[0], span[1], "trigger", f"#{i} {event['type']} ({event['status']})")
            )
        location = event.get("location") or {}
        if location.get("span"):
            marks.append(
                Mark(location["span"][0], location["span"][1], "location", location["name"])
            )
    for quote in record.get("quotes", []):
        speaker = (quote.get("speaker") or {}).get("name") or quote.get("speaker_text") or "?"
        marks.append(Mark(quote["span"][0], quote["span"][1], "quote", f"quote: {speaker}"))
    return marks
