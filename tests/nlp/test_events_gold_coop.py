"""Event stage: missed cooperative events, one test per class of fix (texts written for the
tests, not taken from any probe, dev or gold file).

These assert behaviour for a construction, not accuracy; accuracy is measured by
``dyadline eval ... --task events``.
"""

from __future__ import annotations

import pytest

from coding import events_of, one_event
from dyadline.coder import Coder


def _typed(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events_of(coder, text)]


# -- vocabulary: frames for wordings that had none ---------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "word"),
    [
        ("The prime minister said he would not leave office before the vote.", "RETREAT", "leave"),
        ("Caracas handed back a detained American airman on Friday.", "RETREAT", "handed"),
        (
            "Sudan and South Sudan exchanged the bodies of fallen soldiers.",
            "COOPERATE",
            "exchanged",
        ),
        ("Cairo reopened its airspace to Libyan carriers on Monday.", "CONCEDE", "reopened"),
        ("Ottawa said the moratorium would be lifted next month.", "CONCEDE", "lifted"),
        ("The bloc granted Georgia candidate membership on Thursday.", "SUPPORT", "granted"),
        ("Washington urged Kigali to make peace with Kinshasa.", "REQUEST", "urged"),
        (
            "Lithuania invoked consultations with its allies after the incursion.",
            "REQUEST",
            "invoked",
        ),
        ("Berlin said the ammunition would ship by the end of the month.", "AID", "ship"),
        ("The rebels handed over heavy weapons to African Union monitors.", "RETREAT", "handed"),
        ("The African Union endorsed the deal reached in Doha.", "SUPPORT", "endorsed"),
        ("Kabul and Islamabad agreed to make peace with each other.", "AGREE", "agreed"),
    ],
)
def test_events_cooperative_wording_is_coded(coder, text, event_type, word):
    found = [t for t, trigger in _typed(coder, text) if word in trigger]
    assert event_type in found, _typed(coder, text)


def test_events_making_peace_is_an_agreement(coder):
    event = one_event(
        coder, "Paris warned Tehran that it must make peace with its neighbours.", "AGREE"
    )
    assert "make peace" in event.trigger


def test_events_exchanged_captives_stay_a_release(coder):
    types = [t for t, trigger in _typed(coder, "Kyiv and Moscow exchanged 90 prisoners of war.")]
    assert types == ["RETREAT"]


def test_events_reopened_crossing_for_aid_stays_access(coder):
    event = one_event(coder, "Egypt reopened the Rafah crossing to aid convoys.", "RETREAT")
    assert "reopened" in event.trigger


def test_events_rebels_are_coded_by_their_forces_handing_over_weapons(coder):
    # a state handing weapons over to another state still aids it
    assert "AID" in [t for t, _ in _typed(coder, "Germany handed over 18 tanks to Ukraine.")]


# -- parse repairs ---------------------------------------------------------------------


def test_events_summing_up_phrase_after_a_comma_is_no_object(coder):
    text = (
        "Greek and Turkish ferries resumed crossings between Lesbos and Ayvalik for the first "
        "time in three years, a first tangible result of the normalisation talks between Athens "
        "and Ankara."
    )
    assert not [t for t, trigger in _typed(coder, text) if t == "CONSULT" and "resumed" in trigger]


def test_events_pronoun_object_of_a_coordinated_verb_is_its_antecedent(coder):
    text = "The junta imposed a curfew in the capital and lifted it three days later."
    event = one_event(coder, text, "CONCEDE")
    assert "lifted" in event.trigger
    assert "curfew" not in event.trigger  # the antecedent is no part of the trigger


def test_events_act_named_before_a_naming_verb_is_not_asked_for(coder):
    text = (
        "Tehran handed back a captured British sailor at the border, a gesture Prime Minister "
        "Keir Starmer called a step towards calm."
    )
    assert "RETREAT" in [t for t, _ in _typed(coder, text)]


def test_events_purpose_a_frame_names_is_no_second_event(coder):
    text = "Rwandan soldiers began deploying to Mozambique to support the government in Maputo."
    types = [t for t, _ in _typed(coder, text)]
    assert "AID" in types
    assert "SUPPORT" not in types


# -- filters that dropped an event wrongly ---------------------------------------------


def test_events_cancelled_visit_is_a_negated_consultation(coder):
    event = one_event(
        coder, "Ankara called off a visit by the Dutch foreign minister on Monday.", "CONSULT"
    )
    assert event.status == "negated"


def test_events_agreement_that_takes_effect_is_implemented(coder):
    text = "Kyiv and Moscow agreed on a ceasefire, which will take effect on Friday."
    event = one_event(coder, text, "RETREAT")
    assert event.status == "planned"


def test_events_ceasefire_taking_effect_is_no_second_agreement(coder):
    text = "A ceasefire between Pakistan and the Taliban brokered by Qatar and Turkey took effect at dawn."
    types = [t for t, _ in _typed(coder, text)]
    assert "RETREAT" in types
    assert "AGREE" not in types


def test_events_concession_agreed_to_is_the_concession(coder):
    text = "Beijing agreed to lift tariffs on Australian wine."
    event = one_event(coder, text, "CONCEDE")
    assert event.status == "asserted"
    assert "AGREE" not in [t for t, _ in _typed(coder, text)]


def test_events_fighters_evacuated_retreat(coder):
    text = "The last Syrian rebels were evacuated from the old city under a local truce."
    assert "RETREAT" in [t for t, _ in _typed(coder, text)]


def test_events_civilians_evacuated_are_displaced(coder):
    text = "Thousands of residents were evacuated from the old city as the fire spread."
    assert "RETREAT" not in [t for t, _ in _typed(coder, text)]


def test_events_joint_news_conference_is_a_meeting(coder):
    text = "At a joint news conference in Ankara, Erdogan praised Orban's leadership."
    assert "CONSULT" in [t for t, _ in _typed(coder, text)]


def test_events_news_conference_alone_is_no_meeting(coder):
    text = "At a news conference in Ankara, Erdogan praised Orban's leadership."
    assert "CONSULT" not in [t for t, _ in _typed(coder, text)]
