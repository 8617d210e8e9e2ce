"""Event stage: who did it to whom, one construction per test (texts written for the tests).

These assert the direction read from a construction, not accuracy; accuracy is measured by
``dyadline eval`` over the gold and dev files.
"""

from __future__ import annotations

from coding import one_event
from dyadline.records import ActorRef


def _country(actor: ActorRef | None) -> str | None:
    return actor.country if actor is not None else None


def _sector(actor: ActorRef | None) -> str | None:
    return actor.sector if actor is not None else None


# -- passives the parser leaves without a passive subject ---------------------------------


def test_events_direction_reduced_relative_patient_is_the_noun_modified(coder):
    event = one_event(
        coder, "The minister expelled a Russian diplomat accused of spying.", "ACCUSE"
    )
    assert _country(event.target) == "RUS"


def test_events_direction_relative_pronoun_patient_is_its_antecedent(coder):
    text = "Hezbollah fighters, whom Israel says are armed by Iran, fired rockets at Haifa."
    event = one_event(coder, text, "AID")
    assert _country(event.source) == "IRN"
    assert event.target is not None and event.target.name == "Hezbollah"


def test_events_direction_passive_conjunct_shares_the_subject(coder):
    event = one_event(coder, "Alexei Navalny landed in Moscow and was arrested.", "COERCE")
    assert event.target is not None and event.target.name == "Alexei Navalny"


def test_events_direction_arrest_of_an_officer_at_home_is_by_the_police(coder):
    event = one_event(coder, "General Ruiz led the revolt in Quito and was arrested.", "COERCE")
    assert (_country(event.source), _sector(event.source)) == ("ECU", "COP")


# -- coordination ---------------------------------------------------------------------------


def test_events_direction_verb_without_object_takes_its_conjuncts_object(coder):
    event = one_event(coder, "Riot police in Tbilisi beat and detained students.", "ASSAULT")
    assert (_country(event.target), _sector(event.target)) == ("GEO", "CVL")


def test_events_direction_subject_stranded_after_a_coordinated_name(coder):
    text = "M23 rebels seized soldiers in Goma and Tshisekedi condemned the attack."
    event = one_event(coder, text, "ACCUSE")
    assert event.source is not None and event.source.name == "Felix Tshisekedi"


def test_events_direction_joint_act_between_places_targets_the_second_party(coder):
    text = "Japan and South Korea resumed flights between Tokyo and Seoul."
    event = one_event(coder, text, "COOPERATE")
    assert {_country(event.source), _country(event.target)} == {"JPN", "KOR"}


# -- civilians as the target ------------------------------------------------------------------


def test_events_direction_police_killing_people_hits_their_own_civilians(coder):
    event = one_event(coder, "Kenyan police shot dead eleven people.", "ASSAULT")
    assert (_country(event.target), _sector(event.target)) == ("KEN", "CVL")


def test_events_direction_named_civilian_place_hits_the_civilians_there(coder):
    event = one_event(coder, "Militants attacked the Intercontinental Hotel in Kabul.", "ASSAULT")
    assert (_country(event.target), _sector(event.target)) == ("AFG", "CVL")


# -- nominalisations and adjuncts ---------------------------------------------------------------


def test_events_direction_at_the_request_of_names_the_requester(coder):
    text = "Ukraine's parliament extended martial law at the request of Volodymyr Zelensky."
    event = one_event(coder, text, "REQUEST")
    assert event.source is not None and event.source.name == "Volodymyr Zelensky"
    assert (_country(event.target), _sector(event.target)) == ("UKR", "LEG")


def test_events_direction_nested_of_phrase_names_the_target(coder):
    event = one_event(
        coder, "Washington announced the easing of sanctions on Venezuela.", "CONCEDE"
    )
    assert _country(event.target) == "VEN"


def test_events_direction_event_noun_in_a_concessive_phrase_is_not_the_subjects(coder):
    text = "The Slovak parliament passed the bill despite months of street protests."
    event = one_event(coder, text, "PROTEST")
    assert _sector(event.source) != "LEG"


def test_events_direction_document_acts_for_its_own_issuer(coder):
    event = one_event(coder, "Hungary vetoed an EU declaration condemning the coup.", "ACCUSE")
    assert event.source is not None and event.source.igo == "EU"


