"""Toponym resolution on outside datasets (read from their folders, never copied).

Datasets: ``geowebnews`` (GWN.xml), ``lgl`` (lgl.xml), ``trnews`` (TR-News.xml).

(1) Resolution given the gold toponym spans (the number comparable to Mordecai 3):
    every gold toponym that has a GeoNames id is resolved from its surface text with
    the document's context, which :func:`document_context` builds from the other gold
    toponyms of the document (no gold ids are used). ``exact`` = same GeoNames id;
    ``country`` = same country (ISO3). A gold country comes from the dataset (LGL and
    TR-News give it), else from our gazetteer by id, else from the gazetteer place
    nearest to the gold coordinates. Continents count as right on country when both
    sides have none. A toponym whose text the gazetteer does not know counts as wrong.
    The same two figures over the *resolved* toponyms (those given a GeoNames entry) are
    the headline figures the targets are set on; the share of toponyms resolved is the
    coverage. (Mordecai 3's README likewise reports accuracy on an evaluated subset and
    the share of gold places missing from its candidates separately.)
(2) End-to-end: spaCy NER (GPE/LOC/FAC) plus the gazetteer name matcher over the text;
    a found toponym matches a gold one it overlaps; P/R/F1 of recognition over gold
    toponyms with a GeoNames id (found ones overlapping gold toponyms without an id are
    not counted), and the share of matched ones resolved to the gold id. The actor stage
    is not run, so metonymic capitals ("Moscow said"), which these datasets annotate
    with ids, are kept as places here.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyadline.eval.report import PRF, Accuracy, Report
from dyadline.nlp.gazetteer import (
    Gazetteer,
    Place,
    PlaceContext,
    document_context,
    load_gazetteer,
    main_country,
    unknown_place_country,
    without_strays,
)

DEFAULTS = {
    "geowebnews": "../shared/data/geowebnews/GWN.xml",
    "lgl": "../shared/data/geoparsing-corpora/lgl.xml",
    "trnews": "../shared/data/geoparsing-corpora/TR-News.xml",
}
FILES = {"geowebnews": "GWN.xml", "lgl": "lgl.xml", "trnews": "TR-News.xml"}


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    geonameid: int
    lat: float | None
    lon: float | None
    country_geonameid: int | None = None


@dataclass
class GeoDoc:
    id: str
    text: str
    toponyms: list[GoldToponym]
    unlinked: list[tuple[int, int]]  # gold toponym spans without a GeoNames id


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def read_gwn(path: Path) -> Iterator[GeoDoc]:
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        linked, unlinked = [], []
        for t in article.iter("toponym"):
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            gid = (t.findtext("geonamesID") or "").strip()
            if gid.isdigit():
                linked.append(GoldToponym(start, end, text[start:end], int(gid),
                                          _float(t.findtext("latitude")), _float(t.findtext("longitude"))))  # fmt: skip
            else:
                unlinked.append((start, end))
        yield GeoDoc(article.get("file", ""), text, linked, unlinked)


def read_lgl(path: Path) -> Iterator[GeoDoc]:
    """LGL and TR-News share one format."""
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        linked, unlinked = [], []
        for t in article.iter("toponym"):
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            start, end = _realigned(text, start, end, t.findtext("phrase"))
            tag = t.find("gaztag")
            gid = tag.get("geonameid") if tag is not None else None
            if tag is None or not gid:
                unlinked.append((start, end))
                continue
            country = tag.find("country")
            country_id = country.get("geonameid") if country is not None else None
            linked.append(GoldToponym(start, end, text[start:end], int(gid),
                                      _float(tag.findtext("lat")), _float(tag.findtext("lon")),
                                      int(country_id) if country_id else None))  # fmt: skip
        yield GeoDoc(article.get("docid", ""), text, linked, unlinked)


# How far from its given offsets a toponym's phrase is looked for when they drift.
REALIGN_WINDOW = 100


def _realigned(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """The offsets of ``phrase`` nearest to ``start`` when the given ones miss it.

    Some TR-News articles' offsets drift a few characters from the text ("tobicoke," for
    "Etobicoke"); the phrase each toponym carries puts the span back on its name.
    """
    if not phrase or text[start:end] == phrase:
        return start, end
    low = max(0, start - REALIGN_WINDOW)
    hits = []
    at = text.find(phrase, low, start + len(phrase) + REALIGN_WINDOW)
    while at != -1:
        hits.append(at)
        at = text.find(phrase, at + 1, start + len(phrase) + REALIGN_WINDOW)
    if not hits:
        return start, end
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(phrase)


class _CountryOf:
    """The ISO3 country of a gold toponym."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.country_ids = {
            p.geonameid: p.country for p in gazetteer.by_id.values() if p.feature == "country"
        }
        self.points = [p for p in gazetteer.by_id.values() if p.feature == "city"]

    def __call__(self, gold: GoldToponym) -> str | None:
        if gold.country_geonameid is not None:
            return self.country_ids.get(gold.country_geonameid)
        place = self.gazetteer.by_id.get(gold.geonameid)
        if place is not None:
            return place.country
        if gold.lat is None or gold.lon is None:
            return None
        lat, lon = gold.lat, gold.lon
        nearest = min(self.points, key=lambda p: _distance2(lat, lon, p))
        return nearest.country


