"""CSV and TSV reader: a header row with at least ``text``."""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator

from dyadline.ingest.documents import ReadItem, build_document
from dyadline.records import ReadFailure

# News texts exceed csv's default 128 KB field limit.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read_tabular(path: str) -> Iterator[ReadItem]:
    """One document per row; ``id`` defaults to ``<file stem>-<row number>``."""
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    stem = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        if not reader.fieldnames or "text" not in reader.fieldnames:
            yield ReadFailure(
                origin=f"{path}:1",
                message=f"header has no 'text' column (found: {reader.fieldnames}); "
                "add a header row naming the columns",
            )
            return
        for row_number, row in enumerate(reader, 1):
            origin = f"{path}:{reader.line_num}"
            fields = {k: v for k, v in row.items() if k and v not in (None, "")} | {
                "text": row.get("text")
            }
            yield build_document(fields, origin, default_id=f"{stem}-{row_number}")
