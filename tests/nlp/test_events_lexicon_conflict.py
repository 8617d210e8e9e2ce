"""Event stage: vocabulary and argument rules for the conflict types (texts written for the
tests, not taken from the probe or gold files).

These assert behaviour for a construction, not accuracy; the breadth of the vocabulary is
measured by ``dyadline eval eval/dev/events-probes-conflict.jsonl --task events``.
"""

from __future__ import annotations

import pytest

from coding import event_types, event_with_trigger, events_of

# -- rules --------------------------------------------------------------------------------


def test_events_hyphenated_event_noun_is_read_whole(coder):
    text = "A sit-in outside the labour ministry entered its third day."
    event = event_with_trigger(coder, text, "sit-in")
    assert event.type == "PROTEST"


def test_events_hyphenated_buildup_noun_is_a_mobilization(coder):
    text = "Satellite images showed a Russian build-up near the Ukrainian border."
    assert event_with_trigger(coder, text, "build-up").type == "MOBILIZE"


def test_events_killing_with_a_subject_of_its_own_is_not_a_casualty(coder):
    text = "Militants fired rockets at Sderot after Israel killed their commander."
    killing = event_with_trigger(coder, text, "killed")
    assert killing.type == "ASSAULT"
    assert killing.source is not None and killing.source.country == "ISR"


def test_events_a_weapon_with_a_party_modifier_is_that_party_s_attack(coder):
    text = "A U.S. drone killed an Iranian general near Baghdad airport."
    event = event_with_trigger(coder, text, "killed")
    assert event.type == "ASSAULT"
    assert event.source is not None and event.source.country == "USA"


def test_events_deaths_in_a_relative_clause_of_an_attack_are_its_casualties(coder):
    text = "The drone strike that killed the commander drew global condemnation."
    assert not any(e.type == "ASSAULT" and "killed" in e.trigger for e in events_of(coder, text))


def test_events_a_frame_may_ask_for_an_adjunct_preposition(coder):
    text = "The Gambia hauled Myanmar before the International Court of Justice."
    assert event_types(coder, text) == ["ACCUSE"]


def test_events_non_event_modifier_in_an_of_phrase(coder):
    assert event_types(coder, "A strike of lightning set a barn alight near Toulouse.") == []


def test_events_an_event_noun_owned_by_a_non_agent_is_no_event(coder):
    assert event_types(coder, "The team's attack looked blunt against a packed defence.") == []


def test_events_capitalised_plural_non_agent_subject(coder):
    assert "THREATEN" not in event_types(
        coder, "Wildfires threatened homes in northern California."
    )


def test_events_capitalised_plural_subject_fits_a_subject_frame(coder):
    text = "Paramilitary Rangers dragged the former prime minister from a courtroom."
    assert "COERCE" in event_types(coder, text)


def test_events_cracking_down_on_costs_is_no_coercion(coder):
    assert event_types(coder, "The new chief executive cracked down on costs and travel.") == []


def test_events_attacks_vowed_are_a_threat_and_a_hypothetical_attack(coder):
    events = events_of(coder, "The Houthis vowed more attacks on Israel.")
    threat = [e for e in events if e.type == "THREATEN"]
    attack = [e for e in events if e.type == "ASSAULT"]
    assert len(threat) == 1 and threat[0].status == "asserted"
    assert len(attack) == 1 and attack[0].status == "hypothetical"


def test_events_the_act_an_accusation_names_is_listed_too(coder):
    text = "Canada linked Indian government agents to the killing of a Sikh leader."
    types = event_types(coder, text)
    assert "ACCUSE" in types and "ASSAULT" in types


def test_events_a_car_bomb_is_an_attack_told_once(coder):
    assert event_types(coder, "A car bomb outside the ministry was the third this month.") == [
        "ASSAULT"
    ]
    # the bomb is the subject of the verb that codes the attack
    assert event_types(coder, "Two car bombs tore through a busy junction in Mogadishu.") == [
        "ASSAULT"
    ]


def test_events_the_act_answered_is_an_event_of_its_own(coder):
    text = "Iran fired missiles at Israel in retaliation for an Israeli strike on its consulate."
    assert event_types(coder, text).count("ASSAULT") == 2


# -- vocabulary ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "event_type"),
    [
        ("Russia rained missiles on Kyiv during the rush hour.", "rained", "ASSAULT"),
        ("A man ploughed a truck into a crowd of shoppers in Berlin.", "ploughed", "ASSAULT"),
        ("Gunmen stabbed two worshippers outside a mosque.", "stabbed", "ASSAULT"),
        ("Rebel fighters crossed into Lebanon overnight.", "crossed", "ASSAULT"),
        ("The militia violated the ceasefire within hours.", "violated", "ASSAULT"),
        ("Security forces clamped down on student protesters.", "clamped", "COERCE"),
        ("Russian hackers launched a cyber attack on Ukrainian banks.", "launched", "COERCE"),
        ("Police locked up hundreds of dissidents.", "locked", "COERCE"),
        ("Washington laid the blame on Tehran.", "laid", "ACCUSE"),
        (
            "The air force scrambled two fighter jets to intercept the bombers.",
            "scrambled",
            "MOBILIZE",
        ),
        ("The junta recruited thousands of new soldiers.", "recruited", "MOBILIZE"),
        ("Washington put Tehran on notice over the attacks.", "put", "THREATEN"),
        ("Protesters forced their way into parliament.", "forced", "PROTEST"),
        ("Washington raised tariffs on Chinese steel to 50 percent.", "raised", "SANCTION"),
        ("Turkey stopped all trade with Israel.", "stopped", "SANCTION"),
        ("Moscow poured cold water on the proposal from Kyiv.", "poured", "REJECT"),
        ("The Chinese president tore into Washington in a speech.", "tore", "ACCUSE"),
    ],
)
def test_events_conflict_vocabulary(coder, text, word, event_type):
    assert event_with_trigger(coder, text, word).type == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The company fired 200 workers at its Detroit plant.", "ASSAULT"),
        ("He charged his phone at the airport.", "ACCUSE"),
        ("The film's producers shot most scenes in Morocco.", "ASSAULT"),
        ("Record heat threatened crops across southern Europe.", "THREATEN"),
    ],
)
def test_events_conflict_vocabulary_near_misses(coder, text, event_type):
    assert event_type not in event_types(coder, text)


def test_events_forces_hammer_a_town_and_critics_hammer_a_government(coder):
    assert event_with_trigger(
        coder, "Russian artillery hammered the town overnight.", "hammered"
    ).type == ("ASSAULT")
    text = "The opposition hammered the government over its handling of the floods."
    assert "ASSAULT" not in event_types(coder, text)


def test_events_police_pick_up_a_person_not_the_pace(coder):
    text = "Police picked up a prominent blogger at his home."
    assert event_with_trigger(coder, text, "picked").type == "COERCE"
    assert "COERCE" not in event_types(coder, "Police picked up the pace of the investigation.")
