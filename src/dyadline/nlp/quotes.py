"""Quote stage: direct, indirect and mixed quotes, with cues and resolved speakers.

Direct quotes are found from quotation marks of every style (“ ” " « » „ ‘ ’), across
sentences and paragraphs; indirect ones from attribution verbs with a clausal
complement and from "according to X". Speakers go through the actor stage's index, so a
pronoun or a title resolves to the same actor as in events.

Reads ``doc._.actors``/``doc._.actor_at``; writes ``doc._.quotes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.knowledge.patterns import QuoteCues, load_quote_cues
from dyadline.nlp.doc_state import QuoteMention, guarded, register_extensions
from dyadline.nlp.syntax import ActorLookup, child, subject

# Opening mark -> closing marks it pairs with.
PAIRS = {"“": '”"', '"': '"”', "«": "»", "„": '“”"', "‘": "’", "»": "«", "‹": "›"}
_CLOSERS = set('”"»“’«›')
_MIN_WORDS = 4  # fewer words without attribution: a scare quote or a title, not speech


@dataclass
class MarkedQuote:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark, or paragraph end)
    open_mark: int
    close_mark: int | None  # None: runs on into the next paragraph


def find_marked_quotes(text: str) -> Iterator[MarkedQuote]:
    """Spans inside quotation marks, paragraph-aware; an unclosed quote ends its paragraph."""
    position = 0
    for paragraph in re.split(r"(\n\s*\n)", text):
        if not paragraph.strip() or paragraph.startswith("\n"):
            position += len(paragraph)
            continue
        yield from _quotes_in_paragraph(paragraph, position)
        position += len(paragraph)


def _is_opening(text: str, i: int) -> bool:
    mark = text[i]
    if mark not in PAIRS:
        return False
    if mark == "‘":
        return i + 1 < len(text) and text[i + 1].isalpha() and (i == 0 or not text[i - 1].isalnum())
    if mark in '"»':
        return (
            i + 1 < len(text)
            and not text[i + 1].isspace()
            and (i == 0 or not text[i - 1].isalnum())
        )
    return True


def _closing_at(text: str, start: int, mark: str) -> int | None:
    closers = PAIRS[mark]
    for j in range(start, len(text)):
        if text[j] in closers:
            if text[j] == "’" and j + 1 < len(text) and text[j + 1].isalpha():
                continue  # an apostrophe: "Russia’s"
            return j
        if mark == "‘" and text[j] == "\n":
            return None
    return None


def _quotes_in_paragraph(paragraph: str, offset: int) -> Iterator[MarkedQuote]:
    i = 0
    while i < len(paragraph):
        if not _is_opening(paragraph, i):
            i += 1
            continue
        close = _closing_at(paragraph, i + 1, paragraph[i])
        end = close if close is not None else len(paragraph.rstrip())
        if end > i + 1:
            yield MarkedQuote(
                offset + i + 1, offset + end, offset + i, None if close is None else offset + close
            )
        if close is None:
            return
        i = close + 1


class QuoteExtractor:
    """The ``dyadline_quotes`` component."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.cues: QuoteCues = load_quote_cues()

    @guarded("quotes")
    def __call__(self, doc: Doc) -> Doc:
        lookup = ActorLookup(doc._.actor_at or {})
        quotes = self._direct(doc, lookup)
        quotes += self._indirect(doc, lookup, quotes)
        quotes.sort(key=lambda q: _bounds(q)[0])
        _link_continuations(doc, quotes)
        doc._.quotes = quotes
        return doc

    # -- direct --------------------------------------------------------------------------
    def _direct(self, doc: Doc, lookup: ActorLookup) -> list[QuoteMention]:
        found: list[QuoteMention] = []
        for marked in find_marked_quotes(doc.text):
            content = _trim(doc.text, marked.start, marked.end)
            if content is None:
                continue
            cue = self._cue_near(doc, marked)
            words = len(doc.text[content[0] : content[1]].split())
            if cue is None and words < _MIN_WORDS:
                continue
            if (
                cue is None
                and not self._could_continue(found, doc, marked)
                and not _ends_like_speech(doc.text, content)
            ):
                continue
            mention = QuoteMention(content=content, kind="direct")
            if cue is not None:
                self._attribute(mention, cue, lookup)
            found.append(mention)
        return found

    def _cue_near(self, doc: Doc, marked: MarkedQuote) -> Token | None:
        """The attribution verb in the sentences where the quote starts or ends, outside it."""
        inside = range(marked.open_mark, (marked.close_mark or marked.end) + 1)
        sents = {
            s
            for s in (
                _sent_at(doc, marked.open_mark),
                _sent_at(doc, marked.end - 1),
                _sent_at(doc, (marked.close_mark or marked.end) + 2),
            )
            if s is not None
        }
        best: tuple[int, Token] | None = None
        for sent in sents:
            for token in sent:
                if token.idx in inside or not self._is_cue(token):
                    continue
                distance = min(
                    abs(token.idx - marked.open_mark),
                    abs(token.idx - (marked.close_mark or marked.end)),
                )
                if best is None or distance < best[0]:
                    best = (distance, token)
        return best[1] if best else None

    def _is_cue(self, token: Token) -> bool:
        if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
            return token.lower_ == "according"
        return token.lemma_.lower() in self.cues.verbs

    @staticmethod
    def _could_continue(found: list[QuoteMention], doc: Doc, marked: MarkedQuote) -> bool:
        if not found:
            return False
        previous_end = _bounds(found[-1])[1]
        between = doc.text[previous_end : marked.open_mark]
        return between.count(".") + between.count("\n") <= 3 and len(between) < 400

    # -- indirect ------------------------------------------------------------------------
    def _indirect(
        self, doc: Doc, lookup: ActorLookup, direct: list[QuoteMention]
    ) -> list[QuoteMention]:
        taken = [_bounds(q) for q in direct]
        found = []
        text = doc.text
        for token in doc:
            if not self._is_cue(token) or token.lower_ == "according":
                continue
            clause = child(token, "ccomp")
            if clause is None or (clause.i < token.i and token.dep_ != "ROOT"):
                continue
            span = _clause_span(doc, clause, token)
            if span is None or len(span) < 3:
                continue
            start, end = span.start_char, span.end_char
            if any(s <= start < e or start <= s < end for s, e in taken):
                continue
            kind = "mixed" if any(ch in text[start:end] for ch in '“”"«»„') else "indirect"
            mention = QuoteMention(content=span, kind=kind)
            self._attribute(mention, token, lookup)
            found.append(mention)
            taken.append((start, end))
        found += self._according_to(doc, lookup, taken)
        return found

    def _according_to(
        self, doc: Doc, lookup: ActorLookup, taken: list[tuple[int, int]]
    ) -> list[QuoteMention]:
        found = []
        for token in doc:
            if (
                token.lower_ != "according"
                or token.i + 1 >= len(doc)
                or doc[token.i + 1].lower_ != "to"
            ):
                continue
            sent = token.sent
            obj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            phrase_end = obj.right_edge.i + 1 if obj is not None else token.i + 2
            content = (
                doc[phrase_end : sent.end] if token.i == sent.start else doc[sent.start : token.i]
            )
            content = _strip_punct(content)
            if len(content) < 3 or any(s <= content.start_char < e for s, e in taken):
                continue
            mention = QuoteMention(content=content, kind="indirect", cue=doc[token.i : token.i + 2])
            if obj is not None:
                speakers = lookup.all(obj)
                mention.speaker = speakers[0] if speakers else None
                mention.speaker_span = doc[obj.left_edge.i : obj.right_edge.i + 1]
            found.append(mention)
        return found

    # -- attribution -----------------------------------------------------------------------
    def _attribute(self, mention: QuoteMention, cue: Token, lookup: ActorLookup) -> None:
        doc = cue.doc
        if cue.lower_ == "according" and cue.i + 1 < len(doc):
            mention.cue = doc[cue.i : cue.i + 2]
            speaker_token = next((c for c in doc[cue.i + 1].children if c.dep_ == "pobj"), None)
        else:
            mention.cue = _cue_phrase(cue)
            speaker_token = subject(cue) or next(
                (c for c in cue.children if c.dep_ == "agent"), None
            )
        if speaker_token is None:
            return
        speakers = lookup.all(speaker_token)
        mention.speaker = speakers[0] if speakers else None
        mention.speaker_span = _speaker_phrase(speaker_token)
        mention.speaker_role = _role_of(speaker_token)


