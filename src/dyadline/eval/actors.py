"""Actor evaluation: each gold mention against the predicted actor whose mention overlaps it.

Accuracy overall and per mention kind (name, surname, pronoun, metonym, title,
description, demonym, institution, unnamed, appositive). A gold mention with no
overlapping predicted mention counts as wrong.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from dyadline.eval.matching import actor_matches, spans_overlap
from dyadline.eval.report import Accuracy, Report
from dyadline.records import Actor, Document


def _actor_at(record: Document, span: tuple[int, int]) -> Actor | None:
    best: tuple[int, Actor] | None = None
    for actor in record.actors:
        for mention in actor.mentions:
            overlap = spans_overlap(mention, span)
            if overlap and (best is None or overlap > best[0]):
                best = (overlap, actor)
    return best[1] if best else None


def evaluate(items: list[dict[str, Any]], coder: Any) -> Report:
    report = Report(task="actors", items=len(items))
    overall = Accuracy()
    by_kind: dict[str, Accuracy] = defaultdict(Accuracy)
    found = Accuracy()
    for item in items:
        record: Document = coder.code(item["text"], date=item.get("date"), id=item["id"])
        for gold in item["mentions"]:
            actor = _actor_at(record, (gold["start"], gold["end"]))
            ok = actor_matches(gold["expected"], actor)
            overall.add(ok)
            by_kind[gold["kind"]].add(ok)
            found.add(actor is not None)
            if not ok:
                got = (
                    None
                    if actor is None
                    else f"{actor.name}/{actor.country}/{actor.sector}/{actor.igo}"
                )
                report.errors.append(
                    f"{item['id']}: {gold['kind']} '{gold['text']}' expected {gold['expected']}, got {got}"
                )
    report.metrics = {"mention accuracy": overall.as_dict(), "mention found": found.as_dict()}
    report.tables["accuracy per kind"] = {k: v.as_dict() for k, v in sorted(by_kind.items())}
    return report
