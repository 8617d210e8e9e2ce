"""The place stage and the gazetteer: toponyms resolved in context, event locations."""

from __future__ import annotations

import gzip

import pytest

from dyadline.nlp.doc_state import EventMention
from dyadline.nlp.gazetteer import (
    Place,
    PlaceContext,
    document_context,
    load_gazetteer,
    parse_place_words,
    read_regions,
)
from dyadline.nlp.places import find_toponyms


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _parsed(nlp, text: str):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if not name.startswith("dyadline_"):
            doc = component(doc)
    return doc


def test_places_gazetteer_context_picks_the_local_reading(gazetteer):
    assert gazetteer.resolve("Alexandria").country == "EGY"
    local = gazetteer.resolve("Alexandria", PlaceContext({"USA"}, {"US.LA"}))
    assert (local.country, local.admin1) == ("USA", "US.LA")


def test_places_gazetteer_knows_short_country_names(gazetteer):
    assert gazetteer.resolve("U.S.").country == "USA"
    assert gazetteer.resolve("the Philippines").country == "PHL"
    assert gazetteer.resolve("Britain").feature == "country"


def test_places_gazetteer_capital_outranks_a_state_of_the_same_name(gazetteer):
    assert gazetteer.resolve("Washington").feature == "city"


def test_places_matcher_finds_names_and_skips_stop_names(nlp, gazetteer):
    doc = _parsed(nlp, "Police said shelling hit Kherson and Zaporizhzhia overnight.")
    names = [p.span.text for p in find_toponyms(doc, gazetteer, PlaceContext(), set())]
    assert "Police" not in names
    assert "Kherson" in names


def test_places_actor_tokens_are_not_places(nlp, gazetteer):
    doc = _parsed(nlp, "Seoul condemned the launch, officials in Tokyo said.")
    seoul = {t.i for t in doc if t.text == "Seoul"}
    names = [p.span.text for p in find_toponyms(doc, gazetteer, PlaceContext(), seoul)]
    assert "Seoul" not in names
    assert "Tokyo" in names


def _located(nlp, text: str, trigger: str):
    doc = _parsed(nlp, text)
    doc._.actors, doc._.actor_at = [], {}
    token = next(t for t in doc if t.text == trigger)
    event = EventMention(type="ASSAULT", trigger=doc[token.i : token.i + 1], evidence=token.sent)
    doc._.events = [event]
    nlp.get_pipe("dyadline_places")(doc)
    return event


def test_places_event_location_from_the_predicate(nlp):
    event = _located(nlp, "Russian missiles struck Kharkiv on Monday.", "struck")
    assert event.location is not None and event.location.country == "UKR"
    assert event.location.name == "Kharkiv"


def test_places_event_location_through_the_object_noun(nlp):
    event = _located(nlp, "Officials from both sides held talks in Doha on Tuesday.", "held")
    assert event.location is not None and event.location.country == "QAT"


def test_places_no_place_no_location(nlp):
    event = _located(nlp, "The army struck at dawn.", "struck")
    assert event.location is None


def test_places_words_reject_a_malformed_alias_table():
    with pytest.raises(ValueError):
        parse_place_words({"country_aliases": {"USA": "America"}})


def test_places_words_reject_a_region_key_that_is_not_a_geonames_code():
    with pytest.raises(ValueError):
        parse_place_words({"region_aliases": {"California": ["Calif."]}})


def test_places_gazetteer_knows_regions_outside_the_us_without_accents(gazetteer):
    region = gazetteer.resolve("Tamil Nadu")
    assert (region.feature, region.country) == ("admin1", "IND")
    assert gazetteer.resolve("Western Cape").country == "ZAF"


def test_places_gazetteer_a_region_word_names_the_region(gazetteer):
    assert gazetteer.resolve("Puebla").feature == "city"
    assert gazetteer.resolve("Puebla State").feature == "admin1"


def test_places_gazetteer_a_city_named_like_its_region_is_the_city(gazetteer):
    assert gazetteer.resolve("Dubai").feature == "city"
    assert gazetteer.resolve("New York").feature == "city"
    assert gazetteer.resolve("Oklahoma").feature == "admin1"


def test_places_gazetteer_region_abbreviations_and_context(gazetteer):
    assert gazetteer.resolve("Calif.").name == "California"
    assert gazetteer.resolve("B.C.").country == "CAN"
    context = PlaceContext({"USA"}, {gazetteer.resolve("Ga.").admin1 or ""})
    assert gazetteer.resolve("Columbus", context).admin1 == "US.GA"


