"""The coder: input documents in, SPEC §2 records out, in order, one bad document at a time.

``Coder`` holds one pipeline and reuses it; :func:`code` and :func:`code_many` use a shared
default coder so that the model loads once per process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dyadline.ingest.documents import ReadItem, build_document
from dyadline.long_text import CHUNK_CHARS, code_in_pieces
from dyadline.nlp import PipelineConfig, build_pipeline
from dyadline.nlp.to_record import doc_to_record
from dyadline.records import Document, InputDocument, ReadFailure

DocumentLike = str | Mapping[str, Any] | InputDocument


@dataclass
class CodingStats:
    """Counts of one coding run, for summaries and exit statuses."""

    coded: int = 0
    failed: int = 0
    failures: list[ReadFailure] = field(default_factory=list)


class Coder:
    """Codes documents with one pipeline; see :meth:`code_documents`."""

    def __init__(self, config: PipelineConfig | None = None, nlp: Language | None = None) -> None:
        self.config = config or PipelineConfig()
        self.nlp = nlp or build_pipeline(self.config)

    def _make_doc(self, item: InputDocument) -> Doc:
        text = item.text
        if len(text) > self.config.max_chars:
            text = text[: self.config.max_chars]
        doc = self.nlp.make_doc(text)
        doc._.doc_id = item.id
        doc._.pub_date = item.date
        doc._.warnings = []
        if len(item.text) > self.config.max_chars:
            doc._.warnings.append(
                f"text has {len(item.text):,} characters; only the first "
                f"{self.config.max_chars:,} were coded (raise max_chars to code more)"
            )
        return doc

    def code_documents(
        self, items: Iterable[InputDocument], batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Document]:
        """Records for ``items`` in input order; streaming, so memory stays flat.

        Long texts are coded in pieces and their records merged (:mod:`dyadline.long_text`).
        """

        def code(docs: Iterable[InputDocument], whole: bool) -> Iterator[Document]:
            # The pieces of one long text go one at a time, so that memory stays bounded.
            return self._pipe(docs, batch_size if whole else 1, n_process if whole else 1)

        # Pieces never exceed max_chars, so _make_doc never truncates.
        return code_in_pieces(items, min(CHUNK_CHARS, self.config.max_chars), code)

    def _pipe(
        self, items: Iterable[InputDocument], batch_size: int, n_process: int
    ) -> Iterator[Document]:
        pending: list[InputDocument] = []

        def docs() -> Iterator[Doc]:
            for item in items:
                pending.append(item)
                yield self._make_doc(item)

        for doc in self.nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
            yield doc_to_record(doc, pending.pop(0))

    def code_stream(
        self,
        items: Iterable[ReadItem],
        stats: CodingStats | None = None,
        batch_size: int = 16,
        n_process: int = 1,
    ) -> Iterator[Document]:
        """Like :meth:`code_documents`, but read failures are counted and skipped."""
        stats = stats if stats is not None else CodingStats()

        def good() -> Iterator[InputDocument]:
            for item in items:
                if isinstance(item, ReadFailure):
                    stats.failed += 1
                    stats.failures.append(item)
                    continue
                yield item

        for record in self.code_documents(good(), batch_size, n_process):
            stats.coded += 1
            yield record

    def code(self, text: str, date: str | None = None, id: str | None = None) -> Document:
        """Code one text; ``date`` is its publication date (``YYYY-MM-DD``)."""
        return next(
            self.code_documents(
                [as_input(text if id is None else {"id": id, "text": text, "date": date}, date)]
            )
        )


def _content_id(text: str) -> str:
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def as_input(item: DocumentLike, date: str | None = None) -> InputDocument:
    """An :class:`InputDocument` from a string, a mapping (``id``, ``text``, ``date``...) or itself."""
    if isinstance(item, InputDocument):
        return item
    raw: Mapping[str, Any] = {"text": item, "date": date} if isinstance(item, str) else item
    text = raw.get("text")
    default_id = _content_id(text) if isinstance(text, str) else None
    built = build_document(raw, origin="<python>", default_id=default_id)
    if isinstance(built, ReadFailure):
        raise ValueError(f"document id={built.doc_id or '?'}: {built.message}")
    return built


_default: Coder | None = None


def default_coder() -> Coder:
    global _default
    if _default is None:
        _default = Coder()
    return _default


def code(text: str, date: str | None = None, id: str | None = None) -> Document:
    """Code one news text: ``dyadline.code("Russia shelled Kharkiv.", date="2024-05-14")``."""
    return default_coder().code(text, date=date, id=id)


def code_many(
    items: Iterable[DocumentLike], batch_size: int = 16, n_process: int = 1
) -> Iterator[Document]:
    """Code many documents (strings, mappings or ``InputDocument``), yielding records in order."""
    return default_coder().code_documents((as_input(i) for i in items), batch_size, n_process)
