"""Time-expression evaluation on outside datasets (read from their folders, never copied).

- ``tbaq``: TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT, TimeML). Gold TIMEX3 of type DATE,
  each normalised against its document's creation time (DCT).
  (1) value accuracy given the gold extent: every gold TIMEX3 extent of the document
  (all types, in text order) is normalised by ``normalize_extents``, so a relative
  expression can be anchored on the expressions before it (our values for them, never
  the gold ones), as in the pipeline; the TimeML value of each DATE is compared with the
  gold value as a string; the tense comes from spaCy's parse of the document at the
  expression (as in the pipeline);
  (2) extraction + value: our finder over the whole text; a found expression matches a gold
  DATE that it overlaps (relaxed, as TempEval-3); found expressions overlapping a gold
  TIMEX3 of another type (DURATION/TIME/SET) are left out of precision, since the finder
  is not meant to find those. Value F1 counts a match as a true positive only with the
  right value. TimeBank and AQUAINT are reported apart (TimeBank was used for
  development, AQUAINT held out).
- ``ctparse``: the English part of Comtravo's ctparse corpus (travel requests, future
  resolution). Items whose gold has a calendar date; our SPEC value is compared with the
  gold date (or ``start/end`` for an interval). Times of day are not compared.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyadline.eval.report import PRF, Accuracy, Report
from dyadline.nlp.timex import find_time_expressions, normalize, normalize_extents

DEFAULT_TBAQ = "../shared/data/tempeval3-tbaq-cleaned"
DEFAULT_CTPARSE = "../shared/data/ctparse-timeparse-corpus"


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    part: str
    dct: dt.date
    text: str
    timexes: list[GoldTimex]


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")


def read_timeml(path: Path) -> TimeMLDoc:
    """The plain text inside ``<TEXT>`` with the offsets of its TIMEX3 tags."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
    if dct_match is None:
        raise ValueError(f"{path}: no DCT")
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    text_parts: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        text_parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag[2] != "TIMEX3":
            continue
        if not tag[1]:
            open_timex = (length, dict(re.findall(r'(\w+)="([^"]*)"', tag[3])))
        elif open_timex is not None:
            start, attrs = open_timex
            timexes.append(
                GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value", ""))
            )
            open_timex = None
    text_parts.append(html.unescape(body[position:]))
    text = "".join(text_parts)
    for t in timexes:
        t.text = text[t.start : t.end]
    return TimeMLDoc(
        path.stem, path.parent.name, dt.date.fromisoformat(dct_match[1]), text, timexes
    )


def _tense_function(nlp: Any, text: str) -> Callable[[int], str | None]:
    from dyadline.nlp.dates import tense_of

    doc = nlp(text)

    def tense_at(char: int) -> str | None:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        return tense_of(span[0]) if span is not None and len(span) else None

    return tense_at


def _parser() -> Any:
    import spacy

    from dyadline.nlp import MODEL

    return spacy.load(MODEL, exclude=["ner", "lemmatizer"])


def evaluate_tbaq(root: str | Path) -> Report:
    root = Path(root)
    nlp = _parser()
    report = Report(task="timex-tbaq", source=str(root))
    scores: dict[str, dict[str, Any]] = {}
    for part_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        for path in sorted(part_dir.glob("*.tml")):
            doc = read_timeml(path)
            report.items += 1
            part = scores.setdefault(
                doc.part, {"value": Accuracy(), "extent": PRF(), "value_f1": PRF()}
            )
            _score_document(doc, _tense_function(nlp, doc.text), part, report.errors)
    total = {"value": Accuracy(), "extent": PRF(), "value_f1": PRF()}
    for name, part in scores.items():
        for key in total:
            for attr in vars(part[key]):
                setattr(total[key], attr, getattr(total[key], attr) + getattr(part[key], attr))
        report.tables[f"{name} (DATE)"] = _rows(part)
    report.metrics = {k: v for k, v in _rows(total).items()}
    return report


