"""Coverage-guided fuzzing of the input readers with atheris (not part of the test run).

    pip install atheris
    PYTHONPATH=src python fuzz/fuzz_readers.py -max_total_time=300

Each input's first byte picks the reader (JSONL, CSV, TSV, TXT, HTML) and the rest is the
file. A reader may yield documents and ``ReadFailure`` items; anything it raises is a bug.
The bounded version of this runs in CI: ``tests/ingest/test_fuzz_readers.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from dyadline.ingest import FORMATS
    from dyadline.records import InputDocument, ReadFailure

SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "tsv": ".tsv", "txt": ".txt", "html": ".html"}
NAMES = sorted(FORMATS)
WORKDIR = tempfile.mkdtemp(prefix="dyadline-fuzz-")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    fmt = NAMES[data[0] % len(NAMES)]
    path = os.path.join(WORKDIR, "input" + SUFFIXES[fmt])
    with open(path, "wb") as handle:
        handle.write(data[1:])
    for item in FORMATS[fmt](path):
        if not isinstance(item, (InputDocument, ReadFailure)):
            raise TypeError(f"reader {fmt} yielded {type(item).__name__}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
