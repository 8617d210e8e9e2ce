"""The Dask engine: partition planning, the missing-extra message, and a real 2-worker run."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from dyadline.cli import cli
from dyadline.ingest import read_documents
from dyadline.records import to_json
from dyadline.scale.dask_engine import plan_partitions, read_partition

LINES = [
    {"id": f"n{i}", "text": f"Protesters marched in Tbilisi on day {i}.", "date": "2024-12-01"}
    for i in range(7)
]


def _jsonl(tmp_path, blank_and_bad: bool = True):  # type: ignore[no-untyped-def]
    rows = [json.dumps(r) for r in LINES]
    if blank_and_bad:
        rows.insert(3, "")
        rows.insert(5, '{"id": "cut", "text": ')
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(rows) + "\n")
    return path


def test_dask_engine_partitions_read_the_same_items_with_the_same_line_numbers(tmp_path):
    path = _jsonl(tmp_path)
    parts = plan_partitions([str(path)], lines_per_partition=3)
    assert len(parts) == 3 and [p.count for p in parts] == [3, 3, 2]
    from_parts = [item for part in parts for item in read_partition(part)]
    assert [i.to_dict() for i in from_parts] == [i.to_dict() for i in read_documents([str(path)])]


def test_dask_engine_groups_text_files_and_keeps_csv_whole(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text("date 2024-01-02\nTalks resumed in Baku.\n")
    (tmp_path / "t.csv").write_text("id,text\nx,Talks resumed.\n")
    parts = plan_partitions([str(tmp_path)], lines_per_partition=2)
    assert [len(p.files) for p in parts] == [2, 1, 1]
    assert parts[-1].files[0].endswith("t.csv") and parts[-1].count is None


def test_dask_engine_without_the_extra_prints_the_pip_command(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    path = _jsonl(tmp_path)
    result = CliRunner().invoke(
        cli, ["code", str(path), "--engine", "dask", "-o", str(tmp_path / "out"), "-q"]
    )
    assert result.exit_code == 2
    assert "pip install 'dyadline[dask]'" in result.stderr


def test_dask_engine_needs_an_output_folder_and_scheduler_needs_dask(tmp_path):
    path = str(_jsonl(tmp_path))
    result = CliRunner().invoke(cli, ["code", path, "--engine", "dask", "-q"])
    assert result.exit_code == 2 and "-o OUTDIR" in result.stderr
    result = CliRunner().invoke(cli, ["code", path, "--scheduler", "tcp://x:8786", "-q"])
    assert result.exit_code == 2 and "--engine dask" in result.stderr


@pytest.mark.slow
def test_dask_engine_two_workers_write_parquet_equal_to_local_records(tmp_path, coder):
    pytest.importorskip("distributed")
    pq = pytest.importorskip("pyarrow.parquet")
    from distributed import Client, LocalCluster

    from dyadline.scale.dask_engine import code_with_dask

    path = _jsonl(tmp_path)
    out = tmp_path / "out"
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                     memory_limit="1.5GiB", dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        stats = code_with_dask([str(path)], str(out), client=client, lines_per_partition=3)
        again = code_with_dask([str(path)], str(out), client=client, lines_per_partition=3)
    assert (stats.coded, stats.failed) == (7, 1)
    assert stats.failures[0].origin == f"{path}:6"
    assert (again.coded, again.failed) == (7, 1)  # resumed: every partition already done
    documents = pq.read_table(out / "documents").to_pylist()
    by_id = {row["doc_id"]: json.loads(row["record"]) for row in documents}
    local = {r.id: json.loads(to_json(r)) for r in coder.code_stream(read_documents([str(path)]))}
    assert by_id == local
    events = pq.read_table(out / "events").to_pylist()
    assert len(events) == sum(len(r["events"]) for r in local.values())
    assert {e["doc_id"] for e in events} <= set(local)
