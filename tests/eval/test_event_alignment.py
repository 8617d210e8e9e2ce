"""Aligning gold events with predicted ones before scoring."""

from __future__ import annotations

from dyadline.eval.events import align_events, correct_predictions
from dyadline.records import Event

TEXT = "The envoy warned that the rebels would be crushed after their raid on the depot."


def _event(event_type: str, trigger: str) -> Event:
    start = TEXT.index(trigger)
    return Event(
        type=event_type,  # type: ignore[arg-type]
        quad="material conflict",
        intensity=-5.0,
        text=TEXT,
        span=(0, len(TEXT)),
        trigger=trigger,
        trigger_span=(start, start + len(trigger)),
        confidence=0.8,
    )


def _gold(event_type: str, trigger: str) -> dict[str, str]:
    return {"type": event_type, "trigger": trigger, "status": "asserted"}


def test_eval_events_trigger_overlap_wins_over_an_earlier_same_type_fallback():
    golds = [_gold("ASSAULT", "crushed"), _gold("ASSAULT", "raid")]
    predicted = [_event("ASSAULT", "raid")]
    assert align_events(golds, predicted, TEXT) == [None, 0]


def test_eval_events_unmatched_gold_falls_back_to_a_free_same_type_event_of_its_sentence():
    golds = [_gold("ASSAULT", "crushed")]
    predicted = [_event("THREATEN", "warned"), _event("ASSAULT", "raid")]
    assert align_events(golds, predicted, TEXT) == [1]


def test_eval_events_one_prediction_is_aligned_to_one_gold_event_only():
    golds = [_gold("ASSAULT", "raid"), _gold("ASSAULT", "crushed")]
    predicted = [_event("ASSAULT", "raid")]
    assert align_events(golds, predicted, TEXT) == [0, None]
    item = {"text": TEXT, "events": golds}
    assert correct_predictions(item, predicted) == [True]
