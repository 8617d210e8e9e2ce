"""Input readers (SPEC §1): every format yields ``InputDocument`` or ``ReadFailure`` items.

A reader never raises for one bad item: it yields a ``ReadFailure`` naming the file, line
and problem, and goes on. Documents that are clearly not English become ``ReadFailure``
items too (``ingest.language``). Only a missing or unreadable path, or an unknown format,
raises ``InputError``, and :func:`read_documents` checks every path before reading any, so
a typo in the last path stops the run before anything is coded (SPEC §6: exit status 2).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyadline.errors import InputError
from dyadline.ingest.documents import ReadItem, normalize_date
from dyadline.ingest.html import read_html
from dyadline.ingest.jsonl import read_jsonl
from dyadline.ingest.language import screen_language
from dyadline.ingest.tabular import read_tabular
from dyadline.ingest.text import read_text
from dyadline.records import ReadFailure

__all__ = [
    "FORMATS",
    "ReadItem",
    "check_path",
    "detect_format",
    "normalize_date",
    "read_documents",
    "read_path",
]

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


def check_path(path: str, input_format: str | None = None) -> None:
    """Raise ``InputError`` unless ``path`` exists, can be read and has a known format."""
    if path == "-":
        return
    if not os.path.exists(path):
        raise InputError(f"input path '{path}' does not exist; check the spelling or the folder.")
    if not os.access(path, os.R_OK) or (os.path.isdir(path) and not os.access(path, os.X_OK)):
        raise InputError(f"input path '{path}' cannot be read: check its permissions.")
    if os.path.isdir(path):
        return
    if not os.path.isfile(path):
        raise InputError(f"input path '{path}' is not a regular file or folder.")
    if (input_format or detect_format(path)) not in FORMATS:
        raise InputError(
            f"cannot tell the format of '{path}': use one of the extensions "
            f"{', '.join(sorted(_SUFFIXES))} or pass --input-format "
            f"({'|'.join(sorted(FORMATS))})."
        )


def read_path(path: str, input_format: str | None = None) -> Iterator[ReadItem]:
    """Read one file (or ``-`` for stdin) or every supported file below a directory."""
    check_path(path, input_format)
    if path != "-" and os.path.isdir(path):
        yield from _read_directory(Path(path))
        return
    fmt = input_format or detect_format(path)
    for item in FORMATS[str(fmt)](path):
        yield screen_language(item)


def _read_directory(root: Path) -> Iterator[ReadItem]:
    # Sorted walk so that output order is the same on every machine.
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            if not name.startswith(".") and detect_format(full):
                yield from _read_listed_file(full)


def _read_listed_file(path: str) -> Iterator[ReadItem]:
    # A file found inside a folder that cannot be read is one failed document, not a
    # usage error: the user named the folder, and the rest of it is coded.
    try:
        yield from read_path(path)
    except InputError as exc:
        yield ReadFailure(origin=f"{path}:1", message=f"{exc}")


def read_documents(paths: Iterable[str], input_format: str | None = None) -> Iterator[ReadItem]:
    """Read every input path in order, after checking them all; see :func:`read_path`."""
    paths = list(paths)
    for path in paths:
        check_path(path, input_format)
    for path in paths:
        yield from read_path(path, input_format)
