"""Aggregates over stored events: dyad time series, actor network, top actors and dyads.

Every function counts only ``asserted`` events unless told otherwise (SPEC §3), and counts a
symmetric event ("A and B agreed", ``Event.symmetric``) once: it is never added to both
directions of a dyad. With ``unique=True`` they count event clusters (the same happening
reported by many articles, ``events.cluster``) instead of event mentions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dyadline.store.sql import EventFilter
from dyadline.store.store import Store

ASSERTED = ("asserted",)
PERIODS = {
    "day": "day",
    "week": "strftime('%Y-W%W', day)",
    "month": "substr(day, 1, 7)",
    "year": "substr(day, 1, 4)",
}
_CONFLICT = "quad IN ('verbal_conflict', 'material_conflict')"


def _filter(where: EventFilter | None, statuses: Sequence[str]) -> EventFilter:
    where = where or EventFilter()
    if not where.statuses:
        where.statuses = list(statuses)
    return where


def _scope(store: Store, where: EventFilter, unique: bool) -> tuple[str, list[Any]]:
    """The events matching ``where`` as a FROM item; ``unique``: the first stored event of
    each matching cluster stands for the cluster, so one happening counts once."""
    sql, params = store.event_where(where)
    if unique:
        return (
            f"(SELECT * FROM events WHERE id IN (SELECT min(id) FROM events{sql} GROUP BY cluster))",
            params,
        )
    return f"(SELECT * FROM events{sql})", params


def dyad_series(store: Store, a: str, b: str, freq: str = "month",
                where: EventFilter | None = None, statuses: Sequence[str] = ASSERTED,
                unique: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    """Per period: events between ``a`` and ``b`` (either direction), mean intensity,
    conflict and cooperation counts. ``a``/``b`` are actor ids, names or ISO3 countries."""
    if freq not in PERIODS:
        raise ValueError(f"freq must be one of {', '.join(PERIODS)}, not {freq!r}")
    where = _filter(where, statuses)
    where.dyad = (a, b)
    scope, params = _scope(store, where, unique)
    rows = store.query(
        f"SELECT {PERIODS[freq]} AS period, count(*) AS events, round(avg(intensity), 3) AS mean_intensity,"
        f" sum({_CONFLICT}) AS conflict, sum(NOT {_CONFLICT}) AS cooperation"
        f" FROM {scope} WHERE day IS NOT NULL GROUP BY period ORDER BY period",
        params,
    )
    return [dict(r) for r in rows]


def _pair_sql() -> str:
    # A symmetric event has no direction: key it by its two ends in sorted order so that
    # "A and B agreed" and "B and A agreed" land on one edge, each counted once.
    return (
        "CASE WHEN symmetric = 1 AND target_id < source_id THEN target_id ELSE source_id END AS a,"
        " CASE WHEN symmetric = 1 AND target_id < source_id THEN source_id ELSE target_id END AS b,"
        " CASE WHEN symmetric = 1 AND target_id < source_id THEN target_name ELSE source_name END AS a_name,"
        " CASE WHEN symmetric = 1 AND target_id < source_id THEN source_name ELSE target_name END AS b_name"
    )


def top_dyads(store: Store, where: EventFilter | None = None, limit: int = 20,
              statuses: Sequence[str] = ASSERTED, unique: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    """The dyads (source -> target) with most events, with conflict/cooperation split."""
    scope, params = _scope(store, _filter(where, statuses), unique)
    rows = store.query(
        f"SELECT a AS source, b AS target, min(a_name) AS source_name, min(b_name) AS target_name,"
        f" max(symmetric) AS symmetric, count(*) AS events, round(avg(intensity), 3) AS mean_intensity,"
        f" sum({_CONFLICT}) AS conflict, sum(NOT {_CONFLICT}) AS cooperation"
        f" FROM (SELECT {_pair_sql()}, symmetric, intensity, quad FROM {scope}"
        f" WHERE source_id IS NOT NULL AND target_id IS NOT NULL)"
        f" GROUP BY a, b ORDER BY events DESC, a, b LIMIT ?",
        [*params, max(1, min(limit, 1000))],
    )
    return [dict(r) for r in rows]


def network(store: Store, where: EventFilter | None = None, limit: int = 200,
            statuses: Sequence[str] = ASSERTED, unique: bool = False) -> dict[str, Any]:  # fmt: skip
    """Actor network: nodes (actors) and weighted edges (event counts per dyad)."""
    edges = top_dyads(store, where, limit, statuses, unique)
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for key in ("source", "target"):
            node = nodes.setdefault(
                edge[key], {"id": edge[key], "name": edge[f"{key}_name"], "weight": 0}
            )
            node["weight"] += edge["events"]
    if nodes:
        marks = ", ".join("?" * len(nodes))
        for row in store.query(
            f"SELECT actor_id, min(country) AS country, min(sector) AS sector, min(kind) AS kind"
            f" FROM actors WHERE actor_id IN ({marks}) GROUP BY actor_id",
            list(nodes),
        ):
            nodes[row["actor_id"]].update(
                country=row["country"], sector=row["sector"], kind=row["kind"]
            )
    edge_list = [{"source": e["source"], "target": e["target"], "weight": e["events"],
                  "conflict": e["conflict"], "cooperation": e["cooperation"],
                  "mean_intensity": e["mean_intensity"], "symmetric": bool(e["symmetric"])}
                 for e in edges]  # fmt: skip
    return {"nodes": sorted(nodes.values(), key=lambda n: -n["weight"]), "edges": edge_list}


def top_actors(store: Store, where: EventFilter | None = None, limit: int = 20,
               statuses: Sequence[str] = ASSERTED, unique: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    """Actors in most events (as source or target; an event counts once per actor)."""
    scope, params = _scope(store, _filter(where, statuses), unique)
    rows = store.query(
        f"SELECT actor AS id, min(name) AS name, count(DISTINCT event) AS events,"
        f" sum(role = 'source') AS as_source, sum(role = 'target') AS as_target FROM ("
        f" SELECT id AS event, source_id AS actor, source_name AS name, 'source' AS role FROM {scope}"
        f" UNION ALL SELECT id, target_id, target_name, 'target' FROM {scope})"
        f" WHERE actor IS NOT NULL GROUP BY actor ORDER BY events DESC, name LIMIT ?",
        [*params, *params, max(1, min(limit, 1000))],
    )
    return [dict(r) for r in rows]


def counts_by_type(store: Store, where: EventFilter | None = None,
                   unique: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    """Events per type, split by status (all statuses)."""
    scope, params = _scope(store, where or EventFilter(), unique)
    rows = store.query(
        f"SELECT type, quad, count(*) AS total, sum(status = 'asserted') AS asserted,"
        f" sum(status = 'negated') AS negated, sum(status = 'hypothetical') AS hypothetical,"
        f" sum(status = 'planned') AS planned FROM {scope} GROUP BY type, quad"
        f" ORDER BY asserted DESC, total DESC, type",
        params,
    )
    return [dict(r) for r in rows]


def event_locations(store: Store, where: EventFilter | None = None, limit: int = 1000,
                    statuses: Sequence[str] = ASSERTED, unique: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    """Places with events: name, country, coordinates, event count and dominant quad."""
    where = _filter(where, statuses)
    where.has_location = True
    scope, params = _scope(store, where, unique)
    rows = store.query(
        f"SELECT location_name AS name, location_country AS country, lat, lon, count(*) AS events,"
        f" sum({_CONFLICT}) AS conflict, sum(NOT {_CONFLICT}) AS cooperation FROM {scope}"
        f" GROUP BY location_name, lat, lon ORDER BY events DESC LIMIT ?",
        [*params, max(1, min(limit, 1000))],
    )
    return [dict(r) for r in rows]
