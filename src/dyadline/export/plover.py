"""PLOVER JSON Lines, with field names in the style of the POLECAT dataset.

One JSON object per event: ``event_id``, ``story_date``, ``event_date``, ``event_type``,
``event_mode``, ``contexts``, ``quad_code``, ``intensity``, ``event_text`` (the evidence),
``source_*``/``target_*`` actor fields, ``location``, and dyadline's ``status`` and
``confidence``. POLECAT is the event dataset coded in PLOVER (Halterman et al.).
"""

from __future__ import annotations

from typing import IO, Any

import msgspec

from dyadline.export import EventItems, exporter

QUAD_CODES = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3,
              "material_conflict": 4}  # fmt: skip


def plover_record(e: dict[str, Any]) -> dict[str, Any]:
    source, target = e.get("source") or {}, e.get("target") or {}
    loc = e.get("location") or {}
    return {
        "event_id": f"{e['doc_id']}:{e['index']}", "story_id": e["doc_id"],
        "story_date": e.get("doc_date"), "event_date": e.get("date") or e.get("day"),
        "event_type": e["type"], "event_mode": e.get("mode"), "contexts": e.get("context") or [],
        "quad_code": QUAD_CODES[e["quad"]], "quad": e["quad"], "intensity": e["intensity"],
        "status": e["status"],
        "source_actor": source.get("name"), "source_actor_id": source.get("id"),
        "source_country": source.get("country"), "source_sector": source.get("sector"),
        "target_actor": target.get("name"), "target_actor_id": target.get("id"),
        "target_country": target.get("country"), "target_sector": target.get("sector"),
        "other_actors": [o.get("name") for o in e.get("others") or []],
        "event_text": e["text"], "trigger": e["trigger"],
        "location": loc.get("name"), "location_country": loc.get("country"),
        "latitude": loc.get("lat"), "longitude": loc.get("lon"), "geonameid": loc.get("geonameid"),
        "confidence": e.get("confidence"), "cameo": e.get("cameo"), "url": e.get("url"),
        "cluster_id": e.get("cluster"),
        **({"mentions": e["mentions"]} if "mentions" in e else {}),
    }  # fmt: skip


@exporter("plover", "PLOVER JSON Lines, POLECAT-style field names", ".jsonl")
def write_plover(events: EventItems, stream: IO[bytes]) -> int:
    encoder = msgspec.json.Encoder()
    count = 0
    for event in events:
        stream.write(encoder.encode(plover_record(event)) + b"\n")
        count += 1
    return count
