"""Peak RSS of one long, streamed, full-pipeline coding run, sampled as it goes.

    python benchmarks/rss_curve.py --docs 100000 --workers 2 --out /tmp/rss-100k

One run of ``dyadline code`` over N synthetic documents (benchmarks/synth.py), the whole
process tree's RSS sampled every second next to the number of records written so far.
The peak reached by the time 10k documents are done and the peak over the whole run
come from the same process, so "within 10% of the 10k figure" compares like with like
and one run answers it (a separate 10k run would pay model loading and warm-up again).

Writes ``curve.csv`` (seconds, documents done, RSS MB, peak MB so far) and a markdown
summary ``summary.md`` into ``--out``; records go to ``--out/records.jsonl`` because
their count is the progress signal.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from run import _tree_rss  # noqa: E402
from synth import write_jsonl  # noqa: E402

CHECKPOINTS = (1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000)


def count_lines(path: Path, state: dict[str, int]) -> int:
    """Records written so far, reading only what was appended since the last call."""
    if not path.exists():
        return 0
    with open(path, "rb") as handle:
        handle.seek(state.get("offset", 0))
        chunk = handle.read()
    state["offset"] = state.get("offset", 0) + len(chunk)
    state["lines"] = state.get("lines", 0) + chunk.count(b"\n")
    return state["lines"]


def run(
    docs: int, workers: int, out: Path, interval: float
) -> list[tuple[float, int, float, float]]:
    out.mkdir(parents=True, exist_ok=True)
    source = write_jsonl(out / f"synth-{docs}.jsonl", docs)
    records = out / "records.jsonl"
    records.unlink(missing_ok=True)
    command = [
        sys.executable, "-m", "dyadline.cli", "code", str(source), "-o", str(records),
        "--workers", str(workers), "--quiet",
    ]  # fmt: skip
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env)
    samples: list[tuple[float, int, float, float]] = []
    state: dict[str, int] = {}
    peak = 0.0
    with open(out / "curve.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["seconds", "docs_done", "rss_mb", "peak_mb"])
        while proc.poll() is None:
            rss = _tree_rss(proc.pid) / 1024**2
            peak = max(peak, rss)
            sample = (time.perf_counter() - started, count_lines(records, state), rss, peak)
            samples.append(sample)
            writer.writerow([f"{sample[0]:.1f}", sample[1], f"{rss:.0f}", f"{peak:.0f}"])
            handle.flush()
            time.sleep(interval)
    if proc.returncode != 0:
        raise SystemExit(f"dyadline code failed with exit code {proc.returncode}")
    samples.append((time.perf_counter() - started, count_lines(records, state), 0.0, peak))
    return samples


def summary(samples: list[tuple[float, int, float, float]], docs: int, workers: int) -> str:
    rows = ["| documents done | peak RSS so far (MB) | seconds |", "| ---: | ---: | ---: |"]
    for mark in [c for c in CHECKPOINTS if c <= docs]:
        reached = next((s for s in samples if s[1] >= mark), None)
        if reached:
            rows.append(f"| {mark:,} | {reached[3]:.0f} | {reached[0]:.0f} |")
    final = samples[-1]
    at_10k = next((s[3] for s in samples if s[1] >= 10_000), None)
    growth = f"{100 * (final[3] / at_10k - 1):+.1f}%" if at_10k else "n/a"
    return "\n".join([
        f"Full pipeline, `dyadline code` with {workers} workers, {docs:,} synthetic documents, "
        f"one run: {final[1]:,} records in {final[0]:.0f} s, peak RSS {final[3]:.0f} MB "
        f"(whole process tree); peak at the end vs peak after 10k documents: {growth}.",
        "", *rows,
    ])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=Path("/tmp/dyadline-rss-curve"))
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between samples")
    args = parser.parse_args()
    samples = run(args.docs, args.workers, args.out, args.interval)
    text = summary(samples, args.docs, args.workers)
    (args.out / "summary.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