def test_places_regions_file_with_other_columns_is_rejected(tmp_path):
    path = tmp_path / "regions.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("id\tname\n1\tSomewhere\n")
    with pytest.raises(ValueError):
        list(read_regions(path))


def test_places_gazetteer_small_towns_only_when_nothing_bigger_is_called_so(gazetteer):
    town = gazetteer.resolve("Lockerbie")
    assert (town.country, town.admin1) == ("GBR", "GB.SCT") and town.population < 5000
    assert gazetteer.candidates("Lockerbie", towns=False) == []


def test_places_gazetteer_formal_and_compass_names_point_to_the_whole(gazetteer):
    assert gazetteer.resolve("Republic of Armenia").feature == "country"
    assert gazetteer.resolve("Western Ukraine").country == "UKR"
    assert gazetteer.resolve("Eastern European") is None  # a demonym, not a place


def test_places_gazetteer_a_namesake_near_an_unambiguous_town_wins(gazetteer):
    assert gazetteer.resolve("Portland", PlaceContext({"USA"})).admin1 == "US.OR"
    augusta = next(p for p in gazetteer.candidates("Augusta") if p.admin1 == "US.ME")
    near = gazetteer.resolve("Portland", PlaceContext({"USA"}, anchors=[augusta]))
    assert near.admin1 == "US.ME"


def test_places_gazetteer_capital_is_the_city_named_so_not_a_bigger_alias(gazetteer):
    place = gazetteer.resolve("New Delhi", PlaceContext({"IND"}))
    assert place.name == "New Delhi" and place.geonameid in gazetteer.capitals


def test_places_gazetteer_georgia_follows_the_country_of_the_document(gazetteer):
    assert gazetteer.resolve("Georgia").feature == "country"
    assert gazetteer.resolve("Georgia", PlaceContext({"USA"})).admin1 == "US.GA"
    assert gazetteer.resolve("Georgia", PlaceContext({"USA", "GEO"})).feature == "country"
    context = document_context(["Georgia", "Macon", "Calif."], gazetteer)
    assert "GEO" not in context.countries


def test_places_org_entity_named_like_a_province_is_a_toponym(nlp, gazetteer):
    from spacy.tokens import Span

    doc = nlp.make_doc("Farmers in Manitoba met officials from Acme Holdings.")
    doc.ents = [Span(doc, 2, 3, label="ORG"), Span(doc, 6, 8, label="ORG")]
    names = [p.span.text for p in find_toponyms(doc, gazetteer, PlaceContext(), set())]
    assert names == ["Manitoba"]


def test_places_gazetteer_abbreviated_saint_mount_fort_are_the_full_word(gazetteer):
    assert gazetteer.candidates("Ft. Worth") == gazetteer.candidates("Fort Worth") != []
    short = gazetteer.resolve("St. Petersburg", PlaceContext({"RUS"}))
    assert short == gazetteer.resolve("Saint Petersburg", PlaceContext({"RUS"}))
    assert short.country == "RUS"
    assert gazetteer.resolve("Mt. Vernon").name == "Mount Vernon"


def test_places_words_abbreviations_expand_only_before_the_last_word():
    from dyadline.nlp.gazetteer import fold

    assert fold("St. Louis") == "saint louis"
    assert fold("Main St.") == "main st."


def test_places_words_reject_an_abbreviation_key_that_is_not_a_word():
    from dyadline.nlp.gazetteer import parse_abbreviated_words

    assert parse_abbreviated_words({"abbreviated_words": {"fort": ["Ft."]}}) == {"ft.": "fort"}
    with pytest.raises(ValueError):
        parse_abbreviated_words({"abbreviated_words": {"Ft.": ["Fort"]}})


def test_places_gazetteer_a_town_bearing_the_name_competes_with_an_other_name(gazetteer):
    # "Twickenham" is also a former name of Huntsville, Alabama: the London district
    # bearing the name itself must be a candidate too.
    found = gazetteer.candidates("Twickenham")
    assert {p.country for p in found} >= {"USA", "GBR"}
    assert {p.country for p in gazetteer.candidates("Twickenham", towns=False)} == {"USA"}
    # "Pierce" is another name of a larger town (Garnet, Montana) and the own name of
    # small towns in Nebraska and Colorado: a town called Pierce wins.
    assert gazetteer.resolve("Pierce", PlaceContext({"USA"})).name == "Pierce"


