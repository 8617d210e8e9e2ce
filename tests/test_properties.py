"""Properties of the coder on arbitrary text (hypothesis): it never raises, and every record
keeps the SPEC §2 contract — spans inside the text, values from the SPEC's closed lists.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadline.coder import Coder
from dyadline.ingest.documents import clean_text
from dyadline.records import EVENT_TYPES, QUADS, SECTORS, STATUSES, Document, Span

NEWSY_WORDS = [
    "Russia", "Ukraine", "NATO", "President", "Zelensky", "said", "he", "she", "troops",
    "shelled", "Kyiv", "on", "Monday", "signed", "agreement", "sanctions", "imposed",
    "not", "will", "might", "\"", "“", "”", ",", ".", "\n\n", "according", "to", "police",
    "arrested", "protesters", "in", "Tbilisi", "2024", "yesterday", "talks", "the",
]  # fmt: skip

# Arbitrary Unicode (surrogates included: the coder cleans them), and word salads that
# reach deeper into the stages than random characters do.
any_text = st.text(st.characters(codec=None), max_size=300)
newsy_text = st.lists(st.sampled_from(NEWSY_WORDS), max_size=60).map(" ".join)
texts = st.one_of(any_text, newsy_text, st.tuples(newsy_text, any_text).map("".join))

PROPERTY_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _inside(span: Span | None, text: str) -> bool:
    return span is None or (0 <= span[0] <= span[1] <= len(text))


def _check_record(record: Document, text: str) -> None:
    assert record.text is not None and len(record.text) == len(text)
    coded = record.text
    for actor in record.actors:
        assert actor.sector is None or actor.sector in SECTORS
        assert all(_inside(m, coded) for m in actor.mentions)
    for event in record.events:
        assert event.type in EVENT_TYPES and event.status in STATUSES and event.quad in QUADS
        assert -10 <= event.intensity <= 10 and 0 <= event.confidence <= 1
        assert _inside(event.span, coded) and coded[event.span[0] : event.span[1]] == event.text
        assert _inside(event.trigger_span, coded)
        for ref in (event.source, event.target, event.reported_by, *event.others):
            assert ref is None or ref.sector is None or ref.sector in SECTORS
    for quote in record.quotes:
        assert _inside(quote.span, coded) and coded[quote.span[0] : quote.span[1]] == quote.text
        assert _inside(quote.speaker_span, coded) and _inside(quote.cue_span, coded)
        assert quote.continues is None or 0 <= quote.continues < len(record.quotes)


def _has_content(text: str) -> bool:
    return bool(clean_text(text).strip())


@PROPERTY_SETTINGS
@given(text=texts.filter(_has_content))
def test_properties_coder_never_raises_and_keeps_the_contract(coder: Coder, text: str) -> None:
    record = coder.code(text, date="2024-05-14", id="p")
    _check_record(record, text)


@PROPERTY_SETTINGS
@given(text=st.text(alphabet=" \t\n\r\x00\x01\x07\x1b\x7f\x85\x9f", max_size=20))
def test_properties_blank_text_is_a_value_error_naming_the_fix(coder: Coder, text: str) -> None:
    # The Python API refuses a text with nothing to code, as the readers do (E206).
    try:
        coder.code(text, id="p")
    except ValueError as exc:
        assert "[E206]" in str(exc)
    else:
        raise AssertionError("a blank text was coded")


@PROPERTY_SETTINGS
@given(text=texts.filter(_has_content))
def test_properties_pieces_keep_the_contract(coder: Coder, text: str) -> None:
    # A tiny piece size sends every text through the long-document path.
    small = Coder(coder.config.__class__(max_chars=40), nlp=coder.nlp)
    record = small.code(text, date="2024-05-14", id="p")
    _check_record(record, text)
