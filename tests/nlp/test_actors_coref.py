"""Reference resolution of the actor stage on fictional actors (so no test leans on real data):
quoted "we", possessives after hostile verbs, conjoined "that" clauses, bare titles with two
holders, typed body descriptions, pronoun chains and pairs of people as "the two countries"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dyadline.coder import Coder
from dyadline.nlp import PipelineConfig
from dyadline.records import Actor, Document

FICTIONAL = """\
people:
  - id: person:bram-tollerud
    name: Bram Tollerud
    aliases: [Tollerud]
    gender: m
    roles:
      - {title: Prime Minister of Norway, country: NOR, sector: GOV, start: 2009-01-01, end: 2013-01-01}
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
  - {id: igo:NORDSEA, igo: NORDSEA, name: Nordic Sea Council, aliases: [Nordsea Council]}
groups:
  - {id: group:north-wind-front, name: North Wind Front, country: NOR, sector: REB}
"""


@pytest.fixture(scope="module")
def fictional(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    path = Path(tmp_path_factory.mktemp("coref")) / "fictional.yaml"
    path.write_text(FICTIONAL, encoding="utf-8")
    return Coder(PipelineConfig(actor_files=(str(path),)))


def _actor(record: Document, text: str, mention: str, occurrence: int = 0) -> Actor | None:
    start = [m.start() for m in re.finditer(rf"\b{re.escape(mention)}\b", text)][occurrence]
    for actor in record.actors:
        if any(s <= start < e for s, e in actor.mentions):
            return actor
    return None


def test_actors_quoted_we_is_the_state_of_an_official_speaker(fictional: Coder) -> None:
    text = "\u201cWe will not give in to pressure,\u201d Bram Tollerud said on Monday."
    we = _actor(fictional.code(text, date="2011-02-02"), text, "We")
    assert we is not None and we.id == "state:NOR"


def test_actors_quoted_our_is_the_body_of_an_igo_official(fictional: Coder) -> None:
    text = "Maren Holt told reporters: \u201cOur members want the talks to go on.\u201d"
    our = _actor(fictional.code(text, date="2020-02-02"), text, "Our")
    assert our is not None and our.igo == "NORDSEA"


def test_actors_quoted_we_of_a_group_is_the_group(fictional: Coder) -> None:
    text = "\u201cWe will keep fighting,\u201d the North Wind Front said in a statement."
    we = _actor(fictional.code(text, date="2020-02-02"), text, "We")
    assert we is not None and we.id == "group:north-wind-front"


def test_actors_quoted_we_of_a_private_person_names_no_actor(fictional: Coder) -> None:
    text = "\u201cWe were surprised by the result,\u201d Ilse Dahl said."
    assert _actor(fictional.code(text, date="2020-02-02"), text, "We") is None
