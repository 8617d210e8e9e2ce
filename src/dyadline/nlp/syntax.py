"""Small dependency-tree helpers shared by the event and quote stages."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

SUBJECTS = ("nsubj", "csubj", "expl")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
# prepositions whose gerund is done by the subject of the clause they modify
TIME_MANNER_PREPS = frozenset({"before", "after", "upon", "while", "by", "without", "since"})
CLAUSE_LINKS = ("xcomp", "ccomp", "conj", "advcl", "acomp", "relcl", "acl", "pcomp", "parataxis")


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def opens_line(token: Token) -> bool:
    """The first token of the text or of a line (after a space token holding a break)."""
    before = token.doc[token.i - 1] if token.i else None
    return before is None or (before.is_space and "\n" in before.text)


DATELINE_DASHES = ("—", "–", "-", "--")


def dateline_tokens(doc: Doc, longest: int = 8) -> frozenset[int]:
    """ "NEW YORK/NAIROBI — The UN Security Council ...", "ANKARA, Turkey (AP) — ...": the
    place a story was filed from opens a paragraph, in capitals, before a spaced dash. It
    names no actor, and says nothing of what country the story is about."""
    found: set[int] = set()
    for i, token in enumerate(doc):
        if not opens_line(token):
            continue
        if not (token.is_upper and token.is_alpha and len(token.text) > 2):
            continue
        for j in range(i + 1, min(i + longest, len(doc))):
            if doc[j].text in DATELINE_DASHES and doc[j - 1].whitespace_:
                found.update(range(i, j))
                break
            if not _dateline_word(doc[j]):
                break
    return frozenset(found)


def _dateline_word(token: Token) -> bool:
    # "NEW YORK", "KYIV/MOSCOW", ", Turkey", "(Reuters)"
    return token.is_upper or token.is_title or token.text in ("/", ",", "(", ")", "&")


def first_conjunct(token: Token) -> Token:
    """The head of a coordination ``token`` is in: "Armenia" for "Azerbaijan" in "between
    Armenia and Azerbaijan"; the token itself when it is no conjunct."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def prep_objects(token: Token, preposition: str) -> Iterator[Token]:
    """Objects of ``preposition`` attached to ``token`` ("talks *with* Baku")."""
    words = preposition.split()
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == words[0]:
            head = c
            if len(words) > 1:
                head = next((g for g in c.children if g.lower_ == words[1]), c)
            for obj in head.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    yield obj


def subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj/relative clauses."""
    seen = 0
    came_from_xcomp = False
    while seen < 6:
        seen += 1
        found = child(verb, *SUBJECTS)
        if found is not None:
            if found.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return found
        if is_passive(verb):
            # "warships are expected to hold patrols", "Modi is set to visit": the subject of
            # a passive raising verb is the subject of its infinitive
            return child(verb, "nsubjpass") if came_from_xcomp else None
        came_from_xcomp = verb.dep_ == "xcomp"
        if verb.dep_ == "xcomp" and verb.head is not verb:
            controller = child(verb.head, "dobj")
            own_object = child(verb, "dobj")
            # "forced residents to flee", "ordered troops to pull out"; not "phoned him to
            # congratulate him": one whom the act is done to does not do it
            if controller is not None and (
                own_object is None or own_object.lower_ != controller.lower_
            ):
                return controller
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb:
            verb = verb.head
            continue
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ in TIME_MANNER_PREPS
            and verb.head.head is not verb.head
        ):
            # "rammed the gates before withdrawing", "by signing the deal": the gerund's
            # doer is the subject of the clause the phrase belongs to ("accused X of
            # shelling" is left alone: its doer is X)
            verb = verb.head.head
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head if verb.dep_ == "relcl" else None
        return None
    return None


def agent(verb: Token) -> Token | None:
    return next(prep_objects(verb, "by"), None)


def phrase(doc: Doc, token: Token) -> Span:
    """The noun phrase headed by ``token``, without trailing prepositional phrases."""
    start = token.left_edge.i
    end = token.i + 1
    for c in token.rights:
        if c.dep_ in ("compound", "nummod", "appos", "flat") or (c.dep_ == "amod" and c.i == end):
            end = c.right_edge.i + 1
        else:
            break
    while start < end - 1 and doc[start].dep_ in ("det", "punct", "cc"):
        start += 1
    return doc[start:end]


class ActorLookup:
    """Token -> actor index, through compounds, modifiers, "of" phrases and coordination."""

    def __init__(
        self, actor_at: dict[int, int], relational_nouns: frozenset[str] = frozenset()
    ) -> None:
        self.actor_at = actor_at
        self.relational_nouns = relational_nouns  # "Ukraine's partners" are not Ukraine

    def one(self, token: Token | None) -> int | None:
        if token is None:
            return None
        if token.i in self.actor_at:
            return self.actor_at[token.i]
        if token.lemma_.lower() in self.relational_nouns:
            return None
        for c in token.children:
            if c.dep_ in ("compound", "amod", "poss", "nmod", "appos") and c.i in self.actor_at:
                return self.actor_at[c.i]
        for obj in prep_objects(token, "of"):
            if obj.i in self.actor_at:
                return self.actor_at[obj.i]
        return None

    def all(self, token: Token | None) -> list[int]:
        if token is None:
            return []
        groups: dict[int, list[int]] = token.doc._.actor_groups or {}
        if token.i in groups:  # "they" after "Armenia and Azerbaijan said": both
            return list(groups[token.i])
        found = [self.one(token)] + [self.one(c) for c in token.conjuncts]
        unique: list[int] = []
        for actor in found:
            if actor is not None and actor not in unique:
                unique.append(actor)
        return unique


# Nouns whose to-infinitive names an act of the subject of the verb that governs them
# ("Germany has no plans to send", "made a bid to join", "took the decision to withdraw").
INTENT_NOUNS = {
    "plan", "decision", "bid", "attempt", "effort", "intention", "move", "offer", "proposal",
    "promise", "pledge", "commitment", "threat", "order", "readiness", "willingness", "right",
    "chance", "opportunity", "step", "way", "need", "call", "demand",
}  # fmt: skip


# Documents that act through a participle ("passed a law banning ...", "a decree ordering"):
# the act is the act of whoever issued the document.
INSTRUMENT_NOUNS = {
    "law", "bill", "decree", "order", "resolution", "legislation", "measure", "motion",
    "ruling", "directive", "amendment", "statement", "declaration", "regulation",
}  # fmt: skip
# Verbs whose object is the doer of the act named in their "of"/"for" gerund ("accused Hamas
# of firing rockets", "blamed Kyiv for shelling").
ATTRIBUTING_VERBS = {
    "accuse", "blame", "charge", "suspect", "convict", "condemn", "criticize", "criticise",
    "praise", "thank", "commend", "fault", "punish", "sanction", "indict",
}  # fmt: skip


def _inherited_subject(verb: Token) -> Token | None:
    """The doer of a subjectless gerund or participle, from the phrase it sits in."""
    head = verb.head
    if head is verb:
        return None
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        if governor.lemma_.lower() in ATTRIBUTING_VERBS and head.lower_ in ("of", "for"):
            return child(governor, "dobj") or (  # "accused Hamas of firing"
                agent(governor) if is_passive(governor) else None
            )
        if governor.pos_ in ("VERB", "AUX") and head.lower_ in GERUND_PREPS:
            return subject(governor)  # "left without signing", "before withdrawing"
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.lemma_.lower() in INSTRUMENT_NOUNS
        and head.dep_ in ("dobj", "nsubjpass")
    ):
        return agent(head.head) if is_passive(head.head) else subject(head.head)
    return None


# Prepositions whose gerund shares the subject of the verb ("left without signing").
GERUND_PREPS = {"without", "before", "after", "by", "while", "instead", "despite", "since"}


def event_subject(verb: Token) -> Token | None:
    """The subject of an event verb: ``subject`` plus inheritance through a predicate
    adjective ("it was ready to accept") and through the infinitive of an intent noun
    ("Germany has no plans to send")."""
    found = subject(verb)
    if found is not None or is_passive(verb):
        return found
    found = _inherited_subject(verb)
    if found is not None:
        return found
    token = verb
    for _ in range(4):
        head = token.head
        if head is token:
            return None
        if token.dep_ == "xcomp" and head.dep_ in ("acomp", "amod") and head.head is not head:
            found = subject(head.head)  # "ready to accept": the subject of "was"
        elif (
            token.dep_ == "acl"
            and head.lemma_.lower() in INTENT_NOUNS
            and head.dep_ in ("dobj", "attr", "nsubj", "pobj")
        ):
            governor = head.head.head if head.dep_ == "pobj" else head.head
            found = subject(governor) if head.dep_ != "nsubj" else None
        else:
            return None
        if found is not None:
            return found
        token = head.head
    return None


class DeepActorLookup(ActorLookup):
    """``ActorLookup`` that also looks inside quantity and collection phrases ("hundreds of
    Hezbollah targets", "a barrage of Russian missiles") and into coordinated modifiers
    ("Russian and Ukrainian negotiators")."""

    def one(self, token: Token | None, depth: int = 0) -> int | None:
        found = super().one(token)
        if found is not None or token is None or depth >= 2:
            return found
        if token.lemma_.lower() in self.relational_nouns:
            return None
        for obj in prep_objects(token, "of"):
            deeper = self.one(obj, depth + 1)
            if deeper is not None:
                return deeper
        return None

    def all(self, token: Token | None) -> list[int]:
        found = super().all(token)
        if token is None:
            return found
        if not found:
            found = [a for a in [self.one(token)] if a is not None]
        for obj in prep_objects(token, "of"):
            # "the presidents of Kyrgyzstan, Tajikistan and Uzbekistan"
            if found and self.actor_at.get(obj.i) == found[0]:
                for conj in obj.conjuncts:
                    actor = self.one(conj)
                    if actor is not None and actor not in found:
                        found.append(actor)
        modifiers = sorted(
            {
                m.i: m
                for c in token.children
                if c.dep_ in ("amod", "compound", "nmod") and c.i in self.actor_at
                for m in (c, *c.conjuncts)
            }.values(),
            key=lambda t: t.i,
        )
        if len(modifiers) > 1:
            # "Chinese and Russian warships": each coordinated modifier names a party, in
            # the order of the text (the first named is the source of a joint act)
            named = [self.actor_at[m.i] for m in modifiers if m.i in self.actor_at]
            found = list(dict.fromkeys([*named, *found]))
        return found