def _rows(scores: dict[str, Any]) -> dict[str, Any]:
    return {
        "value accuracy (gold extent)": scores["value"].as_dict(),
        "extraction F1 (relaxed)": scores["extent"].as_dict(),
        "extraction+value F1": scores["value_f1"].as_dict(),
    }


def _score_document(
    doc: TimeMLDoc, tense_at: Callable[[int], str | None], scores: dict[str, Any], errors: list[str]
) -> None:
    dates = [t for t in doc.timexes if t.type == "DATE"]
    extents = [(t.start, t.end) for t in doc.timexes]
    normalised = normalize_extents(doc.text, extents, doc.dct, tense_at)
    for gold, match in zip(doc.timexes, normalised, strict=True):
        if gold.type != "DATE":
            continue
        value = match.timeml if match else None
        scores["value"].add(value == gold.value)
        if value != gold.value:
            errors.append(
                f"{doc.part}/{doc.name} dct={doc.dct} {gold.text!r}: gold {gold.value} got {value}"
            )
    found = list(find_time_expressions(doc.text, doc.dct, tense_at))
    others = [t for t in doc.timexes if t.type != "DATE"]
    matched: set[int] = set()
    for match in found:
        hit = next((i for i, g in enumerate(dates) if match.start < g.end and g.start < match.end
                    and i not in matched), None)  # fmt: skip
        if hit is None:
            if not any(match.start < g.end and g.start < match.end for g in others):
                scores["extent"].fp += 1
                scores["value_f1"].fp += 1
            continue
        matched.add(hit)
        scores["extent"].tp += 1
        if match.timeml == dates[hit].value:
            scores["value_f1"].tp += 1
        else:
            scores["value_f1"].fp += 1
            scores["value_f1"].fn += 1
    missed = len(dates) - len(matched)
    scores["extent"].fn += missed
    scores["value_f1"].fn += missed


# ---------------------------------------------------------------------------- ctparse

_GOLD_DAY = re.compile(r"(\d{4}-\d\d-\d\d)")


def _ctparse_gold(parse: str) -> str | None:
    """The gold date (``YYYY-MM-DD`` or ``start/end``) of a ctparse annotation, if it has one."""
    if parse.startswith("Time"):
        found = _GOLD_DAY.search(parse)
        return found[1] if found else None
    if parse.startswith("Interval"):
        inner = parse[parse.index("{") + 1 : parse.rindex("}")]
        start, _, end = inner.partition(" - ")
        first, last = _GOLD_DAY.search(start), _GOLD_DAY.search(end)
        if first is None:
            return None
        if last is None or last[1] == first[1]:
            return first[1]
        return f"{first[1]}/{last[1]}"
    return None


def evaluate_ctparse(root: str | Path) -> Report:
    path = Path(root)
    if path.is_dir():
        path = path / "timeparse_corpus.json"
    items = [x for x in json.loads(path.read_text(encoding="utf-8")) if x.get("language") == "en"]
    report = Report(task="timex-ctparse", source=str(path), items=len(items))
    accuracy = Accuracy()
    skipped = 0
    for item in items:
        gold = _ctparse_gold(item["gold_parse"])
        if gold is None:
            skipped += 1
            continue
        ref = dt.date.fromisoformat(item["ref_time"][:10])
        value = normalize(item["text"], ref, "future")  # travel requests refer to the future
        accuracy.add(value == gold)
        if value != gold:
            report.errors.append(f"{item['text']!r} ref={ref}: gold {gold} got {value}")
    report.metrics = {"date accuracy (English, dated gold)": accuracy.as_dict(),
                      "skipped (duration or time-only gold)": skipped}  # fmt: skip
    return report


def iter_datasets() -> Iterator[str]:
    yield from ("tbaq", "ctparse")


def evaluate_dataset(name: str, path: str | None) -> Report | None:
    """Score one dataset; ``None`` when its folder is absent (callers skip cleanly)."""
    default = DEFAULT_TBAQ if name == "tbaq" else DEFAULT_CTPARSE
    location = Path(path or default)
    if not location.exists():
        return None
    return evaluate_tbaq(location) if name == "tbaq" else evaluate_ctparse(location)
