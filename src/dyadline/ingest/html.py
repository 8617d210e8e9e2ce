"""HTML reader: the article body without boilerplate (trafilatura), date from metadata.

Scripts, styles and event handlers never reach the text: trafilatura drops them with the
boilerplate. Pages that are not UTF-8 are read in the charset they declare.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dyadline.errors import read_problem
from dyadline.ingest.documents import (
    ReadItem,
    build_document,
    decode_utf8,
    read_one_document_file,
)
from dyadline.records import ReadFailure

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_DECLARED_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I
)


def extract_article(html: str) -> dict[str, str | None]:
    """Body text, title and date of an HTML page; paragraphs separated by blank lines."""
    import trafilatura  # imported here: slow to import and only needed for HTML

    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    if extracted is None:
        return {"text": None, "title": None, "date": None}
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = data.get("text") or ""
    return {
        "text": "\n\n".join(p.strip() for p in text.split("\n") if p.strip()),
        "title": data.get("title"),
        "date": data.get("date"),
    }


def decode_page(data: bytes) -> tuple[str | None, str | None]:
    """``(page, None)`` in UTF-8 or the page's declared charset, else ``(None, problem)``."""
    page, problem = decode_utf8(data)
    if page is not None:
        return page, None
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared[1].decode("ascii")), None
        except (LookupError, UnicodeError, ValueError):  # unknown or non-text codec names
            pass
    return None, problem


def read_html(path: str) -> Iterator[ReadItem]:
    found = read_one_document_file(path, decode_page)
    if isinstance(found, ReadFailure):
        yield found
        return
    doc_id, origin, page = found
    try:
        article = extract_article(page)
    except Exception as exc:
        # trafilatura and lxml parse arbitrary markup; a page they choke on must not
        # stop the batch, so it fails alone, naming the extractor's complaint.
        detail = f"the extractor failed: {type(exc).__name__}: {exc}"
        yield ReadFailure(origin=origin, doc_id=doc_id, message=read_problem("E211", detail=detail))
        return
    if not article["text"]:
        detail = "the extractor found no text"
        yield ReadFailure(origin=origin, doc_id=doc_id, message=read_problem("E211", detail=detail))
        return
    yield build_document({"id": doc_id, **article}, origin)
