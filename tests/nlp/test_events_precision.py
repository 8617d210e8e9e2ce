"""Event stage: acts that are not events of the sentence, and status cues found on blind text
(issue #4). Texts written for the tests; they assert behaviour for a construction, not
accuracy (``dyadline eval`` measures that)."""

from __future__ import annotations

import pytest

from coding import events_of
from dyadline.coder import Coder


def _statuses(coder: Coder, text: str, event_type: str) -> list[str]:
    return [e.status for e in events_of(coder, text) if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        # an act averted, staved off or headed off did not happen ...
        ("The two sides reached a late deal, averting a strike on the port.", "ASSAULT", "negated"),
        (
            "Kyiv staved off a Russian offensive on Zaporizhzhia with new minefields.",
            "ASSAULT",
            "negated",
        ),
        # ... but as a purpose it is only aimed at
        (
            "Japan deployed destroyers to avert an attack on its shipping.",
            "ASSAULT",
            "hypothetical",
        ),
    ],
)
def test_events_an_averted_act_is_negated(coder, text, event_type, status):
    assert _statuses(coder, text, event_type) == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Moscow vetoed a Security Council resolution demanding a truce in Aleppo.", "negated"),
        ("China blocked a joint G20 statement urging Moscow to negotiate.", "negated"),
        ("The Security Council adopted a resolution demanding a truce in Aleppo.", "asserted"),
    ],
)
def test_events_a_blocked_text_does_not_make_its_request(coder, text, status):
    assert _statuses(coder, text, "REQUEST") == [status]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "The court ruling cleared the way for Rome to lift its travel curbs on Egypt.",
            "CONCEDE",
        ),
        ("The vote paved the way for talks between Belgrade and Pristina.", "CONSULT"),
        (
            "Baku called the new checkpoint a first step toward the annexation of the enclave.",
            "COERCE",
        ),
    ],
)
def test_events_an_act_something_makes_possible_is_hypothetical(coder, text, event_type):
    assert _statuses(coder, text, event_type) == ["hypothetical"]


def test_events_a_denial_after_a_semicolon_does_not_negate_the_clause_before(coder):
    text = (
        "Troops shelled the village of Kerma overnight, residents said; the ministry denied "
        "that its gunners had used cluster munitions."
    )
    assert "asserted" in _statuses(coder, text, "ASSAULT")


def test_events_a_finite_conjunct_does_not_share_a_modal_negation(coder):
    text = "The minister said the sanctions would not be lifted and urged Tehran to negotiate."
    assert _statuses(coder, text, "REQUEST") == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it was willing to accept a truce if Kyiv pulled back its artillery.",
        "Belgrade is ready to sign the accord if Pristina recognises the association.",
    ],
)
def test_events_a_conditional_offer_is_an_asserted_agree(coder, text):
    assert _statuses(coder, text, "AGREE") == ["asserted"]


def test_events_an_act_after_an_exception_phrase_takes_the_governor_status(coder):
    text = "Diplomats in Geneva expected nothing beyond a brief meeting of the envoys."
    assert _statuses(coder, text, "CONSULT") in (["planned"], ["hypothetical"])


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "Serbia and Kosovo signed an accord under which Belgrade will release the detained "
            "police officers.",
            ["AGREE"],
        ),
        (
            "Cairo and Khartoum struck a deal for Egypt to supply the army with fuel.",
            ["AGREE"],
        ),
        ("The rival factions reached an understanding to stop shelling each other.", ["AGREE"]),
        # a clause in the past reports a done act
        ("Israel and Hamas agreed a truce under which Hamas freed 33 hostages.", None),
        # after a comma the participle is a free adjunct on the signer
        (
            "Honiara signed the pact with Beijing, brushing aside warnings from Canberra.",
            ["AGREE", "REJECT"],
        ),
    ],
)
def test_events_what_an_agreement_provides_for_is_coded_through_it(coder, text, types):
    found = sorted(e.type for e in events_of(coder, text))
    if types is None:
        assert "RETREAT" in found and "AGREE" in found
    else:
        assert found == types


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Freddy battered southern Malawi, flattening villages near Blantyre.",
        "Typhoon Rai pounded the central Philippines on Thursday.",
        "Tuvalu's atolls are threatened by rising seas and stronger storms.",
        "ECB officials fired a warning shot at bond investors on Monday.",
    ],
)
def test_events_natural_hazards_and_markets_are_no_parties(coder, text):
    assert events_of(coder, text) == []


def test_events_withheld_permission_is_a_rejection_without_the_other_party_act(coder):
    text = "Ankara said it would not allow NATO jets to use the Incirlik base to strike Syria."
    assert [(e.type, e.status) for e in events_of(coder, text)] == [("REJECT", "asserted")]


