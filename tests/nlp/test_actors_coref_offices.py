"""Reference resolution of the actor stage on fictional people: offices the text names beside
a known person's name, pronouns that may name their clause's subject ("denies the charges
against her") or its object ("put the army on its highest alert"), a description set before a
person's name, and descriptions whose sector or state the story decides ("officers" after
"police", "the junta" in a neighbour's leader's words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coding import actor_at
from dyadline.coder import Coder
from dyadline.nlp import PipelineConfig

FICTIONAL = """\
people:
  - id: person:hakon-strand
    name: Hakon Strand
    aliases: [Strand]
    gender: m
    roles:
      - {title: Commander of the Norwegian Armed Forces, country: NOR, sector: MIL, start: 2005-01-01, end: null}
      - {title: Chairman of the Governing Council of Norway, country: NOR, sector: GOV, start: 2010-01-01, end: null}
  - id: person:liv-engen
    name: Liv Engen
    aliases: [Engen]
    gender: f
    roles:
      - {title: Prime Minister of Norway, country: NOR, sector: GOV, start: 2014-01-01, end: null}
  - id: person:greta-moen
    name: Greta Moen
    aliases: [Moen]
    gender: f
    roles:
      - {title: Foreign Minister of Norway, country: NOR, sector: GOV, start: 2009-01-01, end: null}
  - id: person:siri-lie
    name: Siri Lie
    aliases: [Lie]
    gender: f
    roles:
      - {title: Finance Minister of Norway, country: NOR, sector: GOV, start: 2009-01-01, end: 2010-06-01}
  - id: person:odd-rud
    name: Odd Rud
    aliases: [Rud]
    gender: m
    roles:
      - {title: Leader of the Fjord Legion, country: NOR, sector: REB, start: 2005-01-01, end: null}
  - id: person:eirik-dahl
    name: Eirik Dahl
    aliases: [Dahl]
    gender: m
    roles:
      - {title: Commander of the Coast Brigade, country: NOR, sector: REB, start: 2008-01-01, end: null}
igos:
  - {id: igo:FJORDCO, igo: FJORDCO, name: Fjord Cooperation Council, aliases: [Fjord Council]}
groups:
  - {id: group:fjord-legion, name: Fjord Legion, country: NOR, sector: REB}
  - {id: group:coast-brigade, name: Coast Brigade, country: NOR, sector: REB}
