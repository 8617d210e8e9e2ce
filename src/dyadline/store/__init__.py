"""The embedded event store (SQLite): ingest records, query, aggregate; see ``store.py``."""

from dyadline.store.analytics import (
    counts_by_type,
    dyad_series,
    event_locations,
    network,
    top_actors,
    top_dyads,
)
from dyadline.store.schema import SCHEMA_VERSION, migrate
from dyadline.store.sql import EventFilter, QuoteFilter, parse_dyad, quote_identifier, split_list
from dyadline.store.store import IngestCounts, Page, Store, content_hash

__all__ = [
    "SCHEMA_VERSION",
    "EventFilter",
    "IngestCounts",
    "Page",
    "QuoteFilter",
    "Store",
    "content_hash",
    "counts_by_type",
    "dyad_series",
    "event_locations",
    "migrate",
    "network",
    "parse_dyad",
    "quote_identifier",
    "split_list",
    "top_actors",
    "top_dyads",
]