def test_places_gazetteer_a_city_word_names_the_city(gazetteer):
    place = gazetteer.resolve("Calamba City")
    assert (place.feature, place.country, place.name) == ("city", "PHL", "Calamba")
    assert gazetteer.resolve("Nowherezzz City") is None


def test_places_gazetteer_nation_adjectives_resolve_to_the_nation(gazetteer):
    english = gazetteer.resolve("English")
    assert (english.feature, english.admin1) == ("admin1", "GB.ENG")
    assert gazetteer.resolve("Welsh").name == "Wales"


def test_places_gazetteer_a_capital_yields_to_a_namesake_the_region_supports(gazetteer):
    assert gazetteer.resolve("Paris").country == "FRA"
    assert gazetteer.resolve("Paris", PlaceContext({"USA"})).country == "FRA"
    texas = gazetteer.resolve("Texas").admin1 or ""
    local = gazetteer.resolve("Paris", PlaceContext({"USA"}, {texas}))
    assert (local.country, local.admin1) == ("USA", texas)
    # A French region in the text keeps the capital even beside Texas.
    france = PlaceContext({"USA", "FRA"}, {texas, gazetteer.resolve("Normandy").admin1 or ""})
    assert gazetteer.resolve("Paris", france).country == "FRA"


def test_places_gazetteer_plural_demonyms_name_the_country(gazetteer):
    from dyadline.nlp.gazetteer import plural_demonym

    assert [plural_demonym(w) for w in ("Russian", "Iraqi", "British", "Chinese", "Swiss")] == [
        "Russians", "Iraqis", "British", "Chinese", "Swiss"
    ]  # fmt: skip
    assert gazetteer.resolve("Syrians").country == "SYR"
    assert gazetteer.resolve("Northern Russians") is None  # a people, not a part of Russia


def test_places_gazetteer_county_stem_only_when_nothing_else_has_the_name(gazetteer):
    county = gazetteer.resolve("Sarpy", stems=True)
    assert (county.feature, county.admin1) == ("admin2", "US.NE")
    assert gazetteer.candidates("Sarpy") == []  # only for names tagged as places
    assert gazetteer.resolve("Travis") is None  # a first name, whatever Travis County says
    assert gazetteer.resolve("Shelby", stems=True).feature == "city"  # a town has the name


def test_places_gazetteer_inverted_region_names_are_indexed_by_their_head(gazetteer):
    region = gazetteer.resolve("Dagestan")
    assert (region.feature, region.country) == ("admin1", "RUS")


