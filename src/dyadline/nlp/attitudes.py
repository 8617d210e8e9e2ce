"""Attributions beyond speech verbs: what actors want, plan, demand, cite and claim.

News attributes much more than speech: "Clinton wants to triple the programme", "Warren
called on Stumpf to resign", "Trump cited a poll", "her claim that the vote was rigged".
Attribution corpora (PARC, PolNeAR) annotate all of these; the quote stage reports them as
indirect quotes whose content is the stated intention, demand, topic or proposition. The
cue vocabulary is in ``knowledge/patterns/quotes.yaml`` (stance, intention, directive and
topic verbs, and noun cues); this module holds the syntax only.

Clausal complements of stance verbs ("worry that X") go through the quote stage's reported
clause logic; the frames here take an infinitive, an addressee with an infinitive, a noun
phrase object, or a noun cue's own clause.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dyadline.knowledge.patterns import QuoteCues
from dyadline.nlp.syntax import child, first_conjunct, is_passive, subject

# A bare pronoun or relative word is not a topic anyone stated ("cited it", "which he denied").
_EMPTY_OBJECTS = frozenset({"it", "this", "that", "which", "what", "them", "him", "her", "one"})
_MIN_TOKENS = 2


@dataclass
class Attribution:
    head: Token  # the word whose subject (or possessor, for nouns) is the speaker
    cue: Span
    content: Span
    # the object when the content is that bare noun phrase ("condemned the police"): a
    # statement about someone, not what was said, when it names an actor
    target: Token | None = None
    # the content's first part when the cue and speaker stand inside it: the subject of
    # a passive judgement ("The raid" in "The raid was described by officials as a success")
    first: Span | None = None


def find_attributions(doc: Doc, cues: QuoteCues) -> Iterator[Attribution]:
    """Every non-speech attribution frame of the document, one per cue word."""
    for token in doc:
        if token.dep_ in ("acomp", "oprd") and token.lower_ in cues.stance_adjectives:
            found = _adjective_frame(token)  # before verbs: "worried" is often tagged one
        elif _is_verb(token) and not is_passive(token):
            found = _verb_frame(token, cues)
        elif _is_verb(token):
            found = _passive_frame(token, cues)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in cues.nouns:
            found = _noun_cue_frame(token, cues)
        else:
            found = None
        if found is not None:
            found.content = without_gloss(found.content)
        if found is not None and len(found.content) >= _MIN_TOKENS:
            yield found


def cue_lemma(token: Token, cues: QuoteCues) -> str:
    """The lemma of a possible cue verb, with a final silent "e" that the lemmatizer
    dropped put back: the model lemmatizes "hopes", "hoped" and "hoping" as "hop". Only
    a regular form of a cue verb ending in "e" is mended (one consonant before "-ing"
    or "-ed", as such verbs inflect), so "hopped" stays "hop"."""
    lemma = token.lemma_.lower()
    known = (cues.verbs, cues.stance_verbs, cues.intention_verbs, cues.topic_verbs)
    stem = lemma[:-1]
    if (
        lemma.endswith("e")
        and token.lower_.startswith(stem)
        and not any(lemma in words for words in known)
        and any(stem in words for words in known)
    ):
        return stem  # the other way round: "retweeted" lemmatized as "retweete"
    whole = lemma + "e"
    if token.lower_ not in (whole, whole + "s", whole + "d", lemma + "ing"):
        return lemma
    if any(lemma in words for words in known) or not any(whole in words for words in known):
        return lemma
    return whole


def _is_verb(token: Token) -> bool:
    return token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX")


def _verb_frame(verb: Token, cues: QuoteCues) -> Attribution | None:
    lemma = cue_lemma(verb, cues)
    for particle in verb.children:
        if particle.dep_ in ("prep", "prt") and particle.i > verb.i:
            phrasal = f"{lemma} {particle.lower_}"
            found = _phrasal_frame(verb, particle, phrasal, cues)
            if found is not None:
                return found
    if lemma in cues.directive_verbs:
        found = _directive(verb, child(verb, "dobj", "dative"), verb.doc[verb.i : verb.i + 1])
        if found is not None:
            return found
    if lemma in cues.intention_verbs:
        found = _intention(verb)
        if found is not None:
            return found
    if lemma in cues.judgement_verbs:
        found = _topic(verb, True, cues)
        return found if found is not None and found.target is None else None
    if lemma in cues.topic_verbs or lemma in cues.verbs:
        return _topic(verb, lemma in cues.topic_verbs, cues)
    return None


def _phrasal_frame(
    verb: Token, particle: Token, phrasal: str, cues: QuoteCues
) -> Attribution | None:
    """ "called on Trump to resign", "called for a ceasefire", "pointed to a report"."""
    cue = verb.doc[verb.i : particle.i + 1]
    obj = child(particle, "pobj", "pcomp")
    if particle.dep_ == "prt":
        obj = child(verb, "dobj", "ccomp")
    if phrasal in cues.directive_verbs:
        found = _directive(verb, obj, cue)
        if found is not None:
            return found
    if phrasal in cues.topic_verbs and _is_topic(obj):
        assert obj is not None
        content = _with_second_object(verb, obj)
        return Attribution(verb, cue, content, _bare(verb, obj))
    return None


def _directive(verb: Token, addressee: Token | None, cue: Span) -> Attribution | None:
    """ "urged Republicans to join", "told his advisers to figure out": the addressee and
    the act asked of them (an infinitive on the verb or on the addressee)."""
    if addressee is None:
        return None
    act = child(verb, "xcomp", "ccomp") or child(addressee, "acl", "relcl")
    if act is None or act.i < addressee.i or not _has_to(act):
        return None
    return Attribution(verb, cue, verb.doc[addressee.left_edge.i : act.right_edge.i + 1])


def _intention(verb: Token) -> Attribution | None:
    """ "wants to sign up five million people": the infinitive, from "to"."""
    act = child(verb, "xcomp")
    if act is None or act.i < verb.i or not _has_to(act) or child(verb, "dobj") is not None:
        return None
    end = act.right_edge.i + 1
    for c in verb.rights:
        # "wants to triple X, grow Y and create Z": the parser often hangs the later bare
        # infinitives on the cue; they continue the list of intended acts
        if c.dep_ in ("conj", "dep") and c.i >= end and _bare_infinitive(c, verb):
            end = c.right_edge.i + 1
    return Attribution(verb, verb.doc[verb.i : verb.i + 1], _strip(verb.doc[act.left_edge.i : end]))


def _bare_infinitive(later: Token, verb: Token) -> bool:
    """A later verb without a subject that can only be a bare infinitive: tagged so, or a
    plain present form that cannot agree with the cue ("wants to triple X, grow Y";
    "planned to revive X, then hand over Y"), not the subject's own next act ("wants X
    and grows Y")."""
    if child(later, "nsubj", "nsubjpass") is not None:
        return False
    return later.tag_ == "VB" or (later.tag_ == "VBP" and verb.tag_ not in ("VB", "VBP"))


