"""The ``dyadline`` command line: each command converts its options and calls the library."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

import click

from dyadline.errors import DyadlineError
from dyadline.nlp import PipelineConfig
from dyadline.output import FORMATS
from dyadline.records import ReadFailure

EXIT_PARTIAL = 3


@contextmanager
def _output_stream(path: str | None) -> Iterator[IO[bytes]]:
    if path in (None, "-"):
        yield sys.stdout.buffer
        return
    with open(path, "wb") as handle:
        yield handle


def _config(actors: tuple[str, ...], patterns: tuple[str, ...]) -> PipelineConfig:
    return PipelineConfig(actor_files=actors, pattern_files=patterns)


def _report_failures(failures: list[ReadFailure], quiet: bool) -> None:
    for failure in failures:
        click.echo(failure.line(), err=True)


knowledge_options = [
    click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="YAML file of your own actors (states, igos, groups, people); repeatable."),
    click.option("--patterns", "patterns", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="YAML file of your own event trigger frames; repeatable."),
]  # fmt: skip


def with_knowledge(func: Callable[..., None]) -> Callable[..., None]:
    for option in reversed(knowledge_options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="dyadline")
def cli() -> None:
    """dyadline: political event data from news text.

    It reads articles (JSON Lines, CSV/TSV, .txt with a `date YYYY-MM-DD` header, HTML,
    or folders of them) and writes who did what to whom (PLOVER events with a status),
    who said what (quotes with speakers), when and where.

    \b
    Start here:
      dyadline code article.txt --format table     read the events of one article
      dyadline code corpus/ -o events.jsonl         code a folder to JSON Lines
      dyadline demo                                 code the bundled example corpus
    """


input_format_option = click.option(
    "--input-format",
    type=click.Choice(["jsonl", "csv", "tsv", "txt", "html"]),
    default=None,
    help="Read every input in this format, whatever its extension.",
)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line (SPEC §2); json: one array; table: for reading.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(writable=True),
    default=None,
    help="Write to this file instead of stdout (with --engine dask: the output folder).",
)
@input_format_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes (or Dask workers) for coding.  [default: all cores]",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine, records in input order; dask: a Dask cluster, Parquet "
    "partitions in the -o folder (needs dyadline[dask]; see docs/guide/scaling.md).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --engine dask: a running scheduler (tcp://host:8786); default: a "
    "local cluster of --workers processes.",
)
@click.option("--batch-size", type=int, default=16, show_default=True, help="Documents per batch.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@with_knowledge
def code(inputs: tuple[str, ...], fmt: str, output: str | None, input_format: str | None,
         workers: int | None, engine: str, scheduler: str | None, batch_size: int, quiet: bool,
         actors: tuple[str, ...], patterns: tuple[str, ...]) -> None:  # fmt: skip
    """Code documents and write their records; stores nothing.

    INPUT is a file, a folder, or - for JSON Lines on stdin. Records come out in input
    order. A document that cannot be read is reported on stderr as
    `error: FILE:LINE id=ID: problem` and skipped; the exit status is then 3.

    \b
    Examples:
      dyadline code examples/corpus/txt/kr-martial-law-2024.txt --format table
      dyadline code examples/corpus -o records.jsonl
      cat news.jsonl | dyadline code - --format jsonl
      dyadline code big/ --engine dask --scheduler tcp://10.0.0.5:8786 -o coded/
    """
    if engine == "dask":
        _code_with_dask(inputs, output, input_format, workers, scheduler, batch_size, quiet,
                        _config(actors, patterns))  # fmt: skip
        return
    if scheduler:
        raise click.UsageError("--scheduler needs --engine dask.")
    if output not in (None, "-") and os.path.isdir(output):
        raise click.UsageError(f"-o {output} is a folder; give a file name (or use --engine dask).")
    from dyadline.run import code_files

    try:
        with _output_stream(output) as stream:
            stats = code_files(inputs, stream, fmt, _config(actors, patterns), input_format,
                               workers, batch_size, quiet)  # fmt: skip
    except DyadlineError as exc:
        raise click.UsageError(str(exc)) from exc
    _report_failures(stats.failures, quiet)
    if not quiet:
        click.echo(f"coded {stats.coded} document(s), {stats.failed} failed", err=True)
    if stats.failed:
        sys.exit(EXIT_PARTIAL)


def _code_with_dask(inputs: tuple[str, ...], output: str | None, input_format: str | None,
                    workers: int | None, scheduler: str | None, batch_size: int, quiet: bool,
                    config: PipelineConfig) -> None:  # fmt: skip
    from dyadline.scale.dask_engine import DaskMissing, code_with_dask

    if output in (None, "-"):
        raise click.UsageError("--engine dask writes Parquet partitions: give -o OUTDIR.")
    try:
        stats = code_with_dask(inputs, output, config, input_format, workers, scheduler,
                               batch_size, quiet)  # fmt: skip
    except DaskMissing as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)
    except DyadlineError as exc:
        raise click.UsageError(str(exc)) from exc
    _report_failures(stats.failures, quiet)
    if not quiet:
        click.echo(f"coded {stats.coded} document(s), {stats.failed} failed -> {output}", err=True)
    if stats.failed:
        sys.exit(EXIT_PARTIAL)


DATASETS = {"tbaq": "timex", "ctparse": "timex", "geowebnews": "geo", "lgl": "geo", "trnews": "geo",
            "polnear": "polnear"}  # fmt: skip


@cli.command(name="eval")
@click.argument("gold", required=False, type=click.Path())
@click.option(
    "--dataset",
    type=click.Choice(sorted(DATASETS)),
    default=None,
    help="Score on an outside dataset; GOLD is then its folder or file (default: ../shared/data/...).",
)
@click.option(
    "--task",
    type=click.Choice(["events", "actors", "quotes"]),
    default=None,
    help="What the gold file annotates (default: from the file name).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", type=int, default=0, help="Print up to N errors.")
@click.option(
    "--split",
    type=click.Choice(["all", "even", "odd"]),
    default="all",
    show_default=True,
    help="Score only the items with an even or odd numeric id (development / held-out half).",
)
def evaluate(gold: str | None, dataset: str | None, task: str | None, as_json: bool,
             show_errors: int, split: str) -> None:  # fmt: skip
    """Score the coder against a gold file (events, actors or quotes JSONL) or a dataset.

    \b
    Examples:
      dyadline eval eval/gold/events.jsonl
      dyadline eval --dataset tbaq ../shared/data/tempeval3-tbaq-cleaned
    """
    import importlib

    from dyadline.eval import evaluate_file, format_report

    if dataset is not None:
        module = importlib.import_module(f"dyadline.eval.{DATASETS[dataset]}")
        halves = {} if split == "all" else {"split": split}  # a dataset that has halves
        try:
            report = module.evaluate_dataset(dataset, gold, **halves)
        except TypeError as exc:
            raise click.UsageError(f"--split is not supported with --dataset {dataset}") from exc
        if report is None:
            click.echo(
                f"skipped: the {dataset} data is not at {gold or 'its default path'}", err=True
            )
            return
    elif gold is None:
        raise click.UsageError("give a GOLD file, or --dataset")
    else:
        if not os.path.isfile(gold):
            raise click.UsageError(f"no such file: {gold}")
        report = evaluate_file(gold, task, split=split)
    if as_json:
        import json

        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(format_report(report, show_errors))


@cli.command(name="schema")
def schema() -> None:
    """Print the JSON Schema of a coded document record (SPEC §2)."""
    import json

    from dyadline.records import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


db_option = click.option(
    "--db", required=True, type=click.Path(dir_okay=False),
    help="The store file (SQLite), e.g. events.db.",
)  # fmt: skip


def _store_error(exc: DyadlineError) -> click.ClickException:
    return click.ClickException(str(exc))


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@input_format_option
@click.option(
    "--batch-size",
    type=int,
    default=50,
    show_default=True,
    help="Documents per commit; a killed run keeps every committed batch.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes for coding; the store gets the same rows whatever the number.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@with_knowledge
def ingest(inputs: tuple[str, ...], db: str, input_format: str | None, batch_size: int,
           workers: int, quiet: bool, actors: tuple[str, ...],
           patterns: tuple[str, ...]) -> None:  # fmt: skip
    """Code documents and store them in the store file --db (created when missing).

    Idempotent and resumable: a document already stored with the same text is skipped
    without coding it again; a document whose text changed is re-coded and replaced.
    Unreadable documents are reported on stderr, recorded in the store's error log,
    and the exit status is then 3.

    \b
    Examples:
      dyadline ingest examples/corpus --db events.db
      cat news.jsonl | dyadline ingest - --db events.db
    """
    from dyadline.run import ingest_files

    try:
        counts, stats = ingest_files(inputs, db, _config(actors, patterns), input_format,
                                     batch_size, quiet, workers=workers)  # fmt: skip
    except DyadlineError as exc:
        raise click.UsageError(str(exc)) from exc
    _report_failures(stats.failures, quiet)
    if not quiet:
        click.echo(f"{db}: {counts.added} added, {counts.skipped} already stored, "
                   f"{counts.replaced} replaced, {counts.errors} unreadable; "
                   f"{counts.events} events and {counts.quotes} quotes stored", err=True)  # fmt: skip
    if stats.failed:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@click.option(
    "--db",
    default="dyadline-demo.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Where to create the demo store.",
)
@click.option(
    "--corpus",
    default=None,
    type=click.Path(exists=True, file_okay=False),
    help="Code this folder instead of the bundled examples/corpus.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def demo(db: str, corpus: str | None, quiet: bool) -> None:
    """Code the bundled example corpus into a store and summarise what was found.

    Prints events by type (asserted against other statuses), the top dyads, sample quotes
    with their speakers, and the commands to explore further. Running it again reuses
    the store: nothing is coded twice.

    \b
    Example:
      dyadline demo && dyadline serve --db dyadline-demo.db
    """
    from dyadline.demo import format_demo, run_demo

    try:
        result = run_demo(db, corpus, quiet)
    except DyadlineError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(format_demo(result))


def _event_filter(actor: str | None, country: str | None, dyad: str | None, types: str | None,
                  quads: str | None, status: str, date_from: str | None, date_to: str | None,
                  text: str | None) -> object:  # fmt: skip
    from dyadline.store import EventFilter, parse_dyad, split_list

    try:
        pair = parse_dyad(dyad)
    except DyadlineError as exc:
        raise click.BadParameter(str(exc), param_hint="--dyad") from exc
    return EventFilter(actor=actor, country=country, dyad=pair,
                       types=[t.upper() for t in split_list(types)], quads=split_list(quads),
                       statuses=split_list(status), date_from=date_from, date_to=date_to,
                       text=text)  # fmt: skip


event_filter_options = [
    click.option("--actor", help="Actor id (state:RUS) or exact name, as source or target."),
    click.option("--country", help="ISO3 country of the source or target (RUS)."),
    click.option("--dyad", help="Two actors or countries, either direction: RUS,UKR."),
    click.option("--type", "types", help="PLOVER type(s), comma-separated: ASSAULT,COERCE."),
    click.option("--quad", "quads", help="Quad class(es): verbal_conflict,material_conflict."),
    click.option("--status", default="asserted", show_default=True,
                 help="Status(es), comma-separated, or 'any'."),
    click.option("--from", "date_from", help="First day (YYYY-MM-DD, or YYYY-MM)."),
    click.option("--to", "date_to", help="Last day (YYYY-MM-DD, or YYYY-MM)."),
    click.option("--text", help="Words that must occur in the evidence sentence."),
]  # fmt: skip


def with_event_filters(func: Callable[..., None]) -> Callable[..., None]:
    for option in reversed(event_filter_options):
        func = option(func)
    return func


output_options = [
    click.option("--limit", type=int, default=50, show_default=True, help="Rows to show (max 1000)."),
    click.option("--offset", type=int, default=0, help="Rows to skip first."),
    click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
                 show_default=True, help="table: for reading; jsonl: one JSON object per line."),
]  # fmt: skip


def with_output(func: Callable[..., None]) -> Callable[..., None]:
    for option in reversed(output_options):
        func = option(func)
    return func


def _print_page(page: object, fmt: str, columns: list[tuple[str, str, int]], what: str) -> None:
    import json

    from dyadline.output import format_rows

    items = page.items  # type: ignore[attr-defined]
    if fmt == "jsonl":
        for item in items:
            click.echo(json.dumps(item, ensure_ascii=False))
        return
    click.echo(format_rows(items, columns), nl=False)
    total = page.total  # type: ignore[attr-defined]
    click.echo(f"{len(items)} of {total} {what}", err=True)


unique_option = click.option(
    "--unique", is_flag=True,
    help="One row per event cluster (the same event in several articles), with a mentions count.",
)  # fmt: skip


@cli.command()
@db_option
@with_event_filters
@with_output
@unique_option
def events(db: str, limit: int, offset: int, fmt: str, unique: bool,
           **filters: str | None) -> None:  # fmt: skip
    """List stored events, newest first, filtered by actor, dyad, type, status, date or text.

    By default only asserted events are listed (SPEC §3); use --status any for all.

    \b
    Examples:
      dyadline events --db events.db --dyad RUS,UKR --type ASSAULT
      dyadline events --db events.db --status planned,hypothetical --format jsonl
      dyadline events --db events.db --text ceasefire --from 2024-01
    """
    from dyadline.store import Store

    where = _event_filter(**filters)  # type: ignore[arg-type]
    try:
        with Store.open(db, read_only=True) as store:
            page = store.events(where, limit, offset, unique=unique)  # type: ignore[arg-type]
    except DyadlineError as exc:
        raise _store_error(exc) from exc
    for item in page.items:
        item["source_name"] = (item.get("source") or {}).get("name")
        item["target_name"] = (item.get("target") or {}).get("name")
    columns = [("id", "id", 5), ("day", "day", 10), ("type", "type", 9), ("status", "status", 12),
               ("source_name", "source", 22), ("target_name", "target", 22),
               ("trigger", "trigger", 18), ("doc_id", "document", 28)]  # fmt: skip
    if unique:
        columns.insert(1, ("mentions", "n", 3))
    _print_page(page, fmt, columns, "event clusters" if unique else "events")


@cli.command()
@db_option
@click.option("--speaker", help="Speaker actor id or exact name.")
@click.option("--country", help="ISO3 country of the speaker.")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]), default=None)
@click.option("--text", help="Words that must occur in the quote.")
@with_output
def quotes(db: str, speaker: str | None, country: str | None, kind: str | None,
           text: str | None, limit: int, offset: int, fmt: str) -> None:  # fmt: skip
    """Search stored quotes by speaker, country, kind or words.

    \b
    Example:
      dyadline quotes --db events.db --text ceasefire --speaker "Vladimir Putin"
    """
    from dyadline.store import QuoteFilter, Store

    try:
        with Store.open(db, read_only=True) as store:
            page = store.quotes(QuoteFilter(speaker, country, kind, text), limit, offset)
    except DyadlineError as exc:
        raise _store_error(exc) from exc
    for item in page.items:
        item["speaker_name"] = (item.get("speaker") or {}).get("name") or item.get("speaker_text")
    columns = [("id", "id", 5), ("doc_date", "date", 10), ("speaker_name", "speaker", 24),
               ("kind", "kind", 8), ("text", "quote", 70)]  # fmt: skip
    _print_page(page, fmt, columns, "quotes")


@cli.command(name="actors")
@db_option
@click.option("--name", help="Part of the actor's name, or its id.")
@click.option("--country", help="ISO3 country.")
@with_output
def list_actors(db: str, name: str | None, country: str | None, limit: int, offset: int,
                fmt: str) -> None:  # fmt: skip
    """List the actors in the store with the documents and events they appear in.

    \b
    Example:
      dyadline actors --db events.db --country RUS
    """
    from dyadline.store import Store

    try:
        with Store.open(db, read_only=True) as store:
            page = store.actors(name, country, limit, offset)
    except DyadlineError as exc:
        raise _store_error(exc) from exc
    columns = [("id", "id", 32), ("name", "name", 28), ("kind", "kind", 12), ("country", "ctry", 4),
               ("sector", "sect", 4), ("documents", "docs", 4), ("events", "events", 6)]  # fmt: skip
    _print_page(page, fmt, columns, "actors")


@cli.command(name="export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["plover", "cameo", "parquet", "csv"]),
    required=True,
    help="plover: JSON Lines; cameo: TSV; parquet; csv.",
)
@click.option(
    "-o", "--output", required=True, help="File to write, or - for stdout (text formats)."
)
@with_event_filters
@unique_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def export_cmd(db: str, fmt: str, output: str, unique: bool, quiet: bool,
               **filters: str | None) -> None:  # fmt: skip
    """Export stored events (asserted only, unless --status says otherwise).

    \b
    Examples:
      dyadline export --db events.db --format cameo -o events.tsv
      dyadline export --db events.db --format plover -o - | head
      dyadline export --db events.db --format parquet -o events.parquet --status any
    """
    from dyadline.export import export_events, get_exporter

    if output == "-" and get_exporter(fmt).binary:
        raise click.BadParameter(
            f"{fmt} is binary; write it to a file, not stdout", param_hint="-o"
        )
    where = _event_filter(**filters)  # type: ignore[arg-type]
    try:
        with _output_stream(output) as stream:
            count = export_events(db, fmt, stream, where, unique=unique, quiet=quiet)
    except DyadlineError as exc:
        raise _store_error(exc) from exc
    if output != "-" and not quiet:
        click.echo(f"wrote {count} event(s) to {output} ({fmt})", err=True)


@cli.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind; the default serves this machine only.",
)
@click.option("--port", type=int, default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the HTTP API (/api/..., OpenAPI at /openapi.json) and the web UI at /.

    The store is opened read-only. Binding to anything but 127.0.0.1 exposes the data to
    your network; there is no authentication.

    \b
    Example:
      dyadline serve --db events.db --port 8000
    """
    import uvicorn

    from dyadline.api import create_app

    try:
        app = create_app(db)
    except DyadlineError as exc:
        raise _store_error(exc) from exc
    click.echo(f"dyadline: serving {db} at http://{host}:{port}/  (API docs: /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def main() -> None:
    try:
        cli(prog_name="dyadline")
    except DyadlineError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
