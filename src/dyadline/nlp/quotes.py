"""Quote stage: direct, indirect and mixed quotes, with cues and resolved speakers.

Direct quotes are found from quotation marks of every style (“ ” " « » „ ‘ ’), across
sentences and paragraphs; indirect ones from attribution verbs with a clausal
complement and from "according to X". Speakers go through the actor stage's index, so a
pronoun or a title resolves to the same actor as in events.

Reads ``doc._.actors``/``doc._.actor_at``; writes ``doc._.quotes``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.knowledge.patterns import QuoteCues, load_quote_cues
from dyadline.nlp.attitudes import (
    channel_speaker,
    cue_lemma,
    find_attributions,
    owner,
    without_gloss,
)
from dyadline.nlp.doc_state import QuoteMention, guarded, register_extensions
from dyadline.nlp.syntax import (
    RELATIVE_PRONOUNS,
    ActorLookup,
    agent,
    child,
    opens_line,
    subject,
)

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


def normalise_marks(text: str) -> str:
    """Two apostrophes as a quotation mark (``''``, an old newswire style) become a space
    and a straight quote, so that offsets do not move."""
    return text.replace("''", ' "')


def find_marked_quotes(text: str) -> Iterator[MarkedQuote]:
    """Spans inside quotation marks, paragraph-aware; an unclosed quote ends its paragraph."""
    position = 0
    text = normalise_marks(text)
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


class Sentences:
    """Sentence lookup built once per document (``Token.sent`` rescans the whole ``Doc``)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans = list(doc.sents)
        self.index = [0] * len(doc)
        for n, sent in enumerate(self.spans):
            for i in range(sent.start, sent.end):
                self.index[i] = n

    def of(self, token: Token) -> Span:
        return self.spans[self.index[token.i]]

    def at_char(self, char: int) -> Span | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return self.of(span[0]) if span is not None and len(span) else None


