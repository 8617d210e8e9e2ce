"""Plain-text reader: one document per file, with an optional ``date YYYY-MM-DD`` header."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from dyadline.ingest.documents import ReadItem, build_document
from dyadline.records import ReadFailure

_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*(?:\r?\n|\Z)")


def split_date_header(content: str) -> tuple[str | None, str]:
    """``(date value or None, text)``; the header is not part of the text (SPEC §1)."""
    match = _HEADER.match(content)
    if not match:
        return None, content
    return match[1], content[match.end() :]


def read_text(path: str) -> Iterator[ReadItem]:
    doc_id = os.path.splitext(os.path.basename(path))[0]
    try:
        with open(path, "rb") as handle:
            content = handle.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        yield ReadFailure(
            origin=f"{path}:1", doc_id=doc_id,
            message=f"not valid UTF-8 ({exc.reason} at byte {exc.start}); re-save the file as UTF-8",
        )  # fmt: skip
        return
    date, text = split_date_header(content)
    yield build_document({"id": doc_id, "text": text, "date": date}, f"{path}:1")
