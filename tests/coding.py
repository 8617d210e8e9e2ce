"""Helpers the stage tests share: code a text written for the test and pick out what it asks about."""

from __future__ import annotations

import re

from dyadline.coder import Coder
from dyadline.records import Actor, Document, Event

TEST_DATE = "2024-05-02"


def events_of(coder: Coder, text: str, date: str = TEST_DATE) -> list[Event]:
    return coder.code(text, date=date).events


def event_types(coder: Coder, text: str) -> list[str]:
    return [e.type for e in events_of(coder, text)]


def one_event(coder: Coder, text: str, event_type: str, trigger: str | None = None) -> Event:
    """The single event of ``event_type`` (whose trigger contains ``trigger``, if given);
    the assertion message lists what was coded instead."""
    events = events_of(coder, text)
    found = [
        e for e in events if e.type == event_type and (trigger is None or trigger in e.trigger)
    ]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def event_with_trigger(coder: Coder, text: str, word: str) -> Event:
    events = events_of(coder, text)
    found = [e for e in events if word in e.trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def actor_at(record: Document, text: str, mention: str, occurrence: int = 0) -> Actor | None:
    """The actor one of whose mentions covers the ``occurrence``-th whole-word ``mention``."""
    start = [m.start() for m in re.finditer(rf"\b{re.escape(mention)}\b", text)][occurrence]
    for actor in record.actors:
        if any(s <= start < e for s, e in actor.mentions):
            return actor
    return None
