"""CAMEO-style TSV with GDELT-like columns, for tools of the CAMEO era.

Columns follow GDELT 1.0/2.0 event names where one exists (``SQLDATE``, ``Actor1Code``,
``EventCode``, ``QuadClass``, ``GoldsteinScale``, ``ActionGeo_*``, ``SOURCEURL``). Actor codes
are CAMEO-style country + sector ("RUSGOV"); ``GoldsteinScale`` carries dyadline's PLOVER
intensity, which is on the same -10..+10 scale but not Goldstein's own values.
"""

from __future__ import annotations

import csv
import io
from typing import IO, Any

from dyadline.export import EventItems, exporter
from dyadline.export.plover import QUAD_CODES

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "PloverType", "Status",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
)  # fmt: skip


def actor_code(ref: dict[str, Any] | None) -> str:
    """CAMEO-style actor code: country (or IGO) then sector, e.g. ``RUSGOV``, ``IGOUN``."""
    if not ref:
        return ""
    head = ref.get("country") or (f"IGO{ref['igo']}" if ref.get("igo") else "")
    sector = ref.get("sector") or ""
    return head + ("" if sector in ("IGO", "UNK") and head.startswith("IGO") else sector)


def cameo_row(e: dict[str, Any]) -> list[Any]:
    source, target, loc = e.get("source"), e.get("target"), e.get("location") or {}
    code = e.get("cameo") or ""
    return [
        e["id"], (e.get("day") or "").replace("-", ""), actor_code(source),
        (source or {}).get("name", ""), (source or {}).get("country") or "",
        (source or {}).get("sector") or "", actor_code(target), (target or {}).get("name", ""),
        (target or {}).get("country") or "", (target or {}).get("sector") or "", code,
        code[:3], code[:2], QUAD_CODES[e["quad"]], e["intensity"], e["type"], e["status"],
        loc.get("name") or "", loc.get("country") or "",
        "" if loc.get("lat") is None else loc["lat"], "" if loc.get("lon") is None else loc["lon"],
        e.get("url") or "",
    ]  # fmt: skip


@exporter("cameo", "CAMEO-style TSV with GDELT-like columns", ".tsv")
def write_cameo(events: EventItems, stream: IO[bytes]) -> int:
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for event in events:
        # Tabs and newlines inside names would break the TSV: replace them with spaces.
        writer.writerow([str(v).replace("\t", " ").replace("\n", " ") for v in cameo_row(event)])
        count += 1
    text.flush()
    text.detach()
    return count
