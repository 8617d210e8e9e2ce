"""Quote evaluation on PolNeAR (Newell, Margolin & Ruths, LREC 2018), brat standoff.

PolNeAR annotates attribution relations in US political news: a ``Content`` span (possibly
discontinuous), its ``Cue`` and, usually, its ``Source``. The data is not shipped with
dyadline (no licence); this module reads it from its own folder and skips cleanly when the
folder is absent. ``dyadline eval --dataset polnear [PATH]`` runs it.

What is measured (tokens are ``\\w+`` runs of the text, so quotation marks and punctuation
never count):

- ``content tokens``: token-level precision/recall/F1 of all predicted quote contents
  against all gold contents of a document (the overlap metric of Citron's evaluation);
- ``content match@T``: one-to-one matching of predicted attributions to gold ones, a pair
  matching when the shared tokens are at least T of the longer of the two (T = any token,
  0.3 as in the GenderGapTracker evaluation, 0.5); a predicted quote chained by
  ``continues`` counts as one attribution with its earlier parts, as PolNeAR joins the
  parts of a split quote into one discontinuous content;
- over the pairs matched at 0.3 whose gold attribution has a Source: ``speaker overlap``
  (the predicted speaker span shares a token with the gold Source), ``speaker head`` (the
  last token of the predicted speaker span lies in the gold Source), ``speaker exact``
  (same tokens); and ``speaker found`` (the quote has a speaker span at all).

Articles annotated by several annotators use the first annotation file (by name). With
``split="even"``/``"odd"`` only the even/odd articles in name order are scored, so that rules
can be developed on one half and checked on the other.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dyadline.eval.report import PRF, Accuracy, Report
from dyadline.records import Document

DEFAULT_PATH = os.environ.get("DYADLINE_POLNEAR", "/work/shared/data/polnear")
THRESHOLDS = (("any", 0.0), ("0.3", 0.3), ("0.5", 0.5))
SPEAKER_THRESHOLD = 0.3
_WORD = re.compile(r"\w+")

CharRanges = list[tuple[int, int]]


@dataclass
class GoldAttribution:
    content: CharRanges
    source: CharRanges = field(default_factory=list)
    cue: CharRanges = field(default_factory=list)


@dataclass
class Article:
    id: str
    text: str
    date: str | None
    attributions: list[GoldAttribution]


def split_folder(path: str, split: str = "dev") -> str | None:
    """The folder holding ``text/`` and ``attributions/``: PATH, PATH/SPLIT or PATH/data/SPLIT."""
    for candidate in (path, os.path.join(path, split), os.path.join(path, "data", split)):
        if os.path.isdir(os.path.join(candidate, "text")) and os.path.isdir(
            os.path.join(candidate, "attributions")
        ):
            return candidate
    return None


def _ranges(offsets: str) -> CharRanges:
    out = []
    for part in offsets.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return out


def parse_ann(lines: Iterable[str]) -> list[GoldAttribution]:
    """Attribution relations of one brat ``.ann`` file (``E`` lines tying ``T`` spans)."""
    spans: dict[str, tuple[str, CharRanges]] = {}
    relations: list[list[tuple[str, str]]] = []
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 2:
            continue
        if fields[0].startswith("T"):
            label, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = (label, _ranges(offsets))
        elif fields[0].startswith("E"):
            relations.append(
                [tuple(arg.split(":", 1)) for arg in fields[1].split() if ":" in arg]  # type: ignore[misc]
            )
    out = []
    for args in relations:
        roles: dict[str, CharRanges] = {}
        for role, ref in args:
            if ref in spans:
                roles.setdefault(role.rstrip("0123456789"), []).extend(spans[ref][1])
        if roles.get("Content"):
            out.append(
                GoldAttribution(
                    content=sorted(roles["Content"]),
                    source=sorted(roles.get("Source", [])),
                    cue=sorted(roles.get("Cue", [])),
                )
            )
    return out


def _dates(root: str) -> dict[str, str]:
    for path in (os.path.join(root, "metadata.tsv"), os.path.join(root, "..", "metadata.tsv")):
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                header = handle.readline().rstrip("\n").split("\t")
                if "filename" not in header or "publication_date" not in header:
                    return {}
                name, date = header.index("filename"), header.index("publication_date")
                rows = (line.rstrip("\n").split("\t") for line in handle)
                return {r[name]: r[date] for r in rows if len(r) > max(name, date)}
    return {}


def load_articles(path: str, split: str = "dev", half: str | None = None) -> list[Article]:
    folder = split_folder(path, split)
    if folder is None:
        return []
    dates = _dates(folder)
    annotations: dict[str, str] = {}
    for name in sorted(os.listdir(os.path.join(folder, "attributions"))):
        if name.endswith(".ann"):
            annotations.setdefault(name[: -len(".ann")].rsplit("_", 1)[0], name)
    articles = []
    for index, (stem, ann) in enumerate(sorted(annotations.items())):
        if half is not None and index % 2 != (0 if half == "a" else 1):
            continue
        text_path = os.path.join(folder, "text", stem + ".txt")
        if not os.path.exists(text_path):
            continue
        with open(text_path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        with open(os.path.join(folder, "attributions", ann), encoding="utf-8") as handle:
            gold = parse_ann(handle)
        articles.append(Article(stem, text, dates.get(stem), gold))
    return articles


# -- scoring ------------------------------------------------------------------------------
def _tokens(words: list[tuple[int, int]], ranges: CharRanges) -> set[int]:
    """Indexes of the words that lie (at least half) inside any of ``ranges``."""
    out = set()
    for i, (start, end) in enumerate(words):
        middle = (start + end) / 2
        if any(s <= middle < e for s, e in ranges):
            out.add(i)
    return out


@dataclass
class PredictedAttribution:
    content: set[int]
    speaker: set[int]
    speaker_head: int | None


def _predicted(record: Document, words: list[tuple[int, int]]) -> list[PredictedAttribution]:
    """Predicted quotes, each ``continues`` chain joined into one attribution."""
    chains: list[PredictedAttribution] = []
    chain_of: dict[int, int] = {}
    for index, quote in enumerate(record.quotes):
        content = _tokens(words, [quote.span])
        speaker = _tokens(words, [quote.speaker_span]) if quote.speaker_span else set()
        previous = quote.continues
        if previous is not None and previous in chain_of:
            chain = chains[chain_of[previous]]
            chain.content |= content
            chain_of[index] = chain_of[previous]
            continue
        chain_of[index] = len(chains)
        chains.append(PredictedAttribution(content, speaker, max(speaker) if speaker else None))
    return [c for c in chains if c.content]


def _ratio(a: set[int], b: set[int]) -> float:
    longest = max(len(a), len(b))
    return len(a & b) / longest if longest else 0.0


def _match(
    gold: list[set[int]], predicted: list[PredictedAttribution], threshold: float
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best overlap first."""
    pairs = sorted(
        (
            (_ratio(g, p.content), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if g & p.content
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for ratio, gi, pi in pairs:
        if ratio < threshold or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


@dataclass
class Scores:
    tokens: PRF = field(default_factory=PRF)
    matched: dict[str, PRF] = field(default_factory=lambda: {n: PRF() for n, _ in THRESHOLDS})
    speaker_found: Accuracy = field(default_factory=Accuracy)
    speaker_overlap: Accuracy = field(default_factory=Accuracy)
    speaker_head: Accuracy = field(default_factory=Accuracy)
    speaker_exact: Accuracy = field(default_factory=Accuracy)


def score_article(
    article: Article, record: Document, scores: Scores, errors: list[str] | None = None
) -> None:
    words = [(m.start(), m.end()) for m in _WORD.finditer(article.text)]
    gold = [_tokens(words, a.content) for a in article.attributions]
    predicted = _predicted(record, words)
    gold_all = set().union(*gold) if gold else set()
    predicted_all = set().union(*(p.content for p in predicted)) if predicted else set()
    scores.tokens.tp += len(gold_all & predicted_all)
    scores.tokens.fp += len(predicted_all - gold_all)
    scores.tokens.fn += len(gold_all - predicted_all)
    for name, threshold in THRESHOLDS:
        pairs = _match(gold, predicted, threshold)
        prf = scores.matched[name]
        prf.tp += len(pairs)
        prf.fp += len(predicted) - len(pairs)
        prf.fn += len(gold) - len(pairs)
        if threshold == SPEAKER_THRESHOLD:
            _score_speakers(article, words, pairs, predicted, scores, errors)
            if errors is not None:
                _content_errors(article, words, gold, predicted, pairs, errors)


def _score_speakers(
    article: Article,
    words: list[tuple[int, int]],
    pairs: list[tuple[int, int]],
    predicted: list[PredictedAttribution],
    scores: Scores,
    errors: list[str] | None,
) -> None:
    for gi, pi in pairs:
        source = _tokens(words, article.attributions[gi].source)
        if not source:
            continue
        guess = predicted[pi]
        scores.speaker_found.add(bool(guess.speaker))
        scores.speaker_overlap.add(bool(guess.speaker & source))
        scores.speaker_head.add(guess.speaker_head in source)
        scores.speaker_exact.add(guess.speaker == source)
        if errors is not None and not guess.speaker & source:
            errors.append(
                f"{article.id}: speaker {_text(article.text, words, guess.speaker)!r}, "
                f"gold {_text(article.text, words, source)!r} for "
                f"{_text(article.text, words, guess.content)[:50]!r}"
            )


def _content_errors(
    article: Article,
    words: list[tuple[int, int]],
    gold: list[set[int]],
    predicted: list[PredictedAttribution],
    pairs: list[tuple[int, int]],
    errors: list[str],
) -> None:
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            cue = " ".join(article.text[s:e] for s, e in article.attributions[gi].cue)
            errors.append(f"{article.id}: missed [{cue}] {_text(article.text, words, g)[:70]!r}")
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            errors.append(f"{article.id}: spurious {_text(article.text, words, p.content)[:70]!r}")


def _text(text: str, words: list[tuple[int, int]], indexes: set[int]) -> str:
    if not indexes:
        return ""
    return text[words[min(indexes)][0] : words[max(indexes)][1]]


def evaluate_dataset(
    name: str = "polnear", path: str | None = None, coder: Any = None, split: str = "all"
) -> Report | None:
    """Score the coder on PolNeAR dev; ``None`` when the folder is absent (callers skip).

    ``split`` "even"/"odd" scores only the even/odd articles in name order (halves a/b).
    """
    path = path or DEFAULT_PATH
    half = {"even": "a", "odd": "b"}.get(split)
    articles = load_articles(path, "dev", half)
    if not articles:
        return None
    report = Report(task="quotes (PolNeAR)", source=path)
    if coder is None:
        from dyadline.coder import Coder
        from dyadline.nlp import PipelineConfig

        # Quotes depend on the actor stage only; the later stages are left out for speed.
        coder = Coder(PipelineConfig(stages=("dyadline_actors", "dyadline_quotes")))
    scores = Scores()
    for article in articles:
        record: Document = coder.code(article.text, date=article.date, id=article.id)
        score_article(article, record, scores, report.errors)
    report.items = len(articles)
    report.source = f"{path} (dev{', ' + split + ' half' if half else ''})"
    report.metrics = {
        "content tokens": scores.tokens.as_dict(),
        **{f"content match@{n}": prf.as_dict() for n, prf in scores.matched.items()},
        "speaker found": scores.speaker_found.as_dict(),
        "speaker overlap": scores.speaker_overlap.as_dict(),
        "speaker head": scores.speaker_head.as_dict(),
        "speaker exact": scores.speaker_exact.as_dict(),
        "gold attributions": sum(len(a.attributions) for a in articles),
    }
    return report
