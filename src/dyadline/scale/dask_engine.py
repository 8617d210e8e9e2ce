"""``dyadline code --engine dask``: code a corpus on a Dask cluster into Parquet partitions.

Layout of the output folder (see docs/guide/scaling.md)::

    OUTDIR/_manifest.json             the partition plan (inputs, byte ranges)
    OUTDIR/documents/part-00000.parquet   one row per document (with the record JSON)
    OUTDIR/events/part-00000.parquet      one row per event (flat dyad/date/place columns)
    OUTDIR/_done/part-00000.json          written last: counts and failures of the partition

The input is split on the client into partitions: JSON Lines files into ranges of
``lines_per_partition`` lines (byte offsets, so workers seek and read only their range),
other files in groups. A ``dask.bag`` holds one partition spec per bag partition; each
is coded on a worker by that worker process's own :class:`Coder` (built once, cached),
with :meth:`Coder.code_batch` as everywhere else. Partitions already marked done are
skipped, so a killed run resumes where it stopped.

Workers must see the input paths and OUTDIR at the same paths as the client (a shared
file system), as with any Dask file input.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import msgspec

from dyadline.coder import Coder, CodingStats, batches
from dyadline.errors import DyadlineError, InputError
from dyadline.ingest import ReadItem, detect_format, read_documents
from dyadline.ingest.jsonl import _parse_line
from dyadline.nlp import PipelineConfig
from dyadline.records import Document, InputDocument, ReadFailure
from dyadline.scale.progress import Progress, input_files
from dyadline.scale.tables import DOCUMENT_COLUMNS, EVENT_COLUMNS, document_row, event_rows

INSTALL_HINT = "pip install 'dyadline[dask]'"


class DaskMissing(DyadlineError):
    """Raised when ``--engine dask`` is asked for without the ``dask`` extra installed."""

    code = "E600"


def require_dask() -> None:
    """Import check for the extra; the message says what to run (as httpx's CLI does)."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise DaskMissing(
            f"--engine dask needs the Dask extra, which is not installed ({exc.name} is "
            f"missing). Install it with:\n\n    {INSTALL_HINT}\n"
        ) from exc


class Partition(msgspec.Struct, frozen=True):
    """A slice of the input: whole files, or a byte range of one JSON Lines file."""

    index: int
    files: tuple[str, ...]
    input_format: str | None = None
    start: int = 0
    end: int = -1  # -1: whole files
    first_line: int = 1
    count: int | None = None  # documents in it, when known


