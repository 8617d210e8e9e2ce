"""Multi-process coding: same records as in-process, in input order, memory bounded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dyadline.records import Document, InputDocument, ReadFailure
from dyadline.scale.pool import CodingPool

TEXTS = [
    "Protesters marched on parliament in Tbilisi on Sunday.",
    "Armenia and Azerbaijan agreed to resume border talks.",
    "Russian forces shelled Kharkiv overnight, Ukraine's military said.",
    "The European Union imposed new sanctions on Iran.",
    "China condemned the visit and warned of consequences.",
]


def _inputs(n: int) -> list[InputDocument]:
    return [
        InputDocument(id=f"d{i}", text=TEXTS[i % len(TEXTS)], date="2024-05-14", origin=f"t:{i}")
        for i in range(n)
    ]


def test_coder_code_batch_one_failing_document_keeps_the_others(coder, monkeypatch):
    import dyadline.coder as coder_module

    real = coder_module.doc_to_record

    def fail_on_d2(doc, item):  # type: ignore[no-untyped-def]
        if item.id == "d2":
            raise ValueError("boom")
        return real(doc, item)

    monkeypatch.setattr(coder_module, "doc_to_record", fail_on_d2)
    results = coder.code_batch(_inputs(4))
    assert [r.id if isinstance(r, Document) else r.doc_id for r in results] == [
        "d0", "d1", "d2", "d3",
    ]  # fmt: skip
    (failure,) = [r for r in results if isinstance(r, ReadFailure)]
    assert failure.doc_id == "d2" and "ValueError: boom" in failure.message
    assert failure.origin == "t:2"


def test_coder_code_documents_failure_becomes_record_with_warning(coder, monkeypatch):
    import dyadline.coder as coder_module

    monkeypatch.setattr(coder_module, "doc_to_record", lambda doc, item: 1 / 0)
    (record,) = coder.code_documents(_inputs(1))
    assert record.id == "d0" and not record.events
    assert "ZeroDivisionError" in record.warnings[0]


def test_coder_small_input_with_workers_is_coded_in_process(coder):
    # Fewer documents than one round of batches: no worker processes are started.
    records = list(coder.code_documents(_inputs(3), batch_size=4, n_process=2))
    assert [r.id for r in records] == ["d0", "d1", "d2"]


@pytest.mark.slow
def test_pool_records_equal_in_process_records_in_order_and_reading_is_bounded(coder):
    items = _inputs(24)
    expected = [r.to_dict() for r in coder.code_documents(items, batch_size=2)]
    consumed = 0

    def counting() -> Iterator[InputDocument]:
        nonlocal consumed
        for item in items:
            consumed += 1
            yield item

    got = []
    with CodingPool(coder.config, workers=2) as pool:
        for result in pool.code(counting(), batch_size=2):
            if not got:
                # At most 2 x workers batches in flight, plus the one being read.
                assert consumed <= 2 * (2 * 2 + 1)
            got.append(result.to_dict())
    assert got == expected


def test_coder_knowledge_files_are_read_once_per_process_not_per_document(coder, monkeypatch):
    import yaml

    list(coder.code_documents(_inputs(2)))  # the pipeline and its knowledge are loaded
    reads = 0
    real_load = yaml.load

    def counting_load(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal reads
        reads += 1
        return real_load(*args, **kwargs)

    monkeypatch.setattr(yaml, "load", counting_load)
    assert len(list(coder.code_documents(_inputs(10), batch_size=3))) == 10
    assert reads == 0


@pytest.mark.slow
def test_pool_replaces_workers_after_their_batches_and_loses_nothing(coder):
    import os

    items = _inputs(12)
    expected = [r.to_dict() for r in coder.code_documents(items, batch_size=2)]
    with CodingPool(coder.config, workers=1, batches_per_worker=2) as pool:
        assert pool._executor is not None
        first = pool._executor.submit(os.getpid).result()
        got = [r.to_dict() for r in pool.code(items, batch_size=2)]
        last = pool._executor.submit(os.getpid).result()
        renewals = pool.renewals
    assert got == expected
    assert first != last and renewals == 2  # 6 batches, 2 per worker: renewed twice