def _topic(verb: Token, object_is_topic: bool, cues: QuoteCues) -> Attribution | None:
    """ "cited derogatory comments", "called the charges fabricated", "accused X of Y".

    Speech verbs take a noun-phrase object as content only with a second predicate
    ("called the charges fabricated"); topic verbs take any object."""
    obj = child(verb, "dobj")
    if obj is None or obj.i < verb.i:
        return None
    predicate = child(verb, "oprd")
    if not object_is_topic and (predicate is None or predicate.i < obj.i):
        return None
    if not _is_topic(obj) and predicate is None and _bare(verb, obj) is not None:
        return None  # "cited it"; but "accused her of lying" says what about her
    if obj.lemma_.lower() in cues.nouns and predicate is None:
        stated = _noun_frame(obj)  # "expressed concern that X": what the concern is
        if stated is not None and owner(obj) is not None:
            return None  # "rejected a Pentagon report that X": the noun's own frame says whose
        if stated is not None:
            return Attribution(verb, verb.doc[verb.i : verb.i + 1], stated.content)
    content = _with_second_object(verb, obj)
    return Attribution(verb, verb.doc[verb.i : verb.i + 1], content, _bare(verb, obj))


_OWNER_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")


def owner(noun: Token) -> Token | None:
    """Whose claim or plan a noun cue states: its possessor ("Trump's claim", "her plan"),
    its "by" phrase ("a decision by the FBI") or a name before it ("a New York Times
    report", "the Pentagon statement")."""
    possessor = child(noun, "poss")
    if possessor is not None:
        return possessor
    by = next(
        (o for p in noun.children if p.lower_ == "by" for o in p.children if o.dep_ == "pobj"), None
    )
    if by is not None:
        return by
    return next(
        (
            c
            for c in noun.lefts
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in _OWNER_ENTITIES
        ),
        None,
    )


