"""The accuracy page is written by scripts/update_accuracy.py from eval reports."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]

REPORT = {
    "task": "events",
    "items": 12,
    "metrics": {
        "event F1 (typed)": {
            "precision": 0.5,
            "recall": 0.25,
            "f1": 0.3333,
            "tp": 2,
            "fp": 2,
            "fn": 6,
        },
        "status accuracy": {"accuracy": 0.75, "correct": 3, "total": 4},
        "nonasserted_as_asserted": 1,
    },
    "tables": {"per type": {"AGREE": {"precision": 1.0, "recall": 0.5}}},
    "errors": [
        "ev-0001: missed AGREE 'signed'",
        "ev-0002: missed ASSAULT 'shelled'",
        "ev-0003: spurious SANCTION 'ban'",
    ],
}


def test_docs_accuracy_table_shows_each_metric(accuracy_script: ModuleType) -> None:
    runs = [accuracy_script.Run("eval/gold/events.jsonl", ["dyadline", "eval"], report=REPORT),
            accuracy_script.Run("dataset nope", ["dyadline", "eval"], skipped="no data")]  # fmt: skip
    table = accuracy_script.results_table(runs)
    assert (
        "| `eval/gold/events.jsonl` | events | 12 | event F1 (typed) | 50.0 | 25.0 | 33.3 |"
        in table
    )
    assert "| status accuracy |  |  |  | 75.0 | 3 / 4 |" in table
    assert "| dataset nope | - | - | skipped: no data |" in table


def test_docs_error_classes_group_by_kind(accuracy_script: ModuleType) -> None:
    run = accuracy_script.Run("gold", [], report=REPORT)
    block = accuracy_script.errors_block([run], "stamp")
    assert "| missed TYPE … | 2 |" in block
    assert "| spurious TYPE … | 1 |" in block


def test_docs_replace_block_keeps_the_rest(accuracy_script: ModuleType) -> None:
    page = "intro\n<!-- accuracy:begin -->\nold\n<!-- accuracy:end -->\noutro\n"
    new = accuracy_script.replace_block(page, "accuracy", "new")
    assert new == "intro\n<!-- accuracy:begin -->\nnew\n<!-- accuracy:end -->\noutro\n"
    with pytest.raises(ValueError):
        accuracy_script.replace_block("no markers", "accuracy", "new")


def test_docs_accuracy_page_covers_every_gold_set(accuracy_script: ModuleType) -> None:
    """A gold set added without re-running `make accuracy` leaves the page out of date."""
    page = (REPO / "docs/methods/accuracy.md").read_text(encoding="utf-8")
    block = page.split("<!-- accuracy:begin -->")[1].split("<!-- accuracy:end -->")[0]
    for gold in accuracy_script.gold_files():
        label = gold.relative_to(REPO).as_posix()
        assert f"`{label}`" in block, (
            f"{label} is not measured on the accuracy page: run `make accuracy`"
        )
