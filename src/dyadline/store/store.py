"""The embedded event store: one SQLite file, written by ``ingest``, read by queries and the API.

SQLite rather than DuckDB (see benchmarks/store_backends.py): it ships with Python, its
FTS5 full-text index works offline (DuckDB's ``fts`` extension is downloaded on first use),
batched inserts were 20x faster in our measurement, a WAL-mode file can be read while an
ingest runs, and the aggregates the UI needs run in well under a second at 50k events.

Writes: :meth:`Store.ingest` takes any iterator of records and commits every ``batch_size``
documents, so a killed run keeps what it committed and a re-run skips it (a document is
keyed by its id; same id and same content hash is skipped, a changed text replaces it).
Reads: ``Store.open(path, read_only=True)`` opens the file with ``mode=ro`` and
``PRAGMA query_only``; every query is capped at :data:`MAX_ROWS` rows and a time limit.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyadline.errors import StoreError
from dyadline.records import Document, Event, ReadFailure, to_json
from dyadline.store.clustering import Assignment, IngestClusters
from dyadline.store.schema import migrate, schema_version
from dyadline.store.sql import MATCH_FORMS, EventFilter, QuoteFilter

MAX_ROWS = 1000
QUERY_SECONDS = 10.0
MMAP_BYTES = 1 << 30
COUNT_CACHE = 1024  # distinct counts and probes kept


@dataclass
class IngestCounts:
    """What one ingest did: documents added, skipped (already stored), replaced, errors."""

    added: int = 0
    skipped: int = 0
    replaced: int = 0
    errors: int = 0
    events: int = 0
    quotes: int = 0


@dataclass
class Page:
    """One page of query results with the total number of matches."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
        }


def content_hash(text: str | None) -> str:
    """The sha1 of a document text, the second half of its store key."""
    return hashlib.sha1((text or "").encode("utf-8", "surrogatepass")).hexdigest()


class QueryCache:
    """Results of read queries (counts, probes), shared by the connections to one store.

    Sound across connections: a connection that sees the store changed since it last
    looked calls :meth:`forget` before it reads the cache, and a result computed while a
    :meth:`forget` happened is not kept (it may come from the store before the change).
    """

    def __init__(self, size: int = COUNT_CACHE) -> None:
        self.size = size
        self.values: dict[Hashable, Any] = {}
        self.epoch = 0
        self.lock = threading.Lock()

    def forget(self) -> None:
        with self.lock:
            self.epoch += 1
            self.values.clear()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        with self.lock:
            if key in self.values:
                return self.values[key]
            epoch = self.epoch
        value = compute()
        with self.lock:
            if epoch == self.epoch:
                if len(self.values) >= self.size:
                    self.values.clear()
                self.values[key] = value
        return value


