"""Paragraph breaks as sentence breaks, set before the parser.

News text marks paragraphs with blank lines, and a headline, a dateline or a live-blog
timestamp ("12:15 p.m.") often ends without a full stop. Left to itself the parser runs
such a line into the next paragraph's first sentence, and every stage then reads the wrong
subject ("The Latest: ... Trump said" makes "The Latest" the speaker). A sentence never
continues across a blank line, so the token after one starts a sentence. Single line
breaks are left alone: hard-wrapped wire copy breaks lines inside sentences.

A dateline ("MOSCOW/YEREVAN — Armenia and Azerbaijan signed ...") ends where its dash
does: the parser otherwise takes the city for the subject and the real subject for its
conjuncts, and the story's first event gets the dateline for its source.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from dyadline.nlp.syntax import dateline_tokens


@Language.component("dyadline_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """The first token after a blank line starts a sentence."""
    for token in doc[:-1]:
        if _blank_line_after(token.text_with_ws if token.is_space else token.whitespace_):
            doc[token.i + 1].is_sent_start = True
    for start in _after_datelines(doc):
        doc[start].is_sent_start = True
    for start in _after_platform_x(doc):
        doc[start].is_sent_start = True
    return doc


def _after_platform_x(doc: Doc) -> list[int]:
    """ "wrote on X. Beijing said ...": the tokenizer reads "X." as an initial, and the parser
    runs the next sentence on, so its speaker is lost. A capital letter with a full stop
    after "on", followed by a capitalised word, ends the sentence."""
    return [
        token.i + 1
        for token in doc[1:-1]
        if re.fullmatch(r"[A-Z]\.", token.text)
        and doc[token.i - 1].lower_ == "on"
        and doc[token.i + 1].text[:1].isupper()
    ]


def _after_datelines(doc: Doc) -> list[int]:
    """The first token after each dateline's dash."""
    dateline = dateline_tokens(doc)
    ends = [i for i in dateline if i + 1 not in dateline]
    return [i + 2 for i in ends if i + 2 < len(doc) and not doc[i + 2].is_space]


def _blank_line_after(whitespace: str) -> bool:
    """Whitespace holding an empty line ("\\n\\n", "\\n  \\n")."""
    lines = whitespace.split("\n")
    return len(lines) >= 3 and all(not line.strip() for line in lines[1:-1])