class QuoteExtractor:
    """The ``dyadline_quotes`` component."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.cues: QuoteCues = load_quote_cues()
        # second part of a reported clause split by a parenthetical cue -> its first part
        self._follows: dict[int, QuoteMention] = {}

    @guarded("quotes")
    def __call__(self, doc: Doc) -> Doc:
        lookup = ActorLookup(doc._.actor_at or {})
        sents = Sentences(doc)
        direct = self._direct(doc, sents, lookup)
        indirect = self._indirect(doc, sents, lookup)
        quotes = _merge(doc.text, direct, indirect)
        quotes.sort(key=lambda q: _bounds(q)[0])
        _link_continuations(doc, quotes)
        for quote in quotes:
            first = self._follows.get(id(quote))
            if first is not None and any(first is q for q in quotes):
                quote.continues = next(i for i, q in enumerate(quotes) if q is first)
        self._follows.clear()
        doc._.quotes = quotes
        return doc

    # -- direct --------------------------------------------------------------------------
    def _direct(self, doc: Doc, sents: Sentences, lookup: ActorLookup) -> list[QuoteMention]:
        found: list[QuoteMention] = []
        text = normalise_marks(doc.text)  # Doc.text joins every token: read it once
        for marked in find_marked_quotes(text):
            content = _trim(text, marked.start, marked.end)
            if content is None:
                continue
            cue = self._cue_near(sents, marked)
            words = len(text[content[0] : content[1]].split())
            if words < _MIN_WORDS and (
                cue is None or not _ends_like_speech(text, content) or _is_title(text, content)
            ):
                continue  # a scare quote or a title ("a “wall” around the city")
            if (
                cue is None
                and not self._could_continue(found, text, marked)
                and not _ends_like_speech(text, content)
            ):
                continue
            label = self._label_at(doc, content[0], lookup)
            if label is not None:  # a transcript turn in quotation marks: "PENCE: Well, ..."
                label.content = (label.content.start_char, content[1])  # type: ignore[union-attr]
                label.kind = "direct"
                found.append(label)
                continue
            mention = QuoteMention(content=content, kind="direct")
            if cue is not None:
                self._attribute(mention, cue, lookup)
            found.append(mention)
        return found

    def _cue_near(self, sents: Sentences, marked: MarkedQuote) -> Token | None:
        """The attribution verb in the sentences where the quote starts or ends, outside it."""
        close = marked.close_mark if marked.close_mark is not None else marked.end
        inside = range(marked.open_mark, close + 1)
        found = (sents.at_char(c) for c in (marked.open_mark, marked.end - 1, close + 2))
        unique = {(s.start, s.end): s for s in found if s is not None}
        best: tuple[int, Token] | None = None
        for sent in unique.values():
            for token in sent:
                if token.idx in inside or not self._is_cue(token):
                    continue
                distance = min(abs(token.idx - marked.open_mark), abs(token.idx - close))
                if best is None or distance < best[0]:
                    best = (distance, token)
        return best[1] if best else None

    def _is_cue(self, token: Token) -> bool:
        if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
            return token.lower_ == "according" and _next_is(token, "to")
        return cue_lemma(token, self.cues) in self.cues.verbs

    @staticmethod
    def _could_continue(found: list[QuoteMention], text: str, marked: MarkedQuote) -> bool:
        if not found:
            return False
        previous_end = _bounds(found[-1])[1]
        between = text[previous_end : marked.open_mark]
        return between.count(".") + between.count("\n") <= 3 and len(between) < 400

    # -- indirect ------------------------------------------------------------------------
    def _indirect(self, doc: Doc, sents: Sentences, lookup: ActorLookup) -> list[QuoteMention]:
        found = []
        for token in doc:
            if not (self._is_cue(token) or self._is_stance(token)) or token.lower_ == "according":
                continue
            if _is_imperative(token):
                continue  # "Don't tell us this isn't a witch hunt": the writer, addressing us
            parts = [p for p in self._reported_clause(doc, sents, token) if len(p) >= 2]
            if not parts or sum(len(p) for p in parts) < 3:
                continue
            for part in parts:
                mention = QuoteMention(content=part, kind="indirect")
                self._attribute(mention, token, lookup)
                found.append(mention)
            if len(parts) == 2 and parts[0].end <= token.i < parts[1].start:
                self._follows[id(found[-1])] = found[-2]
        return (
            found
            + self._according_to(doc, sents, lookup)
            + self._attitudes(doc, lookup)
            + self._colon_cues(doc, lookup)
            + self._labels(doc, lookup)
        )

    def _colon_cues(self, doc: Doc, lookup: ActorLookup) -> list[QuoteMention]:
        """ "Limbaugh added:" and what follows: the rest of the paragraph, or the next
        paragraph when the colon ends this one."""
        found = []
        for token in doc[:-1]:
            if not self._is_cue(token) or doc[token.i + 1].text != ":":
                continue
            start = token.i + 2
            while start < len(doc) and doc[start].is_space:
                start += 1
            content = _strip_punct(doc[start : _paragraph_end(doc, start)])
            if len(content) >= _MIN_WORDS:
                mention = QuoteMention(content=content, kind="indirect")
                self._attribute(mention, token, lookup)
                found.append(mention)
        return found

    def _labels(self, doc: Doc, lookup: ActorLookup) -> list[QuoteMention]:
        """Paragraphs opening with a speaker's name and a colon ("Sanders: We will win.")."""
        found = []
        for token in doc:
            if opens_line(token):
                label = self._label_at(doc, token.idx, lookup)
                if label is not None:
                    found.append(label)
        return found

    def _label_at(self, doc: Doc, char: int, lookup: ActorLookup) -> QuoteMention | None:
        """A speaker label at ``char``: one to three capitalised words naming an actor, a
        person or an organisation (or written in capitals, as transcripts do), then a colon
        and the words spoken, to the end of the paragraph."""
        first = doc.char_span(char, char + 1, alignment_mode="expand")
        if first is None or not len(first):
            return None
        start = first[0].i
        colon = next((t.i for t in doc[start : start + 4] if t.text == ":"), None)
        if colon is None or colon == start:
            return None
        name = doc[start:colon]
        if not all(t.text[:1].isupper() for t in name if t.is_alpha) or (
            name[0].lower_ in self.cues.not_speakers or name.text.lower() in self.cues.not_speakers
        ):
            return None
        known = any(t.i in lookup.actor_at or t.ent_type_ in ("PERSON", "ORG") for t in name)
        if not known and not (len(name) == 1 and name.text.isupper() and len(name.text) >= 3):
            return None
        content = _strip_punct(doc[colon + 1 : _paragraph_end(doc, colon + 1)])
        if len(content) < _MIN_WORDS:
            return None
        mention = QuoteMention(content=content, kind="indirect", cue=doc[colon : colon + 1])
        mention.speaker_span = name
        mention.speaker = _resolve_speaker(name[-1], name, lookup)
        return mention

    def _is_stance(self, token: Token) -> bool:
        """A belief, intention or demand verb with a clause after it ("worry that X"); not
        as a parenthetical ("X, they assume"), where such verbs are rarely attributions."""
        clause = child(token, "ccomp")
        return (
            token.pos_ == "VERB"
            and cue_lemma(token, self.cues) in self.cues.stance_verbs
            and clause is not None
            and clause.i > token.i
        )

    def _attitudes(self, doc: Doc, lookup: ActorLookup) -> list[QuoteMention]:
        """Intentions, demands, cited topics and noun cues ("wants to X", "her claim that X")."""
        found = []
        for frame in find_attributions(doc, self.cues):
            if frame.target is not None and _names_someone(frame.target, lookup):
                continue  # "condemned the police": an act towards an actor (an event)
            mention = QuoteMention(content=frame.content, kind="indirect", cue=frame.cue)
            speaker = _speaker_of(frame.head) if frame.head.pos_ != "NOUN" else owner(frame.head)
            speaker = speaker or channel_speaker(frame.head, self.cues.channels)
            if speaker is None:
                continue
            mention.speaker_span = _speaker_phrase(speaker)
            mention.speaker = _resolve_speaker(speaker, mention.speaker_span, lookup)
            mention.speaker_role = _role_of(speaker)
            mention.speaker_span = _relative_pronoun(frame.head) or mention.speaker_span
            if frame.first is not None:
                # "by prosecutors of taking bribes": the judgement hung on the speaker
                span = mention.speaker_span
                if span.start < frame.content.start < span.end:
                    mention.speaker_span = _strip_punct(doc[span.start : frame.content.start])
                first = QuoteMention(content=frame.first, kind="indirect", cue=frame.cue)
                first.speaker, first.speaker_span = mention.speaker, mention.speaker_span
                first.speaker_role = mention.speaker_role
                found.append(first)
                self._follows[id(mention)] = first
            found.append(mention)
        return found

    def _reported_clause(self, doc: Doc, sents: Sentences, cue: Token) -> list[Span]:
        """What the cue reports: its clausal complement ("said that X", "X, he said"), or,
        when the parser hangs the cue off the reported clause as a parenthetical, the rest
        of the sentence: before the cue ("X, he said."), or around it ("X, he said, Y")."""
        clause = (
            child(cue, "ccomp") or _complement_as_relative(cue) or _complement_as_adverbial(cue)
        )
        if clause is not None:
            if clause.i < cue.i and cue.dep_ not in ("ROOT", "conj", "parataxis"):
                return []
            if clause.i < cue.i and cue.dep_ == "conj":
                before = _clause_before_conjoined_cue(doc, sents, cue)
                if before is not None:
                    return [before]
            span = _clause_span(doc, clause, cue)
            if span is None:
                return []
            span, others = _later_clauses(doc, span, cue)
            if clause.i > cue.i and not others:
                span = _with_elaboration(sents, span)
            fronted = _fronted_part(doc, sents, cue) if clause.i > cue.i else None
            return ([fronted] if fronted else []) + _split_coordinated(span, clause) + others
        as_parts = _as_parenthetical(doc, sents, cue)
        if as_parts:
            return as_parts
        addressee = self.cues.directive_verbs if cue.lemma_.lower() in self.cues.verbs else ()
        if cue.dep_ not in ("parataxis", "advcl") or not _is_parenthetical(cue, addressee):
            return []
        sent = sents.of(cue)
        if cue.head.i > cue.i:
            return _around(doc, sent, cue) if cue.dep_ == "parataxis" else []
        before = _content(doc[sent.start : cue.left_edge.i])
        if not len(before) or cue.head.i not in range(before.start, before.end):
            return []
        if _ends_sentence(sents, cue):
            return [before]
        words = [t.i for t in cue.subtree if not t.is_punct]
        lo, hi = min(words), max(words)
        if cue.dep_ == "parataxis" and doc[lo - 1].text == "," and doc[hi + 1].text == ",":
            return [_content(doc[sent.start : lo]), _content(doc[hi + 2 : sent.end])]
        return []

    def _according_to(self, doc: Doc, sents: Sentences, lookup: ActorLookup) -> list[QuoteMention]:
        found = []
        for token in doc:
            if token.lower_ != "according" or not _next_is(token, "to"):
                continue
            sent = sents.of(token)
            obj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            phrase_end = obj.right_edge.i + 1 if obj is not None else token.i + 2
            content = (
                doc[phrase_end : sent.end] if token.i == sent.start else doc[sent.start : token.i]
            )
            content = _content(content)
            if len(content) < 3:
                continue
            mention = QuoteMention(content=content, kind="indirect", cue=doc[token.i : token.i + 2])
            if obj is not None:
                mention.speaker_span = _speaker_phrase(obj)
                mention.speaker = _resolve_speaker(obj, mention.speaker_span, lookup)
                mention.speaker_role = _role_of(obj)
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
            speaker_token = _speaker_of(cue) or channel_speaker(cue, self.cues.channels)
        if speaker_token is None:
            return
        mention.speaker_span = _speaker_phrase(speaker_token)
        mention.speaker = _resolve_speaker(speaker_token, mention.speaker_span, lookup)
        mention.speaker_role = _role_of(speaker_token)
        mention.speaker_span = _relative_pronoun(cue) or mention.speaker_span


