"""HTML reader: the article body without boilerplate (trafilatura), date from metadata."""

from __future__ import annotations

import os
from collections.abc import Iterator

from dyadline.ingest.documents import ReadItem, build_document
from dyadline.records import ReadFailure


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


def read_html(path: str) -> Iterator[ReadItem]:
    doc_id = os.path.splitext(os.path.basename(path))[0]
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            page = handle.read()
    except OSError as exc:
        yield ReadFailure(origin=f"{path}:1", doc_id=doc_id, message=f"cannot read: {exc}")
        return
    article = extract_article(page)
    if not article["text"]:
        yield ReadFailure(
            origin=f"{path}:1", doc_id=doc_id,
            message="no article body found in the page (is it an article?)",
        )  # fmt: skip
        return
    yield build_document({"id": doc_id, **article}, f"{path}:1")
