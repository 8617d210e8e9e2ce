"""Input readers: every SPEC §1 format, and bad items reported without stopping."""

from __future__ import annotations

import gzip
import json

import pytest

from dyadline.errors import InputError
from dyadline.ingest import detect_format, normalize_date, read_documents
from dyadline.records import InputDocument, ReadFailure


def _read(*paths: str) -> list[InputDocument | ReadFailure]:
    return list(read_documents(paths))


def test_ingest_jsonl_reads_objects_and_names_bad_lines(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": "a", "text": "One.", "date": "2024-01-02"}), '{"id": "b", "text": ', "[1, 2]",
             json.dumps({"id": "c", "text": ""}), json.dumps({"id": "d", "text": "Four.", "date": "2024-02-30"})]  # fmt: skip
    path.write_text("\n".join(lines) + "\n")
    items = _read(str(path))
    assert [type(i).__name__ for i in items] == [
        "InputDocument",
        "ReadFailure",
        "ReadFailure",
        "ReadFailure",
        "InputDocument",
    ]
    assert items[1].origin.endswith(":2") and "malformed JSON" in items[1].message
    assert "not an object" in items[2].message
    assert items[3].doc_id == "c" and "empty" in items[3].message
    assert items[4].date is None and "not a real calendar date" in items[4].warnings[0]


def test_ingest_jsonl_gzip(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    with gzip.open(path, "wt") as handle:
        handle.write(
            json.dumps({"id": "z", "text": "Zipped text.", "date": "2020-05-01T10:00:00Z"}) + "\n"
        )
    (item,) = _read(str(path))
    assert isinstance(item, InputDocument) and item.date == "2020-05-01"


def test_ingest_txt_date_header_is_not_text(tmp_path):
    path = tmp_path / "kyiv-talks.txt"
    path.write_text("  date 2024-05-14\nDiplomats met in Kyiv.\n")
    (item,) = _read(str(path))
    assert item.id == "kyiv-talks" and item.date == "2024-05-14"
    assert item.text == "Diplomats met in Kyiv.\n"


def test_ingest_txt_without_header_keeps_text_and_warns(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("date unknown here. Talks resumed.")
    (item,) = _read(str(path))
    assert item.date is None and item.text.startswith("date unknown")


def test_ingest_csv_and_tsv(tmp_path):
    csv_path = tmp_path / "briefs.csv"
    csv_path.write_text('id,date,text\nx1,2023-01-01,"Text, with comma"\n,2023-01-02,No id given\n')
    tsv_path = tmp_path / "rows.tsv"
    tsv_path.write_text("text\tdate\nTab text\t2022-12-31\n")
    items = _read(str(csv_path), str(tsv_path))
    assert [i.id for i in items] == ["x1", "briefs-2", "rows-1"]
    assert items[0].text == "Text, with comma"


def test_ingest_csv_without_text_column_fails_clearly(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,body\n1,hello\n")
    (item,) = _read(str(path))
    assert isinstance(item, ReadFailure) and "'text' column" in item.message


def test_ingest_html_removes_boilerplate(tmp_path):
    path = tmp_path / "page.html"
    body = " ".join(["The foreign minister met his counterpart to discuss the border."] * 4)
    path.write_text(
        "<html><head><title>Talks</title><meta property='article:published_time' content='2024-03-01T08:00:00Z'>"
        "<script>var tracking = 1;</script></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Talks</h1><p>{body}</p><p>{body}</p></article>"
        "<footer>Copyright Example Media. Cookie settings.</footer></body></html>"
    )
    (item,) = _read(str(path))
    assert isinstance(item, InputDocument)
    assert (
        "foreign minister" in item.text
        and "tracking" not in item.text
        and "Cookie" not in item.text
    )
    assert item.date == "2024-03-01"


def test_ingest_directory_reads_supported_files_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("date 2024-01-01\nB text.")
    (tmp_path / "a.txt").write_text("date 2024-01-01\nA text.")
    (tmp_path / "notes.md").write_text("ignored")
    assert [i.id for i in _read(str(tmp_path))] == ["a", "b"]


def test_ingest_missing_path_and_unknown_format_raise():
    with pytest.raises(InputError, match="does not exist"):
        _read("/nonexistent/file.jsonl")
    assert detect_format("x.docx") is None


@pytest.mark.parametrize(("value", "expected"), [("2024-03-06", "2024-03-06"), ("2024-03-06T12:00:00+02:00", "2024-03-06"),
                                                 ("06/03/2024", None), (None, None), ("2023-02-29", None)])  # fmt: skip
def test_ingest_normalize_date(value, expected):
    assert normalize_date(value)[0] == expected


def test_ingest_control_characters_and_surrogates_are_replaced_in_place(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({"id": "o", "text": "A\x00B\ud800C"}) + "\n")
    (item,) = _read(str(path))
    assert item.text == "A B\ufffdC"
