"""Matching a gold actor description against a predicted actor (see eval/gold/README.md)."""

from __future__ import annotations

import unicodedata
from typing import Any


def fold(name: str | None) -> str:
    """Lower case without accents, so "António Guterres" equals "Antonio Guterres"; curly
    apostrophes count as straight ones ("O’Neill" equals "O'Neill")."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def actor_matches(gold: dict[str, Any] | None, predicted: Any) -> bool:
    """Every field the gold object gives must equal the prediction's; null matches null."""
    if gold is None:
        return predicted is None
    if predicted is None:
        return False
    for key, want in gold.items():
        have = (
            getattr(predicted, key, None) if not isinstance(predicted, dict) else predicted.get(key)
        )
        if key == "name":
            if fold(have) != fold(want):
                return False
        elif have != want:
            return False
    return True


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    out, start = [], text.find(needle)
    while start >= 0 and needle:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return out
