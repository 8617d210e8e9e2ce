"""Reference resolution of the actor stage on fictional actors: possessives opening a title,
cataphora in a fronted phrase, the subject of a governing clause against pronoun chains,
object pronouns in controlled complements, titles of an office left days before, group and
IGO heads of the story, state descriptions by kind, and mutineers as the army."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from coding import actor_at
from dyadline.coder import Coder
from dyadline.nlp import PipelineConfig
from dyadline.nlp.actors import _holds_in_phrase

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
  - id: person:maren-holt
    name: Maren Holt
    aliases: [Holt]
    gender: f
    roles:
      - {title: Foreign Minister of Norway, country: NOR, sector: GOV, start: 2009-01-01, end: null}
  - id: person:ilse-dahl
    name: Ilse Dahl
    aliases: [Dahl]
    gender: f
    roles:
      - {title: Foreign Minister of Sweden, country: SWE, sector: GOV, start: 2009-01-01, end: null}
  - id: person:tor-hauge
    name: Tor Hauge
    aliases: [Hauge]
    gender: m
    roles:
      - {title: Leader of the North Wind Front, country: NOR, sector: REB, start: 2005-01-01, end: null}
  - id: person:per-lund
    name: Per Lund
    aliases: [Lund]
    gender: m
    roles:
      - {title: President of the Nordic Sea Council Assembly, igo: NORDSEA, sector: IGO, start: 2010-01-01, end: null}
  - id: person:ola-berg
    name: Ola Berg
    aliases: [Berg]
    gender: m
    roles:
      - {title: Secretary General of the Nordic Sea Council, igo: NORDSEA, sector: IGO, start: 2010-01-01, end: null}
  - id: person:lena-sjoberg
    name: Lena Sjoberg
    aliases: [Sjoberg]
    gender: f
    roles:
      - {title: President of Finland, country: FIN, sector: GOV, start: 2009-01-01, end: 2015-01-01}
  - id: person:jussi-laine
    name: Jussi Laine
    aliases: [Laine]
    gender: m
    roles:
      - {title: President of Finland, country: FIN, sector: GOV, start: 2015-01-01, end: null}
  - id: person:kari-nes
    name: Kari Nes
    aliases: [Nes]
    gender: f
    roles:
      - {title: Prime Minister of Denmark, country: DNK, sector: GOV, start: 2010-01-01, end: 2014-01-01}
      - {title: Danish opposition leader, country: DNK, sector: OPP, start: 2014-01-01, end: null}
  - id: person:tala-fonua
    name: Tala Fonua
    gender: m
    roles:
      - {title: External Affairs Minister of Tuvalu, country: TUV, sector: GOV, start: 2010-01-01, end: null}
  - id: person:ben-adeang
    name: Ben Adeang
    gender: m
    roles:
      - {title: Foreign Minister of Nauru, country: NRU, sector: GOV, start: 2010-01-01, end: null}
igos:
  - {id: igo:NORDSEA, igo: NORDSEA, name: Nordic Sea Council, aliases: [Nordsea Council]}
groups:
  - {id: group:north-wind-front, name: North Wind Front, country: NOR, sector: REB}
"""