# -- responses, hosts and control -----------------------------------------------------------------


def test_events_direction_rejected_warning_targets_who_it_came_from(coder):
    event = one_event(coder, "Serbia brushed aside warnings from Brussels.", "REJECT")
    assert event.target is not None and event.target.igo == "EU"


def test_events_direction_withdrawal_from_a_treaty_named_for_a_city_has_no_target(coder):
    text = "Trump signed an order to withdraw the United States from the Paris climate accord."
    event = one_event(coder, text, "REJECT")
    assert event.target is None


def test_events_direction_host_of_a_round_of_talks_is_no_party(coder):
    text = "Qatar will host a new round of talks between Israel and Hamas."
    event = one_event(coder, text, "CONSULT")
    assert {_country(event.source), event.target.name if event.target else None} == {
        "ISR",
        "Hamas",
    }
    assert "QAT" in {o.country for o in event.others}


def test_events_direction_halting_talks_with_a_capital_targets_its_government(coder):
    event = one_event(coder, "Lithuania halted talks with Beijing.", "SANCTION")
    assert _country(event.target) == "CHN"


def test_events_direction_purpose_clause_keeps_the_callers_subject(coder):
    text = "Milei won the election in Argentina. Lula telephoned him to congratulate him."
    event = one_event(coder, text, "SUPPORT")
    assert _country(event.source) == "BRA"
    assert _country(event.target) == "ARG"


# -- whom a request, a protest or a sanction is aimed at ----------------------------------------


def test_events_direction_granted_request_was_made_to_the_granter(coder):
    text = "Moldova's parliament approved Maia Sandu's request to declare a state of emergency."
    event = one_event(coder, text, "REQUEST")
    assert (_country(event.target), _sector(event.target)) == ("MDA", "LEG")


def test_events_direction_application_to_join_targets_what_is_joined(coder):
    event = one_event(coder, "Sweden formally applied to join NATO.", "REQUEST")
    assert event.target is not None and event.target.igo == "NATO"


def test_events_direction_objection_conceded_is_aimed_at_the_doer(coder):
    text = "Hungary's parliament passed the law despite objections from Brussels."
    event = one_event(coder, text, "ACCUSE")
    assert (_country(event.target), _sector(event.target)) == ("HUN", "LEG")


def test_events_direction_sanctions_aimed_at_name_their_target(coder):
    text = "EU ministers approved a new round of sanctions aimed at Iran's drone makers."
    event = one_event(coder, text, "SANCTION")
    assert _country(event.target) == "IRN"


def test_events_direction_quantity_of_civilian_homes_hits_civilians(coder):
    text = "Militants torched dozens of homes in a village in Burkina Faso's Sahel region."
    event = one_event(coder, text, "ASSAULT")
    assert (_country(event.target), _sector(event.target)) == ("BFA", "CVL")


def test_events_direction_withdrawal_from_a_deal_named_for_a_state_targets_it(coder):
    text = "Washington said it was withdrawing from the Iran nuclear deal."
    event = one_event(coder, text, "REJECT")
    assert _country(event.target) == "IRN"


def test_events_direction_what_it_called_keeps_the_place_of_the_thing_named(coder):
    text = "Turkey struck what it called militant hideouts at six sites in Iraq on Sunday."
    event = one_event(coder, text, "ASSAULT")
    assert _country(event.target) == "IRQ"


def test_events_direction_move_judged_after_a_comma_targets_the_doer(coder):
    text = "Lithuania closed its border with Belarus, a move Minsk condemned as hostile."
    event = one_event(coder, text, "ACCUSE", "condemned")
    assert _country(event.source) == "BLR"
    assert _country(event.target) == "LTU"


def test_events_direction_claim_rejected_after_a_comma_answers_the_speaker(coder):
    text = "Tuareg rebels burned a school in Kidal, Mali's army said, an accusation the rebels rejected."
    event = one_event(coder, text, "REJECT")
    assert (_country(event.target), _sector(event.target)) == ("MLI", "MIL")


def test_events_direction_force_used_to_disperse_targets_those_dispersed(coder):
    text = "Kenyan riot police fired tear gas to disperse crowds in Nairobi."
    event = one_event(coder, text, "ASSAULT")
    assert (_country(event.target), _sector(event.target)) == ("KEN", "CVL")
