"""What the pipeline stages write on the ``Doc``, and the ``Doc`` extensions that hold it.

Each stage owns one extension and reads only earlier stages' extensions:

- ``doc._.pub_date``   publication date (set by the caller before the pipeline runs)
- ``doc._.actors``     list[ActorEntity], and ``doc._.actor_at`` token index -> actor index;
  ``doc._.actor_groups`` token index -> actor indices, for the tokens of a reference to
  several actors at once ("Armenia and Azerbaijan said they ...", "the two leaders"), whose
  ``actor_at`` entry is the first of them
- ``doc._.quotes``     list[QuoteMention]
- ``doc._.events``     list[EventMention]; dates and places fill their ``date``/``location``
- ``doc._.timexes``    list[Timex]
- ``doc._.places``     list[PlaceMention]
- ``doc._.warnings``   list[str]
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from dyadline.errors import ModelError, missing_dependency
from dyadline.records import EventObject, Location

StageCall = Callable[[Any, Doc], Doc]


@dataclass
class ActorEntity:
    """An actor resolved in one document; ``mentions`` are token spans of the ``Doc``."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    igo: str | None = None
    gender: str | None = None
    mentions: list[Span] = field(default_factory=list)
    mention_kinds: list[str] = field(default_factory=list)


@dataclass
class QuoteMention:
    content: Span | tuple[int, int]  # token span, or char offsets when not token-aligned
    kind: str
    speaker: int | None = None  # index into doc._.actors
    speaker_span: Span | None = None
    speaker_role: str | None = None
    cue: Span | None = None
    continues: int | None = None


@dataclass
class EventMention:
    type: str
    trigger: Span
    evidence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    source: int | None = None
    target: int | None = None
    others: list[int] = field(default_factory=list)
    object: EventObject | None = None
    status: str = "asserted"
    reported_by: int | None = None
    confidence: float = 0.5
    symmetric: bool = False
    # the branch of a state source that carried the act out ("Israel resumed air strikes":
    # its armed forces); the record cites that branch of the state
    source_branch: str | None = None
    # the same for the other party of a joint military act ("Egypt and Sudan held joint
    # air force drills": both armed forces)
    target_branch: str | None = None
    # the country whose government an act with no named target is aimed at ("protests in
    # Tbilisi": the Georgian government), and the country whose organs (``source_branch``)
    # did an act with no named doer ("Navalny was arrested": the Russian police); the record
    # cites that state
    target_state: str | None = None
    source_state: str | None = None
    date: str | None = None
    date_source: str = "none"
    location: Location | None = None


@dataclass
class Timex:
    """A time expression and its normalised value (``YYYY[-MM[-DD]]`` or ``A/B``)."""

    span: Span
    value: str | None
    granularity: str = "day"


@dataclass
class PlaceMention:
    span: Span
    location: Location


_EXTENSIONS: dict[str, Any] = {
    "doc_id": None,
    "pub_date": None,
    "actors": None,
    "actor_at": None,
    "actor_groups": None,
    "quotes": None,
    "events": None,
    "timexes": None,
    "places": None,
    "warnings": None,
}


def register_extensions() -> None:
    """Register the ``Doc`` extensions once per process (spaCy's are process-global)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def pub_date(doc: Doc) -> dt.date | None:
    value = doc._.pub_date
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def warn(doc: Doc, message: str) -> None:
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


register_extensions()


def require_modules(stage: str, *modules: str) -> None:
    """Raise ``ModelError`` when building ``stage`` if a package it needs is missing, so a
    broken install fails loudly once instead of leaving every record's output empty."""
    for module in modules:
        if importlib.util.find_spec(module) is None:
            raise ModelError(missing_dependency(stage, module))


def guarded(*extensions: str) -> Callable[[StageCall], StageCall]:
    """Make a stage's ``__call__`` record a failure as a warning instead of raising.

    One odd document must not stop a batch: the stage's own extensions are reset to
    empty and the record says which stage failed and why. A missing package is not an odd
    document: it raises ``ModelError`` (see :func:`require_modules`).
    """

    def wrap(call: StageCall) -> StageCall:
        @functools.wraps(call)
        def inner(self: Any, doc: Doc) -> Doc:
            try:
                return call(self, doc)
            except ImportError as exc:
                # Not one odd document: every document would fail the same way, silently.
                raise ModelError(missing_dependency(self.name, exc.name or str(exc))) from exc
            except Exception as exc:
                for name in extensions:
                    setattr(doc._, name, {} if name == "actor_at" else [])
                warn(
                    doc,
                    f"stage {self.name} failed ({type(exc).__name__}: {exc}); its output is empty",
                )
                return doc

        return inner

    return wrap
