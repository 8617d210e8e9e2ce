"""Turning a raw mapping from any reader into a validated ``InputDocument``."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from collections.abc import Callable, Mapping
from typing import Any

from dyadline.errors import read_problem
from dyadline.records import InputDocument, ReadFailure

ReadItem = InputDocument | ReadFailure

_DATE_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# C0 and C1 control characters except tab, newline and carriage return: they confuse the
# tokenizer and the terminal, and C1 ones usually come from text decoded with the wrong codec.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_OPTIONAL = ("title", "url", "source", "language")
_UTF16_BOMS = {codecs.BOM_UTF16_LE: "UTF-16 (little-endian)", codecs.BOM_UTF16_BE: "UTF-16 (big-endian)"}  # fmt: skip


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
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))


def cleaning_warnings(text: str) -> list[str]:
    """What :func:`clean_text` will change in ``text``, for the record's ``warnings``."""
    found = []
    if _CONTROL.search(text):
        found.append("control characters in the text were replaced by spaces")
    if _SURROGATE.search(text):
        found.append("lone surrogates in the text were replaced by U+FFFD")
    return found


def decode_utf8(data: bytes) -> tuple[str | None, str | None]:
    """``(text, None)`` for UTF-8 bytes (a byte-order mark is dropped), else ``(None, problem)``.

    A UTF-16 file is named as such, since "re-save as UTF-8" is then the whole fix.
    """
    for bom, name in _UTF16_BOMS.items():
        if data.startswith(bom):
            return None, read_problem("E212", detail=name)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, read_problem("E203", detail=utf8_error_position(data, exc))


def utf8_error_position(data: bytes, exc: UnicodeDecodeError) -> str:
    """Where a decoding error is, as a person looks for it: line and byte."""
    line = data.count(b"\n", 0, exc.start) + 1
    return f"{exc.reason} at byte {exc.start}, line {line}"


def _document_id(raw: Mapping[str, Any], default_id: str | None) -> tuple[str, str | None]:
    """``(id, None)``, or ``("", problem)`` when the item has no usable id."""
    doc_id = raw.get("id", default_id)
    if isinstance(doc_id, (bool, dict, list)):
        return "", read_problem("E214", detail=type(doc_id).__name__)
    if doc_id is None or not str(doc_id).strip():
        return "", read_problem("E204")
    # An id is printed on one stderr line (SPEC §6), so line breaks in it become spaces.
    return clean_text(str(doc_id)).replace("\n", " ").replace("\r", " "), None


def build_document(raw: Mapping[str, Any], origin: str, default_id: str | None = None) -> ReadItem:
    """Validate one raw item; a ``ReadFailure`` says what is wrong with it and what to do."""
    doc_id, problem = _document_id(raw, default_id)
    if problem:
        return ReadFailure(origin=origin, message=problem)
    text = raw.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return ReadFailure(origin=origin, doc_id=doc_id, message=read_problem("E205", detail=what))
    cleaned = clean_text(text)
    if not cleaned.strip():
        return ReadFailure(origin=origin, doc_id=doc_id, message=read_problem("E206"))
    date, warning = normalize_date(raw.get("date"))
    extra = {k: clean_text(str(raw[k])) for k in _OPTIONAL if raw.get(k) not in (None, "")}
    return InputDocument(
        id=doc_id,
        text=cleaned,
        date=date,
        origin=origin,
        warnings=([warning] if warning else []) + cleaning_warnings(text),
        **extra,
    )


def read_one_document_file(
    path: str, decode: Callable[[bytes], tuple[str | None, str | None]]
) -> tuple[str, str, str] | ReadFailure:
    """A one-document file (.txt, .html) as ``(doc_id, origin, text)``, its id the file
    name without extension; or the failure that names why it cannot be read or decoded.
    ``decode`` gives ``(text, None)`` or ``(None, problem)``."""
    doc_id = os.path.splitext(os.path.basename(path))[0]
    origin = f"{path}:1"
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return ReadFailure(origin=origin, doc_id=doc_id, message=read_problem("E207", detail=exc))
    text, problem = decode(data)
    if text is None:
        return ReadFailure(origin=origin, doc_id=doc_id, message=problem or "")
    return doc_id, origin, text