def test_events_granted_permission_stays_a_concession(coder):
    events = events_of(coder, "Lithuania allowed Taiwan to open a representative office.")
    assert [(e.type, e.status) for e in events] == [("CONCEDE", "asserted")]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Thousands of students rallied in Belgrade to denounce the government.", ["PROTEST"]),
        ("Farmers marched through Warsaw to demand an end to grain imports.", ["PROTEST"]),
    ],
)
def test_events_what_a_protest_is_for_is_part_of_it(coder, text, types):
    assert sorted(e.type for e in events_of(coder, text)) == types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Gunmen shot dead a provincial governor in Herat, and two bodyguards were wounded in "
            "the attack.",
            "ASSAULT",
        ),
        (
            "A Paris court issued arrest warrants for two Syrian generals; Damascus said the "
            "warrants were meaningless.",
            "THREATEN",
        ),
    ],
)
def test_events_a_bare_definite_event_noun_names_an_earlier_act_again(coder, text, event_type):
    assert len([e for e in events_of(coder, text) if e.type == event_type]) == 1


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the convener of talks is a participant of the one CONSULT
        ("Sudan's rivals held three days of talks convened by the African Union.", ["CONSULT"]),
        # the terms of a promise: what would trigger the promised help is not an event
        (
            "Minsk and Moscow signed a defence pact, pledging to help each other if either is "
            "invaded.",
            ["AGREE"],
        ),
        # a relative clause on a recalled event is recalled too
        (
            "A museum in Seoul marked 70 years since the armistice that halted the fighting.",
            [],
        ),
        # the agreement a relative clause makes: "struck" is no attack
        ("The centre in Gjader was built under a deal Rome struck with Tirana.", []),
        # a month is no march
        ("The centre in Gjader opened in March.", []),
        # a sentence in absentia jails no one: the conviction only
        ("A Tunis court sentenced the exiled opposition leader to 20 years in absentia.", None),
        # freed civilians flying home pay no visit
        ("Five Americans held in Iran flew to Doha on Monday.", []),
        # weapons an attack was made with are no second attack
        ("Gunmen stormed the hotel in Mogadishu with rifles and car bombs.", ["ASSAULT"]),
        # a noun coordinated with the object of a halt is halted too
        ("Beijing suspended climate talks and military dialogue with Washington.", ["SANCTION"]),
    ],
)
def test_events_participants_terms_and_recalled_acts_are_no_events_of_their_own(coder, text, types):
    found = sorted(e.type for e in events_of(coder, text))
    if types is None:
        assert "COERCE" not in found and "SANCTION" in found
    else:
        assert found == types


def test_events_an_event_of_an_earlier_year_is_background(coder):
    events = coder.code(
        "Kyiv says the 2014 annexation of Crimea is illegal, and Moscow annexed four more "
        "regions on Friday.",
        date="2022-10-01",
    ).events
    assert [e.trigger for e in events if e.type == "COERCE"] == ["annexed"]


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad ordered undocumented migrants to leave the country by March or face deportation.",
        "The junta told the French contingent to withdraw within a month or face expulsion.",
    ],
)
def test_events_a_demand_with_or_face_is_an_ultimatum(coder, text):
    events = events_of(coder, text)
    assert [(e.type, e.status) for e in events if e.type in ("THREATEN", "REQUEST")] == [
        ("THREATEN", "asserted")
    ]
    assert [e.status for e in events if e.type == "COERCE"] == ["hypothetical"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a wrongdoing named with "called" is an accusation, not a phone call or a strike call
        ("Prosecutors raided the tribunal, a step the OAS called an attempted coup.", "ACCUSE"),
        ("Tehran called the seizure of its tanker piracy.", "ACCUSE"),
        # regret addressed to the party wronged is an apology
        ("Ankara expressed regret to Moscow over the loss of the pilot.", "CONCEDE"),
        # a raid named after the building searched is a police raid
        ("Mexico cut ties with Ecuador over the embassy raid in Quito.", "COERCE"),
        # snubbing talks is a refusal, not a boycott protest
        ("Sudan's army snubbed the talks in Geneva.", "REJECT"),
    ],
)
def test_events_labels_apologies_and_snubs_have_their_types(coder, text, event_type):
    assert event_type in {e.type for e in events_of(coder, text)}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Kremlin has so far steered clear of ordering a second mobilisation.", "MOBILIZE"),
        ("Washington has stayed clear of direct strikes on Iranian soil.", "ASSAULT"),
        ("Brussels has eschewed sanctions on Chinese banks.", "SANCTION"),
    ],
)
def test_events_keeping_clear_of_an_act_negates_it(coder, text, event_type):
    assert _statuses(coder, text, event_type) == ["negated"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agreeing among allies on a coercive act is the act, planned; no AGREE
        (
            "G7 ministers agreed to impose new sanctions on Minsk.",
            [("SANCTION", "planned")],
        ),
        # agreeing to a cooperative act stays one AGREE
        ("Kabul and Islamabad agreed to exchange prisoners.", [("AGREE", "asserted")]),
    ],
)
def test_events_agreeing_on_a_coercive_act_codes_the_act(coder, text, expected):
    assert [(e.type, e.status) for e in events_of(coder, text)] == expected


def test_events_hitting_someone_with_water_cannon_is_an_attack_not_criticism(coder):
    text = "Coast guard ships blasted a fishing boat with water cannon near the shoal."
    assert [e.type for e in events_of(coder, text)] == ["ASSAULT"]
