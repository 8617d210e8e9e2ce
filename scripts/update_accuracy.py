"""Measure the coder on every gold set and write the results into the methods pages.

    python scripts/update_accuracy.py            # or: make accuracy

Runs ``dyadline eval GOLD --json`` on every ``eval/gold/*.jsonl`` and
``dyadline eval --dataset NAME --json`` on every dataset the eval command offers (a
dataset whose files are absent is listed as skipped) and on the blind development sets
(written without sight of the rules: the fairest guide to unseen news), then replaces the text between the
``<!-- accuracy:begin -->``/``<!-- accuracy:end -->`` markers of
``docs/methods/accuracy.md`` and the ``<!-- errors:begin -->``/``<!-- errors:end -->``
markers of ``docs/methods/limitations.md``, stamped with the date and the git commit.
Nothing in those blocks is typed by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyadline.eval import id_number

REPO = Path(__file__).resolve().parent.parent
ACCURACY_PAGE = REPO / "docs/methods/accuracy.md"
LIMITATIONS_PAGE = REPO / "docs/methods/limitations.md"
GOLD_DIR = REPO / "eval/gold"
# Development sets written blind (eval/dev/README.md): scored whole, errors not listed.
BLIND_DEV_SETS = [
    ("eval/dev/events-dev3.jsonl", "events"),
    ("eval/dev/events-dev4.jsonl", "events"),
    ("eval/dev/events-dev5.jsonl", "events"),
    ("eval/dev/actors-dev3.jsonl", "actors"),
    ("eval/dev/actors-dev4.jsonl", "actors"),
    ("eval/dev/actors-dev5.jsonl", "actors"),
]
BLIND = " (blind dev)"
ERROR_EXAMPLES = 2
ERROR_CLASSES = 8


@dataclass
class Run:
    """One evaluation: what was scored and the report (or why it was skipped)."""

    label: str
    command: list[str]
    report: dict[str, Any] | None = None
    skipped: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    return env


def run_eval(label: str, args: list[str]) -> Run:
    """Run ``dyadline eval ARGS --json``; a failure becomes a skipped row, not a crash."""
    command = ["dyadline", "eval", *args, "--json"]
    proc = subprocess.run(
        [sys.executable, "-m", "dyadline.cli", "eval", *args, "--json"],
        cwd=REPO, env=_env(), capture_output=True, text=True, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        why = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
        return Run(label, command, skipped=why)
    return Run(label, command, report=json.loads(proc.stdout))


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.jsonl"))


def eval_datasets() -> list[str]:
    """The choices of ``dyadline eval --dataset``, when this build has the option."""
    sys.path.insert(0, str(REPO / "src"))
    import click

    from dyadline.cli import cli

    command = cli.commands.get("eval")
    for param in getattr(command, "params", []):
        if param.name == "dataset" and isinstance(param.type, click.Choice):
            return [str(c) for c in param.type.choices]
    return []


def measure() -> list[Run]:
    runs = [run_eval(path.relative_to(REPO).as_posix(), [path.relative_to(REPO).as_posix()])
            for path in gold_files()]  # fmt: skip
    runs += [run_eval(f"dataset {name}", ["--dataset", name]) for name in eval_datasets()]
    runs += [run_eval(path + BLIND, [path, "--task", task])
             for path, task in BLIND_DEV_SETS if (REPO / path).exists()]  # fmt: skip
    return runs


# --------------------------------------------------------------------------- rendering


def _pct(value: Any) -> str:
    return f"{100 * float(value):.1f}"


def metric_row(label: str, task: str, items: Any, name: str, value: Any) -> str:
    """One table row: P/R/F1 for counted metrics, accuracy for rates, the number otherwise."""
    prec = rec = f1 = acc = count = ""
    if isinstance(value, dict) and "f1" in value:
        prec, rec, f1 = _pct(value["precision"]), _pct(value["recall"]), _pct(value["f1"])
        count = f"tp {value.get('tp')} · fp {value.get('fp')} · fn {value.get('fn')}"
    elif isinstance(value, dict) and "accuracy" in value:
        acc = _pct(value["accuracy"])
        count = f"{value.get('correct')} / {value.get('total')}"
    else:
        count = str(value)
    return f"| {label} | {task} | {items} | {name} | {prec} | {rec} | {f1} | {acc} | {count} |"


def results_table(runs: list[Run]) -> str:
    lines = [
        "| gold set | task | items | metric | P | R | F1 | accuracy | counts |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for run in runs:
        if run.report is None:
            lines.append(
                f"| {run.label} | - | - | skipped: {run.skipped.replace('|', '/')} | | | | | |"
            )
            continue
        report = run.report
        for name, value in (report.get("metrics") or {}).items():
            lines.append(
                metric_row(
                    f"`{run.label}`", report.get("task", ""), report.get("items", ""), name, value
                )
            )
    return "\n".join(lines)


def breakdown_tables(runs: list[Run]) -> str:
    """The per-type / per-kind tables each report carries, one section per gold set."""
    parts = []
    for run in runs:
        for title, table in ((run.report or {}).get("tables") or {}).items():
            columns: list[str] = []
            for values in table.values():
                for key in values if isinstance(values, dict) else ["value"]:
                    if key not in columns:
                        columns.append(key)
            rows = [f"| {' | '.join(['', *columns])} |", "| --- " * (len(columns) + 1) + "|"]
            for row, values in table.items():
                cells = values if isinstance(values, dict) else {"value": values}
                shown = [_cell(cells.get(c, "")) for c in columns]
                rows.append(f"| {row} | {' | '.join(shown)} |")
            parts.append(f"#### `{run.label}`: {title}\n\n" + "\n".join(rows))
    return "\n\n".join(parts)


def _cell(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def stamp(runs: list[Run]) -> str:
    commands = "; ".join(f"`{' '.join(r.command)}`" for r in runs)
    return f"Measured on {today()} at commit `{git_commit()}` with {commands}."


def today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


def git_commit() -> str:
    def git(*args: str) -> str:
        proc = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return proc.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "src", "eval")
    return commit + (" + uncommitted changes" if dirty else "")


def accuracy_block(runs: list[Run], stamp_line: str) -> str:
    parts = [stamp_line, "", results_table(runs)]
    breakdown = breakdown_tables(runs)
    if breakdown:
        parts += ["", "### Breakdowns", "", breakdown]
    return "\n".join(parts)


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_MAPPING = re.compile(r"\{[^}]*\}")
_EVENT_TYPE = re.compile(r"\b(AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|"
                         r"REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT)\b")  # fmt: skip


def error_class(error: str) -> str:
    """A coarse class of an eval error line: its first words, with the particulars blanked."""
    text = error.split(": ", 1)[1] if ": " in error else error
    text = _MAPPING.sub("{…}", _QUOTED.sub("…", text))
    text = _EVENT_TYPE.sub("TYPE", text)
    return " ".join(text.replace(":", " ").replace(",", " ").split()[:3])


def _held_out(error: str) -> bool:
    """An error of an odd-numbered item: the held-out half, which developers must not read
    (``dyadline eval --split``); it counts in the classes but is never shown as an example."""
    words = error.split()
    return bool(words) and id_number(words[0].rstrip(":")) % 2 == 1


def errors_block(runs: list[Run], stamp_line: str) -> str:
    parts = [stamp_line, ""]
    for run in runs:
        errors = (run.report or {}).get("errors") or []
        if not errors or run.label.endswith(BLIND):
            continue
        classes: dict[str, list[str]] = {}
        for error in errors:
            classes.setdefault(error_class(error), []).append(error)
        counts = Counter({k: len(v) for k, v in classes.items()})
        parts += [f"### `{run.label}`: {len(errors)} errors", "",
                  "| error class | count | examples |", "| --- | --- | --- |"]  # fmt: skip
        for name, count in counts.most_common(ERROR_CLASSES):
            shown = [e for e in classes[name] if not _held_out(e)][:ERROR_EXAMPLES]
            examples = "<br>".join(
                "`" + _shorten(e).replace("|", "/").replace("`", "'") + "`" for e in shown
            )
            parts.append(f"| {name.replace('|', '/')} | {count} | {examples} |")
        parts.append("")
    return "\n".join(parts).rstrip()


def _shorten(text: str, limit: int = 180) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def replace_block(page: str, name: str, content: str) -> str:
    """Replace what is between ``<!-- NAME:begin -->`` and ``<!-- NAME:end -->``."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    if page.count(begin) != 1 or page.count(end) != 1 or page.index(begin) > page.index(end):
        raise ValueError(f"the page must hold one {begin} ... {end} pair")
    head, rest = page.split(begin)
    _, tail = rest.split(end)
    return f"{head}{begin}\n{content}\n{end}{tail}"


def write_pages(runs: list[Run]) -> None:
    line = stamp(runs)
    ACCURACY_PAGE.write_text(
        replace_block(
            ACCURACY_PAGE.read_text(encoding="utf-8"), "accuracy", accuracy_block(runs, line)
        ),
        encoding="utf-8",
    )
    LIMITATIONS_PAGE.write_text(
        replace_block(
            LIMITATIONS_PAGE.read_text(encoding="utf-8"), "errors", errors_block(runs, line)
        ),
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", help="also write the raw reports to this JSON file")
    parser.add_argument("--load", help="render from reports saved with --save (no evaluation)")
    args = parser.parse_args()
    if args.load:
        raw = json.loads(Path(args.load).read_text(encoding="utf-8"))
        runs = [Run(**r) for r in raw]
    else:
        runs = measure()
    if args.save:
        Path(args.save).write_text(
            json.dumps([r.__dict__ for r in runs], indent=1), encoding="utf-8"
        )
    write_pages(runs)
    for run in runs:
        print(f"{run.label}: {'skipped: ' + run.skipped if run.report is None else 'measured'}")


if __name__ == "__main__":
    main()
