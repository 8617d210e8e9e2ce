"""Crash safety: a killed or interrupted ingest, run again, gives the store of a clean run.

The subprocess test SIGKILLs ``dyadline ingest`` once it has committed at least one batch,
runs the same command again, and compares the store with one built in a single run; while
the first run writes, a read-only store and the API answer queries from this process (WAL).
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyadline.api import create_app
from dyadline.errors import StoreError
from dyadline.store import Store
from dyadline.store import store as store_module
from store_records import sample_documents

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = 150
BATCH = 5


def _corpus(path: Path) -> Path:
    """DOCUMENTS short documents, each three sentences of the example articles, ids unique."""
    sentences: list[str] = []
    for line in (REPO / "examples/corpus/articles.jsonl").read_text().splitlines():
        text = json.loads(line)["text"]
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 < len(s) < 300]
    with path.open("w") as out:
        for i in range(DOCUMENTS):
            text = " ".join(sentences[(i * 3 + k) % len(sentences)] for k in range(3))
            doc = {"id": f"doc-{i:04d}", "date": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                   "title": f"Document {i}", "text": text}  # fmt: skip
            out.write(json.dumps(doc) + "\n")
    return path


def _dump(db: Path | str) -> dict[str, object]:
    """The store's content, canonical: records and event rows per document, no row ids."""
    con = sqlite3.connect(db)
    try:
        documents = {doc_id: [record, dup] for doc_id, record, dup in
                     con.execute("SELECT id, record, dup_cluster FROM documents")}  # fmt: skip
        events: dict[str, list[str]] = {}
        for doc_id, idx, event, day, cluster in con.execute(
            "SELECT doc_id, idx, event, day, cluster FROM events ORDER BY doc_id, idx"
        ):
            events.setdefault(doc_id, []).append(json.dumps([idx, day, cluster, json.loads(event)],
                                                             sort_keys=True))  # fmt: skip
        return {
            "documents": documents,
            "events": events,
            "event_rows": con.execute("SELECT count(*) FROM events").fetchone()[0],
            "event_keys": con.execute(
                "SELECT count(DISTINCT doc_id || '#' || idx) FROM events"
            ).fetchone()[0],
            "quotes": con.execute("SELECT count(*) FROM quotes").fetchone()[0],
            "actors": con.execute("SELECT count(*) FROM actors").fetchone()[0],
            "fts": con.execute("SELECT count(*) FROM events_fts").fetchone()[0],
        }
    finally:
        con.close()


def _ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "dyadline.cli", "ingest", str(corpus), "--db", str(db),
            "--batch-size", str(BATCH), "-q"]  # fmt: skip


def _stored_documents(db: Path) -> int:
    """Documents committed so far, read through a read-only store; -1 before the schema."""
    try:
        with Store.open(db, read_only=True) as store:
            return int(store.stats()["documents"])
    except StoreError:
        return -1


@pytest.mark.slow
def test_crash_killed_ingest_resumes_to_the_clean_store(coder, tmp_path):
    from dyadline.run import ingest_files

    corpus = _corpus(tmp_path / "corpus.jsonl")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"),
                                                        os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    db = tmp_path / "killed.db"
    writer = subprocess.Popen(_ingest_command(corpus, db), env=env, stderr=subprocess.PIPE)
    reads = 0
    try:
        deadline = time.monotonic() + 120
        while (stored := _stored_documents(db)) < BATCH:
            assert writer.poll() is None, writer.stderr.read().decode()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "no batch committed in time"
            time.sleep(0.02)
        # Readers while the writer runs: the store, and the API over it, from this process.
        with Store.open(db, read_only=True) as store:
            assert store.events(limit=5).total >= 0 and store.stats()["documents"] >= stored
        api = TestClient(create_app(db))
        for path in ("/api/events?status=any", "/api/stats", "/api/top/dyads"):
            assert api.get(path).status_code == 200
            reads += 1
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
    killed_at = _stored_documents(db)
    assert BATCH <= killed_at < DOCUMENTS, f"kill must land mid-way, not at {killed_at}"
    assert killed_at % BATCH == 0, "only whole batches are committed"
    assert reads == 3

    again = subprocess.run(_ingest_command(corpus, db), env=env, capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr.decode()

    clean = tmp_path / "clean.db"
    ingest_files([str(corpus)], str(clean), batch_size=BATCH, quiet=True, coder=coder)
    resumed, expected = _dump(db), _dump(clean)
    assert len(expected["documents"]) == DOCUMENTS  # type: ignore[arg-type]
    assert resumed["event_rows"] == resumed["event_keys"] == resumed["fts"]  # nothing twice
    assert resumed == expected


def test_crash_interrupted_document_is_rolled_back_whole(tmp_path, monkeypatch):
    """An interruption inside a document keeps the documents before it, and none of it."""
    real_row = store_module._event_row

    def interrupt_on_d4(record, *rest):  # type: ignore[no-untyped-def]
        if record.id == "d4":
            raise KeyboardInterrupt
        return real_row(record, *rest)

    db = tmp_path / "s.db"
    monkeypatch.setattr(store_module, "_event_row", interrupt_on_d4)
    with Store.open(db) as store, pytest.raises(KeyboardInterrupt):
        store.ingest(sample_documents(), batch_size=10)
    with Store.open(db, read_only=True) as store:
        assert [d["id"] for d in store.documents().items] == ["d2", "d1", "d3"]
        assert store.document("d4") is None
    monkeypatch.setattr(store_module, "_event_row", real_row)
    with Store.open(db) as store:
        counts = store.ingest(sample_documents(), batch_size=10)
    assert (counts.added, counts.skipped) == (1, 3)
    clean = tmp_path / "clean.db"
    with Store.open(clean) as store:
        store.ingest(sample_documents())
    assert _dump(db) == _dump(clean)


def test_crash_batch_is_invisible_to_readers_until_committed(tmp_path):
    """Documents of an open batch are not visible to a reader; committed batches are."""
    db = tmp_path / "s.db"
    Store.open(db).close()
    seen: list[int] = []

    def documents_read_between():  # type: ignore[no-untyped-def]
        for i, record in enumerate(sample_documents()):
            with Store.open(db, read_only=True) as reader:
                seen.append(reader.stats()["documents"])
            yield record
            assert i < 4

    with Store.open(db) as store:
        store.ingest(documents_read_between(), batch_size=2)
    assert seen == [0, 0, 2, 2]
    assert _stored_documents(db) == 4
