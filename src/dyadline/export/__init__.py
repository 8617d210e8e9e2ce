"""Exporters of stored events: one small registry, one module per format.

Each exporter is a function ``(events, stream) -> count`` over event items as
:meth:`dyadline.store.Store.iter_events` yields them, registered with :func:`exporter`.
``binary`` formats (Parquet) cannot go to stdout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from dyadline.errors import DyadlineError

EventItems = Iterable[dict[str, Any]]
ExportFn = Callable[[EventItems, IO[bytes]], int]


class ExportError(DyadlineError):
    """Raised when an export format is unknown or cannot be written where asked."""

    code = "E500"


@dataclass(frozen=True)
class Exporter:
    name: str
    write: ExportFn
    description: str
    binary: bool = False
    suffix: str = ""


EXPORTERS: dict[str, Exporter] = {}


def exporter(
    name: str, description: str, suffix: str, binary: bool = False
) -> Callable[[ExportFn], ExportFn]:
    """Register ``fn`` as the exporter for format ``name``."""

    def register(fn: ExportFn) -> ExportFn:
        EXPORTERS[name] = Exporter(name, fn, description, binary, suffix)
        return fn

    return register


def get_exporter(name: str) -> Exporter:
    _load_builtins()
    if name not in EXPORTERS:
        raise ExportError(
            f"unknown export format {name!r}; use one of {', '.join(sorted(EXPORTERS))}"
        )
    return EXPORTERS[name]


def export_names() -> list[str]:
    _load_builtins()
    return sorted(EXPORTERS)


def _load_builtins() -> None:
    # Importing the modules registers them; late, so the registry module has no cycle.
    from dyadline.export import cameo, plover, tabular  # noqa: F401


def export_events(
    db: str, fmt: str, stream: IO[bytes], where: Any = None, unique: bool = False,
    quiet: bool = True,
) -> int:  # fmt: skip
    """Write the events of the store at ``db`` matching ``where`` (an ``EventFilter``) in ``fmt``.

    Only asserted events unless ``where.statuses`` names others (or ``any``): SPEC §3.
    ``unique``: one event per event cluster, with its ``mentions`` count. ``quiet=False``
    shows a progress bar on a terminal.
    """
    from dyadline.scale.progress import bar_shown, with_progress
    from dyadline.store import EventFilter, Store

    chosen = get_exporter(fmt)
    where = where or EventFilter()
    if not where.statuses:
        where.statuses = ["asserted"]
    with Store.open(db, read_only=True) as store:
        # Counting the matches costs a query: only for a bar that is drawn.
        total = store.events(where, limit=1, unique=unique).total if bar_shown(quiet) else None
        events = with_progress(store.iter_events(where, unique=unique), quiet, "exporting",
                               total, unit="event")  # fmt: skip
        return chosen.write(events, stream)
