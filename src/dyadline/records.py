"""The record types of ../shared/SPEC.md, shared by every stage, the store and the API.

Records are frozen ``msgspec.Struct`` classes. msgspec was chosen over dataclasses and
pydantic because it gives, in one small dependency, what the record layer needs on a hot
path: encoding several times faster than ``json.dumps(asdict(...))`` (the coder writes one
record per article, millions per corpus), strict typed decoding for records read back
from files or the store, and a JSON Schema generated from the same classes
(:func:`json_schema`), so the schema and the code cannot drift apart.

Field names and order follow SPEC §2; fields added beyond the SPEC are marked below.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

Span = tuple[int, int]

Kind = Literal["person", "state", "organization", "group", "location"]
Sector = Literal[
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "IGO", "NGO",
    "MED", "BUS", "EDU", "REL", "CVL", "CRM", "UNK",
]  # fmt: skip
Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
Status = Literal["asserted", "negated", "hypothetical", "planned"]
DateSource = Literal["text", "publication", "none"]
ObjectKind = Literal["agreement", "territory", "weapon", "law", "sanction", "aid", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip

SECTORS: tuple[str, ...] = Sector.__args__  # type: ignore[attr-defined]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
QUADS: tuple[str, ...] = Quad.__args__  # type: ignore[attr-defined]


class Record(msgspec.Struct, frozen=True, kw_only=True):
    """Base of every record: one JSON boundary, ``to_dict``/``from_dict``."""

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)  # type: ignore[no-any-return,unused-ignore]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        return msgspec.convert(data, cls, strict=False)


class ActorRef(Record, frozen=True, kw_only=True):
    """An actor as cited inside an event or quote: a copy of the ACTOR's identity fields."""

    id: str
    name: str
    country: str | None = None
    sector: Sector | None = None
    igo: str | None = None


class Actor(Record, frozen=True, kw_only=True):
    """An entity resolved in one document, with every mention of it."""

    id: str
    name: str
    kind: Kind
    country: str | None = None
    sector: Sector | None = None
    role: str | None = None
    igo: str | None = None
    mentions: list[Span] = msgspec.field(default_factory=list)

    def ref(self) -> ActorRef:
        return ActorRef(
            id=self.id, name=self.name, country=self.country, sector=self.sector, igo=self.igo
        )


class EventObject(Record, frozen=True, kw_only=True):
    """What an event is about, when the text names it ("the New START treaty")."""

    name: str
    kind: ObjectKind
    span: Span | None = None


class Location(Record, frozen=True, kw_only=True):
    """Where an event happened, resolved against the gazetteer."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    span: Span | None = None


class Event(Record, frozen=True, kw_only=True):
    """One PLOVER event read from one predicate of the text."""

    type: EventType
    mode: str | None = None
    context: list[str] = msgspec.field(default_factory=list)
    quad: Quad
    intensity: float
    source: ActorRef | None = None
    target: ActorRef | None = None
    others: list[ActorRef] = msgspec.field(default_factory=list)
    object: EventObject | None = None
    status: Status = "asserted"
    date: str | None = None
    date_source: DateSource = "none"
    location: Location | None = None
    text: str
    span: Span
    trigger: str
    reported_by: ActorRef | None = None
    confidence: float
    cameo: str | None = None
    # Added beyond SPEC §2: where the trigger is (for highlighting), and whether the
    # event is symmetric ("A and B agreed"), so aggregates count it once.
    trigger_span: Span | None = None
    symmetric: bool = False


class Quote(Record, frozen=True, kw_only=True):
    """Attributed speech: direct, indirect or mixed."""

    text: str
    span: Span
    kind: QuoteKind
    speaker: ActorRef | None = None
    speaker_text: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    continues: int | None = None
    # Added beyond SPEC §2: offsets of the speaker and cue, for highlighting.
    speaker_span: Span | None = None
    cue_span: Span | None = None


class Document(Record, frozen=True, kw_only=True):
    """The coder's output for one input document (SPEC §2)."""

    id: str
    date: str | None = None
    actors: list[Actor] = msgspec.field(default_factory=list)
    events: list[Event] = msgspec.field(default_factory=list)
    quotes: list[Quote] = msgspec.field(default_factory=list)
    warnings: list[str] = msgspec.field(default_factory=list)
    # Added beyond SPEC §2: the document's metadata and text, so that a record can be
    # stored and displayed without the input file.
    title: str | None = None
    url: str | None = None
    source: str | None = None
    text: str | None = None


class InputDocument(Record, frozen=True, kw_only=True):
    """One document as read from an input file, before coding."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None  # "FILE:LINE", for error messages
    warnings: list[str] = msgspec.field(default_factory=list)


class ReadFailure(Record, frozen=True, kw_only=True):
    """An input item that could not be read into a document."""

    origin: str
    message: str
    doc_id: str | None = None

    def line(self) -> str:
        """The SPEC §6 stderr line: ``error: SOURCE:LINE id=ID: what is wrong``."""
        return f"error: {self.origin} id={self.doc_id or '?'}: {self.message}"


_encoder = msgspec.json.Encoder()


def to_json(record: Record) -> bytes:
    """Encode one record as compact JSON bytes (no trailing newline)."""
    return _encoder.encode(record)


def document_from_json(data: bytes | str) -> Document:
    """Decode one SPEC §2 JSON object into a :class:`Document`, validating types."""
    return msgspec.json.decode(data, type=Document)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a SPEC §2 document record."""
    return msgspec.json.schema(Document)