def _passive_frame(verb: Token, cues: QuoteCues) -> Attribution | None:
    """ "The raid was described by officials as a success", "Oz has been called a
    charlatan by physicians": a passive judgement or description with its "by" speaker;
    the content is what is judged (the subject) and the judgement ("as a success"). Without
    a "by" phrase nobody is named as saying it, and without a judgement the passive tells
    an act ("was praised by the governor")."""
    lemma = cue_lemma(verb, cues)
    judging = lemma in cues.judgement_verbs
    if not (judging or lemma in cues.topic_verbs or lemma in cues.verbs):
        return None
    judged = child(verb, "nsubjpass")
    by = next((c for c in verb.children if c.dep_ == "agent" and c.lower_ == "by"), None)
    speaker = child(by, "pobj") if by is not None else None
    if judged is None or judged.i > verb.i or speaker is None:
        return None
    allowed = _COMPLETING - {"to"} if judging else frozenset({"as"})
    judgement = next(
        (
            c
            # the parser often hangs "as ..." on the speaker ("by officials as a success")
            for c in (*verb.rights, *speaker.rights)
            if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in allowed)
        ),
        None,
    )
    if judgement is None:
        return None
    doc = verb.doc
    start = judgement.left_edge.i + (1 if judgement.lower_ == "as" else 0)  # "described as"
    return Attribution(
        verb,
        doc[verb.i : verb.i + 1],
        _strip(doc[start : judgement.right_edge.i + 1]),
        first=_strip(doc[judged.left_edge.i : judged.right_edge.i + 1]),
    )


def _bare(verb: Token, obj: Token) -> Token | None:
    """The object, when nothing says what about it: no predicate ("called X a hoax") and
    no "as"/"for"/"of"/"to" phrase ("accused X of Y", "condemned X as Y"); time and place
    phrases ("condemned the police on Tuesday") do not count."""
    completing = [
        c
        for c in (*verb.rights, *obj.rights)
        if c.i > obj.i
        and (c.dep_ in ("oprd", "xcomp", "acomp") or (c.dep_ == "prep" and c.lower_ in _COMPLETING))
    ]
    return None if completing else obj


_COMPLETING = frozenset({"of", "for", "as", "to"})


def _with_second_object(verb: Token, obj: Token) -> Span:
    """The object with what completes it ("X as Y", "X for Y", "them ... 'Manchurian
    anchors'"): the verb's later dependents up to a clause of its own."""
    end = obj.right_edge.i + 1
    for c in verb.rights:
        if c.i < end:
            continue
        if c.dep_ == "ccomp" and c.left_edge.i == end and child(c, "mark") is None:
            end = c.right_edge.i + 1  # "remarks Trump had made": a relative clause, misparsed
            continue
        if c.dep_ == "cc":
            continue  # "as secretary and as senator": taken with the conjunct that follows
        if c.dep_ in _OWN_CLAUSE or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
            break
        if c.is_punct and (c.i == verb.right_edge.i or _sets_off(c)):
            break  # "endorsed X for president, another sign of ...": the writer's gloss
        end = c.right_edge.i + 1
    dash = next((t.i for t in verb.doc[obj.i : end] if _is_dash(t)), end)
    # "linked X to Y — an opportunity he missed": after a dash the writer comments
    return _strip(verb.doc[obj.left_edge.i : dash])