def _speaker_of(cue: Token) -> Token | None:
    """The subject of the cue, its passive agent, or the noun phrase right after it in an
    inverted attribution ("…,» said a European diplomat"), which parsers often mislabel."""
    found = subject(cue) or agent(cue)
    if found is not None and _paragraph_between(found, cue):
        found = None  # a headline or timestamp parsed into the sentence ("The Latest: ...")
    if found is not None and found.is_punct:
        # a closing quotation mark parsed as the subject ("«…,» the army said")
        found = next((c for c in cue.children if c.dep_ == "nsubj" and not c.is_punct), None)
    if found is not None:
        return found
    doc = cue.doc
    if cue.i == 0 or not (doc[cue.i - 1].is_punct or doc[cue.i - 1].is_space):
        # not inverted: "…,” said X" has the quote's end right before the cue
        return _set_off_before(cue)
    i = cue.i + 1
    while i < len(doc) and doc[i].dep_ in _NP_MODIFIERS and doc[i].head.i > i:
        i += 1
    if i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN") and i - cue.i <= 6:
        return doc[i]
    return None


def _set_off_before(cue: Token) -> Token | None:
    """ "..., a military source in Khartoum said.": a clause-final cue the parser left without
    a subject, when the noun phrase set off by a comma right before it was hung on the
    reported clause as an apposition."""
    doc = cue.doc
    if any(c.dep_ in ("nsubj", "nsubjpass") or c.i > cue.i + 1 for c in cue.children):
        return None  # a subject of its own, or words after it: not clause-final
    found = [
        t
        for t in doc[max(0, cue.i - 12) : cue.i]
        if t.pos_ in ("NOUN", "PROPN")
        and t.right_edge.i == cue.i - 1
        and t.left_edge.i > 0
        and doc[t.left_edge.i - 1].text == ","
    ]
    return min(found, key=lambda t: t.left_edge.i) if found else None


