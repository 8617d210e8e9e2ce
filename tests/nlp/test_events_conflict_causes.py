"""Event stage: conflict events missed for a cause shared by many wordings (issue #4): a
filter that dropped a crowd's act, a parse that hid a complement or a restricted thing, a
constraint that rejected a threat with no named target, a warning of retribution read as
news of another's act. Texts written for the tests, not taken from any probe, dev or gold
file.

These assert behaviour for a construction, not accuracy; accuracy is measured by
``dyadline eval eval/gold/events.jsonl --split odd``.
"""

from __future__ import annotations

import pytest

from coding import event_with_trigger, events_of, one_event
from dyadline.coder import Coder


def _types(coder: Coder, text: str) -> set[str]:
    return {e.type for e in events_of(coder, text)}


# -- a crowd's violence is rioting (PROTEST), and a quantity does not hide the crowd -----


@pytest.mark.parametrize(
    "text",
    [
        "Protesters in Lima attacked the Spanish embassy on Friday.",
        "Thousands of supporters of former President Evo Morales stormed the electoral office.",
        "Hundreds of demonstrators ransacked the ruling party's offices in Accra.",
    ],
)
def test_events_crowd_violence_is_protest(coder: Coder, text: str) -> None:
    types = _types(coder, text)
    assert "PROTEST" in types
    assert "ASSAULT" not in types


def test_events_supporters_of_a_club_still_act_no_politics(coder: Coder) -> None:
    assert events_of(coder, "Hundreds of supporters of the football club stormed the pitch.") == []


# -- a warning that a third party will pay is a threat aimed at it ----------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Putin warned that Kyiv would pay a heavy price for the incursion.", "UKR"),
        ("The EU warned that Belgrade would face consequences if it recognised the vote.", "SRB"),
    ],
)
def test_events_warning_of_retribution_is_threat(coder: Coder, text: str, target: str) -> None:
    threat = one_event(coder, text, "THREATEN")
    assert threat.target is not None and threat.target.country == target


def test_events_warning_of_another_party_act_stays_no_threat(coder: Coder) -> None:
    text = "Stoltenberg warned that Russia could attack a NATO member within years."
    assert "THREATEN" not in _types(coder, text)


# -- judging, rebutting and watching with alarm -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russia shelled Kharkiv overnight, an attack Zelensky called inhuman.", "called"),
        (
            "Turkey declined to extradite the suspects, a response Stockholm called deeply"
            " disappointing.",
            "called",
        ),
        (
            "Finnish troops joined drills in Estonia, a move Moscow said it viewed with alarm.",
            "viewed",
        ),
    ],
)
def test_events_censure_is_accusation(coder: Coder, text: str, word: str) -> None:
    assert event_with_trigger(coder, text, word).type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said the allegations were baseless.",
        "Chad accused Sudan of arming the rebels, a charge Khartoum said was unjustified.",
        "Beijing called the report fabricated.",
    ],
)
def test_events_rebutting_a_claim_is_rejection(coder: Coder, text: str) -> None:
    assert "REJECT" in _types(coder, text)


def test_events_a_verdict_on_an_act_is_no_rejection(coder: Coder) -> None:
    assert "REJECT" not in _types(coder, "Moscow said the talks were useful.")


# -- entering battle ---------------------------------------------------------------------


def test_events_entering_combat_is_assault_not_a_raid(coder: Coder) -> None:
    event = event_with_trigger(coder, "No Iranian troops have entered combat in Syria.", "entered")
    assert event.type == "ASSAULT"
    assert event.status == "negated"


# -- restrictions: the thing restricted in an "on" phrase, trade stopped ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv sued Warsaw over its bans on Ukrainian grain imports.",
        "The EU is weighing a ban on the transit of Russian gas through its pipelines.",
    ],
)
def test_events_ban_on_a_named_trade_is_sanction(coder: Coder, text: str) -> None:
    assert "SANCTION" in _types(coder, text)


