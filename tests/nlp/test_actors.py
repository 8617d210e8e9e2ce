"""The actor stage: knowledge-base matching, dated roles, titles, pronouns, appositives.

The people here are fictional and come from a user file written by the test, so the tests
do not depend on who holds which office in the real world.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coding import actor_at
from dyadline.coder import Coder
from dyadline.knowledge.actor_kb import KBActor, Role
from dyadline.nlp import PipelineConfig
from dyadline.nlp.actors import KnownActorEntity, identity_on
from dyadline.nlp.syntax import ActorLookup
from dyadline.nlp.to_record import refs_on
from dyadline.records import ActorRef

USER_ACTORS = """\
people:
  - id: person:orla-quenby
    name: Orla Quenby
    aliases: [Quenby]
    gender: f
    roles:
      - {title: Foreign Minister of Norway, country: NOR, sector: GOV, start: 2010-01-01, end: 2015-06-01}
      - {title: Commissioner for Trade, igo: EU, sector: IGO, start: 2015-06-01, end: null}
  - id: person:bram-tollerud
    name: Bram Tollerud
    aliases: [Tollerud]
    gender: m
    roles:
      - {title: Prime Minister of Norway, country: NOR, sector: GOV, start: 2009-01-01, end: 2013-01-01}
  - id: person:oskar-lindqvist
    name: Oskar Lindqvist
    aliases: [Lindqvist]
    gender: m
    roles:
      - {title: Finance Minister of Norway, country: NOR, sector: GOV, start: 2009-01-01, end: 2013-01-01}
  - id: person:per-aasen
    name: Per Aasen
    gender: m
    roles:
      - {title: President of the Nordic Sea Council Assembly, igo: NORDSEA, sector: IGO, start: 2019-01-01, end: null}
  - id: person:maren-holt
    name: Maren Holt
    aliases: [Holt]
    gender: f
    roles:
      - {title: Secretary General of the Nordic Sea Council, igo: NORDSEA, sector: IGO, start: 2018-01-01, end: null}
  - id: person:kalle-rusk
    name: Kalle Rusk
    aliases: [Rusk]
    gender: m
    roles:
      - {title: Leader of the North Wind Front, country: NOR, sector: REB, start: 2016-01-01, end: null}
igos:
  - {id: igo:NORDSEA, igo: NORDSEA, name: Nordic Sea Council, aliases: [Nordsea Council]}
groups:
  - {id: group:north-wind-front, name: North Wind Front, country: NOR, sector: REB}
  - {id: group:harbour-league-nor, name: Harbour League, country: NOR, sector: PTY}
  - {id: group:harbour-league-swe, name: Harbour League, country: SWE, sector: PTY}
  - {id: group:coastal-union-nor, name: Coastal Union of Norway, country: NOR, sector: PTY}
  - {id: group:friends-of-norway, name: Friends of Norway, country: SWE, sector: NGO}
lexicon:
  lists:
    epithet_nouns: [skald]