"""
DAY = "2011-02-02"


@pytest.fixture(scope="module")
def fictional(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    path = Path(tmp_path_factory.mktemp("offices")) / "fictional.yaml"
    path.write_text(FICTIONAL, encoding="utf-8")
    return Coder(PipelineConfig(actor_files=(str(path),)))


def test_actors_title_beside_a_name_picks_the_role_of_its_sector(fictional: Coder) -> None:
    # two offices held at once: the one the text names, not the one taken last
    text = "Norway's army chief, Hakon Strand, inspected the northern border on Monday."
    record = fictional.code(text, date=DAY)
    strand = actor_at(record, text, "Hakon Strand")
    assert strand is not None and (strand.country, strand.sector) == ("NOR", "MIL")
    text = "Hakon Strand, who chairs the governing council, opened the session on Monday."
    strand = actor_at(fictional.code(text, date=DAY), text, "Hakon Strand")
    assert strand is not None and strand.sector == "GOV"


def test_actors_title_before_a_name_gives_an_office_out_of_the_kb(fictional: Coder) -> None:
    # the knowledge base has her in office only from 2014: the text says what she is now
    text = "Trade Minister Liv Engen signed the fisheries accord in Bergen on Tuesday."
    engen = actor_at(fictional.code(text, date=DAY), text, "Liv Engen")
    assert engen is not None and (engen.country, engen.sector) == ("NOR", "GOV")
    text = "Former trade minister Liv Engen criticised the fisheries accord on Tuesday."
    engen = actor_at(fictional.code(text, date=DAY), text, "Liv Engen")
    assert engen is not None and engen.sector is None
    # a title a party or a movement gives too says nothing of a state office
    text = "Party leader Liv Engen criticised the fisheries accord on Tuesday."
    engen = actor_at(fictional.code(text, date=DAY), text, "Liv Engen")
    assert engen is not None and engen.sector is None


def test_actors_pronoun_after_an_accusation_noun_may_name_the_subject(fictional: Coder) -> None:
    text = (
        "Greta Moen filed a complaint against Siri Lie on Monday. Lie rejected the allegations "
        "against her and said she would sue."
    )
    her = actor_at(fictional.code(text, date=DAY), text, "her")
    assert her is not None and her.name == "Siri Lie"
    # an argument of the verb still does not name its subject
    text = "Greta Moen met Siri Lie on Monday. Lie criticised her in a speech."
    her = actor_at(fictional.code(text, date=DAY), text, "her")
    assert her is not None and her.name == "Greta Moen"


def test_actors_its_names_the_object_when_the_subject_cannot_be_it(fictional: Coder) -> None:
    text = (
        "The Fjord Council said it would send observers, and Hakon Strand put the army on its "
        "highest level of alert."
    )
    its = actor_at(fictional.code(text, date=DAY), text, "its")
    assert its is not None and (its.country, its.sector) == ("NOR", "MIL")


def test_actors_description_before_a_name_is_no_state_sector(fictional: Coder) -> None:
    text = (
        "Norway confirmed on Friday that the journalist Arne Lunde had been held for a week "
        "at its embassy in Minsk."
    )
    record = fictional.code(text, date=DAY)
    its = actor_at(record, text, "its")
    assert its is not None and its.id == "state:NOR" and its.sector == "GOV"
    assert actor_at(record, text, "journalist") is None or actor_at(
        record, text, "journalist"
    ) == actor_at(record, text, "Arne Lunde")


def test_actors_officers_take_the_force_named_before(fictional: Coder) -> None:
    text = (
        "Greta Moen was briefly held by police in Oslo during a march. She said officers "
        "took her phone."
    )
    officers = actor_at(fictional.code(text, date=DAY), text, "officers")
    assert officers is not None and (officers.country, officers.sector) == ("NOR", "COP")
    text = "Swedish troops crossed the river at dawn. Officers said the bridge was secure."
    officers = actor_at(fictional.code(text, date=DAY), text, "Officers")
    assert officers is not None and (officers.country, officers.sector) == ("SWE", "MIL")


def test_actors_the_junta_is_not_the_speakers_own_government(fictional: Coder) -> None:
    text = (
        "Soldiers in Gabon said on state television that they had taken power. Norwegian "
        "Foreign Minister Greta Moen said the junta must restore civilian rule."
    )
    junta = actor_at(fictional.code(text, date=DAY), text, "junta")
    assert junta is not None and (junta.country, junta.sector) == ("GAB", "MIL")


def test_actors_a_mercenary_chief_is_a_person_of_the_story(fictional: Coder) -> None:
    text = (
        "Fighters of the Fjord Legion seized the port on Saturday, and Odd Rud said his men "
        "would hold it. Hakon Strand vowed to punish the mercenary chief."
    )
    chief = actor_at(fictional.code(text, date=DAY), text, "mercenary")
    assert chief is not None and chief.name == "Odd Rud"


def test_actors_description_set_off_after_a_group_describes_it(fictional: Coder) -> None:
    text = (
        "The Fjord Legion, the separatist alliance that holds the coast, said on Monday that "
        "it had shot down a drone."
    )
    record = fictional.code(text, date=DAY)
    alliance = actor_at(record, text, "separatist")
    assert alliance is not None and alliance.id == "group:fjord-legion"


def test_actors_a_body_set_up_by_a_state_body_is_that_states(fictional: Coder) -> None:
    text = "A court appointed by the Norwegian government convicted Arne Lunde on Monday."
    court = actor_at(fictional.code(text, date=DAY), text, "court")
    assert court is not None and (court.country, court.sector) == ("NOR", "JUD")


def test_actors_an_armed_groups_commander_is_its_head(fictional: Coder) -> None:
    text = (
        "The Coast Brigade shelled the harbour on Monday. The militia's commander said the "
        "attacks would go on until the talks resumed."
    )
    commander = actor_at(fictional.code(text, date=DAY), text, "commander")
    assert commander is not None and commander.name == "Eirik Dahl"


def test_actors_its_skips_an_actor_named_only_by_a_plural_noun(fictional: Coder) -> None:
    text = (
        "Hakon Strand said on Monday that his troops would not talk to the Fjord Legion while "
        "its fighters held the port."
    )
    its = actor_at(fictional.code(text, date=DAY), text, "its")
    assert its is not None and its.id == "group:fjord-legion"
