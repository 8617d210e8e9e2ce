"""Bad input, one test per class: each bad document is named and skipped, the rest coded.

SPEC §6: exit status 3 and one ``error: SOURCE:LINE id=ID: ...`` line per failure; an
unreadable path is a usage error (exit status 2) found before anything is coded.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os

import pytest
from click.testing import CliRunner

from dyadline.cli import cli
from dyadline.coder import Coder, CodingStats
from dyadline.ingest import read_documents
from dyadline.nlp import PipelineConfig
from dyadline.records import Document, InputDocument, ReadFailure
from dyadline.run import code_files

GOOD = "Protesters marched in Tbilisi on Sunday and police fired tear gas at them, officials said."
FRENCH = (
    "Les forces russes ont bombardé la ville de Kharkiv lundi, a indiqué l'armée ukrainienne. "
    "Deux civils ont été tués et plusieurs bâtiments ont été endommagés selon les autorités "
    "régionales, qui ont ajouté que la défense aérienne avait abattu la plupart des drones."
)


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def _code(coder: Coder, *paths: str) -> tuple[list[Document], CodingStats]:
    out = io.BytesIO()
    stats = code_files(paths, out, "jsonl", quiet=True, coder=coder)
    records = [Document.from_dict(json.loads(ln)) for ln in out.getvalue().splitlines()]
    return records, stats


def _failures(stats: CodingStats) -> dict[str, str]:
    return {f.origin: f.message for f in stats.failures}


def _read(path: str) -> list[InputDocument | ReadFailure]:
    return list(read_documents([path]))


def test_bad_input_malformed_json_line_is_named_and_the_rest_coded(tmp_path, coder):
    path = tmp_path / "news.jsonl"
    path.write_text(
        f'{_line(id="a", text=GOOD)}\n{{"id": "b", "text": "cut\n{_line(id="c", text=GOOD)}\n'
    )
    records, stats = _code(coder, str(path))
    assert [r.id for r in records] == ["a", "c"]
    message = _failures(stats)[f"{path}:2"]
    assert message.startswith("malformed JSON") and "[E201]" in message


@pytest.mark.parametrize(("line", "kind"), [("[1, 2]", "array"), ('"text"', "string"), ("42", "number"), ("null", "null"), ("true", "boolean")])  # fmt: skip
def test_bad_input_non_object_line_names_what_it_is(tmp_path, line, kind):
    path = tmp_path / "x.jsonl"
    path.write_text(line + "\n")
    (item,) = _read(str(path))
    assert isinstance(item, ReadFailure) and f"a JSON {kind}, not an object" in item.message


@pytest.mark.parametrize(
    ("fields", "expected"),
    [({"id": "m"}, "'text' is missing"), ({"id": "e", "text": "  \n"}, "'text' is empty"),
     ({"id": "n", "text": 5}, "'text' is a int"), ({"id": "c", "text": "\x00\x01"}, "'text' is empty"),
     ({"text": GOOD}, "missing 'id'"), ({"id": ["x"], "text": GOOD}, "'id' is a list")],
)  # fmt: skip
def test_bad_input_missing_or_empty_fields_fail_with_a_fix(tmp_path, fields, expected):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(fields) + "\n")
    (item,) = _read(str(path))
    assert isinstance(item, ReadFailure) and expected in item.message
    assert item.message.endswith("]") and "[E2" in item.message  # a code, after the advice


@pytest.mark.parametrize("date", [None, "", "yesterday", "2023-02-29", "2024-13-01", 20240101])
def test_bad_input_missing_or_impossible_date_is_coded_without_a_date(tmp_path, coder, date):
    path = tmp_path / "d.jsonl"
    path.write_text(_line(id="d", text=GOOD, date=date) + "\n")
    (record,), stats = _code(coder, str(path))
    assert stats.failed == 0 and record.date is None
    assert any("date" in w for w in record.warnings)
    assert all(e.date_source != "publication" for e in record.events)


def test_bad_input_non_utf8_jsonl_line_fails_alone(tmp_path):
    path = tmp_path / "latin1.jsonl"
    bad = _line(id="l1", text="Le ministre a parlé.").encode("latin-1")
    path.write_bytes(_line(id="ok", text=GOOD).encode() + b"\n" + bad + b"\n")
    ok, failure = _read(str(path))
    assert isinstance(ok, InputDocument) and isinstance(failure, ReadFailure)
    assert failure.origin.endswith(":2") and "re-save the file as UTF-8" in failure.message


def test_bad_input_non_utf8_csv_row_fails_alone(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_bytes(b"id,text\nr1," + GOOD.encode() + b"\nr2,Caf\xe9 talks resumed in Paris.\n")
    ok, failure = _read(str(path))
    assert isinstance(ok, InputDocument) and ok.id == "r1"
    assert isinstance(failure, ReadFailure) and failure.origin.endswith(":3")
    assert failure.doc_id == "r2" and "UTF-8" in failure.message


def test_bad_input_non_utf8_txt_file_fails_naming_the_line(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(b"date 2024-01-01\nFirst line.\nCaf\xe9 talks.\n")
    (failure,) = _read(str(path))
    assert isinstance(failure, ReadFailure) and failure.doc_id == "old"
    assert "line 3" in failure.message and "re-save the file as UTF-8" in failure.message


def test_bad_input_html_in_a_declared_charset_is_read_and_undeclared_fails(tmp_path):
    body = (
        "<p>"
        + " ".join(["The foreign minister of Côte d'Ivoire met his counterpart."] * 5)
        + "</p>"
    )
    declared = tmp_path / "declared.html"
    declared.write_bytes(f'<html><head><meta charset="iso-8859-1"></head><body><article>{body}</article></body></html>'.encode("latin-1"))  # fmt: skip
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes(f"<html><body><article>{body}</article></body></html>".encode("latin-1"))
    (read,) = _read(str(declared))
    assert isinstance(read, InputDocument) and "Côte d'Ivoire" in read.text
    (failure,) = _read(str(undeclared))
    assert isinstance(failure, ReadFailure) and "UTF-8" in failure.message


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".txt"])
def test_bad_input_utf8_byte_order_mark_is_dropped(tmp_path, suffix):
    content = {".jsonl": _line(id="b", text=GOOD) + "\n", ".csv": f"text,id\n{GOOD},b\n", ".txt": f"date 2024-01-01\n{GOOD}"}[suffix]  # fmt: skip
    path = tmp_path / f"b{suffix}"
    path.write_bytes(codecs.BOM_UTF8 + content.encode())
    (item,) = _read(str(path))
    assert isinstance(item, InputDocument) and item.text.startswith("Protesters")


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".txt", ".html"])
def test_bad_input_utf16_file_is_named_as_such(tmp_path, suffix):
    path = tmp_path / f"wide{suffix}"
    path.write_bytes(f"text\n{GOOD}\n".encode("utf-16"))
    items = _read(str(path))
    assert len(items) == 1 and isinstance(items[0], ReadFailure)
    assert "UTF-16" in items[0].message and "[E212]" in items[0].message


def test_bad_input_control_characters_and_surrogates_keep_offsets(tmp_path, coder):
    text = "Police\x00 arrested\x1b two\ud800 protesters in Minsk on Monday, officials said."
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({"id": "o", "text": text}) + "\n")
    (record,), stats = _code(coder, str(path))
    assert stats.failed == 0 and record.text is not None and len(record.text) == len(text)
    assert "\x00" not in record.text and "\ud800" not in record.text
    assert any("control characters" in w for w in record.warnings)
    assert any("surrogates" in w for w in record.warnings)
    for event in record.events:
        assert record.text[event.span[0] : event.span[1]] == event.text


def test_bad_input_long_document_is_coded_in_pieces_with_whole_text_offsets(coder):
    paragraph = (
        'Russian forces shelled Kharkiv on Monday. "We will rebuild," Ukrainian President '
        "Volodymyr Zelensky told reporters in Kyiv, and he urged allies to send air defence."
    )
    text = "\n\n".join([paragraph] * 40)  # about 6,600 characters
    small = Coder(PipelineConfig(max_chars=1000), nlp=coder.nlp)
    record = small.code(text, date="2024-05-14", id="long")
    assert record.text == text
    assert any("pieces" in w for w in record.warnings)
    assert len(record.events) >= 40 and len(record.quotes) >= 40  # every piece coded
    for event in record.events:
        assert text[event.span[0] : event.span[1]] == event.text
    for quote in record.quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.text
        assert quote.continues is None or 0 <= quote.continues < len(record.quotes)
    ids = [a.id for a in record.actors]
    assert len(ids) == len(set(ids))  # one actor per id, mentions gathered from every piece
    zelensky = next(a for a in record.actors if "Zelensky" in a.name)
    assert len(zelensky.mentions) >= 40
    assert all(text[s:e] for s, e in zelensky.mentions)


def test_bad_input_non_english_text_is_skipped_naming_the_language(tmp_path, coder):
    path = tmp_path / "mixed.jsonl"
    lines = [_line(id="en", text=GOOD), _line(id="fr", text=FRENCH),
             _line(id="fr-declared", text=GOOD, language="fr"), _line(id="trusted", text=FRENCH, language="en")]  # fmt: skip
    path.write_text("\n".join(lines) + "\n")
    records, stats = _code(coder, str(path))
    assert [r.id for r in records] == ["en", "trusted"]
    lines_out = [f.line() for f in stats.failures]
    assert lines_out[0] == (
        f"error: {path}:2 id=fr: text looks like French, not English; skipped (dyadline codes "
        'English text; if this is English, mark it with "language": "en") [E210]'
    )
    assert "id=fr-declared: declares language 'fr'" in lines_out[1]


def test_bad_input_html_scripts_never_reach_the_text(tmp_path):
    body = " ".join(
        ["The interior minister announced a curfew in the capital after the riots."] * 4
    )
    path = tmp_path / "scripted.html"
    path.write_text(
        "<html><head><script>var secretTracker = 'x';</script><style>.ad{}</style></head><body>"
        f"<article><p>{body}</p><script>document.write('injectedPayload')</script>"
        f"<p onclick=\"alert('handlerPayload')\">{body}</p><noscript>noscriptPayload</noscript></article></body></html>"
    )  # fmt: skip
    (item,) = _read(str(path))
    assert isinstance(item, InputDocument) and "curfew" in item.text
    for payload in ("secretTracker", "injectedPayload", "handlerPayload", "alert(", "<script"):
        assert payload not in item.text


def test_bad_input_broken_gzip_and_ragged_csv_are_named(tmp_path):
    gz = tmp_path / "cut.jsonl.gz"
    gz.write_bytes(gzip.compress((_line(id="g", text=GOOD) + "\n").encode() * 50)[:60])
    ragged = tmp_path / "ragged.csv"
    ragged.write_text(f'id,text,date\nr1,"{GOOD}",2024-01-01,extra,cells\nr2\nr3,"unterminated\n')
    gz_items = _read(str(gz))
    assert gz_items and isinstance(gz_items[-1], ReadFailure)
    r1, r2, r3 = _read(str(ragged))
    assert isinstance(r1, InputDocument) and r1.date == "2024-01-01"
    assert isinstance(r2, ReadFailure) and "'text' is missing" in r2.message
    assert isinstance(r3, InputDocument)  # csv reads an unterminated quote to the end of file


def test_bad_input_mixed_bag_inputs_equal_outputs_plus_errors(tmp_path, coder):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(
        "\n".join([_line(id="j1", text=GOOD), "{bad", "[]", _line(id="j4"), _line(id="j5", text=GOOD, date="2024-02-30"),
                   _line(id="j6", text=FRENCH), _line(id="j7", text=GOOD + "\x07")]).encode()
        + b"\n" + _line(id="j8", text="caf\xe9").encode("latin-1") + b"\n\n"
    )  # fmt: skip
    csv_path = tmp_path / "b.csv"
    csv_path.write_bytes(b"id,text\nc1," + GOOD.encode() + b"\nc2,\nc3,bad \xff byte\n")
    (tmp_path / "c.txt").write_text(f"date 2024-01-01\n{GOOD}")
    (tmp_path / "d.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "e.html").write_text("<html><body><script>var x;</script></body></html>")
    (tmp_path / "notes.md").write_text("not an input")
    expected_inputs = 8 + 3 + 2 + 1
    records, stats = _code(coder, str(tmp_path))
    assert len(records) + stats.failed == expected_inputs
    assert (len(records), stats.failed) == (5, 9)
    assert stats.coded == len(records) and len(stats.failures) == stats.failed
    assert sorted(r.id for r in records) == ["c", "c1", "j1", "j5", "j7"]


def _cli(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args))


def test_bad_input_cli_exit_3_with_one_error_line_per_failure(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text(f"{_line(id='ok', text=GOOD)}\nnot json\n{_line(id='fr', text=FRENCH)}\n")
    result = _cli("code", str(path), "-q")
    assert result.exit_code == 3
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert [e.split(" ")[1] for e in errors] == [f"{path}:2", f"{path}:3"]
    assert [json.loads(ln)["id"] for ln in result.stdout.splitlines()] == ["ok"]


def test_bad_input_cli_unreadable_path_is_a_usage_error_before_any_coding(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(_line(id="ok", text=GOOD) + "\n")
    for bad in (str(tmp_path / "missing.jsonl"), str(tmp_path / "article.docx")):
        if bad.endswith(".docx"):
            open(bad, "w").close()
        result = _cli("code", str(good), bad, "-q")
        assert result.exit_code == 2, result.output
        assert result.stdout == "" and "[E200]" in result.stderr
        assert ("does not exist" in result.stderr) or ("--input-format" in result.stderr)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_bad_input_cli_permission_denied_is_a_usage_error(tmp_path):
    path = tmp_path / "locked.jsonl"
    path.write_text(_line(id="x", text=GOOD) + "\n")
    path.chmod(0)
    result = _cli("code", str(path), "-q")
    assert result.exit_code == 2 and "cannot be read" in result.stderr
