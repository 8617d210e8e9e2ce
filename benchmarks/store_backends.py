"""DuckDB vs SQLite for the embedded event store: ingest and one typical aggregate.

Synthetic events (no model needed): N events over 500 actors and three years, inserted in
batches of 1,000 rows with one commit per batch (as ``dyadline ingest`` does), then the
dyad-by-month aggregate behind the timeline (count and mean intensity of asserted events).
Each timing is the median of ``--repeat`` runs on a fresh file.

    python benchmarks/store_backends.py --events 50000
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable

SCHEMA = (
    "CREATE TABLE events (doc_id TEXT, idx INTEGER, type TEXT, quad TEXT, status TEXT, "
    "intensity DOUBLE, source_id TEXT, target_id TEXT, date TEXT, text TEXT)"
)
INSERT = "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
AGGREGATE = (
    "SELECT source_id, target_id, substr(date, 1, 7) AS month, count(*), avg(intensity) "
    "FROM events WHERE status = 'asserted' AND date IS NOT NULL "
    "GROUP BY source_id, target_id, month ORDER BY count(*) DESC LIMIT 100"
)
TYPES = ["AGREE", "CONSULT", "ACCUSE", "ASSAULT", "SANCTION", "COERCE", "AID", "REQUEST"]
STATUSES = ["asserted"] * 7 + ["negated", "hypothetical", "planned"]


def synthetic_rows(n: int, seed: int = 7) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        day = f"{rng.randint(2022, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append((f"doc-{i // 5}", i % 5, rng.choice(TYPES), "verbal_conflict",
                     rng.choice(STATUSES), rng.uniform(-10, 10), f"a{rng.randint(0, 499)}",
                     f"a{rng.randint(0, 499)}", day, "Some evidence sentence " * 4))  # fmt: skip
    return rows


def run_sqlite(path: str, rows: list[tuple[object, ...]]) -> tuple[float, float]:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(SCHEMA)
    start = time.perf_counter()
    for i in range(0, len(rows), 1000):
        con.executemany(INSERT, rows[i : i + 1000])
        con.commit()
    ingest = time.perf_counter() - start
    start = time.perf_counter()
    con.execute(AGGREGATE).fetchall()
    return ingest, time.perf_counter() - start


def run_duckdb(path: str, rows: list[tuple[object, ...]]) -> tuple[float, float]:
    import duckdb

    con = duckdb.connect(path)
    con.execute(SCHEMA)
    start = time.perf_counter()
    for i in range(0, len(rows), 1000):
        con.execute("BEGIN")
        con.executemany(INSERT, rows[i : i + 1000])
        con.execute("COMMIT")
    ingest = time.perf_counter() - start
    start = time.perf_counter()
    con.execute(AGGREGATE).fetchall()
    return ingest, time.perf_counter() - start


def median_of(runner: Callable[[str, list[tuple[object, ...]]], tuple[float, float]],
              rows: list[tuple[object, ...]], repeat: int) -> tuple[float, float]:  # fmt: skip
    ingests, queries = [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            ingest, query = runner(os.path.join(tmp, "bench.db"), rows)
        ingests.append(ingest)
        queries.append(query)
    return statistics.median(ingests), statistics.median(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = synthetic_rows(args.events)
    print(f"{args.events:,} synthetic events, batches of 1,000, median of {args.repeat} runs")
    for name, runner in (("sqlite", run_sqlite), ("duckdb", run_duckdb)):
        ingest, query = median_of(runner, rows, args.repeat)
        print(f"{name:<7} ingest {ingest:7.3f} s ({args.events / ingest:9,.0f} rows/s)   "
              f"dyad-month aggregate {query * 1000:7.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
