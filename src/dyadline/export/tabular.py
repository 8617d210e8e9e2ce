"""CSV and Parquet exports: one flat row per event (see ``rows.COLUMNS``)."""

from __future__ import annotations

import csv
import io
from typing import IO, Any

from dyadline.export import EventItems, ExportError, exporter
from dyadline.export.rows import COLUMNS, flat_row


@exporter("csv", "one flat row per event, UTF-8, header row", ".csv")
def write_csv(events: EventItems, stream: IO[bytes]) -> int:
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(flat_row(event))
        count += 1
    text.flush()
    text.detach()  # leave the caller's stream open
    return count


@exporter(
    "parquet", "the CSV columns, typed, as Apache Parquet (needs pyarrow)", ".parquet", binary=True
)
def write_parquet(events: EventItems, stream: IO[bytes]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError(
            "Parquet export needs pyarrow: pip install 'dyadline[parquet]' (or pip install pyarrow)."
        ) from exc
    rows = [flat_row(e) for e in events]
    table = pa.Table.from_pylist(rows, schema=_schema(pa)) if rows else _schema(pa).empty_table()
    pq.write_table(table, stream)
    return len(rows)


def _schema(pa: Any) -> Any:
    floats = {"intensity", "lat", "lon", "confidence"}
    ints = {"event_id", "span_start", "span_end", "mentions"}
    fields = []
    for name in COLUMNS:
        kind = pa.float64() if name in floats else pa.int64() if name in ints else pa.string()
        fields.append(pa.field(name, pa.bool_() if name == "symmetric" else kind))
    return pa.schema(fields)