def _cue_phrase(cue: Token) -> Span:
    """The cue with its audience or channel: "told reporters", "posted on X"."""
    doc = cue.doc
    end = cue.i + 1
    for c in cue.rights:
        if (c.dep_ in ("dobj", "dative", "prt") and c.i == end) or (
            c.dep_ == "prep" and c.i == end and c.lower_ in ("on", "to")
        ):
            end = c.right_edge.i + 1
        else:
            break
    return doc[cue.i : end]


def _speaker_phrase(token: Token) -> Span:
    doc = token.doc
    start = token.left_edge.i
    while start < token.i and doc[start].dep_ in ("det", "punct"):
        start += 1
    return doc[start : token.i + 1]


def _role_of(token: Token) -> str | None:
    """Role stated at the attribution: title words before the name or an appositive."""
    doc = token.doc
    appos = next((c for c in token.children if c.dep_ == "appos"), None)
    if appos is not None:
        span = doc[appos.left_edge.i : appos.right_edge.i + 1]
        return span.text.strip(" ,") or None
    pre = [
        t
        for t in doc[token.left_edge.i : token.i]
        if t.dep_ in ("compound", "amod", "nmod") and t.ent_type_ != "PERSON" and t.pos_ != "DET"
    ]
    if token.ent_type_ == "PERSON":
        pre = [t for t in pre if t.ent_type_ != "PERSON"]
    if not pre:
        return None
    return doc[pre[0].i : pre[-1].i + 1].text