"""


@pytest.fixture(scope="module")
def user_coder(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    path = Path(tmp_path_factory.mktemp("actors")) / "fictional.yaml"
    path.write_text(USER_ACTORS, encoding="utf-8")
    return Coder(PipelineConfig(actor_files=(str(path),)))


def test_actors_dated_role_follows_the_document_date(user_coder: Coder) -> None:
    text = "Orla Quenby criticised the plan on Monday."
    early = actor_at(user_coder.code(text, date="2012-03-01"), text, "Orla Quenby")
    late = actor_at(user_coder.code(text, date="2020-03-01"), text, "Orla Quenby")
    assert early is not None and (early.country, early.sector, early.igo) == ("NOR", "GOV", None)
    assert late is not None and (late.sector, late.igo) == ("IGO", "EU")
    assert late.role == "Commissioner for Trade"


def test_actors_out_of_office_person_keeps_country_but_no_sector(user_coder: Coder) -> None:
    text = "Bram Tollerud spoke at a conference in Oslo."
    actor = actor_at(user_coder.code(text, date="2019-05-05"), text, "Bram Tollerud")
    assert actor is not None and actor.country == "NOR" and actor.sector is None
    assert actor.role is not None and actor.role.startswith("former ")


def test_actors_title_resolves_to_the_office_holder_on_the_date(user_coder: Coder) -> None:
    text = "Norway's foreign minister said the talks would resume."
    actor = actor_at(user_coder.code(text, date="2012-03-01"), text, "foreign minister")
    assert actor is not None and actor.name == "Orla Quenby"
    later = actor_at(user_coder.code(text, date="2020-03-01"), text, "foreign minister")
    assert later is None or later.name != "Orla Quenby"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sweden's ruling Harbour League won the vote.", "SWE"),
        ("Norway's ruling Harbour League won the vote.", "NOR"),
        ("Bram Tollerud and his Harbour League won the vote.", "NOR"),
    ],
)
def test_actors_shared_group_name_takes_the_country_named_before_it(
    user_coder: Coder, text: str, country: str
) -> None:
    actor = actor_at(user_coder.code(text, date="2011-02-02"), text, "Harbour League")
    assert actor is not None and actor.country == country


def test_actors_surname_and_pronoun_join_the_named_person(user_coder: Coder) -> None:
    text = "Bram Tollerud met the king on Monday. Tollerud said he would return."
    record = user_coder.code(text, date="2011-02-02")
    first = actor_at(record, text, "Bram Tollerud")
    assert first is not None
    assert actor_at(record, text, "Tollerud", 1) is first
    assert actor_at(record, text, "he") is first


def test_actors_it_refers_to_an_organisation_not_a_person(coder: Coder) -> None:
    text = "The African Union suspended the country on Thursday. It said the coup was illegal."
    record = coder.code(text, date="2023-08-31")
    it = actor_at(record, text, "It")
    assert it is not None and it.igo == "AU"


def test_actors_unnamed_official_gets_country_and_sector(coder: Coder) -> None:
    text = "A senior Norwegian military official said drills would continue."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, "official")
    assert actor is not None and (actor.country, actor.sector) == ("NOR", "MIL")


def test_actors_appositive_affiliation_gives_unknown_person_sector(coder: Coder) -> None:
    text = "Ilse Varga, a senior fellow at the Atlantic Council, said the deal was weak."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, "Ilse Varga")
    assert actor is not None and actor.sector == "NGO" and actor.country == "USA"


def test_actors_compound_adjective_names_both_states(coder: Coder) -> None:
    text = "Armenian-Azerbaijani talks opened on Monday."
    record = coder.code(text, date="2023-05-01")
    first, second = actor_at(record, text, "Armenian"), actor_at(record, text, "Azerbaijani")
    assert first is not None and second is not None
    assert {first.country, second.country} == {"ARM", "AZE"}


def test_actors_capital_as_place_is_not_an_actor_but_as_subject_is(coder: Coder) -> None:
    text = "The ministers met in Oslo on Monday. Oslo rejected the proposal."
    record = coder.code(text, date="2024-01-10")
    place = actor_at(record, text, "Oslo", 0)
    assert place is None or place.kind == "location"  # a place, never the government
    acting = actor_at(record, text, "Oslo", 1)
    assert acting is not None and acting.kind == "state" and acting.country == "NOR"


def test_actors_identity_on_reads_roles_across_a_change_of_office() -> None:
    person = KBActor(
        id="person:x-y", name="X Y", kind="person",
        roles=(Role("Minister", "NOR", "GOV", None, dt.date(2010, 1, 1), dt.date(2015, 1, 1)),
               Role("Judge", "NOR", "JUD", None, dt.date(2016, 1, 1), None)),
    )  # fmt: skip
    assert person.identity_on(dt.date(2012, 1, 1)).sector == "GOV"
    gap = person.identity_on(dt.date(2015, 6, 1))
    assert (gap.country, gap.sector, gap.role) == ("NOR", None, "former Minister")
    assert person.identity_on(dt.date(2020, 1, 1)).sector == "JUD"


def test_to_record_event_refs_are_read_on_the_event_date() -> None:
    person = KBActor(
        id="person:x-y", name="X Y", kind="person",
        roles=(Role("President", "NOR", "GOV", None, dt.date(2010, 1, 1), dt.date(2015, 1, 1)),),
    )  # fmt: skip
    entity = KnownActorEntity("person:x-y", "X Y", "person", "NOR", None, kb_actor=person)
    refs = [ActorRef(id="person:x-y", name="X Y", country="NOR", sector=None)]
    dated = refs_on([entity], refs, dt.date(2012, 1, 1))
    assert dated[0].sector == "GOV"
    assert identity_on(entity, dt.date(2016, 1, 1)) is not None
    assert refs_on([entity], refs, None) == refs


def test_actors_struck_city_is_a_location_actor_of_its_country(coder: Coder) -> None:
    text = "Drones struck an energy facility in Kharkiv overnight."
    record = coder.code(text, date="2024-03-01")
    city = actor_at(record, text, "Kharkiv", 0)
    assert city is not None and city.kind == "location" and city.country == "UKR"
    assert record.events and record.events[0].target is not None
    assert record.events[0].target.country == "UKR"


def test_actors_object_pronoun_skips_the_subject_of_its_clause(user_coder: Coder) -> None:
    text = "Bram Tollerud met Oskar Lindqvist on Monday. Tollerud accused him of lying."
    record = user_coder.code(text, date="2011-02-02")
    him = actor_at(record, text, "him")
    assert him is not None and him.name == "Oskar Lindqvist"


def test_actors_title_after_a_name_and_comma_is_that_person(coder: Coder) -> None:
    text = "Kalle Virtanen, the Finnish ambassador, said talks would resume."
    record = coder.code(text, date="2024-01-10")
    named = actor_at(record, text, "Kalle Virtanen")
    assert named is not None and actor_at(record, text, "ambassador") is named


def test_actors_unknown_person_after_owned_title_takes_its_country(coder: Coder) -> None:
    text = "Finland's ambassador to the UN, Kalle Virtanen, said talks would resume."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, "Kalle Virtanen")
    assert actor is not None and (actor.country, actor.sector) == ("FIN", "GOV")


def test_actors_coordinated_adjectives_stay_separate_states(coder: Coder) -> None:
    text = "British and French leaders condemned the attack."
    record = coder.code(text, date="2024-01-10")
    british, french = actor_at(record, text, "British"), actor_at(record, text, "French")
    assert british is not None and french is not None
    assert (british.country, french.country) == ("GBR", "FRA")


def test_actors_relative_clause_subject_pronoun_takes_the_described_noun(coder: Coder) -> None:
    text = "Germany praised Norway, which said it would send more tanks."
    it = actor_at(coder.code(text, date="2024-01-10"), text, "it")
    assert it is not None and it.country == "NOR"


def test_actors_capital_after_from_a_non_motion_noun_is_an_actor(coder: Coder) -> None:
    text = "The plan drew sharp warnings from Oslo on Monday."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, "Oslo")
    assert actor is not None and actor.country == "NOR"


def test_actors_identity_between_terms_keeps_the_national_country() -> None:
    person = KBActor(
        id="person:x-y", name="X Y", kind="person",
        roles=(Role("Prime Minister", "NOR", "GOV", None, dt.date(2010, 1, 1), dt.date(2012, 1, 1)),
               Role("Commissioner", None, "IGO", "EU", dt.date(2012, 1, 1), dt.date(2014, 1, 1))),
    )  # fmt: skip
    assert person.identity_on(dt.date(2015, 1, 1)).country == "NOR"


def test_actors_appositive_occupation_and_place_give_sector_and_country(coder: Coder) -> None:
    text = "Amos Kiprono, a tea farmer in Kericho, said prices had fallen."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, "Amos Kiprono")
    assert actor is not None and (actor.country, actor.sector) == ("KEN", "CVL")


def test_actors_appositive_body_type_wins_over_city_metonym(coder: Coder) -> None:
    text = "Petra Holm, a researcher at a Brussels think tank, said the plan would fail."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, "Petra Holm")
    assert actor is not None and actor.sector == "NGO" and actor.igo is None


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("A party spokesman", "PTY"),
        ("A spokesman for the party", "PTY"),
        ("A spokeswoman for the army", "MIL"),
    ],
)
def test_actors_spokesperson_takes_the_sector_spoken_for(
    coder: Coder, phrase: str, sector: str
) -> None:
    text = f"Norway held a snap vote on Monday. {phrase} said turnout was high."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, phrase)
    assert actor is not None and (actor.country, actor.sector) == ("NOR", sector)


def test_actors_institution_after_another_state_belongs_to_that_state(coder: Coder) -> None:
    text = (
        "South Korea's Joint Chiefs of Staff said the drills with the Joint Chiefs of Staff ended."
    )
    record = coder.code(text, date="2024-01-10")
    korean = actor_at(record, text, "Joint Chiefs of Staff")
    american = actor_at(record, text, "Joint Chiefs of Staff", 1)
    assert korean is not None and (korean.country, korean.sector) == ("KOR", "MIL")
    assert american is not None and (american.country, american.sector) == ("USA", "MIL")


def test_actors_curly_apostrophe_name_is_one_person(coder: Coder) -> None:
    text = "Michael O’Dowd said the talks failed. O'Dowd said he would try again."
    record = coder.code(text, date="2024-01-10")
    first = actor_at(record, text, "Michael O’Dowd")
    assert first is not None and first.name == "Michael O'Dowd"
    assert actor_at(record, text, "O'Dowd") is first


def test_actors_appositive_organisation_name_gives_sector_and_country(coder: Coder) -> None:
    text = "Ada Nwosu, a chemist at the University of Ibadan, said the water was unsafe."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, "Ada Nwosu")
    assert actor is not None and (actor.country, actor.sector) == ("NGA", "EDU")


def test_actors_spokesperson_of_an_institution_takes_its_sector(coder: Coder) -> None:
    text = "Iran seized a tanker. A Pentagon spokeswoman said warships would stay in the Gulf."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, "Pentagon spokeswoman")
    assert actor is not None and (actor.country, actor.sector) == ("USA", "MIL")


def test_actors_head_of_an_igo_is_its_leader_on_the_date(user_coder: Coder) -> None:
    text = "The head of the Nordic Sea Council warned of overfishing."
    actor = actor_at(user_coder.code(text, date="2020-04-01"), text, "head")
    assert actor is not None and actor.name == "Maren Holt"
    before = actor_at(user_coder.code(text, date="2017-04-01"), text, "head")
    assert before is None or before.name != "Maren Holt"


def test_actors_president_of_an_igos_assembly_does_not_lead_the_igo(user_coder: Coder) -> None:
    # the assembly's president is listed first: only the office words can rule him out
    text = "The head of the Nordic Sea Council warned of overfishing."
    actor = actor_at(user_coder.code(text, date="2020-04-01"), text, "head")
    assert actor is not None and actor.name == "Maren Holt"


def test_actors_group_possessive_title_names_the_group_leader(user_coder: Coder) -> None:
    text = "The North Wind Front said on Monday that its leader had been wounded."
    actor = actor_at(user_coder.code(text, date="2020-04-01"), text, "leader")
    assert actor is not None and actor.name == "Kalle Rusk"


def test_actors_epithet_refers_back_to_the_person_and_user_lexicon_extends_it(
    user_coder: Coder,
) -> None:
    text = "Bram Tollerud opened the congress. The veteran skald said the party must change."
    record = user_coder.code(text, date="2011-02-02")
    assert actor_at(record, text, "skald") is actor_at(record, text, "Bram Tollerud") is not None


def test_actors_state_nouns_and_control_adjectives_refer_to_the_state(coder: Coder) -> None:
    text = "Norway rejected the proposal. The kingdom said it was ready to talk again."
    record = coder.code(text, date="2024-01-10")
    kingdom, it = actor_at(record, text, "kingdom"), actor_at(record, text, "it")
    assert kingdom is not None and kingdom.country == "NOR"
    assert it is not None and it.country == "NOR"


def test_actors_person_introduced_with_an_age_is_a_civilian_of_the_place(coder: Coder) -> None:
    text = "Ada Brenn, 52, who lives in Bergen, said the ferry had stopped running."
    actor = actor_at(coder.code(text, date="2024-01-10"), text, "Ada Brenn")
    assert actor is not None and (actor.country, actor.sector) == ("NOR", "CVL")


def test_actors_spokesperson_for_a_body_speaks_for_that_body(user_coder: Coder) -> None:
    text = "A spokeswoman for the Nordic Sea Council said quotas would be cut."
    actor = actor_at(user_coder.code(text, date="2020-04-01"), text, "spokeswoman")
    assert actor is not None and actor.igo == "NORDSEA"


def test_actors_pro_state_fighters_are_not_that_states_forces(coder: Coder) -> None:
    text = "Pro-Russian separatists shelled the town overnight."
    actor = actor_at(coder.code(text, date="2015-01-10"), text, "separatists")
    assert actor is not None and actor.sector == "REB" and actor.country is None


def test_actors_body_run_by_a_group_belongs_to_it(user_coder: Coder) -> None:
    text = "Officials said the strike hit a port. North Wind Front-run health authorities said five died."
    actor = actor_at(user_coder.code(text, date="2020-04-01"), text, "authorities")
    assert actor is not None and actor.id == "group:north-wind-front"


def test_actors_junta_is_the_mentioned_state_under_military_rule_on_the_date(coder: Coder) -> None:
    text = "Thailand and Cambodia held border talks on Monday. The junta said it wanted calm."
    actor = actor_at(coder.code(text, date="2016-03-01"), text, "junta")
    assert actor is not None and (actor.country, actor.sector) == ("THA", "MIL")


def test_actors_object_controls_the_pronoun_of_its_infinitive(user_coder: Coder) -> None:
    text = "Bram Tollerud met Oskar Lindqvist. Tollerud urged him to keep the promises he had made."
    record = user_coder.code(text, date="2011-02-02")
    assert actor_at(record, text, "he") is actor_at(record, text, "Oskar Lindqvist") is not None


def test_actors_possessive_in_a_coordination_refers_to_the_partner(coder: Coder) -> None:
    text = "Germany agreed to send tanks after weeks of pressure from Kyiv and its allies."
    actor = actor_at(coder.code(text, date="2023-01-26"), text, "its")
    assert actor is not None and actor.country == "UKR"


def test_actors_apposed_title_gives_an_unknown_person_its_office(coder: Coder) -> None:
    text = (
        "Somalia announced new taxes. Liban Warsame, the finance minister, said revenue would rise."
    )
    actor = actor_at(coder.code(text, date="2024-05-01"), text, "Liban Warsame")
    assert actor is not None and (actor.country, actor.sector) == ("SOM", "GOV")


def test_actors_possessed_head_title_names_the_bodys_leader(user_coder: Coder) -> None:
    text = "The Nordic Sea Council met on Monday. The council's managing director said quotas would fall."
    actor = actor_at(user_coder.code(text, date="2020-04-01"), text, "managing director")
    assert actor is not None and actor.name == "Maren Holt"


def test_actors_place_tagged_as_a_name_is_a_location_with_its_country(coder: Coder) -> None:
    text = "Ukrainian sea drones damaged a ferry in Kerch. Drones also struck Goma overnight."
    record = coder.code(text, date="2024-05-01")
    for place, country in (("Kerch", "UKR"), ("Goma", "COD")):
        actor = actor_at(record, text, place)
        assert actor is not None and (actor.kind, actor.country) == ("location", country)


def test_actors_named_region_is_a_location_of_its_country_and_a_sea_of_none(
    coder: Coder,
) -> None:
    text = (
        "Russian forces shelled Donbas overnight. Azerbaijani troops attacked "
        "Nagorno-Karabakh on Tuesday. Rebels attacked a cargo ship in the Red Sea."
    )
    record = coder.code(text, date="2023-09-20")
    for place, country in (("Donbas", "UKR"), ("Nagorno-Karabakh", "AZE")):
        actor = actor_at(record, text, place)
        assert actor is not None and (actor.kind, actor.country) == ("location", country)
    sea = actor_at(record, text, "Red Sea")
    assert sea is None or sea.country is None  # not Sudan's Red Sea State


def test_actors_neuter_pronoun_never_refers_to_a_place(coder: Coder) -> None:
    text = "Moscow condemned the strike on Kerch. It said the attack was terrorism."
    actor = actor_at(coder.code(text, date="2023-10-17"), text, "It")
    assert actor is not None and actor.country == "RUS" and actor.kind != "location"


def test_actors_people_in_a_place_take_the_places_country(coder: Coder) -> None:
    text = (
        "Russian missiles hit the city overnight. Residents in Kharkiv spent the night underground."
    )
    actor = actor_at(coder.code(text, date="2024-06-02"), text, "Residents")
    assert actor is not None and (actor.country, actor.sector) == ("UKR", "CVL")


def test_actors_bare_congo_is_the_drc_and_the_longer_name_the_republic(coder: Coder) -> None:
    text = "Congo cut ties with Rwanda. The Republic of the Congo called for calm."
    record = coder.code(text, date="2025-01-28")
    drc, republic = actor_at(record, text, "Congo"), actor_at(record, text, "Republic of the Congo")
    assert drc is not None and drc.country == "COD"
    assert republic is not None and republic.country == "COG"


def test_actors_bare_army_in_a_groups_story_is_its_countrys(coder: Coder) -> None:
    text = "The Rapid Support Forces denied the attack. The paramilitary said the army had bombed villages."
    record = coder.code(text, date="2024-05-12")
    assert (a := actor_at(record, text, "paramilitary")) is not None and a.id == "group:rsf"
    army = actor_at(record, text, "army")
    assert army is not None and (army.country, army.sector) == ("SDN", "MIL")


def test_actors_unowned_title_takes_the_place_of_its_own_sentence(coder: Coder) -> None:
    text = "Ukrainian officials reported attacks. In Kursk, the governor said Ukrainian shells hit homes."
    actor = actor_at(coder.code(text, date="2024-11-12"), text, "the governor")
    assert actor is not None and actor.country == "RUS"


def test_actors_official_from_a_capital_belongs_to_its_state(coder: Coder) -> None:
    text = "Syrian officials met in Baghdad. A senior official from Ankara said talks would go on."
    actor = actor_at(coder.code(text, date="2024-08-20"), text, "A senior official")
    assert actor is not None and actor.country == "TUR"


def test_actors_plural_pronoun_after_a_coordinated_subject_names_every_member(coder: Coder) -> None:
    text = "Armenia and Azerbaijan said on Thursday that they would sign a peace deal."
    record = coder.code(text, date="2023-09-01")
    start = text.index("they")
    holders = {a.country for a in record.actors if any(s <= start < e for s, e in a.mentions)}
    assert holders == {"ARM", "AZE"}


def test_actors_pair_descriptions_need_members_of_their_kind(coder: Coder) -> None:
    text = "Putin met Erdogan and Aliyev in Sochi. The two countries signed nothing."
    record = coder.code(text, date="2023-09-04")
    start = text.index("The two countries")
    assert not any(s <= start < e for a in record.actors for s, e in a.mentions)
    text = "Putin and Erdogan met in Sochi. The two leaders agreed to talk again."
    record = coder.code(text, date="2023-09-04")
    start = text.index("The two leaders")
    names = {a.name for a in record.actors if any(s <= start < e for s, e in a.mentions)}
    assert names == {"Vladimir Putin", "Recep Tayyip Erdogan"}


def test_actors_possessive_state_pronoun_gives_its_body_a_sector(coder: Coder) -> None:
    text = "Belarus said on Saturday that its army would respond."
    actor = actor_at(coder.code(text, date="2024-09-14"), text, "army")
    assert actor is not None and (actor.country, actor.sector) == ("BLR", "MIL")


def test_actors_state_body_description_prefers_the_subject_state(coder: Coder) -> None:
    text = (
        "Burkina Faso expelled two French diplomats on Friday. It said the authorities would act."
    )
    actor = actor_at(coder.code(text, date="2023-12-02"), text, "the authorities")
    assert actor is not None and actor.country == "BFA"


def test_actors_group_reference_is_every_member_for_the_lookup(coder: Coder) -> None:
    text = "Armenia and Azerbaijan said that they would meet."
    doc = coder.nlp(text)
    they = next(t for t in doc if t.lower_ == "they")
    members = ActorLookup(doc._.actor_at).all(they)
    assert sorted(doc._.actors[n].country for n in members) == ["ARM", "AZE"]


def test_actors_pair_reference_chains_to_an_earlier_one(coder: Coder) -> None:
    text = (
        "Armenia and Azerbaijan held talks in Geneva. Both countries agreed on a map. The venue was "
        "quiet. The two sides said they would meet again."
    )
    record = coder.code(text, date="2024-05-01")
    start = text.index("they")
    holders = {a.country for a in record.actors if any(s <= start < e for s, e in a.mentions)}
    assert holders == {"ARM", "AZE"}


def test_actors_gendered_pronoun_after_a_persons_office_is_the_person(user_coder: Coder) -> None:
    text = "Bram Tollerud's office said he would not attend."
    actor = actor_at(user_coder.code(text, date="2011-02-02"), text, "he")
    assert actor is not None and actor.name == "Bram Tollerud"


def test_actors_head_title_takes_the_place_its_sentence_puts_it_in(coder: Coder) -> None:
    text = (
        "A Ukrainian adviser called it a farce. Lavrov flew to Ankara, where the president met him."
    )
    actor = actor_at(coder.code(text, date="2025-04-12"), text, "the president")
    assert actor is not None and actor.country == "TUR"


def test_actors_country_named_as_a_place_is_a_location_not_the_state(coder: Coder) -> None:
    text = "Jordanian jets struck depots in Syria. Syria condemned the raid."
    record = coder.code(text, date="2024-03-01")
    place = actor_at(record, text, "Syria", 0)
    assert place is not None and (place.kind, place.country) == ("location", "SYR")
    acting = actor_at(record, text, "Syria", 1)
    assert acting is not None and acting.kind == "state" and acting.country == "SYR"


@pytest.mark.parametrize("dateline", ["ANKARA/TEHRAN —", "BEIJING -", "ANKARA, Turkey —"])
def test_actors_dateline_names_no_actor(coder, dateline):
    text = (
        f"Talks stall\n\n{dateline} The army of Syria said on Monday that rebels had "
        "shelled its positions near Idlib."
    )
    record = coder.code(text, date="2024-03-04")
    countries = {a.country for a in record.actors}
    assert "TUR" not in countries and "CHN" not in countries and "IRN" not in countries
    assert "SYR" in countries


def test_actors_paragraph_opening_with_an_acronym_is_no_dateline(coder):
    text = "Bulletin\n\nNATO on Monday condemned the cross-border raid, a long-planned attack."
    record = coder.code(text, date="2024-03-04")
    assert "igo:NATO" in {a.id for a in record.actors}


@pytest.mark.parametrize("description", ["the mission", "the agency", "the council"])
def test_actors_generic_igo_description_without_antecedent_names_no_igo(coder, description):
    text = f"The inspectors reached the plant on Thursday. The chief said {description} would stay."
    record = coder.code(text, date="2022-09-02")
    assert not [a for a in record.actors if a.sector == "IGO"]


def test_actors_the_alliance_alone_is_still_nato(coder):
    text = "Finland's leaders said on Sunday they wanted to join the alliance."
    actor = actor_at(coder.code(text, date="2022-05-15"), text, "the alliance")
    assert actor is not None and actor.igo == "NATO"


def test_actors_head_of_a_states_agency_is_not_its_head_of_state(coder):
    text = "The talks were attended by the head of Ukraine's SBU security service on Friday."
    actor = actor_at(coder.code(text, date="2024-08-16"), text, "the head")
    assert actor is not None and actor.country == "UKR"
    assert actor.id != "person:volodymyr-zelensky" and actor.sector != "GOV"


def test_actors_the_last_word_of_a_title_is_no_organisation(coder):
    text = "In Washington, Secretary of State John Kerry welcomed the agreement."
    record = coder.code(text, date="2015-02-12")
    assert not [a for a in record.actors if a.name == "State"]
    actor = actor_at(record, text, "John Kerry")
    assert actor is not None and actor.country == "USA"


def test_actors_a_state_name_the_model_calls_a_person_is_no_new_actor(coder):
    record = coder.code("Bases in northern Mali would be closed, Macron said.", date="2022-02-17")
    assert not [a for a in record.actors if a.id.startswith("local:") and a.name == "Mali"]


def test_actors_insurgents_belong_to_the_country_the_sentence_places_them_in(coder):
    text = (
        "Chad will pull its troops out of Niger, ending a long deployment against "
        "jihadist militants, the Chadian president said."
    )
    actor = actor_at(coder.code(text, date="2024-02-17"), text, "militants")
    assert actor is not None and actor.country == "NER"


def test_actors_a_speakers_government_is_their_own_countrys(coder):
    text = (
        "Russia's foreign ministry condemned the vote. Georgian President Salome "
        "Zourabichvili said the government would not back down."
    )
    actor = actor_at(coder.code(text, date="2019-06-21"), text, "the government")
    assert actor is not None and actor.country == "GEO"


def test_actors_the_first_word_of_a_title_is_no_organisation(coder):
    text = "Protesters demanded that Interior Minister Vakhtang Gomelauri resign."
    record = coder.code(text, date="2024-12-02")
    assert not [a for a in record.actors if a.name == "Interior"]


def test_actors_unnamed_police_belong_where_the_story_happens(coder):
    text = (
        "A Russian lawmaker addressed the assembly on Thursday. Riot police fired tear gas "
        "at the crowd. Protests continued in Tbilisi, and flights to Georgia were halted."
    )
    actor = actor_at(coder.code(text, date="2019-06-21"), text, "police")
    assert actor is not None and actor.country == "GEO"


def test_actors_a_conjunct_shares_the_demonym_of_its_head(coder):
    text = "Latvian soldiers and police pushed back migrants who crossed from Belarus."
    actor = actor_at(coder.code(text, date="2021-11-09"), text, "police")
    assert actor is not None and actor.country == "LVA"


def test_actors_a_states_commissioner_works_for_the_state_not_an_igo(coder):
    text = "The court named Olga Petrenko, Moldova's commissioner for human rights, as a witness."
    actor = actor_at(coder.code(text, date="2023-03-17"), text, "Olga Petrenko")
    assert actor is not None and actor.country == "MDA" and actor.sector == "GOV"


def test_actors_a_metonym_before_a_title_and_name_is_the_state(coder):
    text = "Kremlin spokesman Dmitry Peskov said the talks had ended."
    record = coder.code(text, date="2018-04-23")
    actor = actor_at(record, text, "Kremlin")
    assert actor is not None and actor.id == "state:RUS"


def test_actors_a_capitalised_sector_noun_opening_a_sentence_is_a_description(coder):
    text = "Armenia's prime minister resigned on Monday. Parliament is due to choose a successor."
    actor = actor_at(coder.code(text, date="2018-04-23"), text, "Parliament")
    assert actor is not None and actor.country == "ARM" and actor.sector == "LEG"


def test_actors_police_take_the_country_of_the_person_they_act_on(coder):
    text = (
        "In Moscow, the Kremlin said it would not interfere. A day earlier, opposition "
        "leader Nikol Pashinyan was detained by police."
    )
    actor = actor_at(coder.code(text, date="2018-04-23"), text, "police")
    assert actor is not None and actor.country == "ARM"


def test_actors_the_island_is_the_nearest_island_state(coder):
    text = (
        "China's navy said it held drills near Taiwan on Monday. Beijing said the exercises "
        "were a warning, and the island said it was on alert."
    )
    actor = actor_at(coder.code(text, date="2023-04-10"), text, "the island")
    assert actor is not None and actor.country == "TWN"


OFFICE_ACTORS = """\
people:
  - id: person:tove-brekke
    name: Tove Brekke
    aliases: [Brekke]
    gender: f
    roles:
      - {title: Prime Minister of Norway, country: NOR, sector: GOV, start: 2013-01-01, end: 2017-01-01}
  - id: person:aksel-brun
    name: Aksel Brun
    aliases: [Brun]
    gender: m
    roles:
      - {title: Prime Minister of Norway, country: NOR, sector: GOV, start: 2017-01-01, end: null}