@dataclass
class Store:
    """An open store file; use :meth:`open` (also a context manager)."""

    con: sqlite3.Connection
    path: str
    read_only: bool = False
    _deadline: float = field(default=0.0, repr=False)
    cache: QueryCache = field(default_factory=lambda: QueryCache(), repr=False)
    _data_version: tuple[int, int] = field(default=(-1, -1), repr=False)
    _clusters: IngestClusters | None = field(default=None, repr=False)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, read_only: bool = False,
             cache: QueryCache | None = None) -> Store:  # fmt: skip
        """Open (and for writing, create or migrate) the store at ``path``.

        ``cache``: share cached counts with other connections to the same file (the API's
        pool does); each store gets its own by default."""
        path = str(path)
        try:
            if read_only:
                if not Path(path).exists():
                    raise StoreError(
                        f"no store at '{path}'; create one with `dyadline ingest INPUT --db {path}`."
                    )
                con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                      check_same_thread=False)  # fmt: skip
                con.execute("PRAGMA query_only = 1")
                # Pages mapped, not copied into each connection's cache: the API's pooled
                # connections share the OS page cache and skip a read() call per page.
                con.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            else:
                con = sqlite3.connect(path, check_same_thread=False)
                # WAL: readers (the API) never block the writer nor see a half batch; a
                # killed writer leaves a log whose committed frames the next opener keeps.
                con.execute("PRAGMA journal_mode = WAL")
                con.execute("PRAGMA foreign_keys = ON")
                migrate(con)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store '{path}': {exc}") from exc
        con.row_factory = sqlite3.Row
        store = cls(con, path, read_only, cache=cache or QueryCache())
        if read_only and schema_version(con) == 0:
            raise StoreError(
                f"'{path}' is not a dyadline store (no schema); run `dyadline ingest` first."
            )
        con.set_progress_handler(store._check_deadline, 10_000)
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_deadline(self) -> int:
        # A non-zero return aborts the running statement: no query holds the API forever.
        return 1 if self._deadline and time.monotonic() > self._deadline else 0

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Run one read query under the time limit; parameters only, never formatted values."""
        self._deadline = time.monotonic() + QUERY_SECONDS
        try:
            return self.con.execute(sql, list(params)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"query failed: {exc}") from exc
        finally:
            self._deadline = 0.0

    def count(self, sql: str, params: Iterable[Any] = ()) -> int:
        """``sql``'s single number (a ``count(*)``), cached until the store changes.

        Page totals are counted again for every page of the same filter otherwise; on a
        100k-event store an unindexed count reads every row. Any write to the store, by
        this connection or another, empties the cache (see ``_forget_if_changed``).
        """
        return int(self.value(sql, params))

    def value(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """The first column of ``sql``'s first row, cached like :meth:`count`."""
        self._forget_if_changed()
        key = ("value", sql, tuple(params))
        return self.cache.get(key, lambda: self.query(sql, key[2])[0][0])

    def _forget_if_changed(self) -> None:
        # PRAGMA data_version changes when another connection has committed since this one
        # last asked; total_changes when this one wrote (an ingest, then queries).
        data_version = int(self.con.execute("PRAGMA data_version").fetchone()[0])
        version = (data_version, self.con.total_changes)
        if version != self._data_version:
            self._data_version = version
            self.cache.forget()

    def match_forms(self, value: str) -> tuple[str, ...]:
        """The forms of :data:`MATCH_FORMS` by which ``value`` matches some event side.

        "RUS" matches countries, "state:RUS" ids, "Russia" names: probing each form once
        (an indexed EXISTS) lets the actor and dyad filters drop the forms that match
        nothing, so a dyad is two index lookups instead of eighteen."""

        def probe() -> tuple[str, ...]:
            return tuple(
                form for form in MATCH_FORMS
                if self.query(f"SELECT EXISTS (SELECT 1 FROM events WHERE"
                              f" {form.format(role='source')} OR {form.format(role='target')})",
                              [value, value])[0][0]
            )  # fmt: skip

        self._forget_if_changed()
        forms: tuple[str, ...] = self.cache.get(("forms", value), probe)
        return forms

    def event_where(self, where: EventFilter | None) -> tuple[str, list[Any]]:
        """``where``'s SQL, with actor and dyad matches narrowed by :meth:`match_forms`."""
        where = where or EventFilter()
        return where.where({v: self.match_forms(v) for v in where.actor_values()})

    # -- writing -------------------------------------------------------------------------
    def stored_hash(self, doc_id: str) -> str | None:
        row = self.con.execute(
            "SELECT content_hash FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def is_stored(self, doc_id: str, text: str | None) -> bool:
        """True when this document, with this text, is already in the store."""
        return self.stored_hash(doc_id) == content_hash(text)

    def ingest(self, items: Iterable[Document | ReadFailure], batch_size: int = 50) -> IngestCounts:
        """Store records (and read failures) from ``items``, committing every ``batch_size``."""
        if self.read_only:
            raise StoreError(f"store '{self.path}' was opened read-only")
        counts = IngestCounts()
        pending = 0
        # Rebuilt from the store when the first new document arrives (see _cluster_ids):
        # state left by an earlier, interrupted call may include a rolled-back document.
        self._clusters = None
        try:
            for item in items:
                if isinstance(item, ReadFailure):
                    self._insert_error(item)
                    counts.errors += 1
                else:
                    self._store_document_whole(item, counts)
                pending += 1
                if pending >= batch_size:
                    self.con.commit()
                    pending = 0
        finally:
            self.con.commit()  # whatever was stored before an interruption stays stored
        return counts

    def _store_document_whole(self, record: Document, counts: IngestCounts) -> None:
        """Store one document inside a savepoint: all of its rows or none of them.

        An interruption that unwinds (KeyboardInterrupt, an exception) in the middle of a
        document rolls back to the savepoint, so the commit in :meth:`ingest`'s ``finally``
        never keeps a document without its events; a re-run, which skips stored documents,
        would otherwise never complete it. A SIGKILL loses the open batch as a whole.
        """
        if not self.con.in_transaction:
            # Open the batch's transaction first: releasing an outermost savepoint would
            # commit, one document at a time.
            self.con.execute("BEGIN")
        self.con.execute("SAVEPOINT document")
        try:
            self._store_document(record, counts)
        except BaseException:
            self.con.execute("ROLLBACK TO document")
            self.con.execute("RELEASE document")
            raise
        self.con.execute("RELEASE document")

    def _store_document(self, record: Document, counts: IngestCounts) -> None:
        digest = content_hash(record.text)
        known = self.stored_hash(record.id)
        if known == digest:
            counts.skipped += 1
            return
        if known is not None:
            self.con.execute("DELETE FROM documents WHERE id = ?", (record.id,))
            counts.replaced += 1
        else:
            counts.added += 1
        clusters = self._cluster_ids(record)
        self.con.execute(
            "INSERT INTO documents (id, content_hash, date, title, url, source, text, warnings,"
            " record, dup_cluster) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.id, digest, record.date, record.title, record.url, record.source,
             record.text, json.dumps(record.warnings), to_json(record).decode(),
             clusters.dup_cluster),
        )  # fmt: skip
        self.con.executemany(
            "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(record.id, i, a.id, a.name, a.kind, a.country, a.sector, a.role, a.igo,
              json.dumps(a.mentions)) for i, a in enumerate(record.actors)],
        )  # fmt: skip
        self.con.executemany(
            _EVENT_INSERT,
            [
                _event_row(record, i, e, clusters.event_clusters[i])
                for i, e in enumerate(record.events)
            ],
        )
        self.con.executemany(
            "INSERT INTO quotes (doc_id, idx, text, kind, speaker_id, speaker_name, speaker_country,"
            " speaker_text, speaker_role, cue, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(record.id, i, q.text, q.kind, q.speaker.id if q.speaker else None,
              q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None,
              q.speaker_text, q.speaker_role, q.cue, to_json(q).decode())
             for i, q in enumerate(record.quotes)],
        )  # fmt: skip
        counts.events += len(record.events)
        counts.quotes += len(record.quotes)

    def _cluster_ids(self, record: Document) -> Assignment:
        """The near-duplicate and event cluster ids of a document about to be stored."""
        if self._clusters is None:
            # Replayed lazily: an ingest that only skips stored documents costs nothing.
            self._clusters = IngestClusters.rebuild(self.con)
        return self._clusters.assign(record)

    def _insert_error(self, failure: ReadFailure) -> None:
        self.con.execute(
            "INSERT OR IGNORE INTO errors (origin, doc_id, message) VALUES (?, ?, ?)",
            (
                failure.origin,
                failure.doc_id or "",
                failure.message,
            ),  # '' not NULL: UNIQUE must see it
        )

    # -- reading -------------------------------------------------------------------------
    def events(self, where: EventFilter | None = None, limit: int = 100, offset: int = 0,
               unique: bool = False) -> Page:  # fmt: skip
        """Events matching ``where``, newest first, as SPEC events plus store fields.

        ``unique``: one row per event cluster (see :meth:`unique_events`)."""
        if unique:
            return self.unique_events(where, limit, offset)
        sql, params = self.event_where(where)
        limit = _cap(limit)
        total = self.count(f"SELECT count(*) FROM events{sql}", params)
        # The page's ids first, in the order of the events_day index (day DESC, id DESC;
        # NULL days sort last), so a page reads its rows, not all matches; then their rows.
        rows = self.query(
            f"SELECT e.id, e.doc_id, e.idx, e.day, e.marks, e.event, e.cluster, d.url AS url,"
            f" d.title AS title, d.date AS doc_date FROM (SELECT id FROM events{sql}"
            f" ORDER BY day DESC, id DESC LIMIT ? OFFSET ?) page"
            f" JOIN events e ON e.id = page.id JOIN documents d ON d.id = e.doc_id"
            f" ORDER BY e.day DESC, e.id DESC",
            [*params, limit, max(0, offset)],
        )
        return Page([event_item(r) for r in rows], int(total), limit, offset)

    def unique_events(self, where: EventFilter | None = None, limit: int = 100,
                      offset: int = 0) -> Page:  # fmt: skip
        """One row per event cluster among the events matching ``where``, newest first.

        Each row is the cluster's first stored event, plus ``mentions`` (matching events in
        the cluster) and ``documents`` (distinct articles reporting them)."""
        sql, params = self.event_where(where)
        limit = _cap(limit)
        total = self.count(f"SELECT count(DISTINCT cluster) FROM events{sql}", params)
        rows = self.query(
            f"SELECT {_ITEM_COLUMNS}, g.mentions, g.documents FROM ({_grouped(sql)}) g"
            f" JOIN events e ON e.id = g.id JOIN documents d ON d.id = e.doc_id"
            f" ORDER BY e.day DESC, e.id DESC LIMIT ? OFFSET ?",
            [*params, limit, max(0, offset)],
        )
        return Page([event_item(r) for r in rows], int(total), limit, offset)

    def iter_events(
        self, where: EventFilter | None = None, chunk: int = 1000, unique: bool = False
    ) -> Iterator[dict[str, Any]]:
        """Every event matching ``where`` (no row cap), in store order, for exports.

        ``unique``: one row per event cluster, with ``mentions`` and ``documents``."""
        if unique:
            yield from self._iter_unique_events(where)
            return
        sql, params = self.event_where(where)
        last = 0
        while True:
            rows = self.con.execute(
                f"SELECT e.id, e.doc_id, e.idx, e.day, e.marks, e.event, e.cluster, d.url AS url,"
                f" d.title AS title, d.date AS doc_date FROM events e JOIN documents d ON d.id = e.doc_id"
                f" WHERE e.id > ? AND e.id IN (SELECT id FROM events{sql}) ORDER BY e.id LIMIT ?",
                [last, *params, chunk],
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield event_item(row)
            last = rows[-1]["id"]

    def _iter_unique_events(self, where: EventFilter | None) -> Iterator[dict[str, Any]]:
        # One grouped query, read row by row: paging by id as iter_events does would group
        # every match again for each chunk.
        sql, params = self.event_where(where)
        rows = self.con.execute(
            f"SELECT {_ITEM_COLUMNS}, g.mentions, g.documents FROM ({_grouped(sql)}) g"
            f" JOIN events e ON e.id = g.id JOIN documents d ON d.id = e.doc_id ORDER BY e.id",
            params,
        )
        for row in rows:
            yield event_item(row)

    def event(self, event_id: int) -> dict[str, Any] | None:
        page = self.query(
            "SELECT e.id, e.doc_id, e.idx, e.day, e.marks, e.event, e.cluster, d.url AS url,"
            " d.title AS title, d.date AS doc_date FROM events e JOIN documents d ON d.id = e.doc_id"
            " WHERE e.id = ?",
            [event_id],
        )
        return event_item(page[0]) if page else None

    def quotes(self, where: QuoteFilter | None = None, limit: int = 100, offset: int = 0) -> Page:
        """Quotes matching ``where``, newest document first."""
        sql, params = (where or QuoteFilter()).where()
        limit = _cap(limit)
        total = self.count(f"SELECT count(*) FROM quotes{sql}", params)
        rows = self.query(
            f"SELECT q.id, q.doc_id, q.idx, q.quote, d.date AS doc_date, d.title AS title, d.url AS url"
            f" FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.id IN (SELECT id FROM quotes{sql})"
            f" ORDER BY d.date DESC NULLS LAST, q.id LIMIT ? OFFSET ?",
            [*params, limit, max(0, offset)],
        )
        items = [{"id": r["id"], "doc_id": r["doc_id"], "index": r["idx"], "doc_date": r["doc_date"],
                  "title": r["title"], "url": r["url"], **json.loads(r["quote"])} for r in rows]  # fmt: skip
        return Page(items, int(total), limit, offset)

    def actors(self, name: str | None = None, country: str | None = None, limit: int = 100,
               offset: int = 0) -> Page:  # fmt: skip
        """Actors across documents: one row per actor id with document and event counts."""
        clauses, params = [], []
        if name:
            clauses.append("(lower(name) LIKE lower(?) OR actor_id = ?)")
            params += [f"%{name}%", name]
        if country:
            clauses.append("country = ?")
            params.append(country.upper())
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        limit = _cap(limit)
        grouped = (f"SELECT actor_id, min(name) AS name, min(kind) AS kind, min(country) AS country,"
                   f" min(sector) AS sector, min(igo) AS igo, max(role) AS role,"
                   f" count(DISTINCT doc_id) AS documents FROM actors{where} GROUP BY actor_id")  # fmt: skip
        total = self.count(f"SELECT count(*) FROM ({grouped})", params)
        rows = self.query(
            f"SELECT g.*, (SELECT count(*) FROM events e WHERE e.source_id = g.actor_id"
            f" OR e.target_id = g.actor_id) AS events FROM ({grouped}) g"
            f" ORDER BY documents DESC, events DESC, name LIMIT ? OFFSET ?",
            [*params, limit, max(0, offset)],
        )
        items = [{"id": r["actor_id"], **dict(r)} for r in rows]
        for item in items:
            del item["actor_id"]
        return Page(items, int(total), limit, offset)

    def documents(self, text: str | None = None, limit: int = 100, offset: int = 0) -> Page:
        """Stored documents (metadata and counts, not text), newest first."""
        where, params = "", []
        if text:
            where = (
                " WHERE (lower(d.title) LIKE lower(?) OR lower(d.text) LIKE lower(?) OR d.id = ?)"
            )
            params = [f"%{text}%", f"%{text}%", text]
        limit = _cap(limit)
        total = self.count(f"SELECT count(*) FROM documents d{where}", params)
        rows = self.query(
            f"SELECT d.id, d.date, d.title, d.url, d.source, d.ingested_at,"
            f" (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,"
            f" (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes"
            f" FROM documents d{where} ORDER BY d.date DESC NULLS LAST, d.id LIMIT ? OFFSET ?",
            [*params, limit, max(0, offset)],
        )
        return Page([dict(r) for r in rows], int(total), limit, offset)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """The full SPEC record of one document (with text), plus the store ids of its events."""
        rows = self.query("SELECT record FROM documents WHERE id = ?", [doc_id])
        if not rows:
            return None
        record: dict[str, Any] = json.loads(rows[0]["record"])
        ids = self.query("SELECT idx, id FROM events WHERE doc_id = ? ORDER BY idx", [doc_id])
        record["event_ids"] = [r["id"] for r in ids]
        return record

    def errors(self, limit: int = 100, offset: int = 0) -> Page:
        limit = _cap(limit)
        total = self.count("SELECT count(*) FROM errors")
        rows = self.query(
            "SELECT * FROM errors ORDER BY id LIMIT ? OFFSET ?", [limit, max(0, offset)]
        )
        return Page([dict(r) for r in rows], int(total), limit, offset)

    def stats(self) -> dict[str, Any]:
        """Counts of everything stored, for summaries and the UI header."""

        def one(sql: str) -> Any:
            return self.value(sql)  # cached: every UI page asks for these counts

        return {
            "documents": one("SELECT count(*) FROM documents"),
            "events": one("SELECT count(*) FROM events"),
            "asserted_events": one("SELECT count(*) FROM events WHERE status = 'asserted'"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "actors": one("SELECT count(DISTINCT actor_id) FROM actors"),
            "errors": one("SELECT count(*) FROM errors"),
            "first_day": one("SELECT min(day) FROM events"),
            "last_day": one("SELECT max(day) FROM events"),
            "schema_version": schema_version(self.con),
        }


_ITEM_COLUMNS = (
    "e.id, e.doc_id, e.idx, e.day, e.marks, e.event, e.cluster, d.url AS url,"
    " d.title AS title, d.date AS doc_date"
)


def _grouped(sql: str) -> str:
    """Event clusters among the events matching ``sql``: first event id and counts."""
    return (
        f"SELECT min(id) AS id, count(*) AS mentions, count(DISTINCT doc_id) AS documents"
        f" FROM events{sql} GROUP BY cluster"
    )


def _cap(limit: int) -> int:
    return max(1, min(int(limit), MAX_ROWS))


_EVENT_COLUMNS = (
    "doc_id, idx, type, mode, quad, status, intensity, source_id, source_name, source_country,"
    " source_sector, target_id, target_name, target_country, target_sector, date, day, date_source,"
    " location_name, location_country, lat, lon, text, trigger, confidence, cameo, symmetric,"
    " cluster, marks, event"
)
_EVENT_INSERT = f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES ({', '.join('?' * 30)})"


def event_day(date: str | None, doc_date: str | None) -> str | None:
    """The day an event is counted on: its own date when day-precise, else the document's."""
    start = (date or "").split("/")[0]
    if len(start) >= 10:
        return start[:10]
    if doc_date and start and doc_date.startswith(start):
        return doc_date[:10]
    if start:  # a month or year: its first day, so it still falls in the right period
        return start + "-01-01"[len(start) - 4 :]
    return doc_date[:10] if doc_date else None


def _event_row(record: Document, idx: int, e: Event, cluster: str) -> tuple[Any, ...]:
    src, tgt, loc = e.source, e.target, e.location
    day = event_day(e.date, record.date)
    return (
        record.id, idx, e.type, e.mode, e.quad, e.status, e.intensity,
        src.id if src else None, src.name if src else None, src.country if src else None,
        src.sector if src else None, tgt.id if tgt else None, tgt.name if tgt else None,
        tgt.country if tgt else None, tgt.sector if tgt else None, e.date, day, e.date_source,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
        loc.lon if loc else None, e.text, e.trigger, e.confidence, e.cameo, int(e.symmetric),
        cluster, json.dumps(evidence_marks(record, e)), to_json(e).decode(),
    )  # fmt: skip


def evidence_marks(record: Document, e: Event) -> list[list[Any]]:
    """``[start, end, role]`` spans to highlight inside the evidence text, relative to it.

    Roles: ``trigger``, ``source``, ``target``, ``other`` (actor mentions) and ``location``.
    Offsets come from the coder, over the original text; the UI escapes the text and wraps
    these ranges, so no article markup ever reaches the page.
    """
    start, end = e.span
    marks: list[list[Any]] = []

    def add(span: tuple[int, int] | None, role: str) -> None:
        if span and start <= span[0] < span[1] <= end:
            marks.append([span[0] - start, span[1] - start, role])

    add(e.trigger_span, "trigger")
    roles = {o.id: "other" for o in e.others}
    if e.target:
        roles[e.target.id] = "target"
    if e.source:
        roles[e.source.id] = "source"
    for actor in record.actors:
        if actor.id in roles:
            for mention in actor.mentions:
                add(tuple(mention), roles[actor.id])  # type: ignore[arg-type]
    if e.location:
        add(e.location.span, "location")
    return sorted(marks)


def event_item(row: sqlite3.Row) -> dict[str, Any]:
    """One events row as the API and exports see it: the SPEC event plus where it is stored."""
    return {
        "id": row["id"], "doc_id": row["doc_id"], "index": row["idx"], "day": row["day"],
        "doc_date": row["doc_date"], "title": row["title"], "url": row["url"],
        "cluster": row["cluster"], "marks": json.loads(row["marks"]), **json.loads(row["event"]),
        # Only unique_events rows have these; ``key in row`` would test a Row's values.
        **{k: row[k] for k in ("mentions", "documents") if k in row.keys()},  # noqa: SIM118
    }  # fmt: skip
