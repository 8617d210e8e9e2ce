"""Cluster ids given on ingest: near-duplicate documents and cross-article events (issue #7).

Both clusterers (:class:`~dyadline.scale.dedup.NearDuplicateIndex`,
:class:`~dyadline.scale.clusters.EventClusterer`) are incremental and depend on the order
documents arrive in. So that a resumed, repeated or killed-and-rerun ingest gives the ids
of one clean run, :meth:`IngestClusters.rebuild` replays every stored document, in the
order it was stored (``documents.rowid``), before the first new document is assigned; a
stored id that differs from the replayed one (a store written before clusters existed) is
rewritten then.

Cost: the replay reads every stored record and MinHashes its text, once per ingest that
adds something (an ingest that only skips stored documents does not replay).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from dyadline.records import Document, document_from_json
from dyadline.scale.clusters import EventClusterer
from dyadline.scale.dedup import NearDuplicateIndex


@dataclass
class Assignment:
    """The clusters of one document: its near-duplicate cluster, one id per event."""

    dup_cluster: str
    event_clusters: list[str]


@dataclass
class IngestClusters:
    """The two clusterers of one ingest, brought up to date with the store first."""

    duplicates: NearDuplicateIndex = field(default_factory=NearDuplicateIndex)
    events: EventClusterer = field(default_factory=EventClusterer)

    def assign(self, record: Document) -> Assignment:
        """Cluster a new document and its events (each call advances both clusterers)."""
        return Assignment(
            self.duplicates.add(record.id, record.text),
            [a.cluster_id for a in self.events.add(record)],
        )

    @classmethod
    def rebuild(cls, con: sqlite3.Connection) -> IngestClusters:
        """Clusterers that have seen every stored document, in storage order.

        Rows whose stored ids differ from the replayed ones are updated (in the caller's
        transaction), so a store written before migration 4 gets consistent ids.
        """
        clusters = cls()
        rows = con.execute("SELECT id, dup_cluster, record FROM documents ORDER BY rowid")
        changed_docs: list[tuple[str, str]] = []
        for doc_id, stored_dup, record_json in rows:
            assignment = clusters.assign(document_from_json(record_json))
            if stored_dup != assignment.dup_cluster:
                changed_docs.append((assignment.dup_cluster, doc_id))
            _update_events(con, doc_id, assignment.event_clusters)
        con.executemany("UPDATE documents SET dup_cluster = ? WHERE id = ?", changed_docs)
        return clusters


def _update_events(con: sqlite3.Connection, doc_id: str, clusters: list[str]) -> None:
    stored = dict(con.execute("SELECT idx, cluster FROM events WHERE doc_id = ?", (doc_id,)))
    changed = [(c, doc_id, i) for i, c in enumerate(clusters) if stored.get(i) != c]
    con.executemany("UPDATE events SET cluster = ? WHERE doc_id = ? AND idx = ?", changed)
