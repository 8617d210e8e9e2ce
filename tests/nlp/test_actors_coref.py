"""Reference resolution of the actor stage on fictional actors (so no test leans on real data):
quoted "we", possessives after hostile verbs, conjoined "that" clauses, bare titles with two
holders, typed body descriptions, pronoun chains and pairs of people as "the two countries"."""

from __future__ import annotations

from pathlib import Path

import pytest

from coding import actor_at
from dyadline.coder import Coder
from dyadline.nlp import PipelineConfig

FICTIONAL = """\
people:
  - id: person:bram-tollerud
    name: Bram Tollerud
    aliases: [Tollerud]
    gender: m
    roles:
      - {title: Prime Minister of Norway, country: NOR, sector: GOV, start: 2009-01-01, end: 2013-01-01}
  - id: person:sven-arvidsson
    name: Sven Arvidsson
    aliases: [Arvidsson]
    gender: m
    roles:
      - {title: Prime Minister of Sweden, country: SWE, sector: GOV, start: 2009-01-01, end: 2013-01-01}
  - id: person:ola-berg
    name: Ola Berg
    aliases: [Berg]
    gender: m
    roles:
      - {title: Secretary General of the Nordic Sea Council, igo: NORDSEA, sector: IGO, start: 2010-01-01, end: 2018-01-01}
      - {title: Finance Minister of Norway, country: NOR, sector: GOV, start: 2019-01-01, end: null}
  - id: person:maren-holt
    name: Maren Holt
    aliases: [Holt]
    gender: f
    roles:
      - {title: Secretary General of the Nordic Sea Council, igo: NORDSEA, sector: IGO, start: 2018-01-01, end: null}
  - id: person:ilse-dahl
    name: Ilse Dahl
    gender: f
    roles:
      - {title: Ilse Dahl's office, country: NOR, sector: NGO, start: 2000-01-01, end: null}
igos:
  - {id: igo:NORDSEA, igo: NORDSEA, name: Nordic Sea Council, aliases: [Nordsea Council],
     descriptions: [the alliance]}
groups:
  - {id: group:north-wind-front, name: North Wind Front, country: NOR, sector: REB}
"""


