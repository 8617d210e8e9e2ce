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

SPLITS = ("all", "even", "odd")

__all__ = [
    "SPLITS",
    "TASKS",
    "Report",
    "evaluate_file",
    "format_report",
    "load_gold",
    "select_split",
]


def load_gold(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def select_split(items: list[dict[str, Any]], split: str = "all") -> list[dict[str, Any]]:
    """The items whose numeric id is even or odd ("ac-0002" is even), or all of them.

    Development uses the even half; the odd half is held out and checked only occasionally,
    so that the scores on it say how well the rules generalise.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    if split == "all":
        return items
    want = 0 if split == "even" else 1
    return [item for item in items if id_number(str(item.get("id", ""))) % 2 == want]


def id_number(item_id: str) -> int:
    """The number an item id ends with ("ev-0031" -> 31), 0 when it has none: odd ones are
    the held-out half."""
    digits = "".join(c for c in item_id.rsplit("-", 1)[-1] if c.isdigit())
    return int(digits) if digits else 0


def task_of(path: str) -> str:
    name = os.path.basename(path).split(".")[0]
    if name not in TASKS:
        raise ValueError(f"cannot tell the task of {path!r}; pass --task ({'|'.join(TASKS)})")
    return name


def evaluate_file(
    path: str, task: str | None = None, coder: Any = None, split: str = "all"
) -> Report:
    """Code every gold item of ``path`` (or the ``split`` half) and score the output."""
    from dyadline.coder import Coder

    task = task or task_of(path)
    module = importlib.import_module(f"dyadline.eval.{task}")
    items = select_split(load_gold(path), split)
    report: Report = module.evaluate(items, coder or Coder())
    report.source = path if split == "all" else f"{path} ({split} ids)"
    return report
