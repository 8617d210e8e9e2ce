"""JSON Lines reader: plain, gzip-compressed, or stdin (``-``)."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from typing import IO

import msgspec

from dyadline.ingest.documents import ReadItem, build_document
from dyadline.records import ReadFailure


def _open_lines(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def read_jsonl(path: str) -> Iterator[ReadItem]:
    """One document per non-blank line; a line that is not a JSON object is a failure."""
    source = "<stdin>" if path == "-" else path
    stream = _open_lines(path)
    try:
        yield from _parse_lines(stream, source)
    finally:
        if path != "-":
            stream.close()


def _parse_lines(stream: IO[bytes], source: str) -> Iterator[ReadItem]:
    lineno = 0
    try:
        for lineno, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            yield _parse_line(raw, f"{source}:{lineno}")
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield ReadFailure(origin=f"{source}:{lineno + 1}", message=f"cannot read further: {exc}")


def _parse_line(raw: bytes, origin: str) -> ReadItem:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ReadFailure(
            origin=origin, message=f"not valid UTF-8 ({exc.reason} at byte {exc.start})"
        )
    try:
        obj = msgspec.json.decode(text)
    except msgspec.DecodeError as exc:
        try:  # the stdlib parser accepts escaped lone surrogates, which msgspec rejects
            obj = json.loads(text)
        except ValueError:
            return ReadFailure(origin=origin, message=f"malformed JSON: {exc}")
    if not isinstance(obj, dict):
        return ReadFailure(origin=origin, message=f"a JSON {type(obj).__name__}, not an object")
    return build_document(obj, origin)
