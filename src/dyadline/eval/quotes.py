"""Quote evaluation on dyadline's own gold: content overlap P/R/F1 and speaker accuracy.

A predicted quote matches a gold quote when their contents overlap by at least half of
the longer one. Over matched pairs:

- ``speaker accuracy``: the resolved speaker (actor) matches the gold speaker fields
  (speaker *resolution*, which depends on the actor stage);
- ``speaker text``: the predicted speaker phrase ends in a word of the gold speaker text
  ("Peskov" in "Kremlin spokesman Dmitry Peskov"; speaker *attribution*, independent of
  the actor knowledge base);
- ``cue``: the first word of the predicted cue equals the gold cue's first word;
- ``continues``: for gold continuations, the predicted quote continues the quote matched
  to the gold part before it.
"""

from __future__ import annotations

import re
from typing import Any

from dyadline.eval.matching import actor_matches, fold, spans_overlap
from dyadline.eval.report import PRF, Accuracy, Report
from dyadline.records import Document, Quote

MIN_OVERLAP = 0.5


def _overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    longest = max(a[1] - a[0], b[1] - b[0])
    return spans_overlap(a, b) / longest if longest else 0.0


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", fold(text))


def speaker_text_matches(gold: str | None, predicted: str | None) -> bool:
    """The predicted speaker phrase's last word is a word of the gold speaker text."""
    want, have = _words(gold), _words(predicted)
    if not want:
        return not have
    return bool(have) and have[-1] in want


def cue_matches(gold: str | None, predicted: str | None) -> bool:
    want, have = _words(gold), _words(predicted)
    return want[:1] == have[:1]


class _Scores:
    def __init__(self) -> None:
        self.content = PRF()
        self.speaker = Accuracy()
        self.speaker_text = Accuracy()
        self.cue = Accuracy()
        self.continues = Accuracy()
        self.by_kind: dict[str, Accuracy] = {}


def _score_item(item: dict[str, Any], record: Document, scores: _Scores, errors: list[str]) -> None:
    used: set[int] = set()
    matched: dict[int, int] = {}  # gold index -> predicted index
    for g, gold in enumerate(item["quotes"]):
        span = (gold["start"], gold["end"])
        ratios = [
            (_overlap_ratio(span, q.span), i) for i, q in enumerate(record.quotes) if i not in used
        ]
        best = max(ratios, default=(0.0, -1))
        kind = scores.by_kind.setdefault(gold["kind"], Accuracy())
        if best[0] < MIN_OVERLAP:
            scores.content.fn += 1
            kind.add(False)
            errors.append(f"{item['id']}: missed {gold['kind']} quote '{gold['content'][:60]}'")
            continue
        used.add(best[1])
        matched[g] = best[1]
        scores.content.tp += 1
        kind.add(True)
        _score_pair(item, gold, record.quotes[best[1]], scores, errors)
        if gold.get("continues") is not None:
            want = matched.get(gold["continues"])
            scores.continues.add(want is not None and record.quotes[best[1]].continues == want)
    scores.content.fp += len(record.quotes) - len(used)


def _score_pair(
    item: dict[str, Any], gold: dict[str, Any], quote: Quote, scores: _Scores, errors: list[str]
) -> None:
    ok = actor_matches(gold.get("speaker"), quote.speaker)
    scores.speaker.add(ok)
    text_ok = speaker_text_matches(gold.get("speaker_text"), quote.speaker_text)
    scores.speaker_text.add(text_ok)
    scores.cue.add(cue_matches(gold.get("cue"), quote.cue))
    if not text_ok:
        errors.append(
            f"{item['id']}: speaker text of '{gold['content'][:40]}' expected "
            f"{gold.get('speaker_text')!r}, got {quote.speaker_text!r}"
        )
    elif not ok:
        errors.append(
            f"{item['id']}: speaker of '{gold['content'][:40]}' expected {gold.get('speaker')}, "
            f"got {quote.speaker.name if quote.speaker else None}"
        )


def evaluate(items: list[dict[str, Any]], coder: Any) -> Report:
    report = Report(task="quotes", items=len(items))
    scores = _Scores()
    for item in items:
        record: Document = coder.code(item["text"], date=item.get("date"), id=item["id"])
        _score_item(item, record, scores, report.errors)
    report.metrics = {
        "content overlap F1": scores.content.as_dict(),
        "speaker accuracy": scores.speaker.as_dict(),
        "speaker text accuracy": scores.speaker_text.as_dict(),
        "cue accuracy": scores.cue.as_dict(),
        "continues accuracy": scores.continues.as_dict(),
    }
    report.tables["recall per kind"] = {k: v.as_dict() for k, v in sorted(scores.by_kind.items())}
    return report
