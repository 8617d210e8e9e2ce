"""SQL building blocks: one identifier-quoting helper and filter-to-WHERE translation.

Values always travel as parameters; identifiers (column names chosen by a caller, such as a
sort column) go through :func:`quote_identifier` after being checked against a whitelist.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dyadline.errors import StoreError


def quote_identifier(name: str) -> str:
    """``name`` as a quoted SQL identifier: ``a"b`` becomes ``"a""b"``."""
    return '"' + name.replace('"', '""') + '"'


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: each word a quoted term, all required.

    Quoting every word keeps FTS5 operators (``AND``, ``NEAR``, ``*``, ``:``) typed by a user
    from being parsed as syntax, so any input is a valid query.
    """
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def split_list(value: str | Sequence[str] | None) -> list[str]:
    """``"A,B"`` or ``["A", "B"]`` as a list of non-empty stripped items."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [i.strip() for i in items if i and i.strip()]


@dataclass
class EventFilter:
    """What to select from the events table; every field is optional.

    ``actor``: an actor id ("state:RUS") or exact name, as source or target. ``country``:
    ISO3 of the source or target. ``dyad``: two actors or countries, either direction.
    ``status``: statuses to keep ("any" or empty keeps all). Dates compare with the event's
    ``day`` (its date, or the document date when the event date is not day-precise).
    """

    actor: str | None = None
    country: str | None = None
    dyad: tuple[str, str] | None = None
    types: list[str] = field(default_factory=list)
    quads: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    doc_id: str | None = None
    has_location: bool = False

    def actor_values(self) -> list[str]:
        """The values matched against event sides by id, country or name."""
        return [v for v in (self.actor, *(self.dyad or ())) if v]

    def where(self, forms: Mapping[str, Sequence[str]] | None = None) -> tuple[str, list[Any]]:
        """`` WHERE ...`` (or "") and its parameters.

        ``forms``: for an actor or dyad value, the match forms (of :data:`MATCH_FORMS`)
        that match any event side at all (see ``Store.match_forms``); the others are left
        out, which selects the same rows with fewer index lookups. Default: all forms.
        """
        forms = forms or {}
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            used = forms.get(self.actor, MATCH_FORMS)
            terms = [f.format(role=r) for r in ("source", "target") for f in used]
            clauses.append("(" + (" OR ".join(terms) or "0") + ")")
            params += [self.actor] * len(terms)
        if self.country:
            clauses.append("(source_country = ? OR target_country = ?)")
            params += [self.country.upper()] * 2
        if self.dyad:
            a, b = self.dyad
            dyad_sql, dyad_params = _dyad(
                a, b, forms.get(a, MATCH_FORMS), forms.get(b, MATCH_FORMS)
            )
            clauses.append(dyad_sql)
            params += dyad_params
        for column, values in (
            ("type", self.types),
            ("quad", self.quads),
            ("status", self.statuses),
        ):
            values = [v for v in values if v != "any"]
            if values:
                clauses.append(f"{quote_identifier(column)} IN ({', '.join('?' * len(values))})")
                params += values
        if self.date_from:
            clauses.append("day >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("day <= ?")
            params.append(self.date_to + "\uffff")  # "2024-05" includes every day of May
        if self.text:
            clauses.append("id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
            params.append(fts_query(self.text) or '""')
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        if self.has_location:
            clauses.append("lat IS NOT NULL AND lon IS NOT NULL")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


# How a value (an actor id, an ISO3 country or a name) matches one side of an event.
MATCH_FORMS = ("{role}_id = ?", "{role}_country = upper(?)", "lower({role}_name) = lower(?)")


def _dyad(a: str, b: str, forms_a: Sequence[str], forms_b: Sequence[str]) -> tuple[str, list[str]]:
    """SQL for events between ``a`` and ``b``, either direction, each matched by id, country
    or name: a flat OR of (source match AND target match) pairs. Flat, because SQLite's
    multi-index OR only looks into one level of OR, and every pair has an indexed column."""
    terms, params = [], []
    for first, second, firsts, seconds in ((a, b, forms_a, forms_b), (b, a, forms_b, forms_a)):
        for source, target in itertools.product(firsts, seconds):
            terms.append(f"({source.format(role='source')} AND {target.format(role='target')})")
            params += [first, second]
    return "(" + (" OR ".join(terms) or "0") + ")", params


@dataclass
class QuoteFilter:
    """What to select from the quotes table: speaker (id or name), country, kind, text."""

    speaker: str | None = None
    country: str | None = None
    kind: str | None = None
    text: str | None = None
    doc_id: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.speaker:
            clauses.append("(speaker_id = ? OR lower(speaker_name) = lower(?))")
            params += [self.speaker] * 2
        if self.country:
            clauses.append("speaker_country = ?")
            params.append(self.country.upper())
        if self.kind:
            clauses.append("kind = ?")
            params.append(self.kind)
        if self.text:
            clauses.append("id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(fts_query(self.text) or '""')
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    """``"state:RUS,state:UKR"`` (or ``RUS,UKR``) as a pair; raises on any other shape."""
    if not value:
        return None
    parts = split_list(value)
    if len(parts) != 2:
        raise StoreError(f"a dyad is two actors or countries separated by a comma, not {value!r}")
    return parts[0], parts[1]