def _jsonl_ranges(path: str, lines_per_partition: int) -> Iterator[tuple[int, int, int, int]]:
    """``(start byte, end byte, first line number, non-blank lines)`` of each range."""
    start, first, count, lineno, offset = 0, 1, 0, 0, 0
    with open(path, "rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            offset += len(raw)
            count += bool(raw.strip())
            if count == lines_per_partition:
                yield start, offset, first, count
                start, first, count = offset, lineno + 1, 0
    if count:
        yield start, offset, first, count


def plan_partitions(
    paths: Iterable[str], input_format: str | None = None, lines_per_partition: int = 1000
) -> list[Partition]:
    """Split the inputs into partitions of about ``lines_per_partition`` documents."""
    parts: list[Partition] = []
    group: list[str] = []

    def flush_group() -> None:
        if group:
            parts.append(Partition(len(parts), tuple(group), input_format, count=len(group)))
            group.clear()

    for path in input_files(paths):
        if path == "-":
            raise InputError("--engine dask cannot read stdin: give files or folders.")
        if not os.path.exists(path):
            raise InputError(f"input path '{path}' does not exist; check the spelling.")
        fmt = input_format or detect_format(path)
        if fmt == "jsonl" and not path.lower().endswith(".gz"):
            flush_group()
            for start, end, first, count in _jsonl_ranges(path, lines_per_partition):
                parts.append(Partition(len(parts), (path,), "jsonl", start, end, first, count))
        elif fmt in ("txt", "html"):
            group.append(path)
            if len(group) >= lines_per_partition:
                flush_group()
        else:  # CSV/TSV and gzip: one partition per file (rows can span lines)
            flush_group()
            parts.append(Partition(len(parts), (path,), input_format))
    flush_group()
    return parts


def read_partition(part: Partition) -> Iterator[ReadItem]:
    if part.end < 0:
        yield from read_documents(part.files, part.input_format)
        return
    (path,) = part.files
    with open(path, "rb") as handle:
        handle.seek(part.start)
        position, lineno = part.start, part.first_line
        while position < part.end:
            raw = handle.readline()
            if not raw:
                break
            if raw.strip():
                yield _parse_line(raw, f"{path}:{lineno}")
            position += len(raw)
            lineno += 1


# One coder per worker process (and config); the lock keeps a multi-threaded worker
# from running one pipeline from two threads at once.
_coders: dict[PipelineConfig, Coder] = {}
_coder_lock = threading.Lock()


def worker_coder(config: PipelineConfig) -> Coder:
    if config not in _coders:
        _coders[config] = Coder(config)
    return _coders[config]


def _schema(columns: dict[str, str]) -> Any:
    import pyarrow as pa

    types = {
        "string": pa.string(), "int32": pa.int32(), "int64": pa.int64(),
        "float64": pa.float64(), "bool": pa.bool_(), "list<string>": pa.list_(pa.string()),
    }  # fmt: skip
    return pa.schema([(name, types[kind]) for name, kind in columns.items()])


def _write_parquet(rows: list[dict[str, Any]], columns: dict[str, str], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    os.makedirs(os.path.dirname(path), exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=_schema(columns))
    temporary = path + ".tmp"
    pq.write_table(table, temporary)
    os.replace(temporary, path)  # a partition file is either whole or absent


def _done_path(outdir: str, index: int) -> str:
    return os.path.join(outdir, "_done", f"part-{index:05d}.json")


def code_partition(
    part: Partition, outdir: str, config: PipelineConfig, batch_size: int = 16
) -> dict[str, Any]:
    """Code one partition on this worker and write its Parquet files; returns its summary."""
    done = _done_path(outdir, part.index)
    if os.path.exists(done):
        with open(done, encoding="utf-8") as handle:
            return {**json.load(handle), "skipped": True}
    documents: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    good: list[InputDocument] = []
    for item in read_partition(part):
        if isinstance(item, ReadFailure):
            failures.append(item.to_dict())
        else:
            good.append(item)
    with _coder_lock:
        coder = worker_coder(config)
        for batch in batches(good, batch_size):
            for result in coder.code_batch(batch):
                if isinstance(result, Document):
                    documents.append(document_row(result))
                    events.extend(event_rows(result))
                else:
                    failures.append(result.to_dict())
    name = f"part-{part.index:05d}.parquet"
    _write_parquet(documents, DOCUMENT_COLUMNS, os.path.join(outdir, "documents", name))
    _write_parquet(events, EVENT_COLUMNS, os.path.join(outdir, "events", name))
    summary = {"index": part.index, "coded": len(documents), "failures": failures}
    os.makedirs(os.path.dirname(done), exist_ok=True)
    with open(done + ".tmp", "w", encoding="utf-8") as handle:
        json.dump(summary, handle)
    os.replace(done + ".tmp", done)
    return {**summary, "skipped": False}


def _check_manifest(outdir: str, parts: list[Partition]) -> None:
    """Resume only the same plan: partition numbers must mean the same input slices."""
    path = os.path.join(outdir, "_manifest.json")
    plan = msgspec.json.encode({"partitions": parts}).decode("utf-8")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            if handle.read() != plan:
                raise InputError(
                    f"{outdir} holds the output of other inputs (its _manifest.json differs); "
                    "give a new or empty output folder."
                )
        return
    os.makedirs(outdir, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(plan)


def _client(scheduler: str | None, workers: int | None, memory_limit: str | None) -> Any:
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
        memory_limit=memory_limit or "auto", dashboard_address=None,
    )  # fmt: skip
    return Client(cluster)


def code_with_dask(
    paths: Iterable[str],
    outdir: str,
    config: PipelineConfig | None = None,
    input_format: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 16,
    quiet: bool = False,
    lines_per_partition: int = 1000,
    memory_limit: str | None = None,
    client: Any = None,
) -> CodingStats:
    """Code ``paths`` on Dask (``scheduler``, a given ``client``, or a local cluster of
    ``workers`` processes) into Parquet partitions under ``outdir``."""
    require_dask()
    import dask.bag as db
    from distributed import as_completed

    config = config or PipelineConfig()
    parts = plan_partitions(paths, input_format, lines_per_partition)
    _check_manifest(outdir, parts)
    stats = CodingStats()
    if not parts:
        return stats
    own_client = client is None
    client = client or _client(scheduler, workers, memory_limit)
    try:
        bag = db.from_sequence(parts, npartitions=len(parts)).map(
            code_partition, outdir=os.path.abspath(outdir), config=config, batch_size=batch_size
        )
        futures = client.compute(bag.to_delayed())
        counts = [p.count for p in parts]
        total = None if None in counts else sum(c or 0 for c in counts)
        failures: dict[int, list[dict[str, Any]]] = {}
        with Progress(quiet, total, "coding (dask)") as bar:
            for future in as_completed(futures):
                for summary in future.result():
                    stats.coded += summary["coded"]
                    failures[summary["index"]] = summary["failures"]
                    bar.update(summary["coded"] + len(summary["failures"]))
    finally:
        if own_client:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    # Failures in input order, whatever order the partitions finished in.
    for index in sorted(failures):
        stats.failures.extend(ReadFailure.from_dict(f) for f in failures[index])
    stats.failed = len(stats.failures)
    return stats
