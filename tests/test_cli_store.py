"""Store commands through click's runner: ingest, demo, events, quotes, actors, export, serve."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from dyadline.cli import cli
from dyadline.store import Store


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_ingest_reports_failures_and_is_idempotent(store_inputs, tmp_path):
    db = str(tmp_path / "cli.db")
    first = _run("ingest", str(store_inputs), "--db", db)
    assert first.exit_code == 3
    assert f"error: {store_inputs}:3 id=?: malformed JSON" in first.stderr
    assert "4 added, 0 already stored" in first.stderr
    again = _run("ingest", str(store_inputs), "--db", db)
    assert "0 added, 4 already stored" in again.stderr


def test_cli_ingest_missing_input_is_a_usage_error(tmp_path):
    result = _run("ingest", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_cli_demo_summarises_a_corpus(tmp_path, store_inputs):
    db = str(tmp_path / "demo.db")
    result = _run("demo", "--db", db, "--corpus", str(store_inputs.parent), "-q")
    assert result.exit_code == 0, result.output
    for heading in ("Events by type", "Top dyads", "Sample quotes", f"dyadline serve --db {db}"):
        assert heading in result.stdout
    assert "4 document(s) coded and stored" in result.stdout


def test_cli_events_table_and_jsonl(store_db):
    table = _run("events", "--db", store_db, "--status", "any")
    assert table.exit_code == 0 and table.stdout.splitlines()[0].split()[:3] == [
        "id",
        "day",
        "type",
    ]
    lines = _run("events", "--db", store_db, "--type", "sanction", "--format", "jsonl").stdout
    rows = [json.loads(line) for line in lines.splitlines()]
    assert rows and {r["type"] for r in rows} == {"SANCTION"}
    assert {r["status"] for r in rows} == {"asserted"}


def test_cli_events_bad_dyad_is_a_usage_error(store_db):
    result = _run("events", "--db", store_db, "--dyad", "RUS")
    assert result.exit_code == 2 and "--dyad" in result.stderr


def test_cli_quotes_and_actors(store_db):
    quotes = _run("quotes", "--db", store_db, "--text", "intimidated", "--format", "jsonl")
    (quote,) = [json.loads(line) for line in quotes.stdout.splitlines()]
    assert "intimidated" in quote["text"]
    actors = _run("actors", "--db", store_db, "--country", "RUS", "--format", "jsonl")
    assert {json.loads(line)["country"] for line in actors.stdout.splitlines()} == {"RUS"}


def test_cli_query_on_missing_store_names_the_file(tmp_path):
    result = _run("events", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no store at" in result.stderr


def test_cli_export_every_format(store_db, tmp_path):
    for fmt in ("plover", "cameo", "csv", "parquet"):
        out = tmp_path / f"events.{fmt}"
        result = _run("export", "--db", store_db, "--format", fmt, "-o", str(out))
        assert result.exit_code == 0 and out.stat().st_size > 0
    stdout = _run("export", "--db", store_db, "--format", "csv", "-o", "-").stdout
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert rows and {r["status"] for r in rows} == {"asserted"}


def test_cli_export_reports_count_unless_quiet(store_db, tmp_path):
    out = tmp_path / "events.csv"
    loud = _run("export", "--db", store_db, "--format", "csv", "-o", str(out))
    written = len(list(csv.DictReader(out.open(encoding="utf-8"))))
    assert f"wrote {written} event(s)" in loud.stderr
    quiet = _run("export", "--db", store_db, "--format", "csv", "-o", str(out), "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_export_progress_counts_every_event(store_db, monkeypatch):
    from dyadline.export import export_events
    from dyadline.scale import progress

    counted: list[int] = []
    monkeypatch.setattr(progress.Progress, "update", lambda self, n=1: counted.append(n))
    written = export_events(store_db, "csv", io.BytesIO(), quiet=False)
    assert written > 0 and sum(counted) == written


def test_cli_export_binary_to_stdout_is_refused(store_db):
    result = _run("export", "--db", store_db, "--format", "parquet", "-o", "-")
    assert result.exit_code == 2 and "binary" in result.stderr


def test_cli_serve_on_missing_store_fails_before_binding(tmp_path):
    result = _run("serve", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no store at" in result.stderr


# Two copies of one article (written for this test): the second adds two words.
COPY = (
    "Russia accused Ukraine of shelling a border village on Monday, the foreign ministry in "
    "Moscow said{}. The ministry said the attack damaged a school and two houses, and that "
    "officials would raise the matter with international monitors later this week."
)


def test_cli_ingest_clusters_copies_and_events_unique_counts_mentions(tmp_path):
    path = tmp_path / "copies.jsonl"
    path.write_text("".join(
        json.dumps({"id": f"copy-{i}", "date": "2024-03-05", "text": COPY.format(extra)}) + "\n"
        for i, extra in ((1, ""), (2, " on Tuesday"))))  # fmt: skip
    db = str(tmp_path / "copies.db")
    assert _run("ingest", str(path), "--db", db, "--workers", "1", "-q").exit_code == 0

    def listing(*extra: str) -> list[dict]:  # type: ignore[type-arg]
        out = _run("events", "--db", db, "--status", "any", "--format", "jsonl", *extra).stdout
        return [json.loads(line) for line in out.splitlines()]

    every, unique = listing(), listing("--unique")
    dyadic = [e for e in unique if e.get("source") and e.get("target")]
    assert dyadic and all(e["mentions"] == 2 and e["documents"] == 2 for e in dyadic)
    assert sum(e["mentions"] for e in unique) == len(every) > len(unique)
    with Store.open(db, read_only=True) as store:
        assert {d["id"]: d["dup_cluster"] for d in store.query(
            "SELECT id, dup_cluster FROM documents")} == {"copy-1": "copy-1", "copy-2": "copy-1"}  # fmt: skip
    again = _run("ingest", str(path), "--db", db, "--workers", "1")
    assert "0 added, 2 already stored" in again.stderr
    assert listing("--unique") == unique
    exported = _run("export", "--db", db, "--format", "csv", "-o", "-", "--status", "any",
                    "--unique").stdout  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert sorted(int(r["mentions"]) for r in rows) == sorted(e["mentions"] for e in unique)


def test_cli_ingest_rejects_zero_workers(tmp_path):
    result = _run("ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--workers", "0")
    assert result.exit_code == 2 and "--workers" in result.stderr