# words after a comma that go on with the object's list ("super PACs, including the one ...")
_LIST_GOES_ON = frozenset({"including", "like", "such", "especially", "particularly", "notably"})


def _sets_off(mark: Token) -> bool:
    """A comma, semicolon, colon or dash after which the writer comments on what was
    cited, not one that goes on with a list of it."""
    if _is_dash(mark):
        return True
    if mark.text not in (",", ";", ":"):
        return False
    following = mark.nbor() if mark.i + 1 < len(mark.doc) else None
    return following is None or following.lower_ not in _LIST_GOES_ON


def _is_dash(token: Token) -> bool:
    """A dash setting off a comment, not the hyphen of "cross-sell" ("a plan - X")."""
    if token.text in ("—", "–", "--"):
        return True
    doc = token.doc
    spaced = token.i > 0 and bool(token.whitespace_) and bool(doc[token.i - 1].whitespace_)
    return token.text == "-" and spaced


# dependents that start a clause of their own after a cited object ("..., and said ...")
_OWN_CLAUSE = frozenset({"advcl", "parataxis", "mark", "relcl", "ccomp"})


def _noun_frame(noun: Token) -> Attribution | None:
    """ "the claim that X", "her plan to X", "his view is that X": the noun's own clause."""
    clause = next(
        # a that-clause with a subject of its own is the noun's content even when the
        # parser took it for a relative clause ("a report that Trump had a net loss")
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i and _opens(c)
        ),
        None,
    )
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        clause = child(noun.head, "ccomp")  # "Mr. Obama's bet is that ..."
    if clause is None or clause.i < noun.i:
        return None
    content = _subtree(clause)
    if content.start < len(noun.doc) and content[0].lower_ == "that":
        content = noun.doc[content.start + 1 : content.end]
    return Attribution(noun, noun.doc[noun.i : noun.i + 1], _strip(content))


# what a stance adjective is about: "critical of X", "worried about X", "opposed to X"
_ABOUT = frozenset({"about", "of", "over", "with", "on", "at", "to", "toward", "towards"})
# subjects that name nobody: "it is clear that X", "there is ..."
_NO_HOLDER = frozenset({"it", "there", "this", "that"})


def _adjective_frame(adjective: Token) -> Attribution | None:
    """ "Some Republicans were willing to go forward", "the mayor is confident that the
    votes are there", "Graham has been critical of the plan": a stance adjective after a
    linking verb, with what it is about (an infinitive, a clause or a preposition's
    object). The linking verb's subject holds the stance."""
    verb = adjective.head
    holder = child(verb, "nsubj", "nsubjpass")
    if verb is adjective or holder is None or holder.lower_ in _NO_HOLDER:
        return None
    doc = adjective.doc
    cue = doc[adjective.i : adjective.i + 1]
    # "has been clear that X": the parser may hang the clause on the linking verb
    later = [c for c in verb.rights if c.i > adjective.i and c.dep_ in ("ccomp", "xcomp")]
    for part in (*adjective.rights, *later):
        if part.dep_ == "xcomp" and _has_to(part):
            return Attribution(verb, cue, _subtree(part))
        if part.dep_ == "ccomp":
            content = _subtree(part)
            if len(content) and content[0].lower_ == "that":
                content = doc[content.start + 1 : content.end]
            return Attribution(verb, cue, content)
        if part.dep_ == "prep" and part.lower_ in _ABOUT:
            obj = child(part, "pobj", "pcomp")
            if obj is not None and _is_topic(obj):
                return Attribution(verb, cue, _subtree(obj), target=obj)
    return None