def test_events_stopping_sharing_is_sanction(coder: Coder) -> None:
    event = event_with_trigger(
        coder, "Washington has paused intelligence sharing with Kyiv.", "paused"
    )
    assert event.type == "SANCTION"


def test_events_stopping_own_buying_names_no_party(coder: Coder) -> None:
    assert "SANCTION" not in _types(coder, "The company stopped buying its own shares.")


# -- a threatened act is listed even without a target of its own --------------------------


def test_events_threatened_sanction_noun_is_coded(coder: Coder) -> None:
    event = one_event(coder, "The move prompted Trump to threaten tariffs.", "SANCTION")
    assert event.status == "hypothetical"


# -- deadlines and rights: the infinitive hung on the object -----------------------------


def test_events_deadline_to_leave_is_expulsion(coder: Coder) -> None:
    text = "Lima reacted by giving the Bolivian diplomats 48 hours to leave."
    assert one_event(coder, text, "SANCTION").target is not None


def test_events_right_to_respond_is_threat(coder: Coder) -> None:
    assert "THREATEN" in _types(coder, "Beijing said it reserved the right to respond.")


def test_events_right_to_appeal_is_no_threat(coder: Coder) -> None:
    assert "THREATEN" not in _types(coder, "The party said it reserved the right to appeal.")


# -- office and wanted lists --------------------------------------------------------------


def test_events_legislature_removing_president_is_sanction(coder: Coder) -> None:
    assert "SANCTION" in _types(coder, "Congress removed the president from office.")


def test_events_army_removing_president_is_no_sanction(coder: Coder) -> None:
    assert "SANCTION" not in _types(coder, "The army removed the president from power.")


def test_events_wanted_list_is_threat(coder: Coder) -> None:
    text = "Russia put the Estonian prime minister on a wanted list."
    assert one_event(coder, text, "THREATEN").target is not None


# -- a participle answering another party's warning is an act of its own ------------------


def test_events_defying_warnings_after_same_type_act_is_kept(coder: Coder) -> None:
    text = (
        "The senators rejected the governor's budget veto, defying warnings from Ottawa that"
        " it would hurt the province."
    )
    assert event_with_trigger(coder, text, "defying").type == "REJECT"


# -- a possible act on a condition, told of the speaker itself, is a threat ----------------


def test_events_possible_act_on_condition_is_threat(coder: Coder) -> None:
    text = "Orban said he might halt gas deliveries to Croatia if Zagreb raises transit fees."
    assert "THREATEN" in _types(coder, text)


def test_events_forecast_of_another_party_act_is_no_threat(coder: Coder) -> None:
    text = "Analysts said Russia could attack Kharkiv if the front collapses."
    assert "THREATEN" not in _types(coder, text)


# -- findings, alleged crimes, breaches ----------------------------------------------------


def test_events_finding_of_wrongdoing_is_accusation(coder: Coder) -> None:
    text = "Washington determined that the militia had committed genocide in Darfur."
    assert event_with_trigger(coder, text, "determined").type == "ACCUSE"


def test_events_alleged_crimes_are_accusation(coder: Coder) -> None:
    text = "The court issued warrants for two commanders for alleged war crimes in Ukraine."
    assert "ACCUSE" in _types(coder, text)


def test_events_strike_in_violation_of_truce_is_no_agreement(coder: Coder) -> None:
    text = "Israeli jets struck Gaza in violation of the truce."
    assert _types(coder, text) == {"ASSAULT"}


# -- the tagger's noun "marching" after a crowd --------------------------------------------


def test_events_crowd_marching_read_as_noun_is_protest(coder: Coder) -> None:
    text = (
        "Police fired tear gas at thousands of supporters of opposition candidate Maria Corina"
        " Machado marching in Caracas against what they called a stolen vote."
    )
    event = one_event(coder, text, "PROTEST")
    assert event.source is None or event.source.sector != "COP"
