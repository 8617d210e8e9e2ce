"""Every export format writes the stored events and reads back with a standard parser."""

from __future__ import annotations

import csv
import io
import json

import pytest

from dyadline.export import ExportError, export_events, export_names, get_exporter
from dyadline.export.cameo import actor_code
from dyadline.store import EventFilter


def _export(db: str, fmt: str, where: EventFilter | None = None) -> bytes:
    buffer = io.BytesIO()
    export_events(db, fmt, buffer, where)
    return buffer.getvalue()


def test_export_registry_lists_the_four_formats():
    assert export_names() == ["cameo", "csv", "parquet", "plover"]
    with pytest.raises(ExportError, match="unknown export format"):
        get_exporter("xml")


def test_export_plover_json_lines_asserted_only(sample_db):
    rows = [json.loads(line) for line in _export(sample_db, "plover").splitlines()]
    assert len(rows) == 4 and {r["status"] for r in rows} == {"asserted"}
    assault = next(r for r in rows if r["event_type"] == "ASSAULT")
    assert (assault["source_country"], assault["target_country"], assault["quad_code"]) == (
        "RUS",
        "UKR",
        4,
    )
    assert assault["location"] == "Kyiv" and assault["event_date"] == "2024-05-13"


def test_export_cameo_tsv_columns(sample_db):
    reader = csv.DictReader(io.StringIO(_export(sample_db, "cameo").decode()), delimiter="\t")
    rows = list(reader)
    assert len(rows) == 4
    assault = next(r for r in rows if r["PloverType"] == "ASSAULT")
    assert assault["Actor1Code"] == "RUSGOV" and assault["SQLDATE"] == "20240513"
    assert assault["EventRootCode"] == "19" and assault["QuadClass"] == "4"


def test_export_csv_with_all_statuses(sample_db):
    text = _export(sample_db, "csv", EventFilter(statuses=["any"])).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 6 and {r["status"] for r in rows} == {"asserted", "hypothetical", "planned"}


def test_export_parquet_reads_back(sample_db):
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(io.BytesIO(_export(sample_db, "parquet")))
    assert table.num_rows == 4
    assert table.schema.field("intensity").type == "double"
    assert sorted(table.column("type").to_pylist()) == ["ACCUSE", "AGREE", "AGREE", "ASSAULT"]


def test_export_actor_code_for_igo_and_missing():
    assert (
        actor_code({"id": "igo:EU", "name": "EU", "country": None, "sector": "IGO", "igo": "EU"})
        == "IGOEU"
    )
    assert actor_code(None) == ""
