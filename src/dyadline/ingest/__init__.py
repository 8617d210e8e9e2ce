"""Input readers (SPEC §1): every format yields ``InputDocument`` or ``ReadFailure`` items.

A reader never raises for one bad item: it yields a ``ReadFailure`` naming the file, line
and problem, and goes on. Only an unreadable path or unknown format raises ``InputError``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyadline.errors import InputError
from dyadline.ingest.documents import ReadItem, normalize_date
from dyadline.ingest.html import read_html
from dyadline.ingest.jsonl import read_jsonl
from dyadline.ingest.tabular import read_tabular
from dyadline.ingest.text import read_text

__all__ = ["FORMATS", "ReadItem", "detect_format", "normalize_date", "read_documents", "read_path"]

FORMATS = {
    "jsonl": read_jsonl,
    "csv": read_tabular,
    "tsv": read_tabular,
    "txt": read_text,
    "html": read_html,
}

_SUFFIXES = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".csv": "csv", ".tsv": "tsv", ".txt": "txt", ".html": "html", ".htm": "html",
}  # fmt: skip


def detect_format(path: str) -> str | None:
    """The input format of a path by its extension, or None when it has no known one."""
    if path == "-":
        return "jsonl"
    name = path.lower()
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return _SUFFIXES[suffix]
    return None


def read_path(path: str, input_format: str | None = None) -> Iterator[ReadItem]:
    """Read one file (or ``-`` for stdin) or every supported file below a directory."""
    if path != "-" and os.path.isdir(path):
        yield from _read_directory(Path(path))
        return
    if path != "-" and not os.path.exists(path):
        raise InputError(f"input path '{path}' does not exist; check the spelling or the folder.")
    fmt = input_format or detect_format(path)
    if fmt not in FORMATS:
        raise InputError(
            f"cannot tell the format of '{path}': use one of the extensions "
            f"{', '.join(sorted(_SUFFIXES))} or pass --input-format "
            f"({'|'.join(sorted(FORMATS))})."
        )
    yield from FORMATS[fmt](path)


def _read_directory(root: Path) -> Iterator[ReadItem]:
    # Sorted walk so that output order is the same on every machine.
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            if not name.startswith(".") and detect_format(full):
                yield from read_path(full)


def read_documents(paths: Iterable[str], input_format: str | None = None) -> Iterator[ReadItem]:
    """Read every input path in order; see :func:`read_path`."""
    for path in paths:
        yield from read_path(path, input_format)
