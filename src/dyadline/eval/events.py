"""Event evaluation: trigger-aligned matching of gold and predicted events.

A gold event is aligned to a predicted event whose trigger overlaps an occurrence of the
gold trigger (else, one of the same type in the same sentence). On that alignment:

- ``typed`` P/R/F1: aligned and the same PLOVER type (the headline event F1);
- ``full`` P/R/F1: also the same source, target and status (direction-free when the gold
  event is symmetric);
- status accuracy, the status confusion, and ``nonasserted_as_asserted``: gold negated,
  hypothetical or planned events output as asserted (the target is zero);
- per-type P/R/F1 and the type confusion (with MISSED and SPURIOUS rows);
- calibration of ``confidence``: the Brier score and a reliability table (in each confidence
  bin, the share of predicted events that are correct, i.e. aligned with a gold event of the
  same type).

``python -m dyadline.eval.events GOLD --split even --fit-calibration OUT`` refits the
calibration counts (``knowledge/patterns/calibration.yaml``) on one split of a gold file.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import pairwise
from typing import Any

import yaml

from dyadline.eval.matching import actor_matches, find_all, spans_overlap
from dyadline.eval.report import PRF, Accuracy, Report
from dyadline.records import EVENT_TYPES, Document, Event


def align_events(
    golds: list[dict[str, Any]], predicted: list[Event], text: str
) -> list[int | None]:
    """The predicted event aligned to each gold event (or None), one prediction per gold.

    Trigger overlap is settled for every gold event before any falls back to a same-type
    event of its sentence: otherwise a gold event coded nowhere (a hypothetical act the
    coder missed) could take the prediction that belongs to a later gold trigger.
    """
    used: set[int] = set()
    aligned: list[int | None] = []
    for gold in golds:
        index = _overlapping_prediction(gold, predicted, used, text)
        aligned.append(index)
        if index is not None:
            used.add(index)
    for g, gold in enumerate(golds):
        if aligned[g] is None:
            index = _same_type_in_span(gold, predicted, used, text)
            aligned[g] = index
            if index is not None:
                used.add(index)
    return aligned


def _overlapping_prediction(
    gold: dict[str, Any], predicted: list[Event], used: set[int], text: str
) -> int | None:
    occurrences = find_all(text, gold["trigger"])

    def overlapping(i: int) -> bool:
        span = predicted[i].trigger_span or predicted[i].span
        return any(spans_overlap(span, o) for o in occurrences)

    candidates = [i for i in range(len(predicted)) if i not in used and overlapping(i)]
    same_type = [i for i in candidates if predicted[i].type == gold["type"]]
    return next(iter(same_type or candidates), None)


def _same_type_in_span(
    gold: dict[str, Any], predicted: list[Event], used: set[int], text: str
) -> int | None:
    occurrences = find_all(text, gold["trigger"])
    for i, event in enumerate(predicted):
        if i in used or event.type != gold["type"]:
            continue
        if any(event.span[0] <= o[0] < event.span[1] for o in occurrences):
            return i
    return None


def _direction_ok(gold: dict[str, Any], event: Event) -> bool:
    forward = actor_matches(gold.get("source"), event.source) and actor_matches(
        gold.get("target"), event.target
    )
    if forward or not gold.get("symmetric"):
        return forward
    return actor_matches(gold.get("source"), event.target) and actor_matches(
        gold.get("target"), event.source
    )


BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def calibration_key(event: Event) -> str:
    """The cell of the calibration table an event falls in (see calibration.yaml)."""
    return f"{event.type}/{'source' if event.source is not None else 'nosource'}"


def _reliability(scored: list[tuple[float, bool]]) -> tuple[float, dict[str, dict[str, Any]]]:
    if not scored:
        return 0.0, {}
    brier = sum((p - float(ok)) ** 2 for p, ok in scored) / len(scored)
    table: dict[str, dict[str, Any]] = {}
    for low, high in pairwise(BINS):
        cell = [(p, ok) for p, ok in scored if low <= p < high]
        if cell:
            table[f"{low:.1f}-{min(high, 1.0):.1f}"] = {
                "n": len(cell),
                "mean confidence": round(sum(p for p, _ in cell) / len(cell), 3),
                "share correct": round(sum(ok for _, ok in cell) / len(cell), 3),
            }
    return round(brier, 4), table


def correct_predictions(item: dict[str, Any], predicted: list[Event]) -> list[bool]:
    """For each predicted event: is it aligned with a gold event of the same type?"""
    correct = [False] * len(predicted)
    golds = item.get("events", [])
    for gold, index in zip(golds, align_events(golds, predicted, item["text"]), strict=True):
        if index is not None:
            correct[index] = predicted[index].type == gold["type"]
    return correct


def fit_calibration(items: list[dict[str, Any]], coder: Any) -> dict[str, dict[str, int]]:
    """Count, per calibration cell, predicted events and correct ones."""
    cells: dict[str, dict[str, int]] = {}
    for item in items:
        record: Document = coder.code(item["text"], date=item.get("date"), id=item["id"])
        for event, ok in zip(record.events, correct_predictions(item, record.events), strict=True):
            cell = cells.setdefault(calibration_key(event), {"n": 0, "correct": 0})
            cell["n"] += 1
            cell["correct"] += int(ok)
    return dict(sorted(cells.items()))


def evaluate(items: list[dict[str, Any]], coder: Any) -> Report:
    report = Report(task="events", items=len(items))
    typed, full, detected = PRF(), PRF(), PRF()
    per_type = {t: PRF() for t in EVENT_TYPES}
    status_acc, source_acc, target_acc = Accuracy(), Accuracy(), Accuracy()
    type_confusion: Counter[str] = Counter()
    status_confusion: Counter[str] = Counter()
    leaked = 0
    scored: list[tuple[float, bool]] = []
    for item in items:
        record: Document = coder.code(item["text"], date=item.get("date"), id=item["id"])
        predicted, golds = record.events, item.get("events", [])
        used = set[int]()
        for gold, index in zip(golds, align_events(golds, predicted, item["text"]), strict=True):
            if index is None:
                typed.fn += 1
                full.fn += 1
                detected.fn += 1
                per_type[gold["type"]].fn += 1
                type_confusion[f"{gold['type']} -> MISSED"] += 1
                report.errors.append(f"{item['id']}: missed {gold['type']} '{gold['trigger']}'")
                continue
            used.add(index)
            event = predicted[index]
            detected.tp += 1
            type_confusion[f"{gold['type']} -> {event.type}"] += 1
            if event.type != gold["type"]:
                typed.fn += 1
                typed.fp += 1
                full.fn += 1
                full.fp += 1
                per_type[gold["type"]].fn += 1
                per_type[event.type].fp += 1
                report.errors.append(
                    f"{item['id']}: '{gold['trigger']}' gold {gold['type']}, predicted {event.type}"
                )
                continue
            typed.tp += 1
            per_type[gold["type"]].tp += 1
            status_acc.add(event.status == gold["status"])
            status_confusion[f"{gold['status']} -> {event.status}"] += 1
            leaked += int(gold["status"] != "asserted" and event.status == "asserted")
            source_acc.add(
                actor_matches(gold.get("source"), event.source)
                or (gold.get("symmetric", False) and _direction_ok(gold, event))
            )
            target_acc.add(
                actor_matches(gold.get("target"), event.target)
                or (gold.get("symmetric", False) and _direction_ok(gold, event))
            )
            if _direction_ok(gold, event) and event.status == gold["status"]:
                full.tp += 1
            else:
                full.fn += 1
                full.fp += 1
                report.errors.append(
                    f"{item['id']}: {gold['type']} '{gold['trigger']}': status {event.status} (gold {gold['status']}), "
                    f"source {event.source.name if event.source else None} (gold {gold.get('source')}), "
                    f"target {event.target.name if event.target else None} (gold {gold.get('target')})"
                )
        for event, ok in zip(predicted, correct_predictions(item, predicted), strict=True):
            scored.append((event.confidence, ok))
        for i, event in enumerate(predicted):
            if i not in used:
                typed.fp += 1
                full.fp += 1
                detected.fp += 1
                per_type[event.type].fp += 1
                type_confusion[f"SPURIOUS -> {event.type}"] += 1
                report.errors.append(f"{item['id']}: spurious {event.type} '{event.trigger}'")
    report.metrics = {
        "event F1 (typed)": typed.as_dict(),
        "event F1 (full)": full.as_dict(),
        "trigger detection": detected.as_dict(),
        "status accuracy": status_acc.as_dict(),
        "source accuracy": source_acc.as_dict(),
        "target accuracy": target_acc.as_dict(),
        "nonasserted_as_asserted": leaked,
    }
    brier, reliability = _reliability(scored)
    report.metrics["confidence Brier score"] = brier
    report.tables["per type"] = {t: p.as_dict() for t, p in per_type.items()}
    report.tables["reliability (confidence bin)"] = reliability
    report.confusion = {"type confusion": type_confusion, "status confusion": status_confusion}
    return report


def main(argv: list[str] | None = None) -> int:
    from dyadline.coder import Coder
    from dyadline.eval import SPLITS, load_gold, select_split

    parser = argparse.ArgumentParser(prog="python -m dyadline.eval.events")
    parser.add_argument("gold")
    parser.add_argument("--split", choices=SPLITS, default="even")
    parser.add_argument("--fit-calibration", metavar="OUT", required=True)
    args = parser.parse_args(argv)
    items = select_split(load_gold(args.gold), args.split)
    cells = fit_calibration(items, Coder())
    header = (
        "# dyadline event confidence calibration: per cell (type/whether a source was found),\n"
        "# how many predicted events were correct (aligned with a gold event of the same type).\n"
        f"# Fitted by `python -m dyadline.eval.events {args.gold} --split {args.split}"
        f" --fit-calibration OUT` ({len(items)} items). The event coder turns each cell into\n"
        "# confidence = (correct + weight * frame prior) / (n + weight).\n"
    )
    data = {
        "version": 1,
        "weight": 4,
        "fitted_on": f"{args.gold} split {args.split}",
        "cells": cells,
    }
    with open(args.fit_calibration, "w", encoding="utf-8") as handle:
        handle.write(header)
        yaml.safe_dump(data, handle, sort_keys=False)
    print(f"wrote {len(cells)} cells to {args.fit_calibration}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
