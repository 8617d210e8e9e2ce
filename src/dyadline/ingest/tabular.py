"""CSV and TSV reader: a header row with at least ``text``."""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import sys
from collections.abc import Iterator

from dyadline.errors import read_problem
from dyadline.ingest.documents import ReadItem, build_document, decode_utf8
from dyadline.records import ReadFailure

# News texts exceed csv's default 128 KB field limit.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

# Bytes that are not UTF-8 decode (with "surrogateescape") to these code points, so a row
# that holds any came from invalid bytes: that row fails, the others are read.
_ESCAPED_BYTE = re.compile(r"[\udc80-\udcff]")


def read_tabular(path: str) -> Iterator[ReadItem]:
    """One document per row; ``id`` defaults to ``<file stem>-<row number>``."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        yield ReadFailure(origin=f"{path}:1", message=read_problem("E207", detail=exc))
        return
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _, problem = decode_utf8(data[:2])
        yield ReadFailure(origin=f"{path}:1", message=problem or "")
        return
    text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="surrogateescape")
    yield from _read_rows(text, path)


def _read_rows(content: str, path: str) -> Iterator[ReadItem]:
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    stem = os.path.splitext(os.path.basename(path))[0]
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        fieldnames = reader.fieldnames
        if not fieldnames or "text" not in fieldnames:
            yield ReadFailure(
                origin=f"{path}:1", message=read_problem("E208", detail=_printable(fieldnames))
            )
            return
        for row_number, row in enumerate(reader, 1):
            yield _row_item(row, f"{path}:{reader.line_num}", f"{stem}-{row_number}")
    except csv.Error as exc:
        yield ReadFailure(
            origin=f"{path}:{reader.line_num}", message=read_problem("E209", detail=exc)
        )


def _row_item(
    row: dict[str | None, str | list[str] | None], origin: str, default_id: str
) -> ReadItem:
    values = [v for v in row.values() if isinstance(v, str)]
    bad = next((v for v in values if _ESCAPED_BYTE.search(v)), None)
    if bad is not None:
        detail = "invalid bytes in this row"
        doc_id = row.get("id")
        if not isinstance(doc_id, str) or _ESCAPED_BYTE.search(doc_id) or not doc_id.strip():
            doc_id = default_id
        return ReadFailure(
            origin=origin, doc_id=doc_id, message=read_problem("E203", detail=detail)
        )
    # Extra cells beyond the header sit under the key None (as a list): they are ignored.
    fields = {k: v for k, v in row.items() if k and isinstance(v, str) and v != ""}
    fields["text"] = row.get("text")  # type: ignore[assignment]
    return build_document(fields, origin, default_id=default_id)


def _printable(fieldnames: object) -> str:
    return _ESCAPED_BYTE.sub("\ufffd", repr(fieldnames))
