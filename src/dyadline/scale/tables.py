"""Flat rows of coded records, for columnar outputs (Parquet partitions of the Dask engine).

Two tables, joined on ``doc_id``:

- ``documents``: one row per document: metadata, counts, warnings, and the full SPEC §2
  record as JSON (``record``), so nothing is lost by flattening;
- ``events``: one row per event, with the dyad, date, place and evidence as plain columns,
  ready for SQL engines and data frames.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dyadline.records import ActorRef, Document, to_json

DOCUMENT_COLUMNS: dict[str, str] = {
    "doc_id": "string", "date": "string", "title": "string", "url": "string",
    "source": "string", "n_actors": "int32", "n_events": "int32", "n_quotes": "int32",
    "warnings": "list<string>", "record": "string",
}  # fmt: skip

EVENT_COLUMNS: dict[str, str] = {
    "doc_id": "string", "event_index": "int32", "type": "string", "mode": "string",
    "quad": "string", "status": "string", "intensity": "float64", "confidence": "float64",
    "source_id": "string", "source_name": "string", "source_country": "string",
    "source_sector": "string", "target_id": "string", "target_name": "string",
    "target_country": "string", "target_sector": "string", "reported_by_id": "string",
    "date": "string", "date_source": "string", "location_name": "string",
    "location_country": "string", "lat": "float64", "lon": "float64", "geonameid": "int64",
    "trigger": "string", "text": "string", "span_start": "int64", "span_end": "int64",
    "symmetric": "bool", "cameo": "string",
}  # fmt: skip


def document_row(record: Document) -> dict[str, Any]:
    return {
        "doc_id": record.id, "date": record.date, "title": record.title, "url": record.url,
        "source": record.source, "n_actors": len(record.actors),
        "n_events": len(record.events), "n_quotes": len(record.quotes),
        "warnings": list(record.warnings), "record": to_json(record).decode("utf-8"),
    }  # fmt: skip


def _actor(prefix: str, ref: ActorRef | None) -> dict[str, Any]:
    return {
        f"{prefix}_id": ref.id if ref else None,
        f"{prefix}_name": ref.name if ref else None,
        f"{prefix}_country": ref.country if ref else None,
        f"{prefix}_sector": ref.sector if ref else None,
    }


def event_rows(record: Document) -> Iterator[dict[str, Any]]:
    for index, event in enumerate(record.events):
        place = event.location
        yield {
            "doc_id": record.id, "event_index": index, "type": event.type,
            "mode": event.mode, "quad": event.quad, "status": event.status,
            "intensity": event.intensity, "confidence": event.confidence,
            **_actor("source", event.source), **_actor("target", event.target),
            "reported_by_id": event.reported_by.id if event.reported_by else None,
            "date": event.date, "date_source": event.date_source,
            "location_name": place.name if place else None,
            "location_country": place.country if place else None,
            "lat": place.lat if place else None, "lon": place.lon if place else None,
            "geonameid": place.geonameid if place else None,
            "trigger": event.trigger, "text": event.text,
            "span_start": event.span[0], "span_end": event.span[1],
            "symmetric": event.symmetric, "cameo": event.cameo,
        }  # fmt: skip
