"""Cross-article event clusters: one real-world event reported by many articles.

Two coded events belong to the same cluster when they have the same PLOVER type and
status, the same dyad (source and target actor ids; either order when the event is
symmetric), dates within ``window_days`` of the cluster's first event, and compatible
places (equal, or not named in one of them). An event is compared with its cluster's
first event, not its latest, so a chain of daily reports cannot drift into one endless
cluster. An event with no actor and no place, or no date at all (neither its own nor
the article's), is too vague to match and stays alone.

Assignment is incremental, in input order: the store can call
:meth:`EventClusterer.add` per record on ingest (its ``event clusters`` table), or use
:func:`event_clusters` over a record iterator. Cluster ids are derived from the first
member (``evc-`` + a hash of its document id and event index), so they are stable for a
given input order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from dyadline.records import Document, Event, Location


@dataclass(frozen=True)
class EventAssignment:
    """The cluster of one event: ``record.events[event_index]`` of document ``doc_id``."""

    doc_id: str
    event_index: int
    cluster_id: str


def date_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """``(first day, last day)`` of ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``A/B``."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        head, tail = date_interval(first), date_interval(last)
        return (head[0], tail[1]) if head and tail else None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
        if len(parts) == 2:
            month = dt.date(parts[0], parts[1], 1)
            following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return month, following - dt.timedelta(days=1)
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except ValueError:
        return None


def _place_key(location: Location | None) -> tuple[str, str] | None:
    if location is None:
        return None
    if location.geonameid is not None:
        return ("geonames", str(location.geonameid))
    return ("name", location.name.strip().lower())


@dataclass
class _Cluster:
    id: str
    start: dt.date
    end: dt.date
    place: tuple[str, str] | None
    country: str | None
    size: int = 1


@dataclass
class EventClusterer:
    """Incremental event clustering; see the module docstring for the rule."""

    window_days: int = 1
    _open: dict[tuple[str | None, ...], list[_Cluster]] = field(default_factory=dict)
    _singletons: int = 0

    def add(self, record: Document) -> list[EventAssignment]:
        """Cluster every event of one record; returns one assignment per event, in order."""
        return [
            EventAssignment(record.id, index, self._assign(record, index, event))
            for index, event in enumerate(record.events)
        ]

    def _assign(self, record: Document, index: int, event: Event) -> str:
        new_id = "evc-" + hashlib.sha1(f"{record.id}#{index}".encode()).hexdigest()[:12]
        interval = date_interval(event.date) or date_interval(record.date)
        place = _place_key(event.location)
        country = event.location.country if event.location else None
        source = event.source.id if event.source else None
        target = event.target.id if event.target else None
        if interval is None or (source is None and target is None and place is None):
            self._singletons += 1
            return new_id
        if event.symmetric and source and target:
            source, target = sorted((source, target))
        key = (event.type, event.status, source, target)
        window = dt.timedelta(days=self.window_days)
        for cluster in self._open.get(key, ()):
            close = interval[0] <= cluster.end + window and cluster.start <= interval[1] + window
            if close and self._same_place(cluster, place, country):
                cluster.size += 1
                cluster.place = cluster.place or place
                cluster.country = cluster.country or country
                return cluster.id
        self._open.setdefault(key, []).append(_Cluster(new_id, *interval, place, country))
        return new_id

    @staticmethod
    def _same_place(cluster: _Cluster, place: tuple[str, str] | None, country: str | None) -> bool:
        if cluster.country and country and cluster.country != country:
            return False
        return cluster.place is None or place is None or cluster.place == place

    @property
    def cluster_count(self) -> int:
        return sum(len(c) for c in self._open.values()) + self._singletons


def event_clusters(records: Iterable[Document], window_days: int = 1) -> Iterator[EventAssignment]:
    """One :class:`EventAssignment` per event of ``records``, streaming, in input order."""
    clusterer = EventClusterer(window_days=window_days)
    for record in records:
        yield from clusterer.add(record)
