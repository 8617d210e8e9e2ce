"""Writers for coded records: JSON Lines, a JSON array, and a readable table."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import IO

from dyadline.records import Document, to_json

FORMATS = ("jsonl", "json", "table")


class RecordWriter:
    """Writes records one at a time to a binary stream, so output is streamed too."""

    def __init__(self, stream: IO[bytes], fmt: str = "jsonl") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        self._write: Callable[[Document], None] = getattr(self, f"_write_{fmt}")

    def write(self, record: Document) -> None:
        self._write(record)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write(b"]\n" if self.count else b"[]\n")
        self.stream.flush()

    def _write_jsonl(self, record: Document) -> None:
        self.stream.write(to_json(record) + b"\n")

    def _write_json(self, record: Document) -> None:
        self.stream.write(b"[\n" if self.count == 0 else b",\n")
        self.stream.write(to_json(record))

    def _write_table(self, record: Document) -> None:
        self.stream.write(format_table(record).encode("utf-8"))


def _ref(ref: object) -> str:
    if ref is None:
        return "-"
    name = getattr(ref, "name", "?")
    sector = getattr(ref, "sector", None)
    return f"{name}[{sector}]" if sector else str(name)


def format_table(record: Document) -> str:
    """A plain-text view of one record: events, then quotes."""
    width = min(shutil.get_terminal_size((120, 20)).columns, 160)
    lines = [f"== {record.id}  date={record.date or '-'}  actors={len(record.actors)}  "
             f"events={len(record.events)}  quotes={len(record.quotes)}"]  # fmt: skip
    for e in record.events:
        row = (f"  {e.type:<9} {e.status:<12} {_ref(e.source):<28} -> {_ref(e.target):<28} "
               f"{e.date or '-':<11} {e.trigger!r}")  # fmt: skip
        lines.append(row[:width])
    for q in record.quotes:
        speaker = _ref(q.speaker) if q.speaker else (q.speaker_text or "?")
        lines.append(f'  QUOTE {q.kind:<8} {speaker:<28} "{q.text[: width - 50]}"')
    for w in record.warnings:
        lines.append(f"  warning: {w}")
    return "\n".join(lines) + "\n"


def format_rows(rows: list[dict[str, object]], columns: list[tuple[str, str, int]]) -> str:
    """A fixed-width text table: ``columns`` are (key, header, width); long cells are cut."""

    def cell(value: object, width: int) -> str:
        text = "-" if value is None or value == "" else str(value).replace("\n", " ")
        return (text if len(text) <= width else text[: width - 1] + "…").ljust(width)

    lines = ["  ".join(cell(h, w) for _, h, w in columns).rstrip()]
    lines.append("  ".join("-" * w for _, _, w in columns))
    for row in rows:
        lines.append("  ".join(cell(row.get(k), w) for k, _, w in columns).rstrip())
    return "\n".join(lines) + "\n"
