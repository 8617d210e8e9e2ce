"""Flat rows of events, shared by the CSV and Parquet exporters."""

from __future__ import annotations

from typing import Any

COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "doc_date", "day", "date", "date_source", "type", "mode", "quad",
    "intensity", "status", "source_id", "source_name", "source_country", "source_sector",
    "target_id", "target_name", "target_country", "target_sector", "others",
    "location_name", "location_country", "lat", "lon", "trigger", "text", "span_start",
    "span_end", "reported_by", "confidence", "cameo", "symmetric", "context", "url",
    "cluster", "mentions",
)  # fmt: skip


def _ref(ref: dict[str, Any] | None, key: str) -> Any:
    return ref.get(key) if ref else None


def flat_row(e: dict[str, Any]) -> dict[str, Any]:
    """One event item as a flat dict with :data:`COLUMNS` keys (lists joined with ``;``)."""
    loc = e.get("location") or {}
    return {
        "event_id": e["id"], "doc_id": e["doc_id"], "doc_date": e.get("doc_date"),
        "day": e.get("day"), "date": e.get("date"), "date_source": e.get("date_source"),
        "type": e["type"], "mode": e.get("mode"), "quad": e["quad"],
        "intensity": float(e["intensity"]), "status": e["status"],
        **{f"{side}_{k}": _ref(e.get(side), k) for side in ("source", "target")
           for k in ("id", "name", "country", "sector")},
        "others": ";".join(o["id"] for o in e.get("others") or []),
        "location_name": loc.get("name"), "location_country": loc.get("country"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "trigger": e["trigger"], "text": e["text"],
        "span_start": e["span"][0], "span_end": e["span"][1],
        "reported_by": _ref(e.get("reported_by"), "id"), "confidence": e.get("confidence"),
        "cameo": e.get("cameo"), "symmetric": bool(e.get("symmetric")),
        "context": ";".join(e.get("context") or []), "url": e.get("url"),
        # Event cluster id; mentions only in a --unique export (events in the cluster).
        "cluster": e.get("cluster"), "mentions": e.get("mentions"),
    }  # fmt: skip
