"""Event stage: acts named only as the setting, topic, manner or description of another act
are no events of their own, and status cues of taking part, permission, exchange, arrangement
and occasion (issue #4). Texts written for the tests; they assert behaviour for a
construction, not accuracy (``dyadline eval`` measures that)."""

from __future__ import annotations

import pytest

from coding import events_of
from dyadline.coder import Coder


def _types(coder: Coder, text: str) -> list[str]:
    return sorted(e.type for e in events_of(coder, text))


def _status(coder: Coder, text: str, event_type: str, trigger: str) -> str:
    found = [e for e in events_of(coder, text) if e.type == event_type and trigger in e.trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events_of(coder, text)]
    return found[0].status


# --- status ---------------------------------------------------------------------------------


def test_events_a_denied_involvement_negates_the_act(coder):
    text = "Kyiv denied any involvement in the drone attacks on the Russian capital."
    assert _status(coder, text, "ASSAULT", "attacks") == "negated"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what one is authorised to do is allowed, not done ...
        (
            "The president authorised the army to shell rebel positions near the border.",
            "hypothetical",
        ),
        # ... but an authorised act named as the object was carried out
        ("The president authorised the strike on the compound.", "asserted"),
    ],
)
def test_events_an_authorised_act_is_allowed_not_done(coder, text, status):
    trigger = "shell" if "shell" in text else "strike"
    assert _status(coder, text, "ASSAULT", trigger) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what a deal gives in exchange is still to come ...
        (
            "Tehran signed an agreement to cap enrichment in return for the easing of sanctions.",
            "planned",
        ),
        (
            "Tehran signed an agreement to cap enrichment in exchange for the lifting of sanctions.",
            "planned",
        ),
        # ... what a done act is exchanged for shares its status
        ("Hamas released three hostages in exchange for the lifting of the blockade.", "asserted"),
    ],
)
def test_events_an_act_exchanged_for_a_deal_is_planned(coder, text, status):
    trigger = "easing" if "easing" in text else "lifting"
    assert _status(coder, text, "CONCEDE", trigger) == status


@pytest.mark.parametrize(
    "text",
    [
        "The truce took hold on Monday, with Israeli forces to pull back from the border within 30 days.",
        "The ceasefire took effect at dawn, with troops to pull out of the valley by March.",
    ],
)
def test_events_an_act_arranged_in_a_with_phrase_is_planned(coder, text):
    assert _status(coder, text, "RETREAT", "pull") == "planned"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Police may arrest him during his visit to Berlin next week.", "planned"),
        # a past act's occasion took place, even if the act did not
        ("Police did not arrest him during his visit to Berlin.", "asserted"),
    ],
)
def test_events_the_occasion_of_an_act_to_come_is_planned(coder, text, status):
    assert _status(coder, text, "CONSULT", "visit") == status


def test_events_a_participle_after_an_infinitive_is_the_speakers_act(coder):
    text = "Tokayev vowed to crush the riots, rejecting calls for talks."
    assert _status(coder, text, "REJECT", "rejecting") == "asserted"


# --- acts that are no events of their own -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a mediator's participle the parser hangs on a party of the event noun
        ("A truce between Israel and Hamas brokered by Egypt took hold on Sunday.", ["RETREAT"]),
        # a meeting named as where another act was done ...
        ("Japan pledged new aid to Kyiv at a donors' conference in Tokyo.", ["AGREE"]),
        # an event noun an event noun is about
        (
            "Police detained dozens at protests against the mobilisation in Moscow.",
            ["COERCE", "PROTEST"],
        ),
        ("Thousands joined rallies against the deployment of troops.", ["PROTEST"]),
        ("The two leaders held discussions on military cooperation in Pyongyang.", ["CONSULT"]),
        # the aim of a coded event noun, hung on the verb
        (
            "The EU adopted a new package of sanctions against Iran, targeting drone makers.",
            ["SANCTION"],
        ),
        # a participle with no doer describing an event noun
        ("A bombing widely blamed on the rebels killed six soldiers.", ["ASSAULT"]),
        # a participle clause done by a storm
        ("Heavy rains lashed the province, cutting power to 80,000 homes.", []),
        # "in protest": how another act was done
        ("Poland recalled its ambassador from Minsk in protest.", ["SANCTION"]),
    ],
)
def test_events_settings_topics_and_descriptions_are_no_events(coder, text, types):
    assert _types(coder, text) == types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the parties' own meeting is reported
        ("Biden and Xi agreed at their summit to restore military contacts.", "CONSULT"),
        # a verb's phrase is no topic: the act protested against is reported
        (
            "Manila summoned China's envoy to protest against the ramming of a supply boat.",
            "ASSAULT",
        ),
        # a participle clause of people acting is their act
        ("Russian troops shelled the city, cutting power to thousands of homes.", "COERCE"),
    ],
)
def test_events_own_meetings_protested_acts_and_actors_participles_stay(coder, text, event_type):
    assert event_type in _types(coder, text)
