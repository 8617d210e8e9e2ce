"""Event stage: recall of the conflict types on wordings and parses the frames missed
(issue #4). Texts written for the tests, not taken from any probe, dev or gold file.

These assert behaviour for a construction, not accuracy; accuracy is measured by
``dyadline eval eval/dev/events-dev4.jsonl --task events``.
"""

from __future__ import annotations

import pytest

from coding import event_with_trigger, events_of
from dyadline.coder import Coder


def _found(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events_of(coder, text)]


# -- vocabulary: wordings of wire copy ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "event_type"),
    [
        (
            "The army said it had neutralised 14 insurgents near the border.",
            "neutralised",
            "ASSAULT",
        ),
        (
            "Investigators found that the militia had committed genocide in the valley.",
            "committed",
            "ASSAULT",
        ),
        (
            "Coast guard ships blasted a fishing boat with water cannon near the reef.",
            "blasted",
            "ASSAULT",
        ),
        ("Security forces hauled away several students.", "hauled", "COERCE"),
        ("The opposition cried foul over the count in three provinces.", "cried", "ACCUSE"),
        ("The senator called the inquiry a witch hunt.", "called", "ACCUSE"),
        ("The navy intercepted 250 migrants off the coast.", "intercepted", "COERCE"),
        (
            "Norwegian jets intercepted two Russian bombers over the Barents Sea.",
            "intercepted",
            "MOBILIZE",
        ),
        (
            "Armoured columns of the army forced their way into the camp at dawn.",
            "forced",
            "ASSAULT",
        ),
        ("Hackers knocked the ministry's websites offline for two days.", "knocked", "COERCE"),
        ("The World Bank paused its work with Kenya after the vote.", "paused", "SANCTION"),
        ("Ottawa tightened curbs on steel sales to Russia.", "tightened", "SANCTION"),
        (
            "The envoy visited the islands despite Chinese warnings of retaliation.",
            "warnings",
            "THREATEN",
        ),
        ("The assembly approved a state of exception in three provinces.", "approved", "COERCE"),
        ("Ankara put the border treaty in abeyance.", "put", "SANCTION"),
        ("Bamako ended its defence pact with Paris.", "ended", "SANCTION"),
        ("Canberra attributed the breach to China's intelligence service.", "attributed", "ACCUSE"),
        ("Colonel Assimi Goita ousted the interim president in a palace coup.", "ousted", "COERCE"),
        ("The Malian army toppled the president on Tuesday.", "toppled", "COERCE"),
        (
            "Lisbon said it would intervene militarily if the enclave were attacked.",
            "intervene",
            "ASSAULT",
        ),
        ("The bloc ordered the activation of its rapid reaction force.", "activation", "MOBILIZE"),
    ],
)
def test_events_conflict_wording_is_coded(coder, text, word, event_type):
    assert event_with_trigger(coder, text, word).type == event_type


def test_events_naming_frame_needs_the_named_object_not_a_call_for_it(coder):
    text = "The cleric called for a coup against the king."
    assert "ACCUSE" not in [t for t, _ in _found(coder, text)]


# -- rules: a speech verb made an act by its manner -----------------------------------------


def test_events_forceful_response_is_a_possible_attack(coder):
    text = "The minister said the army would respond decisively to any incursion."
    event = event_with_trigger(coder, text, "respond")
    assert event.type == "ASSAULT"
    assert event.status != "asserted"


def test_events_response_without_force_stays_speech(coder):
    text = "The ministry responded to the report on Tuesday."
    assert _found(coder, text) == []


def test_events_conditional_forceful_response_is_a_threat(coder):
    text = "If they cross the river, we will respond decisively, the general said."
    assert "THREATEN" in [t for t, _ in _found(coder, text)]


def test_events_readiness_to_retaliate_is_a_threat(coder):
    text = "The defence minister said the navy was ready to retaliate against any attack."
    event = event_with_trigger(coder, text, "ready")
    assert (event.type, event.status) == ("THREATEN", "asserted")


def test_events_readiness_for_another_act_is_no_threat(coder):
    text = "The army is ready to help the flood victims, the minister said."
    assert "THREATEN" not in [t for t, _ in _found(coder, text)]


# -- rules: parses that hid the frame's object ----------------------------------------------


def test_events_small_clause_predicate_is_the_object(coder):
    text = "Tallinn declared two Russian diplomats persona non grata."
    event = event_with_trigger(coder, text, "declared")
    assert event.type == "SANCTION"


def test_events_phrase_on_a_participle_of_the_object_counts(coder):
    text = "The ministry said it would treat any ship carrying arms to the port as a legitimate target."
    event = event_with_trigger(coder, text, "treat")
    assert event.type == "THREATEN"


def test_events_headline_clause_after_as_is_an_act(coder):
    text = "President rejects early vote as thousands march in the capital"
    assert "PROTEST" in [t for t, _ in _found(coder, text)]


def test_events_label_after_as_is_still_no_event(coder):
    text = "The minister condemned the ruling as an attack on the press."
    assert not any("attack" in w for _, w in _found(coder, text)), _found(coder, text)


# -- rules: filters that dropped an act of its own ------------------------------------------


def test_events_followers_of_a_person_act_politically(coder):
    text = "Her supporters set fire to the regional governor's office."
    event = event_with_trigger(coder, text, "set")
    assert event.type == "PROTEST"


def test_events_crowds_protesting_are_a_protest_of_their_own(coder):
    text = "Police used batons to disperse crowds protesting over the fuel price rise."
    assert "PROTEST" in [t for t, _ in _found(coder, text)]


def test_events_protest_act_during_demonstrations_keeps_both(coder):
    text = "Students occupied the rectorate during demonstrations against the fee increase."
    protests = [w for t, w in _found(coder, text) if t == "PROTEST"]
    assert len(protests) == 2, _found(coder, text)


def test_events_participle_on_a_doer_has_that_subject(coder):
    text = "Warships patrolling off the coast were spotted by fishermen."
    assert "MOBILIZE" in [t for t, _ in _found(coder, text)]


def test_events_attributing_to_no_party_accuses_no_one(coder):
    text = "The minister attributed the delay to bad weather."
    assert "ACCUSE" not in [t for t, _ in _found(coder, text)]
