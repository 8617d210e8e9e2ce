"""Evaluation: score the coder against gold files; ``dyadline eval`` calls :func:`evaluate_file`.

Each task module exposes ``evaluate(items, coder) -> Report`` over parsed gold items.
Gold files written for dyadline live in ``eval/gold/`` of the repository; outside
datasets are read from their own folders by task modules that skip cleanly when absent.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from typing import Any

from dyadline.eval.report import Report, format_report

TASKS = ("events", "actors", "quotes")

__all__ = [
    "SPLITS",
    "TASKS",
    "Report",
    "evaluate_file",
    "format_report",
    "load_gold",
    "split_items",
]


def load_gold(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def task_of(path: str) -> str:
    name = os.path.basename(path).split(".")[0]
    if name not in TASKS:
        raise ValueError(f"cannot tell the task of {path!r}; pass --task ({'|'.join(TASKS)})")
    return name


SPLITS = ("all", "even", "odd")


def split_items(items: list[dict[str, Any]], split: str = "all") -> list[dict[str, Any]]:
    """Items whose numeric id is even (development) or odd (held-out check), or all.

    The parity is read from the last run of digits in the id ("ev-0012" -> 12); items
    without digits count as even.
    """
    if split == "all":
        return items
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    want = 0 if split == "even" else 1
    return [item for item in items if _id_number(str(item.get("id", ""))) % 2 == want]


def _id_number(item_id: str) -> int:
    digits = re.findall(r"\d+", item_id)
    return int(digits[-1]) if digits else 0


def evaluate_file(
    path: str, task: str | None = None, coder: Any = None, split: str = "all"
) -> Report:
    """Code every gold item of ``path`` (or one split of them) and score the output."""
    from dyadline.coder import Coder

    task = task or task_of(path)
    module = importlib.import_module(f"dyadline.eval.{task}")
    report: Report = module.evaluate(split_items(load_gold(path), split), coder or Coder())
    report.source = path if split == "all" else f"{path} (split {split})"
    return report
