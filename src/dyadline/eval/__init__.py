"""Evaluation: score the coder against gold files; ``dyadline eval`` calls :func:`evaluate_file`.

Each task module exposes ``evaluate(items, coder) -> Report`` over parsed gold items.
Gold files written for dyadline live in ``eval/gold/`` of the repository; outside
datasets are read from their own folders by task modules that skip cleanly when absent.
"""

from __future__ import annotations

import importlib
import json
import os
from typing import Any

from dyadline.eval.report import Report, format_report

TASKS = ("events", "actors", "quotes")

__all__ = ["TASKS", "Report", "evaluate_file", "format_report", "load_gold"]


def load_gold(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def task_of(path: str) -> str:
    name = os.path.basename(path).split(".")[0]
    if name not in TASKS:
        raise ValueError(f"cannot tell the task of {path!r}; pass --task ({'|'.join(TASKS)})")
    return name


def evaluate_file(path: str, task: str | None = None, coder: Any = None) -> Report:
    """Code every gold item of ``path`` and score the output against the annotations."""
    from dyadline.coder import Coder

    task = task or task_of(path)
    module = importlib.import_module(f"dyadline.eval.{task}")
    report: Report = module.evaluate(load_gold(path), coder or Coder())
    report.source = path
    return report