def _distance2(lat: float, lon: float, place: Place) -> float:
    assert place.lat is not None and place.lon is not None
    dlon = (lon - place.lon) * math.cos(math.radians(lat))
    return (lat - place.lat) ** 2 + dlon**2


def evaluate_resolution(docs: list[GeoDoc], gazetteer: Gazetteer, report: Report) -> None:
    exact, country, known = Accuracy(), Accuracy(), Accuracy()
    exact_known, country_known = Accuracy(), Accuracy()
    # Names the gazetteer lacks, given the document's main country (no id) as the place
    # stage does: scored apart so that the numbers above stay those of the gazetteer.
    country_only, country_with_only = Accuracy(), Accuracy()
    country_of = _CountryOf(gazetteer)
    for doc in docs:
        # Gold spans are tagged places, as NER-tagged names are in the place stage.
        context = document_context([t.text for t in doc.toponyms], gazetteer, stems=True)
        named = without_strays(
            [
                (gold.text, gazetteer.resolve(gold.text, context, stems=True))
                for gold in doc.toponyms
            ]
        )
        resolved = [(gold, place) for gold, (_, place) in zip(doc.toponyms, named, strict=True)]
        main = main_country(place for _, place in resolved if place is not None)
        for gold, place in resolved:
            known.add(place is not None)
            exact.add(place is not None and place.geonameid == gold.geonameid)
            gold_country = country_of(gold)
            country.add(place is not None and place.country == gold_country)
            if place is not None:
                exact_known.add(place.geonameid == gold.geonameid)
                country_known.add(place.country == gold_country)
                country_with_only.add(place.country == gold_country)
            else:
                _, local = unknown_place_country(gazetteer, gold.text, main)
                if local is not None:
                    country_only.add(local == gold_country)
                country_with_only.add(local is not None and local == gold_country)
            if place is None or place.geonameid != gold.geonameid:
                got = f"{place.name} ({place.country}, {place.geonameid})" if place else None
                report.errors.append(
                    f"{doc.id} {gold.text!r}: gold {gold.geonameid} ({gold_country}) got {got}"
                )
    report.metrics["resolution exact id (gold spans)"] = exact.as_dict()
    report.metrics["resolution country (gold spans)"] = country.as_dict()
    report.metrics["toponyms resolved (coverage)"] = known.as_dict()
    report.metrics["exact id of resolved toponyms"] = exact_known.as_dict()
    report.metrics["country of resolved toponyms"] = country_known.as_dict()
    report.metrics["country-only, unknown names given one"] = country_only.as_dict()
    report.metrics["country with country-only (gold spans)"] = country_with_only.as_dict()


def evaluate_end_to_end(docs: list[GeoDoc], gazetteer: Gazetteer, report: Report) -> None:
    from dyadline.nlp.places import find_toponyms

    nlp = _model()
    recognition, resolved = PRF(), Accuracy()
    for doc, spacy_doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        found = find_toponyms(spacy_doc, gazetteer, PlaceContext(), actor_tokens=set())
        matched: set[int] = set()
        for mention in found:
            start, end = mention.span.start_char, mention.span.end_char
            hit = next((i for i, g in enumerate(doc.toponyms)
                        if start < g.end and g.start < end and i not in matched), None)  # fmt: skip
            if hit is None:
                if not any(start < e and s < end for s, e in doc.unlinked):
                    recognition.fp += 1
                continue
            matched.add(hit)
            recognition.tp += 1
            if mention.location.geonameid is not None:  # not a country-only place
                resolved.add(mention.location.geonameid == doc.toponyms[hit].geonameid)
        recognition.fn += len(doc.toponyms) - len(matched)
    report.metrics["recognition (end to end)"] = recognition.as_dict()
    report.metrics["exact id of recognised (end to end)"] = resolved.as_dict()


def split_docs(docs: list[GeoDoc], split: str = "all") -> list[GeoDoc]:
    """The articles whose numeric id is even (development) or odd (held out), or all."""
    from dyadline.eval import select_split

    ids = select_split([{"id": doc.id} for doc in docs], split)
    keep = {item["id"] for item in ids}
    return [doc for doc in docs if doc.id in keep]


def _model() -> Any:
    import spacy

    from dyadline.nlp import MODEL

    return spacy.load(MODEL, exclude=["lemmatizer"])


def evaluate_dataset(
    name: str, path: str | None, end_to_end: bool = True, split: str = "all"
) -> Report | None:
    """Score one dataset (or the ``split`` half of its articles, by the parity of the
    article's numeric id); ``None`` when its file is absent (callers skip cleanly)."""
    location = Path(path or DEFAULTS[name])
    if location.is_dir():
        location = location / FILES[name]
    if not location.exists():
        return None
    docs = list(read_gwn(location) if name == "geowebnews" else read_lgl(location))
    docs = split_docs(docs, split)
    source = str(location) if split == "all" else f"{location} ({split} ids)"
    report = Report(task=f"geo-{name}", source=source, items=len(docs))
    gazetteer = load_gazetteer()
    evaluate_resolution(docs, gazetteer, report)
    if end_to_end:
        evaluate_end_to_end(docs, gazetteer, report)
    return report
