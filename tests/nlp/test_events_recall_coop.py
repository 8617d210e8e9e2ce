"""Event stage: recall of the cooperative types, one test per class of fix (texts written
for the tests, not taken from any probe, dev or gold file).

These assert behaviour for a construction, not accuracy; accuracy is measured by
``dyadline eval ... --task events``.
"""

from __future__ import annotations

import pytest

from coding import events_of
from dyadline.coder import Coder


def _typed(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events_of(coder, text)]


# -- vocabulary: frames for wordings that had none, or constraints that were too narrow ---


@pytest.mark.parametrize(
    ("text", "event_type", "word"),
    [
        ("Chad and Sudan signed a cessation of hostilities in Ndjamena.", "AGREE", "cessation"),
        (
            "Fighting stopped under an armistice announced by the African Union.",
            "AGREE",
            "armistice",
        ),
        ("The truce between the army and the rebels took effect at midnight.", "RETREAT", "took"),
        ("The ceasefire came into force on Sunday morning.", "RETREAT", "came"),
        ("The truce went into effect at dawn.", "RETREAT", "went"),
        ("Macron embraced Zelensky on the steps of the Elysee.", "CONSULT", "embraced"),
        ("Erdogan hugged Scholz at the start of the summit.", "CONSULT", "hugged"),
        ("Honduras switched diplomatic recognition from Taipei to Beijing.", "SUPPORT", "switched"),
        ("Japan expressed regret to the Korean president over the incident.", "CONCEDE", "regret"),
        ("New Zealand will offer residency to 300 islanders a year.", "AID", "residency"),
        ("The agreement will unlock the next tranche of the IMF loan.", "AID", "unlock"),
        ("Washington allowed the transfer of frozen funds to Qatar.", "CONCEDE", "allowed"),
        ("Rwandan police officers arrived in Bangui to help local forces.", "AID", "arrived"),
        ("Georgia submitted its application to join the European Union.", "REQUEST", "submitted"),
        ("Brazil's president invited the Chinese leader to visit Brasilia.", "AGREE", "invited"),
    ],
)
def test_events_cooperative_wording_is_coded(coder, text, event_type, word):
    assert any(t == event_type and word in trigger for t, trigger in _typed(coder, text)), _typed(
        coder, text
    )


def test_events_regret_over_another_party_s_act_stays_a_criticism(coder):
    text = "The ministry expressed regret over Israel's decision to expand settlements."
    assert [t for t, trigger in _typed(coder, text) if "regret" in trigger] == ["ACCUSE"]


def test_events_embracing_a_plan_is_no_meeting(coder):
    text = "Germany embraced the French plan for a joint fund."
    assert "CONSULT" not in [t for t, _ in _typed(coder, text)]


# -- parser attachment ------------------------------------------------------------------


def test_events_ceasefire_read_as_a_noun_clause_still_holds(coder):
    # the parser hangs the finite "held" on "ceasefire" as a clause of the noun
    text = "A ceasefire between the army and the militia held for a third day."
    assert any(t == "RETREAT" and "held" in trigger for t, trigger in _typed(coder, text))


def test_events_agreement_noun_with_a_participle_of_making_is_an_agreement(coder):
    text = "Fishermen returned to the islands under a treaty announced on Monday."
    assert ("AGREE", "treaty") in _typed(coder, text)


def test_events_agreement_noun_restating_the_agreement_verb_is_no_second_agreement(coder):
    text = (
        "Kenya and Somalia agreed to a two-day truce to allow aid in, in a deal brokered by Egypt."
    )
    assert [t for t, _ in _typed(coder, text)].count("AGREE") == 1


def test_events_agreement_noun_with_a_participle_of_brokering_is_an_agreement(coder):
    text = "The rebel leader halted his advance on the capital after a deal brokered by Angola."
    assert ("AGREE", "deal") in _typed(coder, text)


def test_events_announced_truce_that_is_respected_is_two_acts(coder):
    text = "Neither side has respected the truce announced by Washington."
    types = [t for t, _ in _typed(coder, text)]
    assert "RETREAT" in types and "AGREE" in types


def test_events_conjoined_objects_of_different_acts_are_two_events(coder):
    text = "Spain will pull its ambassador and its 800 soldiers out of Mali, officials said."
    types = sorted(t for t, _ in _typed(coder, text))
    assert types == ["RETREAT", "SANCTION"]


def test_events_conjoined_objects_of_one_act_are_one_event(coder):
    text = "Russia launched more than 200 drones and missiles at Ukraine overnight."
    assert [t for t, _ in _typed(coder, text)] == ["ASSAULT"]


def test_events_gerund_after_a_time_preposition_is_done_by_the_clause_subject(coder):
    text = "Rebel fighters shelled the airport for an hour before withdrawing."
    assert any(t == "RETREAT" and "withdrawing" in trigger for t, trigger in _typed(coder, text))


# -- filters ----------------------------------------------------------------------------


def test_events_act_told_next_in_a_before_clause_is_coded(coder):
    text = "Troops surrounded the palace before the general ordered a pullback."
    assert any(t == "RETREAT" and "pullback" in trigger for t, trigger in _typed(coder, text))


def test_events_act_in_a_since_clause_stays_background(coder):
    text = "Fuel prices have doubled since the rebels ordered a pullback."
    assert "RETREAT" not in [t for t, _ in _typed(coder, text)]


# -- type: readiness to help ------------------------------------------------------------


def test_events_readiness_to_give_aid_is_an_agreement_stated_now(coder):
    text = "Indonesia is prepared to send troops to help keep the peace in Gaza."
    events = [e for e in events_of(coder, text) if "send" in e.trigger]
    assert [(e.type, e.status) for e in events] == [("AGREE", "asserted")]


def test_events_readiness_to_deploy_to_one_s_own_border_stays_a_mobilization(coder):
    text = "Belarus is ready to send troops to its southern border."
    assert "AGREE" not in [t for t, _ in _typed(coder, text)]


# -- type: permission withheld, naming in a relative clause ------------------------------


def test_events_permission_withheld_is_a_refusal(coder):
    text = "Mexico's president said he would not allow U.S. troops to operate on Mexican soil."
    events = [e for e in events_of(coder, text) if "allow" in e.trigger]
    assert [(e.type, e.status) for e in events] == [("REJECT", "asserted")]


def test_events_concession_not_made_stays_a_negated_concession(coder):
    text = "The EU will not unfreeze funds for Hungary."
    events = [e for e in events_of(coder, text) if "unfreeze" in e.trigger]
    assert [(e.type, e.status) for e in events] == [("CONCEDE", "negated")]


def test_events_name_given_in_a_relative_clause_is_no_phone_call(coder):
    text = "Police raided the court, a move the OAS called an attempted coup against Arevalo."
    assert "CONSULT" not in [t for t, _ in _typed(coder, text)]


def test_events_relative_clause_with_a_pronoun_subject_still_calls(coder):
    text = "Brazil's president, who called Biden on Monday, praised the deal."
    assert any(t == "CONSULT" and "called" in trigger for t, trigger in _typed(coder, text))
