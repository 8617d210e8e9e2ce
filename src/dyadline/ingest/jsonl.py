"""JSON Lines reader: plain, gzip-compressed, or stdin (``-``)."""

from __future__ import annotations

import codecs
import gzip
import json
import sys
import zlib
from collections.abc import Iterator
from typing import IO

import msgspec

from dyadline.errors import read_problem
from dyadline.ingest.documents import ReadItem, build_document, decode_utf8
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
    try:
        stream = _open_lines(path)
    except OSError as exc:
        yield ReadFailure(origin=f"{source}:1", message=read_problem("E207", detail=exc))
        return
    try:
        yield from _parse_lines(stream, source)
    finally:
        if path != "-":
            stream.close()


def _parse_lines(stream: IO[bytes], source: str) -> Iterator[ReadItem]:
    lineno = 0
    try:
        for lineno, raw in enumerate(stream, 1):
            if lineno == 1 and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                # Every "line" of a UTF-16 file is garbage: one failure for the file.
                _, problem = decode_utf8(raw)
                yield ReadFailure(origin=f"{source}:1", message=problem or "")
                return
            if not raw.strip():
                continue
            yield _parse_line(raw, f"{source}:{lineno}")
    except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        yield ReadFailure(origin=f"{source}:{lineno + 1}", message=read_problem("E209", detail=exc))


def _parse_line(raw: bytes, origin: str) -> ReadItem:
    text, problem = decode_utf8(raw)
    if text is None:
        return ReadFailure(origin=origin, message=(problem or "").replace(", line 1", ""))
    try:
        obj = msgspec.json.decode(text)
    except msgspec.DecodeError as exc:
        try:  # the stdlib parser accepts escaped lone surrogates, which msgspec rejects
            obj = json.loads(text)
        except (ValueError, RecursionError):
            return ReadFailure(origin=origin, message=read_problem("E201", detail=exc))
    if not isinstance(obj, dict):
        kind = {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
            type(obj), "number"
        )
        return ReadFailure(origin=origin, message=read_problem("E202", kind=kind))
    return build_document(obj, origin)
