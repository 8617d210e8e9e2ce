"""Throughput cost of the event stage: the pipeline with and without ``dyadline_events``.

Not a test. Run from the repository root:

    PYTHONPATH=src python benchmarks/events_stage.py [--runs 5] [CORPUS]

Reads every document of the example corpus once, then times ``nlp.pipe`` over all of them
with the full pipeline and with the event stage removed (medians of ``--runs`` runs, after
one warm-up run each), and prints documents per second and the stage's share of the time.
"""

from __future__ import annotations

import argparse
import statistics
import time

from dyadline.ingest import read_documents
from dyadline.nlp import STAGES, PipelineConfig, build_pipeline


def _time(nlp, texts: list[str], runs: int) -> float:  # type: ignore[no-untyped-def]
    list(nlp.pipe(texts))  # warm-up: lazy loads and caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        list(nlp.pipe(texts))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="examples/corpus")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    texts = [doc.text for doc in read_documents([args.corpus]) if hasattr(doc, "text")]
    chars = sum(len(t) for t in texts)
    with_events = build_pipeline()
    without = build_pipeline(
        PipelineConfig(stages=tuple(s for s in STAGES if s != "dyadline_events"))
    )
    full = _time(with_events, texts, args.runs)
    bare = _time(without, texts, args.runs)
    print(f"{len(texts)} documents, {chars} characters, median of {args.runs} runs")
    print(f"  with dyadline_events     {full:7.3f} s  {len(texts) / full:7.1f} docs/s")
    print(f"  without dyadline_events  {bare:7.3f} s  {len(texts) / bare:7.1f} docs/s")
    print(
        f"  difference               {full - bare:7.3f} s  ({(full - bare) / full:.1%} of the pipeline)"
    )
    # The difference is within the noise of a shared machine, so also time the stage alone
    # on documents the rest of the pipeline has already processed.
    docs = list(with_events.pipe(texts))
    stage = with_events.get_pipe("dyadline_events")
    alone = []
    for _ in range(args.runs):
        start = time.perf_counter()
        for doc in docs:
            stage(doc)
        alone.append(time.perf_counter() - start)
    own = statistics.median(alone)
    print(
        f"  event stage alone        {own:7.3f} s  ({own / full:.1%} of the pipeline,"
        f" {1000 * own / len(docs):.1f} ms/doc)"
    )


if __name__ == "__main__":
    main()
