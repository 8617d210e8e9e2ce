"""Aggregates: asserted-only by default, symmetric events counted once."""

from __future__ import annotations

from dyadline.store import (
    EventFilter,
    Store,
    counts_by_type,
    dyad_series,
    event_locations,
    network,
    top_actors,
    top_dyads,
)


def test_analytics_symmetric_events_form_one_edge_counted_once(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        dyads = top_dyads(store)
    pairs = {(d["source"], d["target"]): d for d in dyads}
    # "Armenia and Azerbaijan agreed" and "Azerbaijan and Armenia agreed": one edge, 2 events.
    assert pairs[("state:ARM", "state:AZE")]["events"] == 2
    assert ("state:AZE", "state:ARM") not in pairs
    # Directed events keep their direction.
    assert pairs[("state:RUS", "state:UKR")]["events"] == 1
    assert pairs[("state:UKR", "state:RUS")]["events"] == 1


def test_analytics_only_asserted_by_default(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        asserted = sum(d["events"] for d in top_dyads(store))
        everything = sum(d["events"] for d in top_dyads(store, EventFilter(statuses=["any"])))
    assert (asserted, everything) == (4, 6)


def test_analytics_dyad_series_by_month(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        series = dyad_series(store, "RUS", "UKR", "month")
    assert [(p["period"], p["events"], p["conflict"]) for p in series] == [
        ("2024-05", 1, 1), ("2024-06", 1, 1)]  # fmt: skip
    assert series[1]["mean_intensity"] == -2.0


def test_analytics_network_nodes_match_edges(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        graph = network(store)
    ids = {n["id"] for n in graph["nodes"]}
    assert ids == {"state:RUS", "state:UKR", "state:ARM", "state:AZE"}
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert next(n for n in graph["nodes"] if n["id"] == "state:RUS")["country"] == "RUS"


def test_analytics_top_actors_and_type_counts(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        actors = {a["id"]: a["events"] for a in top_actors(store)}
        types = {t["type"]: t for t in counts_by_type(store)}
        places = event_locations(store)
    assert actors["state:RUS"] == 2 and actors["state:ARM"] == 2
    assert (types["ASSAULT"]["asserted"], types["ASSAULT"]["hypothetical"]) == (1, 1)
    assert [(p["name"], p["events"]) for p in places] == [("Kyiv", 1)]
