"""Records: JSON round trip and the generated JSON Schema against real coder output."""

from __future__ import annotations

import json

import jsonschema

from dyadline.records import Document, document_from_json, json_schema, to_json

TEXT = (
    "Russian forces shelled Kharkiv on Monday, Ukraine's military said. "
    '"We will respond," President Volodymyr Zelensky told reporters. '
    "The European Union did not impose new sanctions on Moscow."
)


def test_records_real_output_validates_against_generated_schema(coder):
    record = coder.code(TEXT, date="2024-05-14", id="schema-check")
    data = json.loads(to_json(record))
    jsonschema.validate(data, json_schema())
    assert data["events"], "the fixture text has events to validate"


def test_records_round_trip_is_lossless(coder):
    record = coder.code(TEXT, date="2024-05-14", id="round-trip")
    assert document_from_json(to_json(record)) == record


def test_records_schema_rejects_unknown_event_type():
    bad = {"id": "x", "date": None, "actors": [], "quotes": [], "warnings": [],
           "events": [{"type": "INVADE", "quad": "material_conflict", "intensity": -9,
                       "text": "t", "span": [0, 1], "trigger": "t", "confidence": 0.5}]}  # fmt: skip
    try:
        jsonschema.validate(bad, json_schema())
    except jsonschema.ValidationError as exc:
        assert "INVADE" in str(exc)
    else:
        raise AssertionError("schema accepted a type outside PLOVER")


def test_records_spans_hold_their_text(coder):
    record: Document = coder.code(TEXT, date="2024-05-14", id="spans")
    text = record.text or ""
    for event in record.events:
        assert text[event.span[0] : event.span[1]] == event.text
    for quote in record.quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.text
    for actor in record.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text)
