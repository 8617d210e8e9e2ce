"""CLI commands run in-process with click's runner: exit codes, stdout, stderr lines."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dyadline.cli import cli

ARTICLE = (
    "Russian forces shelled the city of Kharkiv on Monday, Ukraine's military said.\n\n"
    '"We will not be intimidated," President Volodymyr Zelensky told reporters in Kyiv.'
)


def _run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_cli_code_txt_gives_one_dated_record_with_file_name_as_id(tmp_path):
    path = tmp_path / "kharkiv-shelling.txt"
    path.write_text(f"date 2024-05-14\n{ARTICLE}\n")
    result = _run("code", str(path), "--format", "jsonl", "-q")
    assert result.exit_code == 0, result.output
    (line,) = [ln for ln in result.stdout.splitlines() if ln.strip()]
    record = json.loads(line)
    assert record["id"] == "kharkiv-shelling" and record["date"] == "2024-05-14"
    for key in ("actors", "events", "quotes", "warnings"):
        assert isinstance(record[key], list)
    assert record["events"] and record["quotes"] and record["actors"]
    text = f"{ARTICLE}\n"
    for event in record["events"]:
        assert text[event["span"][0] : event["span"][1]] == event["text"]


def test_cli_code_bad_line_is_named_and_others_are_coded(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok1", "text": "Protesters marched in Tbilisi.", "date": "2024-12-01"})
    path.write_text(f'{good}\n{{"id": "cut", "text": \n{good.replace("ok1", "ok2")}\n')
    result = _run("code", str(path), "-q")
    assert result.exit_code == 3
    assert [json.loads(ln)["id"] for ln in result.stdout.splitlines()] == ["ok1", "ok2"]
    assert f"error: {path}:2 id=?: malformed JSON" in result.stderr


def test_cli_code_stdin_and_output_file(tmp_path):
    out = tmp_path / "out.json"
    line = json.dumps(
        {"id": "s1", "text": "Armenia and Azerbaijan agreed to resume talks.", "date": "2023-05-02"}
    )
    result = _run("code", "-", "--format", "json", "-o", str(out), "-q", input=line + "\n")
    assert result.exit_code == 0
    records = json.loads(out.read_text())
    assert [r["id"] for r in records] == ["s1"]


def test_cli_code_missing_input_is_a_usage_error():
    result = CliRunner().invoke(cli, ["code", "/no/such/file.jsonl"])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_cli_code_table_format_is_readable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2024-05-14\n{ARTICLE}")
    result = _run("code", str(path), "--format", "table", "-q")
    assert result.exit_code == 0
    assert result.stdout.startswith("== a  date=2024-05-14")
    assert "ASSAULT" in result.stdout


def test_cli_help_teaches_with_examples():
    for command in ("code", "eval"):
        result = _run(command, "--help")
        assert result.exit_code == 0 and "Example" in result.output
