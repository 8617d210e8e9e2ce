"""Synthetic short news documents made by recombining sentences of examples/corpus.

Deterministic for a seed: document ``i`` is always the same, so runs compare like with
like. Sentences are drawn from every article of the bundled corpus (our own texts), 4 to
8 per document, with a date in 2015-2025.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
_SENTENCE = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")


def corpus_sentences() -> list[str]:
    from dyadline.ingest import read_documents

    sentences: list[str] = []
    for item in read_documents([str(CORPUS)]):
        text = getattr(item, "text", None)
        if text:
            for paragraph in text.split("\n"):
                sentences.extend(s.strip() for s in _SENTENCE.split(paragraph) if len(s) > 30)
    return sentences


def synthetic_documents(count: int, seed: int = 7) -> Iterator[dict[str, str]]:
    sentences = corpus_sentences()
    for index in range(count):
        rng = random.Random(seed * 1_000_003 + index)
        picked = rng.sample(sentences, rng.randint(4, 8))
        yield {
            "id": f"synth-{index:07d}",
            "date": f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "text": " ".join(picked[:3]) + "\n\n" + " ".join(picked[3:]),
        }


def write_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    """Write ``count`` documents to ``path`` (streamed; reused when already complete)."""
    marker = path.with_suffix(".count")
    if path.exists() and marker.exists() and marker.read_text() == f"{count} {seed}":
        return path
    with open(path, "w", encoding="utf-8") as handle:
        for doc in synthetic_documents(count, seed):
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    marker.write_text(f"{count} {seed}")
    return path
