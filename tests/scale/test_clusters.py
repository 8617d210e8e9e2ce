"""Cross-article event clusters: same type, status, dyad, close dates, compatible place."""

from __future__ import annotations

from typing import Any

from dyadline.records import ActorRef, Document, Event, Location
from dyadline.scale.clusters import EventClusterer, date_interval, event_clusters

RUS = ActorRef(id="state:RUS", name="Russia")
UKR = ActorRef(id="state:UKR", name="Ukraine")
KHARKIV = Location(name="Kharkiv", country="UKR", geonameid=706483)
ODESA = Location(name="Odesa", country="UKR", geonameid=698740)


def _event(**overrides: Any) -> Event:
    fields: dict[str, Any] = {
        "type": "ASSAULT", "quad": "material_conflict", "intensity": -9.0, "source": RUS,
        "target": UKR, "date": "2024-05-14", "location": KHARKIV, "text": "x", "span": (0, 1),
        "trigger": "shelled", "confidence": 0.8,
    } | overrides  # fmt: skip
    return Event(**fields)


def _clusters(*events: Event) -> list[str]:
    records = [Document(id=f"doc{i}", events=[e]) for i, e in enumerate(events)]
    return [a.cluster_id for a in event_clusters(records)]


def test_clusters_same_event_in_two_articles_a_day_apart_is_one_cluster():
    first, second = _clusters(_event(), _event(date="2024-05-15"))
    assert first == second and first.startswith("evc-")


def test_clusters_split_on_date_place_dyad_type_and_status():
    base = _event()
    variants = [
        _event(date="2024-05-20"),
        _event(location=ODESA),
        _event(source=UKR, target=RUS),
        _event(type="THREATEN", quad="verbal_conflict"),
        _event(status="negated"),
    ]
    for variant in variants:
        first, second = _clusters(base, variant)
        assert first != second, variant


def test_clusters_missing_place_is_compatible_and_symmetric_dyads_match_reversed():
    assert len(set(_clusters(_event(), _event(location=None)))) == 1
    agree = {"type": "AGREE", "quad": "verbal_cooperation", "symmetric": True}
    reversed_dyad = _event(**agree, source=UKR, target=RUS)
    assert len(set(_clusters(_event(**agree), reversed_dyad))) == 1


def test_clusters_undated_event_uses_article_date_or_stays_alone():
    undated = _event(date=None)
    clusterer = EventClusterer()
    (a,) = clusterer.add(Document(id="a", date="2024-05-14", events=[_event()]))
    (b,) = clusterer.add(Document(id="b", date="2024-05-14", events=[undated]))
    (c,) = clusterer.add(Document(id="c", date=None, events=[undated]))
    assert a.cluster_id == b.cluster_id != c.cluster_id
    assert (c.doc_id, c.event_index) == ("c", 0)


def test_clusters_date_interval_parses_partial_dates_and_ranges():
    assert (
        str(date_interval("2024-02")) == "(datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))"
    )
    start, end = date_interval("2024-05-01/2024-05-03") or (None, None)
    assert (str(start), str(end)) == ("2024-05-01", "2024-05-03")
    assert date_interval("2024-13-01") is None and date_interval(None) is None