@pytest.fixture(scope="module")
def fictional(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    path = Path(tmp_path_factory.mktemp("coref2")) / "fictional.yaml"
    path.write_text(FICTIONAL, encoding="utf-8")
    return Coder(PipelineConfig(actor_files=(str(path),)))


def test_actors_possessive_opening_a_title_names_the_owner(fictional: Coder) -> None:
    text = (
        "The North Wind Front seized the harbour on Monday. Its commander, Arne Vik, said "
        "the fighters would stay."
    )
    record = fictional.code(text, date="2011-02-02")
    its = actor_at(record, text, "Its")
    assert its is not None and its.id == "group:north-wind-front"
    commander = actor_at(record, text, "commander")
    assert commander is not None and commander.name == "Arne Vik"


def test_actors_possessive_in_a_fronted_phrase_names_the_next_subject(fictional: Coder) -> None:
    text = (
        "Ilse Dahl opened the talks on Monday. Hours after her plane landed in Oslo, "
        "Maren Holt told reporters the border would stay open."
    )
    her = actor_at(fictional.code(text, date="2011-02-02"), text, "her")
    assert her is not None and her.name == "Maren Holt"


def test_actors_it_in_a_fronted_clause_names_the_next_subject(fictional: Coder) -> None:
    text = (
        "Norway protested on Monday. Before it announced drills near the border, the "
        "Swedish military warned fishing boats to leave."
    )
    it = actor_at(fictional.code(text, date="2011-02-02"), text, "it")
    assert it is not None and (it.country, it.sector) == ("SWE", "MIL")


def test_actors_subject_of_the_clause_beats_a_pronoun_chain(fictional: Coder) -> None:
    text = (
        "Bram Tollerud said his cabinet backed the deal. Arne Vik, who returned from exile "
        "this month, said his party had been cheated."
    )
    his = actor_at(fictional.code(text, date="2011-02-02"), text, "his", occurrence=1)
    assert his is not None and his.name == "Arne Vik"


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_actors_possessive_in_a_phrase_set_off_after_a_name_may_be_that_name() -> None:
    # "Arvidsson, on his first trip, asked ..." with the phrase parsed as the name's
    doc = _parsed(
        ["Arvidsson", ",", "on", "his", "trip", ",", "asked", "."],
        [6, 0, 0, 4, 2, 0, 6, 6],
        ["nsubj", "punct", "prep", "poss", "pobj", "punct", "ROOT", "punct"],
        ["PROPN", "PUNCT", "ADP", "PRON", "NOUN", "PUNCT", "VERB", "PUNCT"],
    )
    assert not _holds_in_phrase(doc[0], doc[3])


def test_actors_possessive_in_a_noun_phrase_is_not_its_head() -> None:
    # "A spokesman for his party said ...": his is not the spokesman
    doc = _parsed(
        ["A", "spokesman", "for", "his", "party", "said", "."],
        [1, 5, 1, 4, 2, 5, 5],
        ["det", "nsubj", "prep", "poss", "pobj", "ROOT", "punct"],
        ["DET", "NOUN", "ADP", "PRON", "NOUN", "VERB", "PUNCT"],
    )
    assert _holds_in_phrase(doc[1], doc[3])


def test_actors_object_pronoun_is_not_the_controller_of_its_clause(fictional: Coder) -> None:
    text = (
        "Bram Tollerud fled to Stockholm on Monday. Sven Arvidsson said he had been ready to "
        "grant him asylum."
    )
    him = actor_at(fictional.code(text, date="2011-02-02"), text, "him")
    assert him is not None and him.name == "Bram Tollerud"


def test_actors_object_of_a_gerund_after_without_is_not_its_subject(fictional: Coder) -> None:
    text = (
        "Sven Arvidsson said he had resigned because Bram Tollerud signed the pact without "
        "consulting him."
    )
    him = actor_at(fictional.code(text, date="2011-02-02"), text, "him")
    assert him is not None and him.name == "Sven Arvidsson"


def test_actors_object_of_a_gerund_after_of_is_the_accused(fictional: Coder) -> None:
    text = "Sven Arvidsson said he was innocent and accused Bram Tollerud of persecuting him."
    him = actor_at(fictional.code(text, date="2011-02-02"), text, "him")
    assert him is not None and him.name == "Sven Arvidsson"


def test_actors_title_names_the_holder_who_left_days_before(fictional: Coder) -> None:
    text = (
        "Soldiers said on Thursday they had overthrown Bram Tollerud, accusing the prime "
        "minister of failing to pay them."
    )
    actor = actor_at(fictional.code(text, date="2013-01-02"), text, "prime")
    assert actor is not None and actor.name == "Bram Tollerud"


def test_actors_new_title_is_not_the_holder_who_just_left(fictional: Coder) -> None:
    text = "Bram Tollerud handed over power on Monday. The new prime minister said he was ready."
    actor = actor_at(fictional.code(text, date="2013-01-02"), text, "prime")
    assert actor is None or actor.name != "Bram Tollerud"


def test_actors_title_after_a_generic_one_names_the_holder(fictional: Coder) -> None:
    text = (
        "Lena Sjoberg conceded defeat on Tuesday, the first time a sitting Finnish president "
        "has lost. The president called the winner."
    )
    actor = actor_at(fictional.code(text, date="2011-02-02"), text, "president", occurrence=1)
    assert actor is not None and actor.name == "Lena Sjoberg"


def test_actors_group_leader_title_is_the_groups_head(fictional: Coder) -> None:
    text = (
        "Bram Tollerud warned the rebels on Monday, and the North Wind Front leader replied "
        "that he was ready to fight."
    )
    actor = actor_at(fictional.code(text, date="2011-02-02"), text, "leader")
    assert actor is not None and actor.name == "Tor Hauge"


def test_actors_igo_chief_is_the_head_the_story_names(fictional: Coder) -> None:
    text = (
        "Ola Berg called for calm on Monday. Norway and Sweden traded blame, and the Nordsea "
        "Council chief said he was worried."
    )
    actor = actor_at(fictional.code(text, date="2011-02-02"), text, "chief")
    assert actor is not None and actor.name == "Ola Berg"


def test_actors_state_description_is_not_the_state_speaking(fictional: Coder) -> None:
    text = (
        "Kyrgyzstan's president resigned on Thursday. The Kremlin said it was concerned about "
        "chaos in the Central Asian republic."
    )
    actor = actor_at(fictional.code(text, date="2020-10-16"), text, "Central")
    assert actor is not None and actor.country == "KGZ"


def test_actors_mutineers_are_the_army_of_the_story(fictional: Coder) -> None:
    text = (
        "Bram Tollerud resigned hours after soldiers detained him. The mutineers said they "
        "would hold elections."
    )
    actor = actor_at(fictional.code(text, date="2011-02-02"), text, "mutineers")
    assert actor is not None and (actor.country, actor.sector) == ("NOR", "MIL")


def test_actors_untitled_subject_is_found_past_its_possessive(fictional: Coder) -> None:
    text = (
        "Arne Vik, who returned from exile this month, said his party had been cheated. "
        "The opposition leader called for an inquiry."
    )
    actor = actor_at(fictional.code(text, date="2011-02-02"), text, "opposition")
    assert actor is not None and actor.name == "Arne Vik"


def test_actors_speaker_of_a_coordinated_said_beats_a_pronoun_chain(fictional: Coder) -> None:
    text = (
        "Bram Tollerud said he would stay in office. Arne Vik urged calm and said he was ready "
        "to run."
    )
    he = actor_at(fictional.code(text, date="2011-02-02"), text, "he", occurrence=1)
    assert he is not None and he.name == "Arne Vik"


def test_actors_former_title_names_who_left_it_for_another_office(fictional: Coder) -> None:
    text = (
        "Police arrested Kari Nes at a courthouse in Copenhagen on Tuesday. The former prime "
        "minister's party said she had been beaten."
    )
    actor = actor_at(fictional.code(text, date="2016-05-10"), text, "former")
    assert actor is not None and actor.name == "Kari Nes"


def test_actors_outgoing_title_names_who_just_left_the_office(fictional: Coder) -> None:
    text = (
        "Jussi Laine was sworn in as Finland's president on Thursday. The outgoing president "
        "did not attend the ceremony."
    )
    actor = actor_at(fictional.code(text, date="2015-01-02"), text, "outgoing")
    assert actor is not None and actor.name == "Lena Sjoberg"


def test_actors_outgoing_title_before_the_end_is_the_holder(fictional: Coder) -> None:
    text = "Lena Sjoberg met Sven Arvidsson in Helsinki. The outgoing president said the talks went well."
    actor = actor_at(fictional.code(text, date="2014-12-01"), text, "outgoing")
    assert actor is not None and actor.name == "Lena Sjoberg"


def test_actors_bare_rank_names_the_person_named_with_it(fictional: Coder) -> None:
    text = (
        "Norwegian soldiers seized the radio station on Monday. General Tor Hauge said he had "
        "acted alone. Bram Tollerud sent an envoy, who met the general for two hours."
    )
    actor = actor_at(fictional.code(text, date="2011-02-02"), text, "general")
    assert actor is not None and actor.name == "Tor Hauge"


def test_actors_epithet_is_not_the_subject_of_its_clause(fictional: Coder) -> None:
    text = (
        "Arne Vik was sworn in as mayor on Sunday. Sven Arvidsson flew in for the ceremony and "
        "asked the populist to host a summit."
    )
    actor = actor_at(fictional.code(text, date="2011-02-02"), text, "populist")
    assert actor is not None and actor.name == "Arne Vik"


def test_actors_forces_named_by_an_igo_are_the_igos(fictional: Coder) -> None:
    text = (
        "Bram Tollerud ordered Nordsea Council peacekeepers to leave Norway on Monday, but "
        "Ola Berg said they would stay."
    )
    record = fictional.code(text, date="2011-02-02")
    keepers = actor_at(record, text, "peacekeepers")
    assert keepers is not None and keepers.igo == "NORDSEA"


def test_actors_their_after_coordinated_subjects_skips_an_object(fictional: Coder) -> None:
    text = (
        "Norway and Sweden agreed on Friday to pull back troops after two days of clashes "
        "along their disputed border."
    )
    their = actor_at(fictional.code(text, date="2011-02-02"), text, "their")
    assert their is not None and their.id in ("state:NOR", "state:SWE")


def test_actors_their_is_the_subject_of_its_governing_clause(fictional: Coder) -> None:
    # a guard for the object rule above: an earlier pair does not outrank the speaker
    text = (
        "Norwegian soldiers and Nordsea Council peacekeepers were killed in the fighting. "
        "Swedish officials deny arming the rebels but say their forces are defending the border."
    )
    their = actor_at(fictional.code(text, date="2011-02-02"), text, "their")
    assert their is not None and their.country == "SWE"


def test_actors_counterpart_of_an_office_named_otherwise_is_found(fictional: Coder) -> None:
    text = (
        "Tuvalu's foreign minister told his Nauruan counterpart by phone on Wednesday that the "
        "talks were over."
    )
    record = fictional.code(text, date="2011-02-02")
    minister = actor_at(record, text, "foreign")
    assert minister is not None and minister.name == "Tala Fonua"
    counterpart = actor_at(record, text, "his")
    assert counterpart is not None and counterpart.name == "Ben Adeang"
