"""Document counts for progress bars' ETA."""

from __future__ import annotations

from dyadline.scale.progress import estimate_total, input_files


def test_progress_estimate_total_counts_lines_rows_and_files(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "x"}\n\n{"id": "2", "text": "y"}\n')
    (tmp_path / "b.csv").write_text('id,text\n1,"two\nlines"\n2,z\n')
    (tmp_path / "c.txt").write_text("hello")
    (tmp_path / "notes.md").write_text("ignored")
    assert estimate_total([str(tmp_path)]) == 2 + 2 + 1
    assert [p.rsplit("/", 1)[1] for p in input_files([str(tmp_path)])] == [
        "a.jsonl", "b.csv", "c.txt",
    ]  # fmt: skip


def test_progress_estimate_total_is_unknown_for_stdin_and_gzip(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(b"")
    assert estimate_total(["-"]) is None
    assert estimate_total([str(tmp_path)]) is None
