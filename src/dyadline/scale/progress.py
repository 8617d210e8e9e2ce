"""Progress on stderr for long commands: documents/s, and an ETA when the total is known.

The total is counted before coding only when that is cheap (plain files, not stdin or
gzip, under :data:`COUNT_LIMIT` bytes in all): a bar without a total still shows the
rate, and a wrong total would be worse than none.
"""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any

from dyadline.ingest import detect_format

COUNT_LIMIT = 2 * 1024**3


def input_files(paths: Iterable[str]) -> Iterator[str]:
    """Every supported file of ``paths`` in reading order (directories walked sorted)."""
    for path in paths:
        if os.path.isdir(path):
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    full = os.path.join(dirpath, name)
                    if not name.startswith(".") and detect_format(full):
                        yield full
        else:
            yield path


def estimate_total(paths: Iterable[str], input_format: str | None = None) -> int | None:
    """How many documents ``paths`` hold, or None when counting would be costly or unsure."""
    files = list(input_files(paths))
    if any(f == "-" or f.lower().endswith(".gz") or not os.path.isfile(f) for f in files):
        return None
    if sum(os.path.getsize(f) for f in files) > COUNT_LIMIT:
        return None
    total = 0
    for path in files:
        fmt = input_format or detect_format(path)
        if fmt == "jsonl":
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif fmt in ("csv", "tsv"):
            delimiter = "\t" if fmt == "tsv" else ","
            with open(path, encoding="utf-8", errors="replace", newline="") as handle:
                total += max(0, sum(1 for _ in csv.reader(handle, delimiter=delimiter)) - 1)
        else:
            total += 1
    return total


def bar_shown(quiet: bool) -> bool:
    """Whether a progress bar is drawn: not when quiet, nor when stderr is no terminal."""
    return not quiet and sys.stderr.isatty()


def with_progress(
    items: Iterable[Any], quiet: bool, label: str = "coding", total: int | None = None,
    unit: str = "doc",
) -> Iterator[Any]:  # fmt: skip
    """Wrap a stream in a progress bar on stderr (items/s, ETA with a total), unless quiet."""
    with Progress(quiet, total, label, unit) as bar:
        for item in items:
            yield item
            bar.update(1)


class Progress:
    """A tqdm bar on stderr, or nothing when quiet or stderr is not a terminal."""

    def __init__(self, quiet: bool, total: int | None = None, label: str = "coding",
                 unit: str = "doc") -> None:  # fmt: skip
        self._bar: Any = None
        if not bar_shown(quiet):
            return
        from tqdm import tqdm

        self._bar = tqdm(
            desc=label, total=total, unit=unit, file=sys.stderr, dynamic_ncols=True,
            smoothing=0.1,
        )  # fmt: skip

    def update(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
