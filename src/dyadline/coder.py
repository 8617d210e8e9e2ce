"""The coder: input documents in, SPEC §2 records out, in order, one bad document at a time.

``Coder`` holds one pipeline and reuses it; :func:`code` and :func:`code_many` use a shared
default coder so that the model loads once per process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dyadline.errors import KnowledgeError, ModelError
from dyadline.ingest.documents import ReadItem, build_document
from dyadline.long_text import CHUNK_CHARS, code_in_pieces
from dyadline.nlp import PipelineConfig, build_pipeline
from dyadline.nlp.to_record import doc_to_record
from dyadline.records import Document, InputDocument, ReadFailure

DocumentLike = str | Mapping[str, Any] | InputDocument
# What coding one input gives: its record, or a failure naming it (the others go on).
CodeResult = Document | ReadFailure
# Failures of the setup, not of a document: they stop a run instead of failing each item.
SETUP_ERRORS = (ModelError, KnowledgeError)


@dataclass
class CodingStats:
    """Counts of one coding run, for summaries and exit statuses."""

    coded: int = 0
    failed: int = 0
    failures: list[ReadFailure] = field(default_factory=list)


class Coder:
    """Codes documents with one pipeline; see :meth:`code_documents`.

    The pipeline is built on first use, so a coder that only hands work to worker
    processes (``n_process > 1``) never loads the model itself.
    """

    def __init__(self, config: PipelineConfig | None = None, nlp: Language | None = None) -> None:
        self.config = config or PipelineConfig()
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_pipeline(self.config)
        return self._nlp

    def _make_doc(self, item: InputDocument) -> Doc:
        doc = self.nlp.make_doc(item.text)
        doc._.doc_id = item.id
        doc._.pub_date = item.date
        doc._.warnings = []
        return doc

    def code_batch(self, batch: list[InputDocument]) -> list[CodeResult]:
        """One result per item, in order: the unit of work in every mode (in-process,
        worker processes, Dask partitions), so all modes code alike.

        If anything in the batch raises, its items are coded one by one, so one bad
        document becomes one ``ReadFailure`` and never loses the others. Texts longer
        than one piece are coded in pieces and their records merged
        (:mod:`dyadline.long_text`).
        """
        # Built here, outside the per-document guards below: a bad knowledge file or a
        # missing model must stop the run once, not turn every document into a failure.
        self.nlp  # noqa: B018
        # Pieces never exceed max_chars, the most the model is set up to parse at once.
        limit = min(CHUNK_CHARS, self.config.max_chars)
        coded = iter(self._code_short([i for i in batch if len(i.text) <= limit]))
        return [
            self._code_long(item, limit) if len(item.text) > limit else next(coded)
            for item in batch
        ]

    def _code_short(self, batch: list[InputDocument]) -> list[CodeResult]:
        if not batch:
            return []
        try:
            docs = list(self.nlp.pipe((self._make_doc(i) for i in batch), batch_size=len(batch)))
            return [doc_to_record(d, i) for d, i in zip(docs, batch, strict=True)]
        except Exception:
            return [self._code_one(item) for item in batch]

    def _code_one(self, item: InputDocument) -> CodeResult:
        try:
            return doc_to_record(self.nlp(self._make_doc(item)), item)
        except SETUP_ERRORS:
            raise  # a broken install or knowledge file, not a bad document
        except Exception as exc:
            return coding_failure(item, f"{type(exc).__name__}: {exc}")

    def _code_long(self, item: InputDocument, limit: int) -> CodeResult:
        def code(pieces: Iterable[InputDocument], whole: bool) -> Iterator[Document]:
            # One piece at a time: a batch of full-size pieces is what splitting avoids.
            for piece in pieces:
                yield doc_to_record(self.nlp(self._make_doc(piece)), piece)

        try:
            return next(code_in_pieces([item], limit, code))
        except SETUP_ERRORS:
            raise
        except Exception as exc:
            return coding_failure(item, f"{type(exc).__name__}: {exc}")

    def code_results(
        self, items: Iterable[InputDocument], batch_size: int = 16, n_process: int = 1
    ) -> Iterator[CodeResult]:
        """Results for ``items`` in input order; streaming, so memory stays flat.

        With ``n_process > 1`` the batches go to worker processes that each hold their
        own coder (see :mod:`dyadline.scale.pool`); spaCy's own ``n_process`` cannot be
        used because our ``Doc`` extensions do not survive its serialisation.
        """
        if n_process > 1:
            from dyadline.scale.pool import code_in_processes

            yield from code_in_processes(items, self.config, n_process, batch_size, local=self)
            return
        for batch in batches(items, batch_size):
            yield from self.code_batch(batch)

    def code_documents(
        self, items: Iterable[InputDocument], batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Document]:
        """Records for ``items`` in input order; a document that cannot be coded gives
        an empty record whose ``warnings`` say why."""
        for result in self.code_results(items, batch_size, n_process):
            if isinstance(result, ReadFailure):
                yield Document(id=result.doc_id or "?", warnings=[result.message])
            else:
                yield result

    def code_stream(
        self,
        items: Iterable[ReadItem],
        stats: CodingStats | None = None,
        batch_size: int = 16,
        n_process: int = 1,
    ) -> Iterator[Document]:
        """Like :meth:`code_documents`, but read and coding failures are counted in
        ``stats`` and skipped."""
        stats = stats if stats is not None else CodingStats()

        def good() -> Iterator[InputDocument]:
            for item in items:
                if isinstance(item, ReadFailure):
                    stats.failed += 1
                    stats.failures.append(item)
                    continue
                yield item

        for result in self.code_results(good(), batch_size, n_process):
            if isinstance(result, ReadFailure):
                stats.failed += 1
                stats.failures.append(result)
                continue
            stats.coded += 1
            yield result

    def code(self, text: str, date: str | None = None, id: str | None = None) -> Document:
        """Code one text; ``date`` is its publication date (``YYYY-MM-DD``)."""
        return next(
            self.code_documents(
                [as_input(text if id is None else {"id": id, "text": text, "date": date}, date)]
            )
        )


def batches(items: Iterable[InputDocument], size: int) -> Iterator[list[InputDocument]]:
    """Consecutive lists of at most ``size`` items, read lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


def coding_failure(item: InputDocument, problem: str) -> ReadFailure:
    """The failure line for a document that was read but could not be coded."""
    return ReadFailure(
        origin=item.origin or "<python>",
        doc_id=item.id,
        message=f"coding failed ({problem}); the other documents are coded",
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