@pytest.fixture(scope="module")
def fictional(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    path = Path(tmp_path_factory.mktemp("coref")) / "fictional.yaml"
    path.write_text(FICTIONAL, encoding="utf-8")
    return Coder(PipelineConfig(actor_files=(str(path),)))


def test_actors_quoted_we_is_the_state_of_an_official_speaker(fictional: Coder) -> None:
    text = "\u201cWe will not give in to pressure,\u201d Bram Tollerud said on Monday."
    we = actor_at(fictional.code(text, date="2011-02-02"), text, "We")
    assert we is not None and we.id == "state:NOR"


def test_actors_quoted_our_is_the_body_of_an_igo_official(fictional: Coder) -> None:
    text = "Maren Holt told reporters: \u201cOur members want the talks to go on.\u201d"
    our = actor_at(fictional.code(text, date="2020-02-02"), text, "Our")
    assert our is not None and our.igo == "NORDSEA"


def test_actors_quoted_we_of_a_group_is_the_group(fictional: Coder) -> None:
    text = "\u201cWe will keep fighting,\u201d the North Wind Front said in a statement."
    we = actor_at(fictional.code(text, date="2020-02-02"), text, "We")
    assert we is not None and we.id == "group:north-wind-front"


def test_actors_quoted_we_of_a_private_person_names_no_actor(fictional: Coder) -> None:
    text = "\u201cWe were surprised by the result,\u201d Ilse Dahl said."
    assert actor_at(fictional.code(text, date="2020-02-02"), text, "We") is None


def test_actors_possessive_after_a_hostile_verb_is_not_its_doer(fictional: Coder) -> None:
    text = "The Nordic Sea Council said Norway had blocked its supply convoys."
    its = actor_at(fictional.code(text, date="2020-02-02"), text, "its")
    assert its is not None and its.igo == "NORDSEA"


def test_actors_subject_of_a_second_that_clause_is_the_speaker(fictional: Coder) -> None:
    text = (
        "The Nordic Sea Council said that Norway had broken the accord and that it would "
        "suspend the talks."
    )
    it = actor_at(fictional.code(text, date="2020-02-02"), text, "it")
    assert it is not None and it.igo == "NORDSEA"


def test_actors_bare_title_with_two_holders_names_the_subject(fictional: Coder) -> None:
    text = "Sven Arvidsson met Bram Tollerud in Oslo on Monday. The prime minister said the talks went well."
    actor = actor_at(fictional.code(text, date="2011-02-02"), text, "prime minister")
    assert actor is not None and actor.name == "Sven Arvidsson"


def test_actors_description_prefers_the_body_described_so(fictional: Coder) -> None:
    text = (
        "Norway joined the Nordic Sea Council on Monday while staying outside the European "
        "Union. The alliance said its membership had grown."
    )
    actor = actor_at(fictional.code(text, date="2020-02-02"), text, "alliance")
    assert actor is not None and actor.igo == "NORDSEA"


def test_actors_body_after_a_state_description_is_that_states(fictional: Coder) -> None:
    text = "Israel and Jordan held talks on Monday. The kingdom's defence ministry said the border would reopen."
    record = fictional.code(text, date="2023-02-02")
    ministry = actor_at(record, text, "ministry")
    assert ministry is not None and (ministry.country, ministry.sector) == ("JOR", "MIL")
    assert actor_at(record, text, "kingdom") is ministry


def test_actors_the_country_is_the_state_named_by_a_noun(fictional: Coder) -> None:
    text = (
        "Norway said Swedish drones had crossed the border overnight, and the country's air "
        "force said it had tracked them."
    )
    force = actor_at(fictional.code(text, date="2023-02-02"), text, "air")
    assert force is not None and force.country == "NOR"


def test_actors_object_inside_a_quantity_skips_the_clause_subject(fictional: Coder) -> None:
    text = "Swedish drones crossed into Norway overnight, and the Norwegian army said it had downed most of them."
    them = actor_at(fictional.code(text, date="2023-02-02"), text, "them")
    assert them is not None and them.country == "SWE"


def test_actors_two_countries_after_two_leaders_are_their_states(fictional: Coder) -> None:
    text = (
        "Bram Tollerud and Sven Arvidsson signed a border treaty on Monday, calling it a new "
        "chapter for the two countries."
    )
    record = fictional.code(text, date="2011-02-02")
    start = text.index("the two countries")
    named = {a.id for a in record.actors if any(s <= start < e for s, e in a.mentions)}
    assert named == {"state:NOR", "state:SWE"}


def test_actors_pronoun_keeps_a_known_gender_chain(fictional: Coder) -> None:
    text = (
        "Maren Holt said she would not resign. The Danish minister, Tove Lindahl, said "
        "Copenhagen was ready to host her."
    )
    her = actor_at(fictional.code(text, date="2020-02-02"), text, "her")
    assert her is not None and her.name == "Maren Holt"


def test_actors_two_leaders_after_one_hosted_the_other(fictional: Coder) -> None:
    text = (
        "Bram Tollerud hosted Sven Arvidsson in Oslo on Monday, and the two leaders signed a pact."
    )
    record = fictional.code(text, date="2011-02-02")
    start = text.index("the two leaders")
    named = {a.name for a in record.actors if any(s <= start < e for s, e in a.mentions)}
    assert named == {"Bram Tollerud", "Sven Arvidsson"}


def test_actors_title_owned_by_an_igo_description(fictional: Coder) -> None:
    text = (
        "Ola Berg, who led the Nordic Sea Council for eight years, backed the plan. The former "
        "alliance chief said the alliance chief had his support."
    )
    record = fictional.code(text, date="2020-02-02")
    former = actor_at(record, text, "alliance chief")
    current = actor_at(record, text, "alliance chief", 1)
    assert former is not None and former.name == "Ola Berg"
    assert current is not None and current.name == "Maren Holt"


def test_actors_possessive_deputy_is_another_person_of_the_story(fictional: Coder) -> None:
    text = "Sven Arvidsson resigned on Monday. Bram Tollerud thanked his former deputy for years of work."
    deputy = actor_at(fictional.code(text, date="2011-02-02"), text, "deputy")
    assert deputy is not None and deputy.name == "Sven Arvidsson"


def test_actors_possessive_after_an_accused_hostile_act_is_the_accuser(fictional: Coder) -> None:
    text = "The Nordic Sea Council accused Norway of blocking its supply ships."
    its = actor_at(fictional.code(text, date="2020-02-02"), text, "its")
    assert its is not None and its.igo == "NORDSEA"


def test_actors_subject_pronoun_continues_the_earlier_subject(fictional: Coder) -> None:
    text = "Maren Holt met Ilse Dahl in Oslo on Monday; she praised her for the report."
    record = fictional.code(text, date="2020-02-02")
    she, her = actor_at(record, text, "she"), actor_at(record, text, "her")
    assert she is not None and she.name == "Maren Holt"
    assert her is not None and her.name == "Ilse Dahl"


def test_actors_quoted_our_of_an_army_spokesman_is_the_army(fictional: Coder) -> None:
    text = "\u201cOur units held the line,\u201d a spokesman for the Norwegian army said."
    our = actor_at(fictional.code(text, date="2020-02-02"), text, "Our")
    assert our is not None and (our.country, our.sector) == ("NOR", "MIL")
