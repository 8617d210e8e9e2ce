"""`dyadline code --workers N`: same output, same order and same failures as one process."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyadline.cli import cli

DOCS = [
    ("w1", "Protesters marched on parliament in Tbilisi on Sunday."),
    ("w2", "Armenia and Azerbaijan agreed to resume border talks."),
    ("w3", "Russian forces shelled Kharkiv overnight, Ukraine's military said."),
    ("w4", "The European Union imposed new sanctions on Iran."),
]


def _input(tmp_path):  # type: ignore[no-untyped-def]
    lines = [json.dumps({"id": i, "text": t, "date": "2024-05-14"}) for i, t in DOCS]
    lines.insert(2, '{"id": "broken", "text": ')
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def _code(path, *options: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["code", str(path), "-q", *options], catch_exceptions=False)


@pytest.mark.slow
def test_cli_workers_two_processes_give_the_same_lines_and_failures_as_one(tmp_path):
    path = _input(tmp_path)
    # --batch-size 1: more documents than one round of batches, so worker processes start.
    one = _code(path, "--workers", "1", "--batch-size", "1")
    two = _code(path, "--workers", "2", "--batch-size", "1")
    assert one.exit_code == two.exit_code == 3
    assert [json.loads(ln)["id"] for ln in two.stdout.splitlines()] == ["w1", "w2", "w3", "w4"]
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr and f"error: {path}:3 id=?" in two.stderr


def test_cli_workers_must_be_positive_and_output_must_not_be_a_folder(tmp_path):
    path = _input(tmp_path)
    assert _code(path, "--workers", "0").exit_code == 2
    result = _code(path, "-o", str(tmp_path))
    assert result.exit_code == 2 and "is a folder" in result.stderr
