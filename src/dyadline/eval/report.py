"""Evaluation reports: metrics, breakdown tables and example errors."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


@dataclass
class Report:
    task: str
    items: int = 0
    metrics: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"task": self.task, "source": self.source, "items": self.items,
                "metrics": self.metrics, "tables": self.tables,
                "confusion": {k: dict(v) for k, v in self.confusion.items()},
                "errors": self.errors}  # fmt: skip


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_report(report: Report, show_errors: int = 0) -> str:
    lines = [f"{report.task} evaluation on {report.source or '-'}: {report.items} items"]
    for name, value in report.metrics.items():
        if isinstance(value, dict):
            value = "  ".join(f"{k}={_cell(v)}" for k, v in value.items())
        lines.append(f"  {name:<28} {_cell(value)}")
    for title, table in report.tables.items():
        lines.append(f"\n  {title}")
        for row, values in table.items():
            cells = (
                "  ".join(f"{k}={_cell(v)}" for k, v in values.items())
                if isinstance(values, dict)
                else _cell(values)
            )
            lines.append(f"    {row:<16} {cells}")
    for title, matrix in report.confusion.items():
        lines.append(f"\n  {title} (gold -> predicted: count)")
        for pair, count in sorted(matrix.items(), key=lambda kv: -kv[1]):
            lines.append(f"    {pair:<32} {count}")
    if show_errors and report.errors:
        lines.append(f"\n  errors (first {show_errors} of {len(report.errors)})")
        lines += [f"    {e}" for e in report.errors[:show_errors]]
    return "\n".join(lines)
