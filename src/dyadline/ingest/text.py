"""Plain-text reader: one document per file, with an optional ``date YYYY-MM-DD`` header."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dyadline.ingest.documents import (
    ReadItem,
    build_document,
    decode_utf8,
    read_one_document_file,
)
from dyadline.records import ReadFailure

_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*(?:\r?\n|\Z)")


def split_date_header(content: str) -> tuple[str | None, str]:
    """``(date value or None, text)``; the header is not part of the text (SPEC §1)."""
    match = _HEADER.match(content)
    if not match:
        return None, content
    return match[1], content[match.end() :]


def read_text(path: str) -> Iterator[ReadItem]:
    found = read_one_document_file(path, decode_utf8)
    if isinstance(found, ReadFailure):
        yield found
        return
    doc_id, origin, content = found
    date, text = split_date_header(content)
    yield build_document({"id": doc_id, "text": text, "date": date}, origin)
