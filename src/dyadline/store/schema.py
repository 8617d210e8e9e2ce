"""The store's SQLite schema, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied; :func:`migrate` applies the
missing ones in order, each in one transaction, so an old store file is upgraded in place
when it is opened for writing. Never edit a migration that has shipped: append a new one.

Each table keeps the full SPEC record as JSON (``record``/``event``/``quote`` columns), so
nothing is lost, plus flat, indexed columns for the filters and aggregates the query layer
and the API use. Full-text search uses SQLite's built-in FTS5, which works offline.
"""

from __future__ import annotations

import sqlite3

from dyadline.errors import StoreError

MIGRATIONS: list[str] = [
    # 1: documents, actors, events, quotes, read errors, full-text indexes.
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        date TEXT, title TEXT, url TEXT, source TEXT,
        text TEXT,
        warnings TEXT NOT NULL DEFAULT '[]',
        record TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE actors (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        actor_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
        country TEXT, sector TEXT, role TEXT, igo TEXT,
        mentions TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (doc_id, idx)
    );
    CREATE INDEX actors_actor_id ON actors(actor_id);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        type TEXT NOT NULL, mode TEXT, quad TEXT NOT NULL, status TEXT NOT NULL,
        intensity REAL NOT NULL,
        source_id TEXT, source_name TEXT, source_country TEXT, source_sector TEXT,
        target_id TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,
        date TEXT, day TEXT, date_source TEXT,
        location_name TEXT, location_country TEXT, lat REAL, lon REAL,
        text TEXT NOT NULL, trigger TEXT NOT NULL,
        confidence REAL, cameo TEXT, symmetric INTEGER NOT NULL DEFAULT 0,
        cluster TEXT NOT NULL,
        marks TEXT NOT NULL DEFAULT '[]',
        event TEXT NOT NULL,
        UNIQUE (doc_id, idx)
    );
    CREATE INDEX events_day ON events(day);
    CREATE INDEX events_source ON events(source_id);
    CREATE INDEX events_target ON events(target_id);
    CREATE INDEX events_type_status ON events(type, status);
    CREATE INDEX events_cluster ON events(cluster);
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL, kind TEXT NOT NULL,
        speaker_id TEXT, speaker_name TEXT, speaker_country TEXT,
        speaker_text TEXT, speaker_role TEXT, cue TEXT,
        quote TEXT NOT NULL,
        UNIQUE (doc_id, idx)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
    CREATE TABLE errors (
        id INTEGER PRIMARY KEY,
        origin TEXT NOT NULL, doc_id TEXT NOT NULL DEFAULT '', message TEXT NOT NULL,
        recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        UNIQUE (origin, doc_id, message)
    );
    CREATE VIRTUAL TABLE events_fts USING fts5(text, trigger, content='events', content_rowid='id');
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='id');
    CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
        INSERT INTO events_fts(rowid, text, trigger) VALUES (new.id, new.text, new.trigger);
    END;
    CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, text, trigger)
        VALUES ('delete', old.id, old.text, old.trigger);
    END;
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name)
        VALUES ('delete', old.id, old.text, old.speaker_name);
    END;
    """,
    # 2: event clusters: the same happening (type, dyad, day) reported by several documents.
    """
    CREATE VIEW event_clusters AS
    SELECT cluster, min(type) AS type, min(source_id) AS source_id, min(target_id) AS target_id,
           min(day) AS day, count(*) AS events, count(DISTINCT doc_id) AS documents
    FROM events GROUP BY cluster;
    """,
    # 3: indexes measured on a 100k-event store (benchmarks/load_test.py). The actor and dyad
    # filters match an id, a country or a name on either side: with each alternative
    # indexed, SQLite answers them by index lookups (MULTI-INDEX OR) instead of reading every
    # row (a dyad: 94 -> 31 ms, then < 1 ms with Store.match_forms). (x, day) indexes give a
    # page of a type's or an actor's events in day order without sorting every match
    # (a type: 13 -> 0.02 ms; an actor over a year: 5.5 -> 1.7 ms).
    """
    CREATE INDEX events_source_target ON events(source_id, target_id);
    CREATE INDEX events_countries ON events(source_country, target_country);
    CREATE INDEX events_target_country ON events(target_country);
    CREATE INDEX events_source_name ON events(lower(source_name));
    CREATE INDEX events_target_name ON events(lower(target_name));
    CREATE INDEX events_type_status_day ON events(type, status, day);
    CREATE INDEX events_source_day ON events(source_id, day);
    CREATE INDEX events_target_day ON events(target_id, day);
    """,
    # 4: near-duplicate and cross-article event clusters (issue #7). documents.dup_cluster is
    # the id of the first stored near-duplicate of a document (dyadline.scale.dedup);
    # events.cluster, until now an exact type|status|dyad|day key, holds the id given by
    # dyadline.scale.clusters (type, status, dyad, date window, place) from now on. Rows
    # stored before this migration keep their old key, and a NULL dup_cluster, until the
    # next ingest recomputes every cluster (store.clustering.IngestClusters.rebuild).
    """
    ALTER TABLE documents ADD COLUMN dup_cluster TEXT;
    CREATE INDEX documents_dup_cluster ON documents(dup_cluster);
    DROP VIEW event_clusters;
    CREATE VIEW event_clusters AS
    SELECT cluster, min(type) AS type, min(source_id) AS source_id, min(target_id) AS target_id,
           min(day) AS first_day, max(day) AS last_day, count(*) AS mentions,
           count(DISTINCT doc_id) AS documents
    FROM events GROUP BY cluster;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def migrate(con: sqlite3.Connection) -> int:
    """Apply every migration the store lacks; returns the schema version reached."""
    version = schema_version(con)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"store schema version {version} is newer than this dyadline ({SCHEMA_VERSION}); "
            "upgrade dyadline to read it."
        )
    for number in range(version, SCHEMA_VERSION):
        try:
            con.executescript(
                f"BEGIN;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;"
            )
        except sqlite3.Error as exc:
            con.rollback()
            raise StoreError(f"migration {number + 1} failed: {exc}") from exc
    return SCHEMA_VERSION
