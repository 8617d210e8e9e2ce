"""Date stage: time expressions in the text, and each event's date.

The event's date comes from the time expression attached to its predicate, else one in
its clause or sentence, else the publication date (``date_source`` says which).

Reads ``doc._.events``; writes ``doc._.timexes`` and each event's ``date``/``date_source``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.nlp.doc_state import EventMention, Timex, guarded, pub_date, register_extensions
from dyadline.nlp.timex import find_time_expressions

_FUTURE_AUX = {"will", "shall", "'ll", "going"}


def tense_of(token: Token) -> str | None:
    """``future`` when the clause's verb has a future auxiliary, ``past`` for past tense."""
    verb = token
    # Compare indices: spaCy may hand out a new Token object for the root's head, so "is"
    # can be False at the root, and this loop then never ends (found by tests/test_properties).
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if any(c.lower_ in _FUTURE_AUX for c in verb.children) or verb.lower_ in _FUTURE_AUX:
        return "future"
    if _prospective_infinitive(verb):
        return "future"
    if verb.tag_ in ("VBD", "VBN"):
        return "past"
    if any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass")):
        return "past"
    return None


def _prospective_infinitive(verb: Token) -> bool:
    """ "is scheduled to close Monday", "set to resume Monday": a plan, so a future date.

    Not when the clause it depends on is in the past ("went there to meet him Monday").
    """
    if verb.tag_ != "VB" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    head = verb.head
    if head.i == verb.i:
        return True
    return head.tag_ != "VBD" and not any(
        c.tag_ == "VBD" for c in head.children if c.dep_ in ("aux", "auxpass")
    )


class DateResolver:
    """The ``dyadline_dates`` component."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    @guarded("timexes")
    def __call__(self, doc: Doc) -> Doc:
        pub = pub_date(doc)

        def tense_at(char: int) -> str | None:
            span = doc.char_span(char, char + 1, alignment_mode="expand")
            return tense_of(span[0]) if span is not None and len(span) else None

        timexes = []
        for match in find_time_expressions(doc.text, pub, tense_at):
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is not None and len(span):
                timexes.append(Timex(span, match.value, match.granularity))
        doc._.timexes = timexes
        for event in doc._.events or []:
            _date_event(event, timexes, pub)
        return doc


def _date_event(event: EventMention, timexes: list[Timex], pub: object) -> None:
    timex = _attached(event.trigger, timexes) or _in_sentence(event.evidence, timexes)
    if timex is not None and timex.value:
        event.date, event.date_source = timex.value, "text"
    elif pub is not None:
        event.date, event.date_source = str(pub), "publication"
    else:
        event.date, event.date_source = None, "none"


# A time expression in these relations to a noun says which thing it is, not when the
# clause happened: "withdrawing from the 2015 nuclear agreement" happens now.
_NOUN_MODIFIER_DEPS = ("nummod", "compound", "amod", "poss", "nmod")


def _modified_noun(root: Token) -> Token | None:
    if root.dep_ in _NOUN_MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    return None


def _governs(trigger: Span, token: Token) -> bool:
    # The time expression's chain of heads reaches the trigger before leaving its clause;
    # one that names a noun dates only that noun's own event ("Tuesday's attack").
    noun = _modified_noun(token)
    if noun is not None:
        return noun.i == trigger.root.i
    seen = 0
    while token.head.i != token.i and seen < 5:
        token = token.head
        seen += 1
        if trigger.start <= token.i < trigger.end:
            return True
        if token.pos_ == "VERB" and not (trigger.start <= token.i < trigger.end):
            return False
    return False


def _attached(trigger: Span, timexes: list[Timex]) -> Timex | None:
    for timex in timexes:
        if timex.span.sent == trigger.sent and _governs(trigger, timex.span.root):
            return timex
    return None


def _in_sentence(sentence: Span, timexes: list[Timex]) -> Timex | None:
    inside = [
        t
        for t in timexes
        if sentence.start <= t.span.start < sentence.end
        and t.value
        and _modified_noun(t.span.root) is None
    ]
    return inside[0] if len(inside) == 1 else None


@Language.factory(
    "dyadline_dates",
    assigns=["doc._.timexes"],
    requires=["doc._.events", "token.dep", "token.tag"],
)
def make_date_resolver(nlp: Language, name: str) -> DateResolver:
    return DateResolver(nlp, name)