def _is_imperative(verb: Token) -> bool:
    """A bare verb heading its sentence with no subject ("Ask yourself: ...")."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and child(verb, "nsubj", "nsubjpass", "expl") is None
        and all(c.lower_ in ("do", "n't", "not") for c in verb.children if c.dep_ in ("aux", "neg"))
    )


def _is_parenthetical(cue: Token, addressee_verbs: Collection[str] = ()) -> bool:
    """A cue set into the clause it reports ("X, he said"): it has a subject of its own
    and nothing it reports besides ("..., emphasizing the threat", "to confirm justices",
    "when he said" report their own objects or are no attribution at all). The object
    of a verb of telling is whom the speaker addressed ("X, he told me, Y"), not what
    was said."""
    if child(cue, "nsubj", "nsubjpass") is None:
        return False
    object_allowed = cue.lemma_.lower() in addressee_verbs
    return not any(
        (c.dep_ == "dobj" and not object_allowed)
        or c.dep_ in ("xcomp", "mark", "oprd")
        or (c.dep_ == "aux" and c.lower_ == "to")
        for c in cue.children
    )


def _as_parenthetical(doc: Doc, sents: Sentences, cue: Token) -> list[Span]:
    """ "As the minister noted, the border has been closed since May" and "The border, as
    the minister said, has been closed": the sentence around an "as" clause set off by
    commas is what the speaker said. An "as" clause with an object of its own ("as she
    explained the plan") or without commas tells the time of an act instead."""
    mark = child(cue, "mark")
    if cue.dep_ != "advcl" or mark is None or mark.lower_ != "as" or mark.i > cue.i:
        return []
    if child(cue, "nsubj") is None or child(cue, "dobj", "ccomp", "xcomp") is not None:
        return []
    sent = sents.of(cue)
    words = [t.i for t in cue.subtree if not t.is_punct]
    lo, hi = min(words), max(words)
    opened = lo == sent.start or doc[lo - 1].text == ","
    closed = hi + 1 < sent.end and doc[hi + 1].text == ","
    if lo != mark.i or not (opened and closed) or cue.head.i in range(lo, hi + 1):
        return []
    parts = [_content(doc[sent.start : lo]), _content(doc[hi + 2 : sent.end])]
    return [p for p in parts if len(p) >= 2]


def _complement_as_relative(cue: Token) -> Token | None:
    """A that-clause the parser hung on the cue's object as a relative clause ("told a
    meeting of leaders that few people understood the stakes"): a relative clause never
    opens with the complementizer "that" (there "that" is its subject or object)."""
    for obj in cue.children:
        # also a name set off after the object ("told his counterpart, Wang Yi, that ..."),
        # which the parser may hang on the cue apart from the object
        if obj.dep_ not in ("dobj", "dative", "npadvmod", "appos") or obj.i < cue.i:
            continue
        for clause in obj.subtree:
            if clause.dep_ != "relcl" or clause.i < obj.i:
                continue
            mark = child(clause, "mark")
            if mark is not None and mark.lower_ == "that" and mark.i == clause.left_edge.i:
                return clause
    return None


_CONDITIONS = ("if", "unless")


def _fronted_part(doc: Doc, sents: Sentences, cue: Token) -> Span | None:
    """The first part of a reported sentence that a cue set off by commas interrupts,
    when the parser makes the cue the head and hangs that part on it ("The real test, the
    senator said, is whether ..."; "If the talks fail, she warns, the border closes"): a
    fragment or a condition opening the sentence; not a time or place of the saying ("On
    Friday, he said ...", "After the vote, she said ..."). Also the head clause before a
    parenthetical cue that takes only what follows it as its complement."""
    speaker = child(cue, "nsubj", "nsubjpass")
    sent = sents.of(cue)
    if speaker is None or speaker.i > cue.i:
        return None
    start = speaker.left_edge.i
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    if cue.dep_ == "parataxis" and sent.start <= cue.head.i < start:
        # "The air had become so bad, Mr. Obama noted, that ...": the parser makes the
        # first part the head and the cue a parenthetical taking only the rest
        found = _content(doc[sent.start : start - 1])
        return found if len(found) >= 2 else None
    for part in cue.lefts:
        if part.i >= start or part.left_edge.i != sent.start:
            continue
        mark = child(part, "mark")
        condition = part.dep_ == "advcl" and mark is not None and mark.lower_ in _CONDITIONS
        if part.dep_ in ("dep", "ccomp") or condition:
            found = _content(doc[sent.start : start - 1])
            return found if len(found) >= 2 else None
    return None


def _complement_as_adverbial(cue: Token) -> Token | None:
    """A complement the parser took for an adverbial clause after a phrase on the cue
    ("said after the convention he would not accept", "tweeted in the morning that ..."):
    a finite clause with a subject of its own and no subordinator but "that" ("if",
    "when", "because" open true adverbial clauses)."""
    for clause in cue.rights:
        if clause.dep_ != "advcl":
            continue
        opener = child(clause, "mark", "advmod")
        if opener is not None and not (opener.lower_ == "that" and opener.i == clause.left_edge.i):
            continue  # "if", "when", "because"; a bare "that" opens a complement
        finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP")
            for c in clause.children
        )
        if finite and child(clause, "nsubj", "nsubjpass", "expl") is not None:
            return clause
    return None


