"""Library entry points behind the CLI commands: read, code and write, with progress."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO

from dyadline.coder import Coder, CodingStats
from dyadline.ingest import ReadItem, read_documents
from dyadline.nlp import PipelineConfig
from dyadline.output import RecordWriter
from dyadline.records import Document, InputDocument, ReadFailure
from dyadline.scale.progress import Progress, bar_shown, estimate_total, with_progress
from dyadline.store.store import IngestCounts, Store


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def progress_total(paths: Iterable[str], input_format: str | None, quiet: bool) -> int | None:
    """The document count for a progress bar's ETA, counted only when a bar is shown."""
    if not bar_shown(quiet):
        return None
    return estimate_total(paths, input_format)


def code_files(
    paths: Iterable[str],
    output: IO[bytes],
    fmt: str = "jsonl",
    config: PipelineConfig | None = None,
    input_format: str | None = None,
    workers: int | None = 1,
    batch_size: int = 16,
    quiet: bool = False,
    coder: Coder | None = None,
) -> CodingStats:
    """Code every document of ``paths`` and write the records to ``output`` in input order.

    ``workers`` processes code in parallel (None: all cores); output order and content do
    not depend on it. Bad documents are counted in the returned stats (each a
    ``ReadFailure`` naming file, line and problem) and skipped; the others are all written.
    """
    paths = list(paths)
    coder = coder or Coder(config)
    stats = CodingStats()
    writer = RecordWriter(output, fmt)
    records = coder.code_stream(
        read_documents(paths, input_format), stats, batch_size=batch_size,
        n_process=workers or default_workers(),
    )  # fmt: skip
    # The bar counts documents done (coded or failed), not read: reading runs ahead.
    done = 0
    with Progress(quiet, progress_total(paths, input_format, quiet)) as bar:
        for record in records:
            writer.write(record)
            bar.update(stats.coded + stats.failed - done)
            done = stats.coded + stats.failed
    writer.close()
    return stats


def _skip_stored(
    items: Iterable[ReadItem], store: Store, counts: IngestCounts
) -> Iterator[ReadItem]:
    """Drop documents the store already holds with the same text, before the costly coding.

    The whole text is compared: long texts are coded in pieces and stored whole."""
    for item in items:
        if isinstance(item, InputDocument) and store.is_stored(item.id, item.text):
            counts.skipped += 1
            continue
        yield item


def _with_failures(
    records: Iterable[Document], stats: CodingStats
) -> Iterator[Document | ReadFailure]:
    """Records, with each read failure the coder set aside put in the stream as it happens,
    so the store commits it in the same batch (a killed run keeps its errors too)."""
    seen = 0
    for record in records:
        yield from stats.failures[seen:]
        seen = len(stats.failures)
        yield record
    yield from stats.failures[seen:]


def ingest_files(
    paths: Iterable[str],
    db: str,
    config: PipelineConfig | None = None,
    input_format: str | None = None,
    batch_size: int = 50,
    quiet: bool = False,
    coder: Coder | None = None,
    workers: int | None = 1,
) -> tuple[IngestCounts, CodingStats]:
    """Code every new document of ``paths`` into the store at ``db``.

    Idempotent and resumable: a document already stored (same id, same text) is skipped
    before coding, and the store commits every ``batch_size`` documents. ``workers``
    processes code in parallel (None: all cores); records arrive in input order either
    way, so the stored rows and cluster ids do not depend on it.
    """
    counts = IngestCounts()
    stats = CodingStats()
    with Store.open(db) as store:
        coder = coder or Coder(config)
        reading = with_progress(read_documents(paths, input_format), quiet, "ingesting")
        items = _skip_stored(reading, store, counts)
        records = coder.code_stream(items, stats, batch_size=min(batch_size, 16),
                                    n_process=workers or default_workers())  # fmt: skip
        done = store.ingest(_with_failures(records, stats), batch_size)
    counts.added, counts.replaced, counts.errors = done.added, done.replaced, done.errors
    counts.skipped += done.skipped
    counts.events, counts.quotes = done.events, done.quotes
    return counts, stats
