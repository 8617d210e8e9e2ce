"""JSON routes under ``/api``: the same data the UI pages read."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from dyadline.api.deps import StoreDep
from dyadline.store import (
    EventFilter,
    QuoteFilter,
    counts_by_type,
    dyad_series,
    event_locations,
    network,
    parse_dyad,
    split_list,
    top_actors,
    top_dyads,
)
from dyadline.store.store import MAX_ROWS

router = APIRouter(prefix="/api", tags=["api"])
Limit = Annotated[int, Query(ge=1, le=MAX_ROWS, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]
Unique = Annotated[
    bool,
    Query(description="Count event clusters (one happening reported by many articles) "
                      "instead of event mentions."),
]  # fmt: skip


async def event_filter(
    actor: str | None = Query(
        None, description="Actor id (state:RUS) or exact name, source or target."
    ),
    country: str | None = Query(None, description="ISO3 country of the source or target."),
    dyad: str | None = Query(
        None, description="Two actors or countries, either direction: RUS,UKR."
    ),
    type: str | None = Query(None, description="PLOVER type(s), comma-separated."),
    quad: str | None = Query(None, description="Quad class(es), comma-separated."),
    status: str = Query("asserted", description="Status(es), comma-separated, or 'any'."),
    date_from: str | None = Query(
        None, alias="from", description="First day, YYYY-MM-DD or YYYY-MM."
    ),
    date_to: str | None = Query(None, alias="to", description="Last day, YYYY-MM-DD or YYYY-MM."),
    text: str | None = Query(None, description="Words that must occur in the evidence."),
    doc_id: str | None = Query(None, description="Only events of this document."),
) -> EventFilter:
    return EventFilter(actor=actor or None, country=country or None, dyad=parse_dyad(dyad),
                       types=[t.upper() for t in split_list(type)], quads=split_list(quad),
                       statuses=split_list(status), date_from=date_from or None,
                       date_to=date_to or None, text=text or None, doc_id=doc_id)  # fmt: skip


# event_filter is async only to run on the event loop: a sync dependency costs a trip to
# the threadpool per request, and it does no I/O.
Filter = Annotated[EventFilter, Depends(event_filter)]


def _json(content: Any) -> JSONResponse:
    # Returned as a response, FastAPI skips jsonable_encoder, which walks every nested value
    # in Python under the GIL (6 ms for a page of 50 events; json.dumps takes 0.5 ms). The
    # content is already plain JSON types: dicts, lists, str, numbers, None.
    return JSONResponse(content)


def _not_found(what: str) -> Exception:
    from dyadline.api.app import NotFound

    return NotFound(what)


@router.get("/stats", summary="Counts of everything stored")
def stats(store: StoreDep) -> JSONResponse:
    return _json(store.stats())


@router.get("/events", summary="Events, newest first, filtered; one page")
def events(
    store: StoreDep,
    where: Filter,
    limit: Limit = 50,
    offset: Offset = 0,
    unique: Annotated[
        bool, Query(description="One row per event cluster, with mentions and documents counts.")
    ] = False,
) -> JSONResponse:
    return _json(store.events(where, limit, offset, unique=unique).to_dict())


@router.get("/events/{event_id}", summary="One event by its store id")
def event(event_id: int, store: StoreDep) -> JSONResponse:
    item = store.event(event_id)
    if item is None:
        raise _not_found(f"event {event_id}")
    return _json(item)


@router.get("/quotes", summary="Quotes, filtered by speaker, country, kind or words")
def quotes(
    store: StoreDep,
    speaker: str | None = None,
    country: str | None = None,
    kind: Literal["direct", "indirect", "mixed"] | None = None,
    text: str | None = None,
    doc_id: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    where = QuoteFilter(speaker or None, country or None, kind, text or None, doc_id)
    return _json(store.quotes(where, limit, offset).to_dict())


@router.get("/actors", summary="Actors across documents, with document and event counts")
def actors(store: StoreDep, name: str | None = None, country: str | None = None,
           limit: Limit = 50, offset: Offset = 0) -> JSONResponse:  # fmt: skip
    return _json(store.actors(name or None, country or None, limit, offset).to_dict())


@router.get("/documents", summary="Stored documents (metadata and counts)")
def documents(store: StoreDep, text: str | None = None, limit: Limit = 50,
              offset: Offset = 0) -> JSONResponse:  # fmt: skip
    return _json(store.documents(text or None, limit, offset).to_dict())


@router.get("/documents/{doc_id}", summary="One document: its full SPEC record, with text")
def document(doc_id: str, store: StoreDep) -> JSONResponse:
    record = store.document(doc_id)
    if record is None:
        raise _not_found(f"document {doc_id!r}")
    return _json(record)


@router.get(
    "/series/dyad", summary="Dyad time series: events, mean intensity, conflict/cooperation"
)
def series(
    store: StoreDep,
    a: str = Query(..., description="First actor id, name or ISO3 country."),
    b: str = Query(..., description="Second actor id, name or ISO3 country."),
    freq: Literal["day", "week", "month", "year"] = "month",
    status: str = Query("asserted", description="Status(es) to count, or 'any'."),
    unique: Unique = False,
) -> JSONResponse:
    where = EventFilter(statuses=split_list(status))
    series = dyad_series(store, a, b, freq, where, unique=unique)
    return _json({"a": a, "b": b, "freq": freq, "unique": unique, "series": series})


@router.get("/network", summary="Actor network: nodes and weighted edges")
def actor_network(store: StoreDep, where: Filter, limit: Limit = 150,
                  unique: Unique = False) -> JSONResponse:  # fmt: skip
    return _json(network(store, where, limit, unique=unique))


@router.get("/top/actors", summary="Actors in the most events")
def top_actor_list(store: StoreDep, where: Filter, limit: Limit = 20,
                   unique: Unique = False) -> JSONResponse:  # fmt: skip
    return _json(top_actors(store, where, limit, unique=unique))


@router.get("/top/dyads", summary="Dyads with the most events")
def top_dyad_list(store: StoreDep, where: Filter, limit: Limit = 20,
                  unique: Unique = False) -> JSONResponse:  # fmt: skip
    return _json(top_dyads(store, where, limit, unique=unique))


@router.get("/types", summary="Events per type, split by status")
def types(store: StoreDep, unique: Unique = False) -> JSONResponse:
    return _json(counts_by_type(store, unique=unique))


@router.get("/locations", summary="Places with events, for the map")
def locations(store: StoreDep, where: Filter, limit: Limit = 500,
              unique: Unique = False) -> JSONResponse:  # fmt: skip
    return _json(event_locations(store, where, limit, unique=unique))


@router.get("/search", summary="Full-text search over evidence sentences and quotes")
def search(store: StoreDep, q: str = Query(..., min_length=1), limit: Limit = 20) -> JSONResponse:
    return _json(
        {
            "q": q,
            "events": store.events(EventFilter(text=q), limit).to_dict(),
            "quotes": store.quotes(QuoteFilter(text=q), limit).to_dict(),
        }
    )


@router.get("/errors", summary="Documents that could not be read at ingest")
def errors(store: StoreDep, limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    return _json(store.errors(limit, offset).to_dict())
