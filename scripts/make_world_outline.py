"""Make src/dyadline/api/static/world-land.json from world-atlas's land-110m.json (TopoJSON).

world-atlas 2.0.2 (npm, ISC licence, Mike Bostock) is pre-built from Natural Earth's
1:110m land polygons (public domain). We decode its quantised arcs into plain rings of
[lon, lat] rounded to 0.1 degree: small enough to ship, enough for an overview map.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/make_world_outline.py package/land-110m.json src/dyadline/api/static/world-land.json
"""

from __future__ import annotations

import json
import sys


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 1), round(y * sy + ty, 1)))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    deduped = [p for k, p in enumerate(points) if k == 0 or p != points[k - 1]]
    return [list(p) for p in deduped]


def main(src: str, dst: str) -> None:
    with open(src) as handle:
        topo = json.load(handle)
    arcs = decode_arcs(topo)
    rings = []
    for geometry in topo["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            rings.extend(r for r in (ring(idx, arcs) for idx in polygon) if len(r) >= 4)
    out = {
        "source": "Natural Earth 1:110m land (public domain) via world-atlas 2.0.2 (ISC)",
        "rings": rings,
    }
    with open(dst, "w") as handle:
        json.dump(out, handle, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
