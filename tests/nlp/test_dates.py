"""The date stage: each event's date from the time expression attached to it."""

from __future__ import annotations

import datetime as dt

from dyadline.nlp.dates import tense_of
from dyadline.nlp.doc_state import EventMention


def _dated(nlp, text: str, trigger: str, pub: dt.date | None):
    doc = nlp.make_doc(text)
    doc._.pub_date = pub
    for _, component in nlp.pipeline:
        doc = component(doc)
    token = next(t for t in doc if t.text == trigger)
    event = EventMention(type="ASSAULT", trigger=doc[token.i : token.i + 1], evidence=token.sent)
    doc._.events = [event]
    nlp.get_pipe("dyadline_dates")(doc)
    return doc, event


PUB = dt.date(2024, 5, 15)  # a Wednesday


def test_dates_event_takes_the_time_expression_of_its_predicate(nlp):
    _, event = _dated(nlp, "Drones struck the city on Monday.", "struck", PUB)
    assert (event.date, event.date_source) == ("2024-05-13", "text")


def test_dates_future_clause_takes_the_next_weekday(nlp):
    _, event = _dated(nlp, "The minister will travel to Beijing on Monday.", "travel", PUB)
    assert event.date == "2024-05-20"


def test_dates_without_time_expression_falls_back_to_publication(nlp):
    _, event = _dated(nlp, "Drones struck the city.", "struck", PUB)
    assert (event.date, event.date_source) == ("2024-05-15", "publication")


def test_dates_without_any_date_is_none(nlp):
    _, event = _dated(nlp, "Drones struck the city.", "struck", None)
    assert (event.date, event.date_source) == (None, "none")


def test_dates_timexes_are_written_on_the_doc(nlp):
    doc, _ = _dated(
        nlp, "Troops withdrew in the fall of 2025 after talks in March 2024.", "withdrew", PUB
    )
    assert [(t.span.text, t.value) for t in doc._.timexes] == [
        ("the fall of 2025", "2025-09/2025-11"),
        ("March 2024", "2024-03"),
    ]


def test_dates_tense_of_a_root_noun_does_not_loop(nlp):
    doc = nlp.make_doc("Talks in Doha.")
    for _, component in nlp.pipeline[:3]:
        doc = component(doc)
    assert tense_of(doc[0]) in (None, "past", "future")


def test_dates_planned_infinitive_takes_the_next_weekday(nlp):
    _, event = _dated(nlp, "The deal is scheduled to close on Monday.", "close", PUB)
    assert event.date == "2024-05-20"


def test_dates_infinitive_under_a_past_verb_stays_in_the_past(nlp):
    _, event = _dated(nlp, "The envoy flew to Cairo to meet Sisi on Monday.", "meet", PUB)
    assert event.date == "2024-05-13"


def test_dates_a_year_naming_the_object_is_not_the_events_date(nlp):
    text = "The United States is withdrawing from the 2015 nuclear agreement."
    _, event = _dated(nlp, text, "withdrawing", PUB)
    assert (event.date, event.date_source) == ("2024-05-15", "publication")
    # a date naming the event's own noun dates it
    _, attack = _dated(nlp, "Tuesday's attack on the port killed five.", "attack", PUB)
    assert (attack.date, attack.date_source) == ("2024-05-14", "text")
