"""Turning a raw mapping from any reader into a validated ``InputDocument``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from dyadline.records import InputDocument, ReadFailure

ReadItem = InputDocument | ReadFailure

_DATE_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_OPTIONAL = ("title", "url", "source", "language")


def normalize_date(value: Any) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD or None, warning or None)`` for a publication date value.

    Accepts ``YYYY-MM-DD`` and full ISO 8601 timestamps; anything else yields a warning,
    because a document without a usable date is still coded (SPEC §1).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, "no publication date: relative dates in the text stay unresolved"
    match = _DATE_PREFIX.match(str(value))
    if not match:
        return None, f"date {value!r} is not YYYY-MM-DD or ISO 8601; coded without a date"
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None, f"date {value!r} is not a real calendar date; coded without a date"
    return day.isoformat(), None


def clean_text(text: str) -> str:
    """Replace control characters and lone surrogates, keeping every offset in place."""
    text = _CONTROL.sub(" ", text)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def build_document(raw: Mapping[str, Any], origin: str, default_id: str | None = None) -> ReadItem:
    """Validate one raw item; a ``ReadFailure`` says what is wrong with it."""
    doc_id = raw.get("id", default_id)
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        return ReadFailure(origin=origin, message="missing 'id': every document needs an id")
    doc_id = str(doc_id)
    text = raw.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return ReadFailure(origin=origin, doc_id=doc_id, message=f"'text' is {what}")
    if not text.strip():
        return ReadFailure(origin=origin, doc_id=doc_id, message="'text' is empty")
    date, warning = normalize_date(raw.get("date"))
    extra = {k: str(raw[k]) for k in _OPTIONAL if raw.get(k) not in (None, "")}
    return InputDocument(
        id=doc_id,
        text=clean_text(text),
        date=date,
        origin=origin,
        warnings=[warning] if warning else [],
        **extra,
    )