def _clause_before_conjoined_cue(doc: Doc, sents: Sentences, cue: Token) -> Span | None:
    """ "X, but Y, another source said.": the parser makes the cue a conjunct of the first
    clause and takes only the second as its complement, while the cue, closing the
    sentence after a comma, reports all that comes before it."""
    sent = sents.of(cue)
    speaker = child(cue, "nsubj", "nsubjpass")
    if speaker is None or speaker.i > cue.i or not _ends_sentence(sents, cue):
        return None
    start = speaker.left_edge.i
    if start <= sent.start or doc[start - 1].text != "," or cue.head.i < sent.start:
        return None
    if cue.head.dep_ != "ROOT":
        return None
    before = _content(doc[sent.start : start])
    return before if cue.head.i in range(before.start, before.end) else None


def _later_clauses(doc: Doc, span: Span, cue: Token) -> tuple[Span, list[Span]]:
    """The reported clause widened over further parts of it that the parser hung on the
    cue itself, after the complement and joined to it by only a comma or a conjunction:
    a second complement ("said her plan was detailed and, more important, would not blow
    a hole in the budget") or a subjectless conjunct with a modal of its own ("says it
    would depress revenue at first, but would eventually add $84 billion"); a cue's own
    later act ("said X and left") has no modal and stays out; so does what follows a dash
    or a colon, set apart by the writer. A second complement opened
    by "that" is a claim of its own, returned apart as ``_split_coordinated`` does."""
    others: list[Span] = []
    end = span.end
    for later in cue.rights:
        if later.i < end:
            continue
        first_word = next((t.i for t in later.subtree if not t.is_punct), later.i)
        gap = doc[end:first_word]
        if not all(t.text == "," or t.dep_ == "cc" for t in gap):
            break  # a dash, colon or new sentence: the writer speaking again
        if later.dep_ == "ccomp" or (later.dep_ == "conj" and _continues_report(later)):
            start, stop = later.left_edge.i, later.right_edge.i + 1
            if doc[start].lower_ == "that" and doc[start].dep_ == "mark":
                others.append(without_gloss(_strip_punct(doc[start + 1 : stop])))
            elif not others:
                span = without_gloss(_strip_punct(doc[span.start : stop]))
            end = stop
        elif not (later.is_punct or later.dep_ == "cc"):
            break
    return span, others


def _with_elaboration(sents: Sentences, span: Span) -> Span:
    """The reported clause with what a colon right after it spells out, to the end of the
    sentence ("notes that three things are happening at once: home values are rising,
    rates are low ..."): the parser hangs that part elsewhere, but it states the same
    claim's details."""
    doc = span.doc
    sent = sents.of(span[-1])
    if span.end + 1 >= sent.end or doc[span.end].text != ":":
        return span
    rest = _strip_punct(doc[span.end + 1 : sent.end])
    return doc[span.start : rest.end] if len(rest) >= 2 else span