def _noun_cue_frame(noun: Token, cues: QuoteCues) -> Attribution | None:
    """A noun cue's own clause or topic. Its speaker is the noun's owner, or, for a noun
    a light verb puts forward ("made the case that X", "raised questions about X"),
    that verb's subject: the frame's head is then the verb."""
    put_forward = (
        owner(noun) is None
        and noun.dep_ == "dobj"
        and cue_lemma(noun.head, cues) in cues.light_verbs
    )
    found = _noun_frame(noun) or _noun_topic(noun, put_forward)
    if found is not None and put_forward:
        found.head = noun.head
        found.cue = noun.doc[noun.head.i : found.cue.end]
    return found


_NOUN_TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})


def _noun_topic(noun: Token, put_forward: bool = False) -> Attribution | None:
    """ "his infamous comment about 47 percent of the country", "Trump's rhetoric on
    trade": what a noun cue's owner said or thinks about something. Only with an owner,
    who is the speaker, or a light verb's subject (``put_forward``); "questions about the
    plan" alone names nobody."""
    if owner(noun) is None and not put_forward:
        return None
    for part in noun.rights:
        if part.dep_ == "prep" and part.lower_ in _NOUN_TOPIC_PREPS:
            obj = child(part, "pobj", "pcomp")
            if obj is not None and _is_topic(obj):
                return Attribution(noun, noun.doc[noun.i : part.i + 1], _subtree(obj), target=obj)
    return None


def channel_speaker(cue: Token, channels: frozenset[str]) -> Token | None:
    """The speaker of a cue hung on a communication noun ("issued a statement calling for
    an inquiry", "her letter urging X"): whoever owns the statement, or the subject of the
    verb that issued it."""
    cue = first_conjunct(cue)  # "a letter praising X and urging Y"
    noun = cue.head
    if cue.dep_ != "acl" or noun.lemma_.lower() not in channels:
        return None
    found = owner(noun)
    if found is None and noun.dep_ == "dobj":
        found = subject(noun.head)
    return found


_RELATIVE_WORDS = ("who", "which", "whose")


def without_gloss(content: Span) -> Span:
    """The content without the reporter's gloss at its end: a comma and a non-restrictive
    relative clause, or an appositive to a name ("the health of Donald Trump, who is 70",
    "met Vladimir Putin, the Russian president"). After a common noun a comma more often
    goes on with a list the parser took for an appositive ("called for tax fairness, the
    closure of loopholes and ..."), and that stays."""
    doc = content.doc
    for token in content:
        if token.dep_ not in ("relcl", "appos") or token.right_edge.i + 1 < content.end:
            continue
        start = token.left_edge.i
        after_comma = start > content.start and doc[start - 1].text == ","
        gloss = token.dep_ == "appos" and token.head.pos_ in ("PROPN", "PRON")
        if after_comma and (gloss or doc[start].lower_ in _RELATIVE_WORDS):
            return _strip(doc[content.start : start - 1])
    return content


def _opens(clause: Token) -> bool:
    """A content clause ("that the vote was rigged", "to resign"), not a relative clause
    ("the claim that he made"): it has its own subject after "that", or is an infinitive."""
    if _has_to(clause):
        return True
    mark = child(clause, "mark")
    return (
        mark is not None
        and mark.lower_ == "that"
        and child(clause, "nsubj", "nsubjpass") is not None
    )


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_topic(obj: Token | None) -> bool:
    if obj is None or obj.lower_ in _EMPTY_OBJECTS:
        return False
    return obj.right_edge.i > obj.left_edge.i or obj.pos_ in ("NOUN", "PROPN")


def _subtree(token: Token) -> Span:
    return _strip(token.doc[token.left_edge.i : token.right_edge.i + 1])


def _strip(span: Span) -> Span:
    """Without edge punctuation, and without a dangling conjunction ("the decree and")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text not in '”"»’')
        or doc[end - 1].is_space
        or doc[end - 1].dep_ == "cc"
    ):
        end -= 1
    return doc[start:end]
