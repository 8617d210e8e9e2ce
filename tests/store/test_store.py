"""The store: idempotent ingest, read-only opening, filters, full-text search, migrations."""

from __future__ import annotations

import sqlite3

import pytest

from dyadline.errors import StoreError
from dyadline.records import ReadFailure
from dyadline.store import SCHEMA_VERSION, EventFilter, QuoteFilter, Store, quote_identifier
from dyadline.store.sql import MATCH_FORMS, fts_query, parse_dyad
from dyadline.store.store import QueryCache, event_day
from store_records import RUS, UKR, document, event, sample_documents


def test_store_reingest_adds_nothing(tmp_path):
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        first = store.ingest(sample_documents(), batch_size=2)
        events = store.stats()["events"]
        again = store.ingest(sample_documents())
        assert (first.added, first.skipped) == (4, 0)
        assert (again.added, again.skipped, again.replaced) == (0, 4, 0)
        assert store.stats()["events"] == events


def test_store_changed_text_replaces_the_document(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        store.ingest([document("d1", [event("ASSAULT", "material_conflict", RUS, UKR)])])
        counts = store.ingest([document("d1", [], text="A different text.")])
        assert counts.replaced == 1
        assert store.stats()["events"] == 0
        assert store.events(EventFilter(text="assault")).total == 0  # FTS rows went too


def test_store_records_read_failures_once(tmp_path):
    failure = ReadFailure(origin="news.jsonl:3", message="malformed JSON", doc_id=None)
    with Store.open(tmp_path / "s.db") as store:
        store.ingest([failure, failure])
        assert [e["origin"] for e in store.errors().items] == ["news.jsonl:3"]


def test_store_read_only_refuses_writes(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        with pytest.raises(StoreError):
            store.ingest(sample_documents())
        with pytest.raises(sqlite3.OperationalError):
            store.con.execute("DELETE FROM events")


def test_store_read_only_on_missing_file_names_it(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "missing.db", read_only=True)


def test_store_schema_version_and_reopen(tmp_path):
    db = tmp_path / "s.db"
    Store.open(db).close()
    with Store.open(db) as store:  # migrating an up-to-date store changes nothing
        assert store.stats()["schema_version"] == SCHEMA_VERSION


def test_store_filters_select_matching_events(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        assault = store.events(EventFilter(types=["ASSAULT"]))
        assert assault.total == 2 and {e["type"] for e in assault.items} == {"ASSAULT"}
        asserted = store.events(EventFilter(types=["ASSAULT"], statuses=["asserted"]))
        assert [e["status"] for e in asserted.items] == ["asserted"]
        dyad = store.events(EventFilter(dyad=("UKR", "state:RUS"), statuses=["asserted"]))
        assert dyad.total == 2  # both directions
        june = store.events(EventFilter(date_from="2024-06", date_to="2024-06"))
        assert [e["doc_id"] for e in june.items] == ["d2"]
        located = store.events(EventFilter(has_location=True))
        assert [e["location"]["name"] for e in located.items] == ["Kyiv"]


def test_store_pagination_and_row_cap(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        first, second = store.events(limit=3), store.events(limit=3, offset=3)
        assert first.total == second.total == 6
        assert len(first.items) == 3 and len(second.items) == 3
        assert not {e["id"] for e in first.items} & {e["id"] for e in second.items}
        assert store.events(limit=10**6).limit == 1000


def test_store_full_text_search_tolerates_operators(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        assert store.events(EventFilter(text="Azerbaijan")).total == 3
        assert store.events(EventFilter(text='NEAR( "Kyiv * OR')).total == 0


def test_store_evidence_marks_are_relative_to_the_evidence(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        (item,) = store.events(EventFilter(doc_id="d2")).items
        marks = {role: item["text"][s:e] for s, e, role in item["marks"]}
        assert marks["trigger"] == "accuse" and marks["source"] == "Ukraine"


def test_store_document_round_trips_the_record(sample_db):
    with Store.open(sample_db, read_only=True) as store:
        record = store.document("d4")
        assert record is not None and len(record["events"]) == len(record["event_ids"]) == 2
        assert store.document("nope") is None


def test_store_model_built_store_has_quotes_and_errors(store_db):
    with Store.open(store_db, read_only=True) as store:
        stats = store.stats()
        assert stats["documents"] == 4 and stats["errors"] == 1
        assert store.quotes(QuoteFilter(text="intimidated")).total == 1


def test_sql_quote_identifier_doubles_quotes():
    assert quote_identifier('a"b') == '"a""b"'


def test_sql_fts_query_quotes_every_word():
    assert fts_query('peace AND "talks*') == '"peace" "AND" "talks"'


def test_sql_parse_dyad_needs_two_parts():
    assert parse_dyad("RUS, UKR") == ("RUS", "UKR")
    with pytest.raises(StoreError):
        parse_dyad("RUS")


@pytest.mark.parametrize(
    ("date", "doc_date", "day"),
    [("2024-05-13", "2024-05-14", "2024-05-13"), ("2024-05", "2024-05-20", "2024-05-20"),
     ("2023", "2024-05-20", "2023-01-01"), (None, "2024-05-20", "2024-05-20"),
     ("2024-05-01/2024-05-03", None, "2024-05-01"), (None, None, None)],
)  # fmt: skip
def test_store_event_day(date, doc_date, day):
    assert event_day(date, doc_date) == day


def test_store_cached_counts_follow_writes_of_any_connection(tmp_path):
    db = tmp_path / "s.db"
    with Store.open(db) as writer, Store.open(db, read_only=True) as reader:
        assert reader.events(EventFilter(dyad=("RUS", "UKR"))).total == 0
        assert writer.events(EventFilter(actor="Russia")).total == 0
        writer.ingest(sample_documents()[:1])
        assert writer.events(EventFilter(actor="Russia")).total == 2  # own write
        assert reader.events(EventFilter(dyad=("RUS", "UKR"))).total == 2  # another's
        assert reader.match_forms("RUS") == (MATCH_FORMS[1],)


@pytest.mark.parametrize(
    ("actor", "dyad"),
    [("state:RUS", None), ("RUS", None), ("russia", None), ("nobody", None),
     (None, ("UKR", "state:RUS")), (None, ("Azerbaijan", "ARM")), (None, ("RUS", "nobody"))],
)  # fmt: skip
def test_store_narrowed_matches_select_what_all_forms_select(sample_db, actor, dyad):
    where = EventFilter(actor=actor, dyad=dyad)
    with Store.open(sample_db, read_only=True) as store:
        narrowed = store.query(f"SELECT id FROM events{store.event_where(where)[0]}",
                               store.event_where(where)[1])  # fmt: skip
        sql, params = where.where()  # every form: the reference
        assert [r[0] for r in narrowed] == [
            r[0] for r in store.query(f"SELECT id FROM events{sql}", params)
        ]


def test_store_query_cache_drops_a_result_computed_across_a_change():
    cache = QueryCache()

    def stale_computation() -> int:
        cache.forget()  # another connection saw the store change meanwhile
        return 1

    assert cache.get("k", stale_computation) == 1
    assert cache.get("k", lambda: 2) == 2  # the first result was not kept
    assert cache.get("k", lambda: 3) == 2


def test_store_shared_cache_is_forgotten_when_any_reader_sees_a_write(tmp_path):
    db = tmp_path / "s.db"
    Store.open(db).close()
    cache = QueryCache()
    with (
        Store.open(db, read_only=True, cache=cache) as a,
        Store.open(db, read_only=True, cache=cache) as b,
    ):
        assert a.events().total == b.events().total == 0
        with Store.open(db) as writer:
            writer.ingest(sample_documents())
        assert b.events().total == 6 and a.events().total == 6