def _continues_report(verb: Token) -> bool:
    """A conjunct verb with a modal and no subject of its own ("but would eventually add
    ..."): it shares the subject of the reported clause, not the speaker's acts."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and child(verb, "nsubj", "nsubjpass", "expl") is None
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    )


def _around(doc: Doc, sent: Span, cue: Token) -> list[Span]:
    """The reported clause on both sides of a cue set off by commas ("Climate change, Mr.
    Obama often says, is the greatest threat"), when the parser hangs the cue on the part
    after it."""
    words = [t.i for t in cue.subtree if not t.is_punct]
    lo, hi = min(words), max(words)
    speaker = child(cue, "nsubj", "nsubjpass")
    if speaker is not None and speaker.i < cue.i:
        # "If this fails, Mr. Castaneda argues, there are other tools": a clause the
        # parser hung on the cue before its subject belongs to what is reported
        lo = speaker.left_edge.i
    if lo - 1 <= sent.start or hi + 2 >= sent.end:
        return []
    if doc[lo - 1].text != "," or doc[hi + 1].text != ",":
        return []
    return [_strip_punct(doc[sent.start : lo - 1]), _strip_punct(doc[hi + 2 : sent.end])]


def _names_someone(token: Token, lookup: ActorLookup) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.i in lookup.actor_at


def _relative_pronoun(cue: Token) -> Span | None:
    """The speaker as written in a relative clause ("the army chief, who said ..."): the
    pronoun, while the speaker resolves to the noun it refers to."""
    if cue.dep_ != "relcl":
        return None
    found = child(cue, "nsubj")
    if found is None or found.lower_ not in RELATIVE_PRONOUNS:
        return None
    return cue.doc[found.i : found.i + 1]


def _paragraph_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n\n" in t.text_with_ws for t in a.doc[lo:hi])


def _resolve_speaker(token: Token, phrase: Span, lookup: ActorLookup) -> int | None:
    """The actor of the speaker phrase: through its head (with the lookup's modifiers,
    "of" phrases and coordination); else the phrase's words from the right, where the
    head noun's own name sits ("the spokesman for Hamas"); else, for a definite
    description the actor stage left unlinked ("the minister", "the official"), the
    latest earlier actor mentioned with the same head noun."""
    named = _apposed_name(token, lookup)
    if named is not None:  # "Her father, former Prime Minister Thaksin Shinawatra,": not her
        return named
    speakers = lookup.all(token)
    if speakers:
        return speakers[0]
    for word in reversed(phrase):
        if word.i in lookup.actor_at:
            return lookup.actor_at[word.i]
    return _definite_antecedent(token, lookup)


def _apposed_name(token: Token, lookup: ActorLookup) -> int | None:
    """The actor of a name set off after a speaker noun the actor stage left unlinked."""
    if token.i in lookup.actor_at or token.pos_ != "NOUN":
        return None
    for c in token.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in lookup.actor_at:
            return lookup.actor_at[c.i]
    return None


_DEFINITE = ("the", "this", "that")


def _definite_antecedent(token: Token, lookup: ActorLookup) -> int | None:
    """ "The minister said" after "Kenya's interior minister, Kithure Kindiki": the actor
    of the closest earlier mention headed by the same noun. Only a definite noun phrase
    refers back; "a minister" introduces someone new."""
    if token.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children
    ):
        return None
    doc = token.doc
    for i in range(token.i - 1, -1, -1):
        earlier = doc[i]
        if earlier.lemma_.lower() == token.lemma_.lower() and earlier.pos_ == "NOUN":
            found = lookup.one(earlier)  # "A Downing Street spokesman": via its modifier
            if found is not None:
                return found
    return None


_NP_MODIFIERS = ("det", "amod", "compound", "poss", "case", "nummod", "nmod")


def _paragraph_end(doc: Doc, start: int) -> int:
    """The token index where the paragraph holding ``start`` ends (a blank line, or the
    end of the document); a paragraph break right at ``start`` is skipped."""
    for i in range(start, len(doc)):
        if doc[i].is_space and doc[i].text.count("\n") >= 2 and i > start:
            return i
        if "\n\n" in doc[i].whitespace_ and i >= start:
            return i + 1
    return len(doc)


def _next_is(token: Token, word: str) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == word


def _ends_sentence(sents: Sentences, cue: Token) -> bool:
    """The cue's phrase runs to the end of its sentence ("..., the ministry said.")."""
    sent = sents.of(cue)
    rest = sent.doc[cue.right_edge.i + 1 : sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _merge(
    text: str, direct: list[QuoteMention], indirect: list[QuoteMention]
) -> list[QuoteMention]:
    """Direct and indirect candidates into one list without double counting.

    A reported clause holding a short quoted fragment is one mixed quote ("said Moscow had
    "no plans" to attack"), and the fragment is not a direct quote of its own; a clause that
    is (nearly) all inside quotation marks is the direct quote, which keeps its cue.
    """
    kept_direct = list(direct)
    out: list[QuoteMention] = []
    taken: list[tuple[int, int]] = []
    for quote in sorted(indirect, key=lambda q: _bounds(q)[1] - _bounds(q)[0], reverse=True):
        start, end = _bounds(quote)
        if any(s < end and start < e for s, e in taken):
            continue
        end = _run_on_fragment(text, end, kept_direct)
        inner = [d for d in kept_direct if start <= _bounds(d)[0] and _bounds(d)[1] <= end + 1]
        crossing = [
            d
            for d in kept_direct
            if all(d is not i for i in inner) and _bounds(d)[0] < end and start < _bounds(d)[1]
        ]
        if any(_bounds(d)[0] <= start and end <= _bounds(d)[1] for d in crossing):
            continue  # speech reported inside a direct quote belongs to the quote
        if crossing:
            _adopt_cue(crossing, quote)
            continue
        if inner and _mostly_marked(text, (start, end), [_bounds(d) for d in inner]):
            _adopt_cue(inner, quote)
            continue
        if inner:
            quote.kind = "mixed"
            quote.content = _widen_to_marks(text, start, end)
            kept_direct = [d for d in kept_direct if all(d is not i for i in inner)]
        out.append(quote)
        taken.append((start, end))
    return out + kept_direct


def _run_on_fragment(text: str, end: int, direct: list[QuoteMention]) -> int:
    """The end of a reported clause that runs straight on into a quoted fragment ("said
    Kyiv was ready to talk “at an appropriate stage”"), which the parser hangs on the
    cue: only an opening mark, no punctuation, stands between them."""
    if end == 0 or not text[end - 1].isalnum():
        return end  # the clause ends a sentence or a phrase: a quote after it stands apart
    for quote in direct:
        start = _bounds(quote)[0]
        between = text[end:start]
        if start > end and between.strip() in PAIRS and len(between) <= 3:
            return _bounds(quote)[1]
    return end


def _adopt_cue(direct: list[QuoteMention], indirect: QuoteMention) -> None:
    for quote in direct:
        if quote.cue is None:
            quote.cue = indirect.cue
            quote.speaker = indirect.speaker
            quote.speaker_span = indirect.speaker_span
            quote.speaker_role = indirect.speaker_role


def _mostly_marked(text: str, clause: tuple[int, int], marked: list[tuple[int, int]]) -> bool:
    """All the clause but at most one word ("that", "if") lies inside quotation marks; a
    subject before the marks ("said the court's decision "will force us ..."") makes the
    clause a mixed quote that keeps it."""
    outside = text[clause[0] : clause[1]]
    for s, e in sorted(marked, reverse=True):
        a, b = s - clause[0], e - clause[0]
        outside = outside[: max(a, 0)] + " " + outside[max(b, 0) :]
    return len(re.findall(r"\w+", outside)) <= 1


def _widen_to_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Keep a quotation mark that opens or closes the clause inside a mixed quote."""
    if start > 0 and text[start - 1] in PAIRS:
        start -= 1
    if end < len(text) and text[end] in _CLOSERS and text[start:end].count(text[end]) % 2 == 0:
        end += 1
    return start, end


def _cue_phrase(cue: Token) -> Span:
    """The cue with its audience or channel: "told reporters", "posted on X"."""
    doc = cue.doc
    end = cue.i + 1
    for c in cue.rights:
        if c.left_edge.i != end:
            break
        if c.dep_ in ("dobj", "dative", "prt") and c.pos_ in ("NOUN", "PROPN", "PRON", "ADP"):
            end = c.i + 1  # the audience's head, without what follows ("an audience in ...")
        elif c.dep_ == "prep" and c.lower_ in ("on", "to") and _is_channel(child(c, "pobj")):
            end = c.right_edge.i + 1
        else:
            break
    return doc[cue.i : end]


def _is_channel(obj: Token | None) -> bool:
    """ "posted on X", "told to reporters": a place or audience, not a day ("on Friday")."""
    return obj is not None and obj.ent_type_ not in ("DATE", "TIME")


def _speaker_phrase(token: Token) -> Span:
    """The speaker as written: the noun phrase with its titles and appositive, without a
    relative clause or a trailing comma ("The foreign secretary, David Cameron")."""
    doc = token.doc
    end = token.i + 1
    for c in token.rights:
        if c.dep_ == "appos" and token.ent_type_ == "PERSON":
            break  # "Joseph Mwangi, a maize farmer": the affiliation is the role, not the name
        if c.dep_ in ("appos", "compound", "flat", "punct") or (
            c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "with")
        ):
            end = max(end, c.right_edge.i + 1)
        else:
            break
    start, end = _within_paragraph(doc, token, token.left_edge.i, end)
    span = _strip_punct(doc[start:end])
    return span if len(span) else doc[token.i : token.i + 1]


def _within_paragraph(doc: Doc, token: Token, start: int, end: int) -> tuple[int, int]:
    """Clip a phrase around ``token`` to its paragraph: a parse that runs across a line
    break joins a dateline or a timestamp to the name ("12:15 p.m.\\n\\nDonald Trump")."""
    for i in range(token.i - 1, start - 1, -1):
        if "\n" in doc[i].whitespace_ or (doc[i].is_space and "\n" in doc[i].text):
            start = i + 1
            break
    for i in range(token.i, end):
        if "\n" in doc[i].whitespace_ or (doc[i].is_space and "\n" in doc[i].text):
            return start, i + (0 if doc[i].is_space else 1)
    return start, end


def _role_of(token: Token) -> str | None:
    """Role stated at the attribution: title words before the name or an appositive
    ("Kremlin spokesman Dmitry Peskov", "Tomasz Zielinski, a security analyst")."""
    doc = token.doc
    appos = next((c for c in token.children if c.dep_ == "appos"), None)
    if appos is not None and token.ent_type_ == "PERSON":
        return _strip_punct(doc[appos.left_edge.i : appos.right_edge.i + 1]).text or None
    if appos is not None and appos.ent_type_ == "PERSON" and token.pos_ == "NOUN":
        words = [t for t in doc[token.left_edge.i : token.i + 1] if t.dep_ != "det"]
        return doc[words[0].i : token.i + 1].text if words else None
    pre = [
        t
        for t in doc[token.left_edge.i : token.i]
        if t.dep_ in ("compound", "amod", "nmod") and t.ent_type_ != "PERSON" and t.pos_ != "DET"
    ]
    if token.ent_type_ != "PERSON" and token.pos_ == "NOUN" and pre:
        return doc[pre[0].i : token.i + 1].text  # "a government spokesman"
    if not pre:
        return None
    return doc[pre[0].i : pre[-1].i + 1].text


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _CLOSERS):
        end -= 1
    return (start, end) if end > start else None


def _is_title(text: str, content: tuple[int, int]) -> bool:
    """Every word capitalised: a book, film or programme title ("The Long Thaw,")."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text[content[0] : content[1]])
    return bool(words) and all(w[0].isupper() for w in words)


def _ends_like_speech(text: str, content: tuple[int, int]) -> bool:
    return text[content[1] - 1] in ".,!?;:…—-"


def _clause_span(doc: Doc, clause: Token, cue: Token) -> Span | None:
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    if doc[start].lower_ == "that" and doc[start].dep_ in ("mark", "advmod"):
        start += 1
    if cue.dep_ == "relcl" and start < cue.i < clause.i and doc[start].lower_ in RELATIVE_PRONOUNS:
        start = cue.i + 1  # "donations, which he said were accompanied by favors"
    span = _strip_punct(doc[start:end])
    if cue.i in range(span.start, span.end):
        return None
    return without_gloss(span)


def _split_coordinated(span: Span, clause: Token) -> list[Span]:
    """ "said X and that Y": one reported clause per "that" (each is a claim of its own)."""
    doc = span.doc
    parts = []
    start = span.start
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < start:
            continue
        mark = conj.left_edge
        if mark.lower_ != "that" or mark.dep_ != "mark":
            continue
        cut = mark.i
        while cut > start and doc[cut - 1].dep_ in ("cc", "punct"):
            cut -= 1
        parts.append(_strip_punct(doc[start:cut]))
        start = mark.i + 1
    parts.append(_strip_punct(doc[start : span.end]))
    return [p for p in parts if len(p)]


_LEADING_LINKS = frozenset({"but", "and", "yet", "so", "or", "still"})


def _content(span: Span) -> Span:
    """A reported clause without its edge punctuation and without the reporter's link to
    the sentence before ("But the goal is ...", "And more than half ...")."""
    span = _strip_punct(span)
    colons = [t.i for t in span[:-1] if t.text == ":"]
    if colons:  # "Among the tidbits in the letter: Trump is ..., according to X"
        span = _strip_punct(span.doc[colons[-1] + 1 : span.end])
    if len(span) > 1 and span[0].lower_ in _LEADING_LINKS and span[0].dep_ in ("cc", "advmod"):
        span = _strip_punct(span.doc[span.start + 1 : span.end])
    if len(span) > 1 and span[-1].dep_ == "cc":  # "..., and" before the cue
        span = _strip_punct(span.doc[span.start : span.end - 1])
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