def _tagged(nlp, text: str, places: list[str]):
    """A doc whose only entities are the given names, tagged GPE."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    ents = []
    for name in places:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label="GPE")
        ents.append(Span(doc, span.start, span.end, label="GPE"))
    doc.ents = ents
    return doc


def test_places_unknown_tagged_name_takes_the_main_country_without_an_id(nlp, gazetteer):
    text = "Police in Durban and Pretoria said a march in Khayelitsha ended calmly."
    doc = _tagged(nlp, text, ["Durban", "Pretoria", "Khayelitsha"])
    found = {p.span.text: p.location for p in find_toponyms(doc, gazetteer, PlaceContext(), set())}
    assert found["Durban"].geonameid is not None
    local = found["Khayelitsha"]
    assert (local.name, local.country, local.geonameid, local.lat) == (
        "Khayelitsha", "ZAF", None, None
    )  # fmt: skip


def test_places_unknown_name_without_a_main_country_is_dropped(nlp, gazetteer):
    text = "Ministers from Durban and Lyon met in Khayelitsha on Monday."
    doc = _tagged(nlp, text, ["Durban", "Lyon", "Khayelitsha"])
    names = [p.span.text for p in find_toponyms(doc, gazetteer, PlaceContext(), set())]
    assert names == ["Durban", "Lyon"]


def test_places_unknown_name_spanning_borders_takes_no_country(nlp, gazetteer):
    from dyadline.nlp.gazetteer import spans_borders

    assert spans_borders("the Red Sea") and spans_borders("European Commission")
    assert not spans_borders("Khayelitsha")
    text = "Ships left Jeddah and Yanbu for the Zorbal Sea on Monday."
    doc = _tagged(nlp, text, ["Jeddah", "Yanbu", "Zorbal Sea"])
    names = [p.span.text for p in find_toponyms(doc, gazetteer, PlaceContext(), set())]
    assert "Zorbal Sea" not in names and "Jeddah" in names


def test_places_main_country_needs_a_clear_majority(gazetteer):
    from dyadline.nlp.gazetteer import main_country

    durban, pretoria, lyon = (gazetteer.resolve(n) for n in ("Durban", "Pretoria", "Lyon"))
    assert main_country([durban, pretoria, lyon]) == "ZAF"
    assert main_country([durban, lyon]) is None
    assert main_country([durban]) is None  # one place is not enough


def test_places_possessive_and_lost_final_period_still_resolve(nlp, gazetteer):
    assert gazetteer.resolve("W.Va").name == gazetteer.resolve("W.Va.").name == "West Virginia"
    from spacy.tokens import Span

    doc = _parsed(nlp, "Deputies said Tennessee's governor visited Nashville.")
    doc.ents = [Span(doc, 2, 4, label="GPE")]  # the tagged name takes in the "'s"
    names = [p.span.text for p in find_toponyms(doc, gazetteer, PlaceContext(), set())]
    assert "Tennessee" in names


def test_places_gazetteer_generic_word_is_no_county_stem(gazetteer):
    assert all(p.feature != "admin2" for p in gazetteer.candidates("Gulf", stems=True))


def test_places_gazetteer_readings_of_two_ambiguous_names_near_each_other_win(gazetteer):
    alone = document_context(["Springfield"], gazetteer)
    assert gazetteer.resolve("Springfield", alone).admin1 == "US.MO"  # the largest
    pair = document_context(["Springfield", "Worcester"], gazetteer)
    assert gazetteer.resolve("Springfield", pair).admin1 == "US.MA"
    assert gazetteer.resolve("Worcester", pair).admin1 == "US.MA"
    other = document_context(["Springfield", "Decatur"], gazetteer)
    assert gazetteer.resolve("Springfield", other).admin1 == "US.IL"


def _town(gid: int, name: str, country: str, population: int) -> Place:
    return Place(gid, name, country, 0.0, 0.0, population, "city")


def test_places_stray_small_town_abroad_becomes_an_unknown_name():
    from dyadline.nlp.gazetteer import without_strays

    leeds, york = _town(1, "Leeds", "GBR", 500_000), _town(2, "York", "GBR", 150_000)
    hamlet = _town(3, "Cheshire", "USA", 6_000)
    named = [("Leeds", leeds), ("York", york), ("Cheshire", hamlet)]
    assert [p for _, p in without_strays(named)] == [leeds, york, None]
    # An actor from its country, a second name there, or a large city keeps the reading.
    assert without_strays(named, {"USA"})[2][1] == hamlet
    boston = _town(4, "Boston", "USA", 600_000)
    more = [("Hull", leeds), ("Bath", york), ("Ely", york)]
    assert without_strays([*named, *more, ("Boston", boston)])[2][1] == hamlet
    assert without_strays([*named, *more])[2][1] is None
    big = _town(5, "Cheshire", "USA", 90_000)
    assert without_strays([*named[:2], ("Cheshire", big)])[2][1] == big
    # Without a main country nothing is stray.
    assert without_strays([("York", york), ("Cheshire", hamlet)])[1][1] == hamlet


def test_places_named_regions_and_seas_take_their_country_or_none(nlp, gazetteer):
    # Namesake towns elsewhere must not take these names.
    assert gazetteer.resolve("Siberia") is None and gazetteer.resolve("the North Sea") is None
    assert gazetteer.named_feature("the Black Sea") == (True, None)
    text = "Warships left the Black Sea as shelling hit Donbas, Sinai and Kharkiv."
    doc = _tagged(nlp, text, ["Black Sea", "Donbas", "Sinai", "Kharkiv"])
    found = {p.span.text: p.location for p in find_toponyms(doc, gazetteer, PlaceContext(), set())}
    assert (found["Donbas"].country, found["Donbas"].geonameid) == ("UKR", None)
    assert found["Sinai"].country == "EGY"
    assert found["Black Sea"].country is None


def test_places_named_features_need_a_country_code_or_none():
    with pytest.raises(ValueError, match="named_features"):
        parse_place_words({"named_features": {"Ukraine": ["Donbas"]}})