def _sent_at(doc: Doc, char: int) -> Span | None:
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    return token.sent if token is not None and len(token) else None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _CLOSERS):
        end -= 1
    return (start, end) if end > start else None


def _ends_like_speech(text: str, content: tuple[int, int]) -> bool:
    return text[content[1] - 1] in ".,!?;:…—-"


def _clause_span(doc: Doc, clause: Token, cue: Token) -> Span | None:
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    if doc[start].lower_ == "that" and doc[start].dep_ == "mark":
        start += 1
    span = _strip_punct(doc[start:end])
    if cue.i in range(span.start, span.end):
        return None
    return span


def _strip_punct(span: Span) -> Span:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while (
        end > start
        and (doc[end - 1].is_punct or doc[end - 1].is_space)
        and doc[end - 1].text not in '”"»’'
    ):
        end -= 1
    return doc[start:end]


def _bounds(quote: QuoteMention) -> tuple[int, int]:
    if isinstance(quote.content, Span):
        return quote.content.start_char, quote.content.end_char
    return quote.content


def _link_continuations(doc: Doc, quotes: list[QuoteMention]) -> None:
    """A direct quote continues the direct quote before it when it has no cue of its own,
    or shares that quote's cue ("X," he said, "Y.")."""
    for index, quote in enumerate(quotes):
        if quote.kind != "direct" or index == 0:
            continue
        previous = next((i for i in range(index - 1, -1, -1) if quotes[i].kind == "direct"), None)
        if previous is None:
            continue
        before = quotes[previous]
        same_cue = (
            quote.cue is not None and before.cue is not None and quote.cue.start == before.cue.start
        )
        if quote.cue is not None and not same_cue:
            continue
        quote.continues = previous
        quote.speaker = before.speaker
        quote.speaker_span = before.speaker_span
        quote.speaker_role = before.speaker_role
        quote.cue = before.cue


@Language.factory(
    "dyadline_quotes",
    assigns=["doc._.quotes"],
    requires=["doc._.actors", "doc._.actor_at", "token.dep"],
)
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
