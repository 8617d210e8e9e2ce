"""Coding on every core: a pool of worker processes, each with its own :class:`Coder`.

Why not ``nlp.pipe(n_process=N)``: spaCy sends each finished ``Doc`` back to the parent
with ``Doc.to_bytes()``, and our stages' extensions (actors holding ``Span`` objects) do
not serialise, so the parent could not build records. Here each worker builds its
coder once (pool initializer), codes whole batches of ``InputDocument`` with
:meth:`Coder.code_batch` - the same code path as in-process coding - and sends back
msgpack-encoded records, which are small and fast to decode.

Order and completeness: batches are submitted in input order and collected oldest
first, with at most ``2 x workers`` batches in flight, so output order equals input
order and memory stays bounded however long the input. A worker that dies (killed,
out of memory) breaks the pool: it is restarted and the batches it held are coded again
one document at a time, so only the document that kills a worker is lost, and it is
reported as a failure.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from types import TracebackType

import msgspec

from dyadline.coder import SETUP_ERRORS, Coder, CodeResult, batches, coding_failure
from dyadline.nlp import PipelineConfig
from dyadline.records import Document, InputDocument, ReadFailure


class _Result(msgspec.Struct, array_like=True, omit_defaults=True):
    """One coding result on the wire: a record, or a failure."""

    record: Document | None = None
    failure: ReadFailure | None = None


_encode = msgspec.msgpack.Encoder().encode
_decode_inputs = msgspec.msgpack.Decoder(list[InputDocument]).decode
_decode_results = msgspec.msgpack.Decoder(list[_Result]).decode

# Worker-process state: one coder per process, built by the pool initializer.
_worker_coder: Coder | None = None
_worker_error: BaseException | None = None


def _init_worker(config: PipelineConfig) -> None:
    global _worker_coder, _worker_error
    try:
        coder = Coder(config)
        coder.nlp  # noqa: B018 - load the model and knowledge files now, once per process
        _worker_coder = coder
    except Exception as exc:  # reported to the parent by _probe, not as a broken pool
        _worker_error = exc


def _probe() -> BaseException | None:
    return _worker_error


def _code_payload(payload: bytes) -> bytes:
    if _worker_coder is None:
        raise RuntimeError(f"worker has no coder: {_worker_error!r}")
    results = _worker_coder.code_batch(_decode_inputs(payload))
    return _encode(
        [_Result(failure=r) if isinstance(r, ReadFailure) else _Result(record=r) for r in results]
    )


def _unwrap(payload: bytes) -> list[CodeResult]:
    return [r.record if r.record is not None else r.failure for r in _decode_results(payload)]  # type: ignore[misc]


# Workers are replaced by fresh ones after this many batches each (16 documents a batch
# by default: about 32k documents). A long-lived spaCy process slowly grows (its string
# store keeps every new word, allocators fragment): +3% RSS from 10k to 100k documents
# in benchmarks/rss_curve.py. Renewing workers keeps 10^7 documents as flat as 10^5, for
# one model load (a few seconds) per 32k documents. Not ProcessPoolExecutor's
# max_tasks_per_child: it can deadlock on Python 3.11-3.13 (CPython gh-115634).
BATCHES_PER_WORKER = 2000


def default_start_method() -> str:
    # forkserver: workers start from a clean process, so threads in the parent (progress
    # bars, Dask clients) cannot deadlock them, and nothing of the parent is copied.
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


class CodingPool:
    """Worker processes that code batches in order; use as a context manager.

    >>> with CodingPool(PipelineConfig(), workers=2) as pool:   # doctest: +SKIP
    ...     for result in pool.code(items):
    ...         ...
    """

    def __init__(
        self, config: PipelineConfig, workers: int, start_method: str | None = None,
        batches_per_worker: int | None = BATCHES_PER_WORKER,
    ) -> None:  # fmt: skip
        self.config = config
        self.workers = max(1, workers)
        self.batches_per_worker = batches_per_worker
        self._context = multiprocessing.get_context(start_method or default_start_method())
        self._executor: ProcessPoolExecutor | None = None
        self._generation = 0
        self._submitted = 0  # batches given to the current workers
        self.restarts = 0
        self.renewals = 0

    def __enter__(self) -> CodingPool:
        self._start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _start(self) -> None:
        self.close()
        self._executor = ProcessPoolExecutor(
            self.workers, mp_context=self._context, initializer=_init_worker,
            initargs=(self.config,),
        )  # fmt: skip
        self._generation += 1
        self._submitted = 0
        # A bad model or knowledge file is the user's to fix: raise it once, here,
        # instead of failing every document.
        error = self._executor.submit(_probe).result()
        if error is not None:
            self.close()
            raise error

    def _submit(self, batch: list[InputDocument]) -> tuple[int, Future[bytes]]:
        if self._executor is None:
            self._start()
        assert self._executor is not None
        self._submitted += 1
        return self._generation, self._executor.submit(_code_payload, _encode(batch))

    def code(self, items: Iterable[InputDocument], batch_size: int = 16) -> Iterator[CodeResult]:
        """One result per item, in input order."""
        in_flight: deque[tuple[list[InputDocument], int, Future[bytes]]] = deque()
        limit = 2 * self.workers
        for batch in batches(items, batch_size):
            if self._worn_out():
                # Workers are renewed between batches, never under one: drain, then restart.
                while in_flight:
                    yield from self._collect(*in_flight.popleft())
                self.renewals += 1
                self._start()
            in_flight.append((batch, *self._submit(batch)))
            if len(in_flight) >= limit:
                yield from self._collect(*in_flight.popleft())
        while in_flight:
            yield from self._collect(*in_flight.popleft())

    def _worn_out(self) -> bool:
        every = self.batches_per_worker
        return every is not None and self._submitted >= every * self.workers

    def _collect(
        self, batch: list[InputDocument], generation: int, future: Future[bytes]
    ) -> list[CodeResult]:
        try:
            return _unwrap(future.result())
        except SETUP_ERRORS:
            raise  # a broken install in the worker: restarting it would fail the same way
        except Exception:
            self._restart_if(generation)
            return self._code_singly(batch)

    def _restart_if(self, generation: int) -> None:
        # Only the first failed future of a broken pool restarts it.
        if generation == self._generation:
            self.restarts += 1
            self._start()

    def _code_singly(self, batch: list[InputDocument]) -> list[CodeResult]:
        results: list[CodeResult] = []
        for item in batch:
            generation, future = self._submit([item])
            try:
                results.extend(_unwrap(future.result()))
            except SETUP_ERRORS:
                raise
            except Exception as exc:
                self._restart_if(generation)
                problem = f"the worker process died ({type(exc).__name__}); out of memory?"
                results.append(coding_failure(item, problem))
        return results


def code_in_processes(
    items: Iterable[InputDocument],
    config: PipelineConfig,
    workers: int,
    batch_size: int = 16,
    local: Coder | None = None,
    start_method: str | None = None,
) -> Iterator[CodeResult]:
    """Code ``items`` on ``workers`` processes, results in input order.

    When ``local`` is given and the whole input fits in one round of batches, it is coded
    in this process instead: starting workers (each loads the model) would cost more.
    """
    iterator = iter(items)
    head = list(islice(iterator, batch_size * workers))
    if local is not None and len(head) < batch_size * workers:
        for batch in batches(head, batch_size):
            yield from local.code_batch(batch)
        return
    with CodingPool(config, workers, start_method) as pool:
        yield from pool.code(chain(head, iterator), batch_size)