"""


@pytest.fixture(scope="module")
def office_coder(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    path = Path(tmp_path_factory.mktemp("offices")) / "offices.yaml"
    path.write_text(OFFICE_ACTORS, encoding="utf-8")
    return Coder(PipelineConfig(actor_files=(str(path),)))


def test_actors_successor_is_the_next_holder_of_the_possessors_office(office_coder: Coder) -> None:
    text = "Aksel Brun met Tove Brekke on Monday. Brekke later praised her successor."
    actor = actor_at(office_coder.code(text, date="2018-02-02"), text, "successor")
    assert actor is not None and actor.name == "Aksel Brun"


def test_actors_kin_noun_before_a_name_leaves_the_possessive_to_the_possessor(
    office_coder: Coder,
) -> None:
    text = "Aksel Brun arrived on Monday. His brother, Ivar Brun, said the family was proud."
    record = office_coder.code(text, date="2018-02-02")
    his = actor_at(record, text, "His")
    assert his is not None and his.name == "Aksel Brun"
    assert actor_at(record, text, "Ivar Brun") is not his


def test_actors_title_apposed_to_a_name_with_its_own_title_is_that_person(coder: Coder) -> None:
    text = "The army chief, General Dag Varnes, said the troops were ready."
    actor = actor_at(coder.code(text, date="2024-08-09"), text, "The army chief")
    assert actor is not None and actor.name == "Dag Varnes"


def test_actors_his_party_is_the_persons_state_party(office_coder: Coder) -> None:
    text = "Aksel Brun said on Monday that his party would win the vote."
    actor = actor_at(office_coder.code(text, date="2018-02-02"), text, "party")
    assert actor is not None and (actor.country, actor.sector) == ("NOR", "PTY")


def test_actors_state_noun_names_the_nearest_state_of_that_kind(coder: Coder) -> None:
    text = "Algeria cut ties with Morocco on Tuesday. The kingdom called the move unjustified."
    actor = actor_at(coder.code(text, date="2021-08-25"), text, "The kingdom")
    assert actor is not None and actor.country == "MAR"


def test_actors_which_names_the_actor_its_clause_describes(coder: Coder) -> None:
    text = "Kenya, which had offered to lead the mission, said its officers would wait."
    actor = actor_at(coder.code(text, date="2024-03-13"), text, "which")
    assert actor is not None and actor.country == "KEN"


def test_actors_coordinated_state_adjective_shares_the_body_noun(coder: Coder) -> None:
    text = "Kyrgyz and Tajik border guards will patrol the valley jointly."
    actor = actor_at(coder.code(text, date="2025-03-14"), text, "Kyrgyz")
    assert actor is not None and (actor.country, actor.sector) == ("KGZ", "COP")


def test_actors_unknown_state_body_belongs_to_the_story_state(coder: Coder) -> None:
    text = "Chad voted on Monday. The Constitutional Council said it would publish the results."
    actor = actor_at(coder.code(text, date="2024-05-10"), text, "Constitutional Council")
    assert actor is not None and (actor.country, actor.sector) == ("TCD", "JUD")


def test_actors_title_after_as_names_the_person_the_clause_is_about(
    office_coder: Coder,
) -> None:
    text = "Tove Brekke agreed on Sunday to step down as Norway's prime minister."
    actor = actor_at(office_coder.code(text, date="2017-01-01"), text, "prime minister")
    assert actor is not None and actor.name == "Tove Brekke"


def test_actors_leader_described_by_politics_is_a_person_of_the_story(office_coder: Coder) -> None:
    text = (
        "Police questioned Ivar Lund on Monday. Aksel Brun said the far-right leader must answer."
    )
    actor = actor_at(office_coder.code(text, date="2018-02-02"), text, "the far-right leader")
    assert actor is not None and actor.name == "Ivar Lund"


def test_actors_a_plural_title_is_not_part_of_the_name(coder):
    text = "Deputy Prime Ministers Aram Petrosyan and Elnur Aliyev signed a protocol."
    record = coder.code(text, date="2026-01-22")
    assert not [a for a in record.actors if a.name.lower().startswith("ministers")]


def test_actors_an_unknown_person_of_a_state_is_that_states(coder):
    text = (
        "Deputy Prime Ministers Mher Sahakyan of Armenia and Shahin Rzayev of Azerbaijan "
        "signed a protocol."
    )
    record = coder.code(text, date="2026-01-22")
    first, second = actor_at(record, text, "Mher Sahakyan"), actor_at(record, text, "Shahin Rzayev")
    assert first is not None and first.country == "ARM"
    assert second is not None and second.country == "AZE"


def test_actors_demonym_coordinated_with_an_institution_shares_its_sector(coder: Coder) -> None:
    text = "Indian, Japanese and French warships sailed together."
    record = coder.code(text, date="2024-03-01")
    for word, country in (("Indian", "IND"), ("Japanese", "JPN"), ("French", "FRA")):
        actor = actor_at(record, text, word)
        assert actor is not None and (actor.country, actor.sector) == (country, "MIL")


# -- speakers that refer back (quote speakers resolve through these) -------------------------
def test_actors_pronoun_skips_a_name_inside_the_quotation_it_attributes(user_coder: Coder) -> None:
    text = (
        "Oskar Lindqvist accused the prime minister of ignoring rural voters. "
        "“Tollerud has not visited a farm in years,” he said."
    )
    record = user_coder.code(text, date="2011-02-02")
    he = actor_at(record, text, "he")
    assert he is not None and he.name == "Oskar Lindqvist"


def test_actors_pronoun_is_not_the_phrase_that_holds_it(user_coder: Coder) -> None:
    text = (
        "Police detained Bram Tollerud on Monday. "
        "A spokesman for his party said the arrest was political."
    )
    record = user_coder.code(text, date="2011-02-02")
    his = actor_at(record, text, "his")
    assert his is not None and his.name == "Bram Tollerud"


def test_actors_definite_title_takes_the_earlier_mention_with_its_head(coder: Coder) -> None:
    text = (
        "A senior Norwegian diplomat said the talks had stalled over fishing quotas. "
        "“Nobody is moving,” the diplomat said."
    )
    record = coder.code(text, date="2024-03-01")
    first, second = actor_at(record, text, "diplomat"), actor_at(record, text, "diplomat", 1)
    assert first is not None and first.country == "NOR"
    assert second is first


def test_actors_officer_is_military(coder: Coder) -> None:
    text = "A Norwegian officer described the retreat. The officer said supplies had run out."
    record = coder.code(text, date="2024-03-01")
    officer = actor_at(record, text, "officer", 1)
    assert officer is not None and (officer.country, officer.sector) == ("NOR", "MIL")


def test_actors_name_apposed_to_a_bare_title_is_its_holder(coder: Coder) -> None:
    text = (
        "Kenya's president met regional leaders on Monday. "
        "The commission chairman, Osei Kwarteng Mensah, said a summit would follow."
    )
    record = coder.code(text, date="2024-05-14")
    chairman = actor_at(record, text, "chairman")
    assert chairman is not None and chairman.name == "Osei Kwarteng Mensah"


def test_actors_group_alias_inside_a_person_name_is_a_surname(coder: Coder) -> None:
    text = "Congolese Foreign Minister Amara Ilunga Wagner said talks had failed."
    actor = actor_at(coder.code(text, date="2025-01-27"), text, "Wagner")
    assert actor is not None and actor.id != "group:wagner-group"
    assert actor.country == "COD"


def test_actors_state_possessive_before_a_role_noun_places_a_person(coder: Coder) -> None:
    text = "Senegal's opposition candidate Mamadou Ndiaye Sarr won the first round."
    actor = actor_at(coder.code(text, date="2024-03-27"), text, "Mamadou Ndiaye Sarr")
    assert actor is not None and (actor.country, actor.sector) == ("SEN", "OPP")


def test_actors_bare_ministry_belongs_to_the_subject_owner(coder: Coder) -> None:
    text = (
        "Niger's military rulers ordered the French ambassador to leave within two days, "
        "the foreign ministry said."
    )
    ministry = actor_at(coder.code(text, date="2023-08-25"), text, "foreign ministry")
    assert ministry is not None and ministry.country == "NER"


def test_actors_the_president_is_not_the_earlier_vice_president(coder: Coder) -> None:
    text = (
        "Kamala Harris thanked Joe Biden on Monday. The vice president said she was ready. "
        "Later the president said he was proud of her."
    )
    record = coder.code(text, date="2024-07-22")
    president = actor_at(record, text, "president", 1)
    assert president is not None and president.name == "Joe Biden"


def test_actors_former_before_a_title_leaves_an_unknown_person_without_sector(
    coder: Coder,
) -> None:
    text = "Former Prime Minister Arnaldo Vesque said the vote had been fair."
    actor = actor_at(coder.code(text, date="2024-07-22"), text, "Arnaldo Vesque")
    assert actor is not None and actor.sector is None


# -- unknown people: where their country and sector come from --------------------------------
def test_actors_body_after_of_places_an_unknown_person(coder: Coder) -> None:
    text = "Economist Marta Quiroga of the University of Montevideo said exports had slowed."
    actor = actor_at(coder.code(text, date="2024-05-06"), text, "Marta Quiroga")
    assert actor is not None and (actor.country, actor.sector) == ("URY", "EDU")


def test_actors_state_adjective_inside_a_body_name_is_not_the_government(coder: Coder) -> None:
    text = (
        "Henrik Dahl, a researcher at the Danish Institute for International Studies, said "
        "the talks had stalled."
    )
    actor = actor_at(coder.code(text, date="2024-05-06"), text, "Henrik Dahl")
    assert actor is not None and actor.country == "DNK" and actor.sector == "NGO"


def test_actors_name_with_a_who_clause_is_a_person_of_the_story(coder: Coder) -> None:
    text = (
        "Fuel queues grew across Nigeria on Monday. Adaeze Okonkwo, who runs a transport "
        "union in Enugu, said drivers would stop work."
    )
    actor = actor_at(coder.code(text, date="2024-05-06"), text, "Adaeze Okonkwo")
    assert actor is not None and actor.kind == "person" and actor.country == "NGA"


def test_actors_person_introduced_with_a_role_belongs_to_the_story(coder: Coder) -> None:
    text = (
        "Protesters left the government buildings in Colombo on Thursday. “We will be back,” "
        "said Ruwan Jayasekara, one of the organisers."
    )
    actor = actor_at(coder.code(text, date="2022-07-14"), text, "Ruwan Jayasekara")
    assert actor is not None and actor.country == "LKA"


def test_actors_official_of_an_armed_group_is_the_group(coder: Coder) -> None:
    text = "Israeli troops raided the camp at dawn, a Hamas official said."
    actor = actor_at(coder.code(text, date="2024-03-01"), text, "official")
    assert actor is not None and actor.id == "group:hamas"


def test_actors_bloc_officials_are_government_of_no_one_state(coder: Coder) -> None:
    text = "Western diplomats in Moscow said the embassy had been closed."
    actor = actor_at(coder.code(text, date="2024-03-01"), text, "Western diplomats")
    assert actor is not None and (actor.country, actor.sector) == (None, "GOV")


def test_actors_a_small_place_used_as_a_place_is_a_location(coder):
    text = "Armenia is to return the Aghdam district by November 20, the agreement says."
    actor = actor_at(coder.code(text, date="2020-11-10"), text, "Aghdam")
    assert actor is None or actor.kind == "location"


def test_actors_an_unknown_state_body_takes_its_place_or_the_storys_country(coder):
    text = (
        "Georgian police dispersed protesters in Tbilisi overnight. The Interior Ministry "
        "said 107 people were detained. The Gaza health ministry said 40 people were killed."
    )
    record = coder.code(text, date="2024-12-02")
    interior, health = actor_at(record, text, "Interior"), actor_at(record, text, "Gaza health")
    assert interior is not None and interior.country == "GEO"
    assert health is not None and health.country == "PSE"


@pytest.mark.parametrize("weapon", ["Patriot batteries", "Iskander missiles", "an IRIS-T system"])
def test_actors_a_weapon_model_name_is_no_actor(coder, weapon):
    text = f"Officials said {weapon} had been moved to the border on Monday."
    record = coder.code(text, date="2024-11-18")
    assert not [a for a in record.actors if a.id.startswith("local:")]


def test_actors_both_sides_after_four_parties_names_none_of_them(coder):
    text = (
        "The leaders of Russia, Ukraine, Germany and France agreed on a ceasefire. "
        "Both sides are to begin the withdrawal of heavy weapons."
    )
    assert actor_at(coder.code(text, date="2015-02-12"), text, "Both sides") is None


def test_actors_both_sides_after_two_parties_names_both(coder):
    text = "Armenia and Azerbaijan agreed on a ceasefire. Both sides are to pull back troops."
    record = coder.code(text, date="2020-11-10")
    named = {
        a.country for a in record.actors if any(text[s:e] == "Both sides" for s, e in a.mentions)
    }
    assert named == {"ARM", "AZE"}


def test_actors_a_capitalised_igo_description_opening_a_paragraph_is_the_igo(coder):
    text = (
        "On Monday, the Security Council adopted a resolution on North Korea.\n\n"
        "The Security Council will hold an emergency meeting on Friday, diplomats said."
    )
    record = coder.code(text, date="2017-09-15")
    actor = actor_at(record, text, "The Security Council")
    assert actor is not None and actor.id == "igo:UNSC"


def test_actors_the_north_is_no_hamlet_called_north(coder):
    text = "Seoul said that dialogue with the North was impossible for now."
    record = coder.code(text, date="2017-09-15")
    assert not [a for a in record.actors if a.kind == "location" and a.country == "USA"]


def test_actors_soldiers_from_a_state_are_its_forces(coder):
    text = "Russia condemned the drills. The exercise involves soldiers from Norway and Sweden."
    actor = actor_at(coder.code(text, date="2016-06-08"), text, "soldiers")
    assert actor is not None and actor.country == "NOR" and actor.sector == "MIL"


def test_actors_given_name_gives_an_unknown_person_a_gender(coder: Coder) -> None:
    text = "Senator Maria Gomez accused the interior minister, Carlos Ruiz, of lying. He denied it."
    record = coder.code(text, date="2024-06-01")
    he = actor_at(record, text, "He")
    assert he is not None and he.name == "Carlos Ruiz"


def test_actors_honorific_gives_an_unknown_person_a_gender(coder: Coder) -> None:
    text = "Mr Osei arrived in Accra on Monday. Later she said the talks had gone well."
    record = coder.code(text, date="2024-06-01")
    she = actor_at(record, text, "she")
    assert she is None or "Osei" not in she.name


def test_actors_it_taking_note_is_the_actor(coder: Coder) -> None:
    text = "The African Union said it took note of the result and urged calm."
    it = actor_at(coder.code(text, date="2024-06-01"), text, "it")
    assert it is not None and it.igo == "AU"


def test_actors_it_in_it_took_place_is_no_actor(coder: Coder) -> None:
    text = "The African Union held a summit in Addis Ababa. It took place on Friday."
    assert actor_at(coder.code(text, date="2024-06-01"), text, "It") is None


def test_actors_who_demands_that_it_act_is_not_it(coder: Coder) -> None:
    text = "Iran said it had seized a tanker, and Britain demanded that it release the ship."
    record = coder.code(text, date="2024-06-01")
    it = actor_at(record, text, "it", 1)
    assert it is not None and it.country == "IRN"


def test_actors_pronoun_in_a_fronted_clause_names_the_main_subject(user_coder: Coder) -> None:
    text = "Before he left for Brussels, Bram Tollerud told reporters that aid would continue."
    record = user_coder.code(text, date="2011-02-02")
    he = actor_at(record, text, "he")
    assert he is not None and he.name == "Bram Tollerud"


def test_actors_person_in_a_clause_describing_the_subject_is_not_the_subject(
    user_coder: Coder,
) -> None:
    text = (
        "Bram Tollerud resigned on Sunday, two days after a group of officers led by "
        "Oskar Lindqvist announced that he had been removed."
    )
    record = user_coder.code(text, date="2011-02-02")
    he = actor_at(record, text, "he")
    assert he is not None and he.name == "Bram Tollerud"


def test_actors_possessive_in_the_reason_phrase_names_the_object(user_coder: Coder) -> None:
    text = "Orla Quenby visited Oslo. Maren Holt thanked her for her support."
    record = user_coder.code(text, date="2020-03-01")
    second = actor_at(record, text, "her", 1)
    assert second is not None and second.name == "Orla Quenby"


def test_actors_appositive_after_an_epithet_is_the_same_person(user_coder: Coder) -> None:
    text = "Bram Tollerud won. The outspoken skald, a former prime minister, thanked voters."
    record = user_coder.code(text, date="2019-05-05")
    former = actor_at(record, text, "a former prime minister")
    assert former is not None and former.name == "Bram Tollerud"


def test_actors_body_after_an_igos_possessive_is_its_organ(coder: Coder) -> None:
    text = "The IAEA's Board of Governors passed a resolution censuring Iran on Wednesday."
    board = actor_at(coder.code(text, date="2024-06-01"), text, "Board of Governors")
    assert board is not None and board.igo == "IAEA"


def test_actors_igo_title_before_a_name_makes_the_person_an_igo_official(coder: Coder) -> None:
    text = "Lebanon's army chief met UN envoy Jeanine Hennis-Plasschaert in Beirut."
    envoy = actor_at(coder.code(text, date="2024-06-01"), text, "Jeanine Hennis-Plasschaert")
    assert envoy is not None and (envoy.igo, envoy.sector, envoy.country) == ("UN", "IGO", None)


def test_actors_sector_noun_before_a_title_gives_the_sector(coder: Coder) -> None:
    text = "Shots were fired in Christchurch, and police commissioner Mike Bush urged calm."
    bush = actor_at(coder.code(text, date="2019-03-15"), text, "Mike Bush")
    assert bush is not None and (bush.country, bush.sector) == ("NZL", "COP")


def test_actors_state_adjective_before_a_title_is_no_unknown_person(coder: Coder) -> None:
    text = "Moldovan President Maia Sandu accused Moscow of plotting a coup."
    record = coder.code(text, date="2024-06-01")
    assert not any(a.name == "Moldovan" for a in record.actors)


def test_actors_it_as_indirect_object_is_an_actor(coder: Coder) -> None:
    text = "France recalled its envoy over a pact that cost it a large contract."
    it = actor_at(coder.code(text, date="2021-09-17"), text, "it")
    assert it is not None and it.country == "FRA"


def test_actors_they_after_a_state_named_by_a_plural_noun(coder: Coder) -> None:
    text = "Britain expelled the envoys on Monday. Whitehall officials said they had proof."
    they = actor_at(coder.code(text, date="2018-03-14"), text, "they")
    assert they is not None and they.country == "GBR"


def test_actors_object_of_an_infinitive_of_purpose_is_not_the_subject(user_coder: Coder) -> None:
    text = "Bram Tollerud won. Oskar Lindqvist became the first minister to visit him."
    record = user_coder.code(text, date="2011-02-02")
    him = actor_at(record, text, "him")
    assert him is not None and him.name == "Bram Tollerud"


def test_actors_person_noun_before_an_apposed_name_names_that_person(user_coder: Coder) -> None:
    text = "Bram Tollerud won the vote. His challenger, Oskar Lindqvist, conceded defeat."
    record = user_coder.code(text, date="2011-02-02")
    his, challenger = actor_at(record, text, "His"), actor_at(record, text, "challenger")
    assert his is not None and his.name == "Bram Tollerud"
    assert challenger is not None and challenger.name == "Oskar Lindqvist"


def test_actors_surname_is_not_taken_for_a_town(coder: Coder) -> None:
    text = (
        "Selin Aydin, an economist at a university in Istanbul, said the lira would fall; "
        "Aydin noted that it had already hit a record low."
    )
    record = coder.code(text, date="2023-05-29")
    later = actor_at(record, text, "Aydin", 1)
    assert later is not None and later.kind == "person"


def test_actors_the_government_in_reported_speech_is_the_speakers(user_coder: Coder) -> None:
    text = (
        "Bram Tollerud said aid to Ukraine would rise. "
        "He said voters had sent a message to the government."
    )
    record = user_coder.code(text, date="2011-02-02")
    government = actor_at(record, text, "the government")
    assert government is not None and government.country == "NOR"


def test_actors_a_critic_out_of_office_acts_on_their_own_government(user_coder: Coder) -> None:
    text = "India signed a deal with Norway. Bram Tollerud accused the government of weakness."
    record = user_coder.code(text, date="2019-05-05")
    government = actor_at(record, text, "the government")
    assert government is not None and government.country == "NOR"


def test_actors_party_named_after_an_article_mid_sentence_is_found(coder: Coder) -> None:
    text = "Syria's new rulers dissolved the Baath Party on Wednesday."
    party = actor_at(coder.code(text, date="2025-01-30"), text, "Baath Party")
    assert party is not None and (party.country, party.sector) == ("SYR", "PTY")


def test_actors_name_tagged_as_a_place_before_a_title_is_a_person(coder: Coder) -> None:
    text = "Japan bought the islands to keep them from Shintaro Ishihara, the governor of Tokyo."
    record = coder.code(text, date="2012-09-11")
    person = actor_at(record, text, "Shintaro Ishihara")
    assert person is not None and person.kind == "person" and person.country == "JPN"


def test_actors_acronym_is_not_taken_for_a_town(coder: Coder) -> None:
    text = "Barack Obama told NBC that the plan could be a breakthrough."
    nbc = actor_at(coder.code(text, date="2013-09-10"), text, "NBC")
    assert nbc is None or nbc.kind != "location"


def test_actors_possessed_title_right_before_a_name_names_that_person(user_coder: Coder) -> None:
    text = "Oskar Lindqvist will speak to his counterpart Orla Quenby on Friday."
    record = user_coder.code(text, date="2012-03-01")
    counterpart = actor_at(record, text, "counterpart")
    assert counterpart is not None and counterpart.name == "Orla Quenby"


def test_actors_they_after_the_leaders_of_a_coordination_is_those_states(coder: Coder) -> None:
    text = (
        "The Treasury Department said sanctions would return. The leaders of France, "
        "Germany and Britain said that they regretted the decision."
    )
    actor = actor_at(coder.code(text, date="2018-05-09"), text, "they")
    assert actor is not None and actor.country in ("FRA", "DEU", "GBR")


def test_actors_the_military_takes_the_country_its_sentence_names_first(coder: Coder) -> None:
    text = (
        "The drill involves soldiers from the United States and Poland. According to "
        "Russian media, the military has moved more missiles to the Kaliningrad exclave."
    )
    actor = actor_at(coder.code(text, date="2016-06-08"), text, "the military")
    assert actor is not None and (actor.country, actor.sector) == ("RUS", "MIL")


def test_actors_bare_title_subject_is_the_untitled_person_before(coder: Coder) -> None:
    text = (
        "Maren Ostvik condemned the bombing in Bergen, and fire chief Tor Lunde said two "
        "people were hurt. The prime minister said security would be tightened."
    )
    record = coder.code(text, date="2031-04-02")
    named = actor_at(record, text, "Maren Ostvik")
    title = actor_at(record, text, "The prime minister")
    assert named is not None and title is named
    assert named.sector == "GOV"


def test_actors_plural_media_and_faction_nouns_have_sectors(coder: Coder) -> None:
    text = (
        "Zambia's regulator told broadcasters to stop airing the rally. In the east, "
        "the armed factions that control the border refused to disarm."
    )
    record = coder.code(text, date="2024-01-10")
    media = actor_at(record, text, "broadcasters")
    factions = actor_at(record, text, "the armed factions")
    assert media is not None and media.sector == "MED"
    assert factions is not None and factions.sector == "REB"


def test_actors_story_setting_skips_a_capital_read_as_another_actor(coder: Coder) -> None:
    text = (
        "Hundreds marched in a rally called by the opposition on Monday. "
        "The newly elected government in Tbilisi rejected a rebuke from Brussels."
    )
    actor = actor_at(coder.code(text, date="2024-12-02"), text, "the opposition")
    assert actor is not None and actor.country != "BEL"


def test_actors_forces_a_state_sends_are_its_own(coder: Coder) -> None:
    text = (
        "Chad accused Sudanese forces of shelling a border town, and Niger sent troops "
        "to its frontier on Friday."
    )
    actor = actor_at(coder.code(text, date="2024-05-03"), text, "troops")
    assert actor is not None and (actor.country, actor.sector) == ("NER", "MIL")


def test_actors_phrase_apposed_to_a_state_describes_it(coder: Coder) -> None:
    text = "Portugal, the former colonial ruler, urged calm in Bissau on Tuesday."
    actor = actor_at(coder.code(text, date="2023-12-05"), text, "the former colonial ruler")
    assert actor is not None and actor.country == "PRT"


def test_actors_a_persons_party_leaves_the_person_named(user_coder: Coder) -> None:
    # "<leader>'s party" names the leader; the party is no organ of the state ("Norwegian parties")
    text = "Bram Tollerud's party won the vote on Sunday."
    actor = actor_at(user_coder.code(text, date="2011-02-02"), text, "Bram Tollerud")
    assert actor is not None and actor.name == "Bram Tollerud"


def test_actors_office_of_a_person_is_still_a_state_institution(user_coder: Coder) -> None:
    text = "Bram Tollerud's office said the talks would resume."
    actor = actor_at(user_coder.code(text, date="2011-02-02"), text, "Bram Tollerud")
    assert actor is not None and (actor.country, actor.sector) == ("NOR", "GOV")
    assert actor.name != "Bram Tollerud"


def test_actors_group_named_after_its_country_is_found_without_it(user_coder: Coder) -> None:
    text = "In Norway, the ruling Coastal Union said it would call an early election."
    actor = actor_at(user_coder.code(text, date="2011-02-02"), text, "Coastal Union")
    assert actor is not None and actor.name == "Coastal Union of Norway"


def test_actors_group_keeps_a_country_in_its_name_that_is_not_its_own(user_coder: Coder) -> None:
    # "Friends of Norway" is a Swedish group: "of Norway" is part of its name, not dropped
    text = "Friends met in Oslo on Monday."
    record = user_coder.code(text, date="2011-02-02")
    assert all(a.name != "Friends of Norway" for a in record.actors)


def test_actors_armed_commander_stays_rebel_for_weeks_after_his_command_ends() -> None:
    rebel = KBActor(
        id="person:x-z", name="X Z", kind="person",
        roles=(Role("Commander of the Front", "NOR", "REB", None, dt.date(2001, 1, 1), dt.date(2010, 3, 1)),),
    )  # fmt: skip
    minister = KBActor(
        id="person:y-z", name="Y Z", kind="person",
        roles=(Role("Minister", "NOR", "GOV", None, dt.date(2001, 1, 1), dt.date(2010, 3, 1)),),
    )  # fmt: skip
    assert rebel.identity_on(dt.date(2010, 3, 4)).sector == "REB"  # killed three days before
    assert rebel.identity_on(dt.date(2011, 3, 4)).sector is None  # a year on: a former commander
    assert minister.identity_on(dt.date(2010, 3, 4)).sector is None  # an ex-minister is no official


def test_actors_election_authority_named_without_its_country_is_the_states(coder: Coder) -> None:
    text = "Voters in Cambodia went to the polls on Sunday. The National Election Committee said turnout was high."
    actor = actor_at(coder.code(text, date="2013-07-30"), text, "National Election Committee")
    assert actor is not None and (actor.country, actor.sector) == ("KHM", "GOV")


def test_actors_bloc_ministers_are_government_people_of_no_one_state(coder: Coder) -> None:
    text = "Western foreign ministers urged both sides to return to talks."
    actor = actor_at(coder.code(text, date="2019-04-02"), text, "Western foreign ministers")
    assert actor is not None and (actor.country, actor.sector) == (None, "GOV")


def test_actors_bloc_people_are_no_antecedent_of_he(coder: Coder) -> None:
    text = (
        "Arab foreign ministers chose Omar Haddad as their envoy. He said he would travel to Cairo."
    )
    actor = actor_at(coder.code(text, date="2016-03-11"), text, "He")
    assert actor is None or actor.name != "Arab foreign ministers"


@pytest.mark.parametrize(
    ("text", "description", "expected"),
    [
        ("Paris pledged aid to Niger on Monday. The West African nation asked for drones.",
         "West African nation", "NER"),
        ("Moscow warned Latvia on Friday. The Baltic state expelled two diplomats.",
         "Baltic state", "LVA"),
        ("Beijing signed a gas deal with Uzbekistan. The Central Asian country will build a pipeline.",
         "Central Asian country", "UZB"),
        ("Tehran criticised Bahrain. The island kingdom summoned the Iranian envoy.",
         "island kingdom", "BHR"),
    ],
)  # fmt: skip
def test_actors_regional_description_names_the_state_of_that_region(
    coder: Coder, text: str, description: str, expected: str
) -> None:
    actor = actor_at(coder.code(text, date="2024-05-02"), text, description)
    assert actor is not None and actor.country == expected


def test_actors_regional_description_never_names_a_state_of_another_region(coder: Coder) -> None:
    text = "Paris said it would send more troops. The West African nation asked for help."
    actor = actor_at(coder.code(text, date="2024-05-02"), text, "West African nation")
    assert actor is None or actor.country != "FRA"
