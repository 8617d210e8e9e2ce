"""``dyadline demo``: code the bundled example corpus into a store and summarise it."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import click

from dyadline.errors import InputError
from dyadline.run import ingest_files
from dyadline.store import Store, counts_by_type, top_dyads
from dyadline.store.store import IngestCounts

DEFAULT_DB = "dyadline-demo.db"
_BAR = 24


def find_corpus(path: str | None = None) -> Path:
    """The example corpus: ``path``, ./examples/corpus, or the one beside the source tree."""
    candidates = [Path(path)] if path else [
        Path("examples/corpus"), Path(__file__).resolve().parents[2] / "examples" / "corpus"]  # fmt: skip
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise InputError(
        "cannot find the example corpus (examples/corpus); run `dyadline demo` from a dyadline "
        "checkout or pass --corpus DIR."
    )


@dataclass
class DemoResult:
    db: str
    corpus: Path
    counts: IngestCounts
    failed: int
    seconds: float


def run_demo(db: str = DEFAULT_DB, corpus: str | None = None, quiet: bool = False) -> DemoResult:
    """Ingest the example corpus into ``db`` (idempotent: a second run codes nothing)."""
    folder = find_corpus(corpus)
    start = time.perf_counter()
    counts, stats = ingest_files([str(folder)], db, quiet=quiet)
    return DemoResult(db, folder, counts, stats.failed, time.perf_counter() - start)


def _title(text: str) -> str:
    return click.style(text, bold=True)


def format_demo(result: DemoResult, quotes: int = 4) -> str:
    """The demo summary: totals, events by type and status, top dyads, quotes, next steps."""
    c = result.counts
    lines = [
        _title("dyadline demo") + f": {result.corpus} -> {result.db}",
        f"  {c.added} document(s) coded and stored, {c.skipped} already there"
        + (f", {c.replaced} updated" if c.replaced else "")
        + (f", {result.failed} unreadable" if result.failed else "")
        + f"  ({result.seconds:.1f} s)",
    ]
    with Store.open(result.db, read_only=True) as store:
        stats = store.stats()
        lines += [
            f"  store: {stats['documents']} documents, {stats['events']} events "
            f"({stats['asserted_events']} asserted), {stats['quotes']} quotes, "
            f"{stats['actors']} actors, days {stats['first_day']} .. {stats['last_day']}",
            "",
            _title("Events by type") + "   (bar: asserted; other statuses are kept, not counted)",
        ]
        lines += _type_lines(counts_by_type(store))
        lines += ["", _title("Top dyads") + "   (asserted events; <-> = symmetric)"]
        lines += _dyad_lines(top_dyads(store, limit=8))
        lines += ["", _title("Sample quotes")]
        lines += _quote_lines(store, quotes)
    db = result.db
    lines += [
        "",
        _title("Next"),
        f"  dyadline serve --db {db}                      web UI and API at http://127.0.0.1:8000",
        f"  dyadline events --db {db} --type ASSAULT      query events (also: quotes, actors)",
        f"  dyadline export --db {db} --format cameo -o events.tsv",
    ]
    return "\n".join(lines)


def _type_lines(rows: list[dict[str, object]]) -> list[str]:
    if not rows:
        return ["  (no events)"]
    top = max(int(r["asserted"] or 0) for r in rows) or 1  # type: ignore[call-overload]
    lines = []
    for r in rows:
        asserted = int(r["asserted"] or 0)  # type: ignore[call-overload]
        other = int(r["total"]) - asserted  # type: ignore[call-overload]
        colour = "red" if "conflict" in str(r["quad"]) else "green"
        width = max(1 if asserted else 0, round(_BAR * asserted / top))
        # Pad outside the styled text: ANSI codes would otherwise count as width.
        bar = click.style("█" * width, fg=colour) + " " * (_BAR - width)
        detail = ", ".join(f"{r[s]} {s}" for s in ("negated", "hypothetical", "planned") if r[s])
        lines.append(f"  {r['type']:<10} {asserted:>4} {bar}"
                     + (f"  +{other} ({detail})" if other else ""))  # fmt: skip
    return lines


def _dyad_lines(rows: list[dict[str, object]]) -> list[str]:
    if not rows:
        return ["  (no dyads with both a source and a target)"]
    lines = []
    for r in rows:
        arrow = "<->" if r["symmetric"] else " ->"
        pair = f"{_short(r['source_name'])} {arrow} {_short(r['target_name'])}"
        lines.append(f"  {pair:<46} {r['events']:>3} event(s)  conflict {r['conflict']}, "
                     f"cooperation {r['cooperation']}, mean intensity {r['mean_intensity']:+.1f}")  # fmt: skip
    return lines


def _short(name: object, width: int = 21) -> str:
    text = str(name)
    return text if len(text) <= width else text[: width - 1] + "…"


def _quote_lines(store: Store, n: int) -> list[str]:
    rows = store.query(
        "SELECT text, speaker_name, speaker_text, cue, doc_id FROM quotes"
        " WHERE speaker_name IS NOT NULL AND length(text) BETWEEN 40 AND 200 ORDER BY id LIMIT ?",
        [n],
    )
    if not rows:
        return ["  (no attributed quotes)"]
    return [f"  \u201c{str(r['text']).rstrip(',')}\u201d\n      \u2014 {click.style(r['speaker_name'], fg='cyan')}"
            f" ({r['cue'] or 'said'}; {r['doc_id']})" for r in rows]  # fmt: skip
