"""Event stage: wire wordings of the cooperative types and the parser splits that hid them
(texts written for the tests; accuracy is measured by ``dyadline eval``)."""

from __future__ import annotations

import pytest

from coding import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Serbia and Hungary arrived at an agreement on border controls.", "AGREE"),
        ("Kazakhstan and Kyrgyzstan entered into a treaty on water sharing.", "AGREE"),
        ("The king granted an audience to the Iraqi prime minister.", "CONSULT"),
        ("The Turkish and Greek foreign ministers exchanged views in Athens.", "CONSULT"),
        ("Scholz dined with Meloni in Rome.", "CONSULT"),
        ("Warsaw lent its support to the Lithuanian proposal.", "SUPPORT"),
        ("Brazil voted in favour of Bolivia's bid to join the bloc.", "SUPPORT"),
        ("Turkey extended recognition to the new government in Damascus.", "SUPPORT"),
        ("The president commuted the death sentences of three dissidents.", "CONCEDE"),
        ("Washington delisted the Houthis as a terrorist group.", "CONCEDE"),
        ("Germany took in thousands of Syrian refugees.", "AID"),
        ("The World Bank lent Zambia $300 million.", "AID"),
        ("Paris scaled back its military presence in Chad.", "RETREAT"),
        ("The rebels vacated the town of Rutshuru.", "RETREAT"),
        ("Kyiv sought more air defence systems from Berlin.", "REQUEST"),
        ("Doha leaned on Hamas to accept the proposal.", "REQUEST"),
        ("Egypt and Turkey cut a deal on gas exploration.", "AGREE"),
        ("Seoul gave assurances to Tokyo that the fund would pay the victims.", "AGREE"),
        ("Delhi sent its congratulations to the new Sri Lankan president.", "SUPPORT"),
        ("Moscow came to the defence of Minsk at the Security Council.", "SUPPORT"),
        ("The junta reinstated the dismissed prosecutors.", "CONCEDE"),
        ("Rome halted the deportation of Libyan asylum seekers.", "CONCEDE"),
        ("Jordan set up a field hospital in Khan Younis.", "AID"),
        ("Turkey evacuated wounded children from Gaza.", "AID"),
        ("London rolled out a new aid package for Sudan.", "AID"),
        ("The kidnappers let go the two Italian engineers.", "RETREAT"),
        ("The militia commander stood down his men.", "RETREAT"),
        ("Ottawa challenged Delhi to share its evidence.", "REQUEST"),
        ("Washington pressured Kyiv into signing the deal.", "REQUEST"),
        ("France and Britain shared satellite imagery of the convoy.", "COOPERATE"),
        ("Tajikistan and Uzbekistan will build a joint economic zone on the border.", "COOPERATE"),
        ("UNICEF distributed bottled water to families in Derna.", "AID"),
        ("Nordic ministers flew to Vilnius in a show of solidarity with Lithuania.", "SUPPORT"),
    ],
)
def test_events_cooperative_wording_is_coded(coder, text, event_type):
    assert event_type in event_types(coder, text)


def test_events_suspect_surrendered_to_another_state_is_cooperation(coder):
    types = event_types(coder, "Italy surrendered a suspected Iranian spy to U.S. authorities.")
    assert "COOPERATE" in types and "RETREAT" not in types


def test_events_speech_verb_telling_someone_to_act_is_a_request(coder):
    # "told" reports speech, but "told X to withdraw" asks X to act; the act is absorbed
    types = event_types(
        coder, "Moldova's foreign minister told the Kremlin to withdraw its troops."
    )
    assert types == ["REQUEST"]


def test_events_infinitive_hung_as_adverbial_clause_is_the_complement(coder):
    # the parser makes "to release" an adverbial clause of "exhorted"
    types = event_types(
        coder, "Japan's prime minister exhorted China to release the detained businessman."
    )
    assert types == ["REQUEST"]


def test_events_dated_phrase_is_no_particle_of_a_frame(coder):
    # "on Thursday" is no "called on": a phone call, not a request
    assert event_types(coder, "Scholz called Erdogan on Monday.") == ["CONSULT"]


def test_events_verb_modifier_required_by_a_frame(coder):
    assert "COOPERATE" in event_types(coder, "Turkey and Azerbaijan jointly developed a new drone.")
    assert "RETREAT" in event_types(
        coder, "Belarus set free the opposition activist Ales Bialiatski."
    )


def test_events_requested_act_is_absorbed_unless_the_request_was_granted(coder):
    assert event_types(coder, "Mali's junta requested the withdrawal of French troops.") == [
        "REQUEST"
    ]
    granted = event_types(
        coder, "Parliament approved the president's request to impose martial law for 30 days."
    )
    assert "COERCE" in granted


def test_events_act_to_be_halted_goes_on(coder):
    # the shelling Washington asks to halt is happening; no halt (RETREAT) is coded
    types = event_types(
        coder, "Ankara rejected Washington's request to halt shelling of Kurdish positions."
    )
    assert "ASSAULT" in types and "RETREAT" not in types


def test_events_concession_to_a_demand_keeps_the_demand(coder):
    types = event_types(coder, "The government conceded to the miners' main demand on pay.")
    assert sorted(types) == ["CONCEDE", "REQUEST"]
    # one's own objection dropped is no accusation
    assert event_types(coder, "Hungary dropped its objection to Sweden's NATO membership.") == [
        "CONCEDE"
    ]


def test_events_third_party_shuttling_within_talks_is_not_a_second_meeting(coder):
    assert event_types(
        coder, "U.S. envoy Amos Hochstein shuttled between Beirut and Jerusalem."
    ) == ["CONSULT"]
    types = event_types(
        coder,
        "Witkoff and Araghchi held talks in Muscat, with Oman's foreign minister shuttling "
        "between them.",
    )
    assert types == ["CONSULT"]


def test_events_vow_not_to_use_force_is_a_commitment_not_a_threat(coder):
    types = event_types(coder, "Venezuela and Guyana vowed not to use force against each other.")
    assert types == ["AGREE"]


def test_events_restricted_act_is_no_event(coder):
    types = event_types(coder, "The Thai government relaxed restrictions on protests in Bangkok.")
    assert types == ["CONCEDE"]


def test_events_release_of_a_thing_is_no_retreat(coder):
    assert event_types(coder, "The studio released a documentary about the war.") == []
    assert "RETREAT" in event_types(coder, "The junta freed the detained leaders on Friday.")


def test_events_joint_body_is_cooperation_unless_an_agreement_only_promises_it(coder):
    assert "COOPERATE" in event_types(
        coder, "Kazakhstan and Kyrgyzstan set up a joint border commission."
    )
    # the participle says what the agreement sets up: one AGREE
    types = event_types(
        coder, "Ukraine and Poland signed an agreement setting up a joint border commission."
    )
    assert types == ["AGREE"]
