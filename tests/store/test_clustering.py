"""Near-duplicate and event cluster ids given on ingest, and one-row-per-cluster queries."""

from __future__ import annotations

import csv
import io
import sqlite3

from dyadline.export import export_events
from dyadline.store import EventFilter, Store
from store_records import RUS, UKR, document, event

WIRE = (
    "Officials in the capital said on Tuesday that artillery units had shelled positions "
    "along the eastern front for a third night, while aid groups asked both governments "
    "to open a corridor for civilians leaving the damaged villages near the river."
)


def _assault(date: str = "2024-05-13"):  # type: ignore[no-untyped-def]
    return event("ASSAULT", "material_conflict", RUS, UKR, date=date)


def _articles():  # type: ignore[no-untyped-def]
    """Two near-identical wire copies reporting one event, and an unrelated article."""
    return [
        document("wire-a", [_assault()], text=WIRE),
        document("wire-b", [_assault()], text=WIRE.replace("Tuesday", "Tuesday evening")),
        document("other", [_assault("2024-08-01")],
                 text="A farm cooperative opened a new grain store in the north this week."),
    ]  # fmt: skip


def _clusters(db: str) -> tuple[dict[str, str], dict[tuple[str, int], str]]:
    con = sqlite3.connect(db)
    try:
        docs = dict(con.execute("SELECT id, dup_cluster FROM documents"))
        events = {(d, i): c for d, i, c in con.execute("SELECT doc_id, idx, cluster FROM events")}
        return docs, events
    finally:
        con.close()


def test_clustering_near_identical_articles_share_a_dup_cluster(tmp_path):
    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.ingest(_articles())
    docs, _ = _clusters(db)
    assert docs["wire-a"] == docs["wire-b"] == "wire-a"
    assert docs["other"] == "other"


def test_clustering_same_event_in_two_articles_is_one_cluster(tmp_path):
    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.ingest(_articles())
    _, events = _clusters(db)
    assert events[("wire-a", 0)] == events[("wire-b", 0)] != events[("other", 0)]
    with Store.open(db, read_only=True) as store:
        assert store.events().total == 3
        page = store.events(unique=True)
    assert page.total == 2
    by_doc = {item["doc_id"]: item for item in page.items}
    assert set(by_doc) == {"wire-a", "other"}  # a cluster is shown by its first event
    assert (by_doc["wire-a"]["mentions"], by_doc["wire-a"]["documents"]) == (2, 2)
    assert by_doc["other"]["mentions"] == 1


def test_clustering_reingest_and_resume_change_nothing(tmp_path):
    clean, resumed = str(tmp_path / "clean.db"), str(tmp_path / "resumed.db")
    with Store.open(clean) as store:
        store.ingest(_articles())
    before = _clusters(clean)
    with Store.open(clean) as store:
        counts = store.ingest(_articles())
    assert (counts.added, counts.skipped) == (0, 3)
    assert _clusters(clean) == before
    # A run stopped after the first article, then run again, gives the clean run's ids.
    with Store.open(resumed) as store:
        store.ingest(_articles()[:1])
    with Store.open(resumed) as store:
        store.ingest(_articles())
    assert _clusters(resumed) == before


def test_clustering_old_store_ids_are_recomputed_on_next_ingest(tmp_path):
    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.ingest(_articles()[:2])
        # As a store written before migration 4 looks: exact keys, no dup clusters.
        store.con.execute("UPDATE events SET cluster = 'ASSAULT|asserted|' || doc_id")
        store.con.execute("UPDATE documents SET dup_cluster = NULL")
        store.con.commit()
        store.ingest(_articles())
    clean = str(tmp_path / "clean.db")
    with Store.open(clean) as store:
        store.ingest(_articles())
    assert _clusters(db) == _clusters(clean)


def test_clustering_unique_export_has_mentions(tmp_path):
    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.ingest(_articles())
    out = io.BytesIO()
    assert export_events(db, "csv", out, EventFilter(), unique=True) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
    assert sorted(r["mentions"] for r in rows) == ["1", "2"]
    out = io.BytesIO()
    assert export_events(db, "csv", out, EventFilter()) == 3


def test_clustering_api_unique_parameter(tmp_path):
    from fastapi.testclient import TestClient

    from dyadline.api import create_app

    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.ingest(_articles())
    with TestClient(create_app(db)) as client:
        every = client.get("/api/events").json()
        unique = client.get("/api/events", params={"unique": "true"}).json()
    assert (every["total"], unique["total"]) == (3, 2)
    assert sorted(item["mentions"] for item in unique["items"]) == [1, 2]


def test_clustering_unique_aggregates_count_each_happening_once(tmp_path):
    from dyadline.store import (
        counts_by_type,
        dyad_series,
        event_locations,
        network,
        top_actors,
        top_dyads,
    )

    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.ingest(_articles())
    with Store.open(db, read_only=True) as store:
        series = {p["period"]: p["events"] for p in dyad_series(store, "RUS", "UKR")}
        unique_series = {
            p["period"]: p["events"] for p in dyad_series(store, "RUS", "UKR", unique=True)
        }
        assert (series, unique_series) == (
            {"2024-05": 2, "2024-08": 1},
            {"2024-05": 1, "2024-08": 1},
        )
        assert [d["events"] for d in top_dyads(store)] == [3]
        assert [d["events"] for d in top_dyads(store, unique=True)] == [2]
        assert [e["weight"] for e in network(store, unique=True)["edges"]] == [2]
        assert {a["id"]: a["events"] for a in top_actors(store, unique=True)} == {
            "state:RUS": 2, "state:UKR": 2}  # fmt: skip
        assert counts_by_type(store, unique=True)[0]["asserted"] == 2
        assert counts_by_type(store)[0]["asserted"] == 3
        assert event_locations(store, unique=True) == []


def test_clustering_api_aggregates_take_unique(tmp_path):
    from fastapi.testclient import TestClient

    from dyadline.api import create_app

    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        store.ingest(_articles())
    with TestClient(create_app(db)) as client:

        def total(path: str, **params: str) -> int:
            body = client.get(f"/api/{path}", params=params).json()
            rows = body["series"] if path == "series/dyad" else body
            rows = rows["edges"] if path == "network" else rows
            return sum(r.get("events", r.get("weight", 0)) for r in rows)

        for path, params in [("series/dyad", {"a": "RUS", "b": "UKR"}), ("network", {}),
                             ("top/dyads", {})]:  # fmt: skip
            assert (total(path, **params), total(path, unique="true", **params)) == (3, 2), path
