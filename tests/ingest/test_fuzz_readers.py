"""Bounded fuzzing of the input readers: any bytes in, only documents or failures out.

Every reader gets hypothesis-made bytes (raw, and line-shaped ones that look like its
format); it must never raise, and every document it yields must be usable by the coder.
A longer, coverage-guided run is in ``fuzz/fuzz_readers.py`` (atheris; not part of tests).
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadline.ingest import FORMATS
from dyadline.records import InputDocument, ReadFailure

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "tsv": ".tsv", "txt": ".txt", "html": ".html"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)  # fmt: skip
json_objects = st.fixed_dictionaries(
    {}, optional={"id": json_values, "text": json_values | st.text(), "date": json_values,
                  "title": json_values, "language": st.sampled_from(["en", "fr", "und", ""])},
)  # fmt: skip
jsonl_bytes = st.lists(
    st.one_of(json_objects.map(json.dumps), st.text().map(str.strip)), max_size=6
).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
cells = st.text(st.characters(codec=None, exclude_characters="\r"), max_size=20)
csv_bytes = st.lists(st.lists(cells, min_size=1, max_size=4).map(",".join), max_size=5).map(
    lambda rows: ("id,text,date\n" + "\n".join(rows)).encode("utf-8", "surrogatepass")
)
html_bytes = st.lists(
    st.sampled_from(["<html>", "<body>", "<article>", "<p>", "</p>", "<script>", "</script>",
                     "<meta charset='latin-1'>", "<meta charset='nonsense'>", "<!--", "-->", "&amp;", "&#0;"])
    | st.text(max_size=30),
    max_size=30,
).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass"))  # fmt: skip
shaped = {"jsonl": jsonl_bytes, "csv": csv_bytes, "tsv": csv_bytes, "txt": st.binary(max_size=200), "html": html_bytes}  # fmt: skip


def _read_all(tmp_path, fmt: str, data: bytes) -> list[InputDocument | ReadFailure]:  # type: ignore[no-untyped-def]
    path = tmp_path / f"fuzz{SUFFIX[fmt]}"
    path.write_bytes(data)
    return list(FORMATS[fmt](str(path)))


def _check(items: list[InputDocument | ReadFailure]) -> None:
    for item in items:
        assert isinstance(item, (InputDocument, ReadFailure))
        if isinstance(item, InputDocument):
            assert item.id and item.text.strip()
            assert not any("\ud800" <= ch <= "\udfff" for ch in item.text + item.id)
            assert "\x00" not in item.text and "\n" not in item.id
        else:
            assert item.message and "\n" not in item.line()  # one stderr line (SPEC §6)


@FUZZ
@given(fmt=st.sampled_from(sorted(FORMATS)), data=st.binary(max_size=300))
def test_fuzz_readers_never_raise_on_raw_bytes(tmp_path, fmt: str, data: bytes) -> None:
    _check(_read_all(tmp_path, fmt, data))


@FUZZ
@given(data=st.data())
def test_fuzz_readers_never_raise_on_format_shaped_bytes(tmp_path, data) -> None:  # type: ignore[no-untyped-def]
    fmt = data.draw(st.sampled_from(sorted(FORMATS)))
    _check(_read_all(tmp_path, fmt, data.draw(shaped[fmt])))


@FUZZ
@given(lines=st.lists(st.one_of(json_objects.map(json.dumps), st.text()), min_size=1, max_size=8))
def test_fuzz_jsonl_every_non_blank_line_is_one_item(tmp_path, lines: list[str]) -> None:
    lines = [ln for ln in (" ".join(x.splitlines()) for x in lines)]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    items = _read_all(tmp_path, "jsonl", data)
    _check(items)
    # Inputs = outputs + errors: one item per non-blank line, never more, never fewer.
    expected = sum(1 for ln in data.split(b"\n") if ln.strip())
    assert len(items) == expected
