"""Paragraph breaks start sentences before the parser runs."""

from __future__ import annotations

from dyadline.nlp.paragraphs import _blank_line_after


def test_paragraphs_blank_line_is_a_break_single_newline_is_not() -> None:
    assert _blank_line_after("\n\n") and _blank_line_after(" \n  \n")
    assert not _blank_line_after("\n") and not _blank_line_after(" ")


def test_paragraphs_headline_without_full_stop_is_its_own_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Senate Passes Budget Deal\n\nThe Senate passed the budget on Friday, officials said."
    )
    starts = [t.text for t in doc if t.is_sent_start]
    assert "The" in starts


def test_paragraphs_hard_wrapped_line_stays_in_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister said the talks\nwould resume in Geneva next week.")
    assert not doc[6].is_sent_start and doc[6].text == "would"


def test_paragraphs_dateline_ends_at_its_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("MOSCOW/YEREVAN — Armenia and Azerbaijan signed an agreement on Monday.")
    armenia = next(t for t in doc if t.text == "Armenia")
    assert armenia.is_sent_start
    assert armenia.sent.root.lemma_ == "sign"


def test_paragraphs_spaced_dash_inside_a_sentence_is_no_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Talks in Geneva — the third round — ended on Monday without a deal.")
    assert not any(t.is_sent_start for t in doc if t.text in ("the", "ended"))


def test_paragraphs_post_on_x_ends_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The envoy wrote on X. Officials in Lima said the talks had failed.")
    officials = next(t for t in doc if t.text == "Officials")
    assert officials.is_sent_start


def test_paragraphs_middle_initial_stays_in_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The award went to John F. Kennedy High School on Monday.")
    assert not next(t for t in doc if t.text == "Kennedy").is_sent_start
