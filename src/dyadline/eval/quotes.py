"""Quote evaluation on dyadline's own gold: content overlap P/R/F1 and speaker accuracy.

A predicted quote matches a gold quote when their contents overlap by at least half of
the longer one; speaker accuracy is over matched pairs (gold speaker fields must match).
"""

from __future__ import annotations

from typing import Any

from dyadline.eval.matching import actor_matches, spans_overlap
from dyadline.eval.report import PRF, Accuracy, Report
from dyadline.records import Document

MIN_OVERLAP = 0.5


def _overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    longest = max(a[1] - a[0], b[1] - b[0])
    return spans_overlap(a, b) / longest if longest else 0.0


def evaluate(items: list[dict[str, Any]], coder: Any) -> Report:
    report = Report(task="quotes", items=len(items))
    content, speaker = PRF(), Accuracy()
    by_kind: dict[str, Accuracy] = {}
    for item in items:
        record: Document = coder.code(item["text"], date=item.get("date"), id=item["id"])
        used: set[int] = set()
        for gold in item["quotes"]:
            span = (gold["start"], gold["end"])
            ratios = [
                (_overlap_ratio(span, q.span), i)
                for i, q in enumerate(record.quotes)
                if i not in used
            ]
            best = max(ratios, default=(0.0, -1))
            kind = by_kind.setdefault(gold["kind"], Accuracy())
            if best[0] < MIN_OVERLAP:
                content.fn += 1
                kind.add(False)
                report.errors.append(
                    f"{item['id']}: missed {gold['kind']} quote '{gold['content'][:60]}'"
                )
                continue
            used.add(best[1])
            content.tp += 1
            kind.add(True)
            quote = record.quotes[best[1]]
            ok = actor_matches(gold.get("speaker"), quote.speaker)
            speaker.add(ok)
            if not ok:
                report.errors.append(
                    f"{item['id']}: speaker of '{gold['content'][:40]}' expected {gold.get('speaker')}, got {quote.speaker.name if quote.speaker else None}"
                )
        content.fp += len(record.quotes) - len(used)
    report.metrics = {
        "content overlap F1": content.as_dict(),
        "speaker accuracy": speaker.as_dict(),
    }
    report.tables["recall per kind"] = {k: v.as_dict() for k, v in sorted(by_kind.items())}
    return report
