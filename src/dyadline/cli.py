"""The ``dyadline`` command line: each command converts its options and calls the library."""

from __future__ import annotations

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
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of stdout.",
)
@click.option(
    "--input-format",
    type=click.Choice(["jsonl", "csv", "tsv", "txt", "html"]),
    default=None,
    help="Read every input in this format, whatever its extension.",
)
@click.option("--workers", type=int, default=1, show_default=True, help="Processes for coding.")
@click.option("--batch-size", type=int, default=16, show_default=True, help="Documents per batch.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@with_knowledge
def code(inputs: tuple[str, ...], fmt: str, output: str | None, input_format: str | None,
         workers: int, batch_size: int, quiet: bool, actors: tuple[str, ...],
         patterns: tuple[str, ...]) -> None:  # fmt: skip
    """Code documents and write their records; stores nothing.

    INPUT is a file, a folder, or - for JSON Lines on stdin. Records come out in input
    order. A document that cannot be read is reported on stderr as
    `error: FILE:LINE id=ID: problem` and skipped; the exit status is then 3.

    \b
    Examples:
      dyadline code examples/corpus/txt/kr-martial-law-2024.txt --format table
      dyadline code examples/corpus -o records.jsonl
      cat news.jsonl | dyadline code - --format jsonl
    """
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


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--task",
    type=click.Choice(["events", "actors", "quotes"]),
    default=None,
    help="What the gold file annotates (default: from the file name).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", type=int, default=0, help="Print up to N errors.")
def evaluate(gold: str, task: str | None, as_json: bool, show_errors: int) -> None:
    """Score the coder against a gold file (events, actors or quotes JSONL).

    \b
    Example:
      dyadline eval eval/gold/events.jsonl
    """
    from dyadline.eval import evaluate_file, format_report

    report = evaluate_file(gold, task)
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


def main() -> None:
    try:
        cli(prog_name="dyadline")
    except DyadlineError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
