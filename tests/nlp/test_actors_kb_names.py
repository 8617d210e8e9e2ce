"""Actors named by the packaged knowledge base: legislators, ministers, army chiefs, junta
councils, journalists and clerics with their dated roles; state bodies and seats of
government; IGO names; a state's name used as an adjective in a coordination.

The texts are written for these tests; the people are real, so each dated role is checked on
both sides of a change of office.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coding import actor_at
from dyadline.coder import Coder
from dyadline.knowledge.actor_kb import ActorKB, load_actor_kb
from dyadline.nlp import PipelineConfig


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actor_kb()


def sector_on(kb: ActorKB, person: str, day: str) -> str | None:
    return kb.actors[person].identity_on(dt.date.fromisoformat(day)).sector


@pytest.mark.parametrize(
    ("person", "before", "after"),
    [
        # a senator who became secretary of state; one who became vice president
        ("person:marco-rubio", ("2016-03-01", "LEG"), ("2025-06-01", "GOV")),
        ("person:jd-vance", ("2024-03-01", "LEG"), ("2025-06-01", "GOV")),
        # a House speaker, then minority leader: both legislative
        ("person:nancy-pelosi", ("2009-03-01", "LEG"), ("2013-03-01", "LEG")),
        # a minister who left office: no sector once out of it
        ("person:emmanuel-macron", ("2015-03-01", "GOV"), ("2016-12-01", None)),
        # an army chief who became the junta's prime minister
        ("person:prayuth-chan-ocha", ("2012-03-01", "MIL"), ("2016-03-01", "GOV")),
    ],
)
def test_actors_kb_dated_roles_change_sector_with_the_office(
    kb: ActorKB, person: str, before: tuple[str, str | None], after: tuple[str, str | None]
) -> None:
    assert sector_on(kb, person, before[0]) == before[1]
    assert sector_on(kb, person, after[0]) == after[1]


@pytest.mark.parametrize(
    ("person", "dated_sectors"),
    [
        # the Sovereignty Council shared with civilians, then the council re-formed after the coup
        ("person:abdel-fattah-al-burhan", [("2020-06-01", "GOV"), ("2022-06-01", "MIL")]),
        # army chief, then chair of the State Administration Council, then acting president
        ("person:min-aung-hlaing",
         [("2019-06-01", "MIL"), ("2022-06-01", "MIL"), ("2024-09-01", "GOV")]),
    ],
)  # fmt: skip
def test_actors_kb_chair_of_a_ruling_military_council_is_military(
    kb: ActorKB, person: str, dated_sectors: list[tuple[str, str]]
) -> None:
    assert [sector_on(kb, person, day) for day, _ in dated_sectors] == [
        sector for _, sector in dated_sectors
    ]


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("Thailand's army chief", "2012-05-10", "Prayuth Chan-ocha"),
        ("Thailand's army chief", "2017-05-10", "Chalermchai Sitthisart"),
        ("Saudi Arabia's energy minister", "2014-05-10", "Ali al-Naimi"),
        ("Saudi Arabia's energy minister", "2021-05-10", "Abdulaziz bin Salman"),
    ],
)
def test_actors_kb_title_finds_the_holder_of_the_day(
    coder: Coder, title: str, day: str, holder: str
) -> None:
    text = f"{title} said on Monday that the plan would go ahead."
    actor = actor_at(coder.code(text, date=day), text, title.split()[-1])
    assert actor is not None and actor.name == holder


def test_actors_kb_senator_named_with_his_title_is_a_legislator(coder: Coder) -> None:
    text = (
        "Senator Marco Rubio said on Tuesday that the sanctions should stay. Rubio spoke in Miami."
    )
    record = coder.code(text, date="2018-02-06")
    for mention in ("Marco Rubio", "Rubio"):
        actor = actor_at(record, text, mention, occurrence=1 if mention == "Rubio" else 0)
        assert actor is not None and (actor.country, actor.sector) == ("USA", "LEG")


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The journalist Jamal Khashoggi wrote a column on Tuesday.", "Jamal Khashoggi",
         ("SAU", "MED")),
        ("The cleric Fethullah Gulen denied the charge from his home.", "Fethullah Gulen",
         ("TUR", "REL")),
        ("Pollsters at the Kyiv International Institute of Sociology published a survey.",
         "Kyiv International Institute of Sociology", ("UKR", "NGO")),
    ],
)  # fmt: skip
def test_actors_kb_journalists_clerics_and_think_tanks_keep_their_sector(
    coder: Coder, text: str, mention: str, expected: tuple[str, str]
) -> None:
    actor = actor_at(coder.code(text, date="2019-03-05"), text, mention)
    assert actor is not None and (actor.country, actor.sector) == expected


def test_actors_kb_honorific_prince_is_not_part_of_the_name(coder: Coder) -> None:
    text = "Prince Abdulaziz bin Salman told reporters that output would rise in June."
    actor = actor_at(coder.code(text, date="2021-05-10"), text, "Abdulaziz")
    assert actor is not None and actor.name == "Abdulaziz bin Salman"


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The Hague said it would send more air defence systems.", "The Hague", ("NLD", "GOV")),
        ("The Commons voted on Tuesday to approve the bill.", "Commons", ("GBR", "LEG")),
        ("China's Taiwan Affairs Office said the drills were a warning.", "Taiwan Affairs Office",
         ("CHN", "GOV")),
        ("The House of Lords rejected the amendment on Tuesday.", "House of Lords",
         ("GBR", "LEG")),
    ],
)  # fmt: skip
def test_actors_kb_state_bodies_and_seats_of_government(
    coder: Coder, text: str, mention: str, expected: tuple[str, str]
) -> None:
    actor = actor_at(coder.code(text, date="2023-03-07"), text, mention)
    assert actor is not None and (actor.country, actor.sector) == expected


def test_actors_kb_opec_and_its_allies_names_opec_itself(coder: Coder) -> None:
    text = "OPEC and its allies agreed on Sunday to cut output. OPEC+ will meet again in June."
    record = coder.code(text, date="2021-04-05")
    first, second = actor_at(record, text, "OPEC"), actor_at(record, text, "OPEC", occurrence=1)
    assert first is not None and first.igo == "OPEC"
    assert second is not None and second.igo == "OPECPLUS"


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("U.S. and British warplanes struck radar sites overnight.", "U.S", ("USA", "MIL")),
        ("The U.S. and Britain condemned the attack on Monday.", "U.S", ("USA", "GOV")),
    ],
)
def test_actors_state_name_as_adjective_shares_the_coordinated_noun(
    coder: Coder, text: str, mention: str, expected: tuple[str, str]
) -> None:
    actor = actor_at(coder.code(text, date="2024-01-12"), text, mention)
    assert actor is not None and (actor.country, actor.sector) == expected


@pytest.mark.parametrize(
    ("person", "before", "after"),
    [
        # a deputy speaker asked to form a government, then prime minister
        ("person:haider-al-abadi", ("2014-08-12", "LEG"), ("2015-08-12", "GOV")),
        # an opposition member of parliament who became prime minister
        ("person:nikol-pashinyan", ("2018-04-24", "LEG"), ("2019-04-24", "GOV")),
    ],
)
def test_actors_kb_earlier_offices_of_leaders(
    kb: ActorKB, person: str, before: tuple[str, str], after: tuple[str, str]
) -> None:
    assert sector_on(kb, person, before[0]) == before[1]
    assert sector_on(kb, person, after[0]) == after[1]


def test_actors_kb_hong_kong_chief_executive_is_a_hong_kong_actor(coder: Coder) -> None:
    text = "Carrie Lam said on Tuesday that the bill would be suspended."
    actor = actor_at(coder.code(text, date="2019-06-18"), text, "Carrie Lam")
    assert actor is not None and (actor.country, actor.sector) == ("HKG", "GOV")


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Ryanair said its crew had been told of a bomb threat.", "Ryanair", ("IRL", "BUS")),
        ("The president told NBC that talks would resume.", "NBC", ("USA", "MED")),
    ],
)
def test_actors_kb_airlines_and_broadcasters(
    coder: Coder, text: str, mention: str, expected: tuple[str, str]
) -> None:
    actor = actor_at(coder.code(text, date="2021-05-25"), text, mention)
    assert actor is not None and (actor.country, actor.sector) == expected


def test_actors_korean_halves_name_the_two_koreas(coder: Coder) -> None:
    text = (
        "North Korea fired two missiles into the sea on Tuesday. Seoul said the North had "
        "broken its promises, and the South would raise its guard."
    )
    record = coder.code(text, date="2020-06-17")
    north, south = actor_at(record, text, "North", occurrence=1), actor_at(record, text, "South")
    assert north is not None and north.country == "PRK"
    assert south is not None and south.country == "KOR"


def test_actors_lower_case_half_of_a_country_is_a_region(coder: Coder) -> None:
    text = "North Korean troops were seen in the south of Ukraine on Tuesday."
    assert actor_at(coder.code(text, date="2024-11-05"), text, "south") is None


def test_actors_blue_helmets_are_un_peacekeepers(coder: Coder) -> None:
    text = "The blue helmets have patrolled the buffer zone for decades."
    actor = actor_at(coder.code(text, date="2019-01-08"), text, "blue helmets")
    assert actor is not None and actor.igo == "UN"


@pytest.mark.parametrize(
    ("day", "holder"), [("2012-05-14", "Reuven Rivlin"), ("2016-05-14", "Yuli Edelstein")]
)
def test_actors_kb_speaker_of_parliament_of_the_day(coder: Coder, day: str, holder: str) -> None:
    text = "The Knesset speaker said on Monday that the vote would go ahead."
    actor = actor_at(coder.code(text, date=day), text, "speaker")
    assert actor is not None and (actor.name, actor.sector) == (holder, "LEG")


def test_actors_kb_finance_minister_who_became_speaker(kb: ActorKB) -> None:
    person = "person:wolfgang-schauble"
    assert sector_on(kb, person, "2012-05-14") == "GOV"
    assert sector_on(kb, person, "2019-05-14") == "LEG"


def test_actors_abbreviated_state_before_a_hyphen_is_a_mention(coder: Coder) -> None:
    text = "The cabinet approved the U.S.-brokered plan on Wednesday."
    actor = actor_at(coder.code(text, date="2024-11-27"), text, "U.S")
    assert actor is not None and actor.country == "USA"


def test_pipeline_splits_a_hyphen_after_an_abbreviation_only(coder: Coder) -> None:
    assert [t.text for t in coder.nlp.make_doc("U.N.-backed")] == ["U.N.", "-", "backed"]
    assert [t.text for t in coder.nlp.make_doc("well-known")] == ["well", "-", "known"]
    assert len(coder.nlp.make_doc("Jan.-Feb.")) < 4  # a lower-case abbreviation stays whole


TITLED_PEOPLE = """\
people:
  - id: person:edda-varnes
    name: Edda Varnes
    gender: f
    roles:
      - {title: Foreign Minister of Iceland, country: ISL, sector: GOV, start: 2001-01-01, end: 2005-01-01}
groups:
  - {id: group:grey-fjord-front, name: Grey Fjord Front, country: ISL, sector: REB}
"""


@pytest.fixture(scope="module")
def titled_coder(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    path = Path(tmp_path_factory.mktemp("titled")) / "titled.yaml"
    path.write_text(TITLED_PEOPLE, encoding="utf-8")
    return Coder(PipelineConfig(actor_files=(str(path),)))


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Senator Edda Varnes said on Monday that the vote would fail.", "LEG"),
        ("Grey Fjord Front commander Edda Varnes said the fighters would stay.", "REB"),
        ("Former Senator Edda Varnes said on Monday that the vote would fail.", None),
    ],
)
def test_actors_known_person_out_of_office_takes_the_title_before_the_name(
    titled_coder: Coder, text: str, sector: str | None
) -> None:
    actor = actor_at(titled_coder.code(text, date="2019-03-04"), text, "Edda Varnes")
    assert actor is not None and (actor.country, actor.sector) == ("ISL", sector)
