"""Event stage: PLOVER events from verbal and nominal trigger frames over the parse.

For each predicate that a frame in ``patterns/events.yaml`` fits, one event is coded: the
type and mode from the frame; source and target from the syntax (active, passive,
nominalisations, coordination, "between X and Y", mediators); the status from the clause
(``patterns/status.yaml``); ``reported_by`` from an attributing verb above the trigger or
a quote around it. Quad, intensity and CAMEO come from ``plover.yaml``.

Reads ``doc._.actors``/``doc._.actor_at`` and ``doc._.quotes``; writes ``doc._.events``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.knowledge.ontology import load_ontology
from dyadline.knowledge.patterns import (
    EventVocabulary,
    Frame,
    QuoteCues,
    StatusCues,
    load_calibration,
    load_event_vocabulary,
    load_frames,
    load_quote_cues,
    load_status_cues,
)
from dyadline.nlp.doc_state import EventMention, guarded, pub_date, register_extensions
from dyadline.nlp.syntax import (
    ATTRIBUTING_VERBS,
    INSTRUMENT_NOUNS,
    RELATIVE_PRONOUNS,
    ActorLookup,
    DeepActorLookup,
    agent,
    child,
    event_subject,
    is_passive,
    phrase,
    prep_objects,
    subject,
)
from dyadline.records import EventObject

# Prepositions that introduce a complement of a governing word ("agreed to a truce", "plans
# for talks"); any other preposition opens an adjunct whose event keeps its own status.
COMPLEMENT_PREPS = {"to", "on", "for", "of", "about", "into", "with"}
# Dependency links along which a trigger takes the status of the word above it.
STATUS_LINKS = (
    "xcomp", "ccomp", "advcl", "dobj", "pobj", "pcomp", "prep", "conj", "acomp", "relcl",
    "acl", "nsubj", "nsubjpass", "parataxis",
)  # fmt: skip
# Acts of force and of withdrawal: in a contest ("beat Argentina in the final", "withdrew
# from the race") or on markets ("shares were hit") they are no political event.
FORCE_TYPES = ("ASSAULT", "RETREAT", "COERCE")
# force verbs also said of markets and budgets ("shares were hit", "cracked down on costs")
MARKET_SENSE_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")
SCORE = re.compile(r"(?<![\d-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d-])")
# Sectors (SPEC §5) of those spoken to who are no party to a consultation: the media.
AUDIENCE_SECTORS = ("MED",)
# Acts against a place: with no target actor, the place named in the clause stands for it.
PLACE_TARGET_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")
# Acts that, with no target named, are aimed at the government of the country they happen
# in: street protests, strikes and riots are made against one's own authorities.
DOMESTIC_TARGET_TYPES = ("PROTEST",)
# Acts of crowds: said of people ("crowds protesting", "breached parliament during
# demonstrations") they are acts of their own, not a restatement of another event.
CROWD_ACT_TYPES = ("PROTEST",)
# Acts of state organs that the text often leaves without a doer ("Navalny was arrested",
# "the blogger was sentenced"): the organ of the country where they happen did them.
STATE_ORGAN_MODES = {("COERCE", "arrest"): "COP", ("SANCTION", "convict"): "JUD"}
# Acts whose patient, when it names civilians or a civilian place, is the civilians of the
# place's country ("struck a cafe in Hroza").
CIVILIAN_TARGET_TYPES = ("ASSAULT", "COERCE")
# Target slots not looked for inside an event noun's "of" phrase: "the withdrawal of troops
# from Kherson" leaves a place, "the bombing of the hospital in Gaza" is found otherwise.
NOT_NESTED = ("prep:of", "prep:between", "prep:from", "prep:in")
# Acts aimed at someone that a concessive phrase can name ("despite objections from X").
CONCEDED_TO_TYPES = ("ACCUSE", "REQUEST", "THREATEN", "PROTEST", "REJECT")
# Prepositions of an adjunct that says at whose behest an act was done ("at the request of").
BEHEST_PREPS = ("at", "on", "upon")
# Sectors of doers that act at home: the civilians they hit, with no place named, are those
# of their own country ("police killed 19 people").
HOME_SECTORS = ("COP", "CRM", "REB")
# Prepositions of manner and means: an event noun in such an adjunct is part of the act it
# modifies ("will accompany him in a show of unity"), so a planned or possible act makes it
# planned or possible too (never negated: "no one died in the attack" denies no attack).
MANNER_PREPS = ("in", "through", "via", "by")
# Sectors of a source that speaks for its state: such a source protests to someone else.
STATE_VOICE_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO")
# Acts whose place is the one left behind, not a party: "withdrew from Kherson" has no target.
PLACE_LEFT_TYPES = ("RETREAT",)
# Military acts: a state named as their doer acts through its armed forces.
MILITARY_TYPES = ("ASSAULT", "MOBILIZE")
# Types whose military frames ("pulled its troops back") are carried out by the armed forces.
MILITARY_CONTEXT_TYPES = ("RETREAT", "COOPERATE")
# Acts done with one's own forces: "Poland moved troops to its border" does not target them.
OWN_FORCES_TYPES = ("MOBILIZE", "RETREAT")
# Acts done to what their object names ("cut Russian banks off", "freed Palestinian prisoners").
PATIENT_TYPES = ("RETREAT", "SANCTION", "COERCE", "ASSAULT")
# Responses to what someone put forward ("accepted a truce proposed by X": X is the target).
RESPONSE_TYPES = ("AGREE", "REJECT", "SUPPORT", "ACCUSE")
# A promise of one of these acts is a threat ("vowed to punish", "pledged to fight on").
THREAT_TYPES = ("ASSAULT", "COERCE", "SANCTION")
# Acts that, announced on a condition, are threats ("will block ... unless").
CONDITIONAL_THREAT_TYPES = ("ASSAULT", "COERCE", "SANCTION", "REJECT")
# Event types that undo another act; an act named as their object is not coded again.
REVERSAL_TYPES = ("CONCEDE", "RETREAT", "REJECT")
# Target specs that read the thing acted on: with no actor there, its owner is the target.
DIRECT_OBJECT_SPECS = ("dobj", "nsubjpass", "dobj_amod", "poss")
# Particles the parser may attach as a preposition or an adverb instead of a particle: "pulled
# out of the deal" (out/prep -> of/prep -> deal), "brushed aside the demands" (aside/advmod).
ADVERB_PARTICLES = frozenset({"out", "away", "aside", "back", "off", "down", "up"})
# what a concession yields to ("gave in to the demands", "bowed to the ultimatum"); dropping
# one's own objection yields to no one
YIELDED_TO_TYPES = ("REQUEST", "THREATEN")
# material help a party says it stands ready to give: the readiness is an AGREE (PLOVER: an
# intent to give aid or to cooperate); withdrawals stay (PLOVER codes them CONCEDE when future)
READINESS_TYPES = ("AID", "COOPERATE")
# spaCy entity labels that name a party (a state, a people, an organisation)
PARTY_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG"})
# entity labels of parties that can be addressed ("urged China to ...", "told Scholz to ...")
ADDRESSEE_ENTITY_LABELS = PARTY_ENTITY_LABELS | {"PERSON"}
# "both sides", "neither side": the parties to a conflict or a deal, not a sports team
PARTY_DETERMINERS = frozenset({"both", "neither", "either", "each"})
# Quantity heads whose "of" phrase is the real subject ("thousands of fans", "dozens of").
QUANTITY_NOUNS = ("thousand", "hundred", "dozen", "million", "crowd", "group", "number", "scores")
# Prepositions on an event noun that name the party it is aimed at ("assistance to Ukraine").
OBJECT_PHRASE_PREPS = ("to", "for", "on", "against", "with")
# Speech acts named by a noun: refusing or avoiding one reports that it was made.
SPEECH_ACT_TYPES = ("REQUEST", "THREATEN", "ACCUSE")
# Judgements of an act ("condemned the attack"): their target is the actor of that act.
# Acts addressed to someone: an answer to them comes from the addressee.
ADDRESSED_TYPES = ("REQUEST", "AGREE", "ACCUSE", "THREATEN")

ACT_JUDGING_TYPES = ("ACCUSE", "SUPPORT", "REJECT")
# coercive acts agreed on against a third party: the act is coded, not an AGREE
JOINT_DECISION_TYPES = ("SANCTION", "COERCE", "ASSAULT", "MOBILIZE")
# a concession agreed to ("agreed to lift export curbs") is the concession, made now: PLOVER
# keeps promised concessions CONCEDE rather than AGREE
AGREED_CONCESSION_TYPES = ("CONCEDE",)
# determiners of an event noun that names an act told before ("wounded in the attack")
ANAPHORIC_DETERMINERS = ("the", "this", "that", "these", "those")
# What a protest is done for, stated in a purpose clause, is part of it (gold: "gathered in
# Dakar to denounce the move" is one PROTEST), when it is a speech act of these types
AIM_OF_ACT_TYPES = {"PROTEST": ("ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN")}
# acts done with something: a weapon noun in their "with" phrase is what they were done with
# ("stormed the hotel with guns and car bombs"), unlike the act a charge names ("charged
# Putin with the deportation of children")
INSTRUMENT_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST")
# sectors of armed parties (SPEC §5): rebels and armed forces
ARMED_SECTORS = ("REB", "MIL")
# pronouns that stand for a thing acted on ("lifted it", "withdrew them")
OBJECT_PRONOUNS = frozenset({"it", "them"})


@dataclass
class Fit:
    """A frame that fits a trigger token, with the tokens that fixed it."""

    frame: Frame
    trigger: Token
    extra: list[Token] = field(default_factory=list)  # object word or particle joining the trigger
    object_token: Token | None = None


class EventCoder:
    """The ``dyadline_events`` component."""

    def __init__(self, nlp: Language, name: str, pattern_files: Iterable[str] = ()) -> None:
        register_extensions()
        self.name = name
        self.frames = load_frames(tuple(pattern_files))
        self.cues: StatusCues = load_status_cues()
        self.quote_cues: QuoteCues = load_quote_cues()
        self.vocab: EventVocabulary = load_event_vocabulary()
        self.ontology = load_ontology()
        self.calibration = load_calibration()
        # the prior of a threat read from a conditional announcement
        self._threat_frame = next(
            (f for f in self.frames if f.type == "THREATEN"), Frame("THREATEN", "verb", frozenset())
        )
        self.verb_frames: dict[str, list[Frame]] = {}
        self.noun_frames: dict[str, list[Frame]] = {}
        for frame in self.frames:
            index = self.verb_frames if frame.pos == "verb" else self.noun_frames
            for lemma in frame.lemmas:
                index.setdefault(lemma, []).append(frame)

    @guarded("events")
    def __call__(self, doc: Doc) -> Doc:
        actor_at: dict[int, int] = doc._.actor_at or {}
        self._correct_verb_lemmas(doc)
        events: list[EventMention] = []
        covered: set[int] = set()
        taken: set[int] = set()  # complements a frame asks for ("sent troops to help")
        for token in doc:
            if _is_verb(token) and token.i not in taken and self._verb_can_trigger(token):
                fits = self._verb_fits(token)
                if _is_reporting_only(token, self.quote_cues, self.vocab):
                    # "declared martial law", "announced sanctions": a speech verb is an
                    # event only with an event noun as its object, or when it tells someone
                    # to act ("told the Kremlin to withdraw its forces" is a request), or
                    # when a manner word the frame asks for makes it an act ("will respond
                    # decisively" answers with force, "responded" alone reports speech)
                    directive = _directs_an_act(token)
                    fits = [
                        f
                        for f in fits
                        if f.frame.objects
                        or f.frame.requires_modifier
                        or (directive and f.frame.complement)
                    ]
                event, fit = self._first_event(doc, fits, actor_at)
                if event is not None and fit is not None:
                    events.append(event)
                    if fit.frame.also and not self._in_absentia(fit.trigger):
                        # "sentenced him to 27 years in prison": a conviction and a jailing;
                        # "convicted X ... and sentenced him": the conviction is coded already
                        if _coded_by_conjunct(event, events[:-1]):
                            events.pop()
                        events.append(replace(event, type=fit.frame.also, mode=None))
                    covered.update(
                        t.i for t in [fit.trigger, *fit.extra] if not self._own_act(fit, t)
                    )
                    # "deployed to Libya to support the government": the purpose the frame
                    # names is that act itself, not a second event
                    taken.update(
                        c.i
                        for c in fit.trigger.children
                        if c.dep_ in ("xcomp", "ccomp", "advcl")
                        and c.lemma_.lower() in fit.frame.complements
                    )
                    named = _frame_subject(fit.trigger) if fit.frame.subjects else None
                    if named is not None:
                        # "a ceasefire ... took effect": the subject the frame names is a
                        # participant of the event, not an event of its own
                        covered.add(named.i)
                    for other in _conjoined_object_fits(fit, fits):
                        second = self._event(doc, other, actor_at)
                        if second is not None:
                            events.append(second)
                            covered.update(t.i for t in other.extra)
        verb_events = list(events)
        for token in doc:
            if _is_noun(token) and token.i not in covered and self._noun_can_trigger(token):
                event, _ = self._first_event(doc, self._noun_fits(token), actor_at)
                if (
                    event is not None
                    and not _restates_verb_event(event, verb_events, self.vocab)
                    and not _object_of_reversal(event, events)
                    and not self._halted(token)
                    and not _same_meeting(event, events)
                ):
                    events.append(event)
        threats = {e.trigger.root.i for e in events if e.type == "THREATEN"}
        # "Chad ordered French troops to leave": an order coded as a request (not a command to
        # one's own forces) absorbs the ordered act like any request
        orders = {e.trigger.root.i for e in events if e.type == "REQUEST"}
        events = [e for e in events if not self._absorbed(e, threats, orders)]
        events = [self._readiness_to_help(self._refused_permission(e)) for e in events]
        events = self._ultimatums(doc, events)  # (the act demanded stays absorbed)
        events = [e for e in events if not self._decision_to_coerce(e, events)]
        threatened = _threatened_objects(events)
        for event in events:
            root = event.trigger.root
            if (
                event.status == "planned"
                and root.dep_ in ("xcomp", "ccomp")
                and root.head.i in threats
            ):
                event.status = "hypothetical"  # "vowed to retaliate": the threatened act
            elif event.status in ("asserted", "planned") and root.i in threatened:
                event.status = "hypothetical"  # "vowed more attacks on Israel"
        _share_threat_targets(events)
        self._comments_on_clauses(doc, events, actor_at)
        events = [
            e
            for e in events
            if self._done_in_exercise(e, events)
            or self._answers_speech_act(e)
            or not _purpose_of_same_event(e, events)
        ]
        events = [e for e in events if not self._trip_for_talks(e, events)]
        events = [e for e in events if not _aim_of_act(e, events)]
        events = [e for e in events if not self._refers_back(e, events)]
        events = [e for e in events if not _instrument_of_act(e, events)]
        events = [e for e in events if not _conjunct_of_object(e, events, self.vocab.halt_verbs)]
        events = [e for e in events if not _absolute_of_same_event(e, events)]
        events = [e for e in events if not _role_of_deployment(e, events)]
        events = [e for e in events if not self._rehearsed(e)]
        events = [e for e in events if not _restates_subject_event(e, events)]
        events = [e for e in events if not _participle_of_event_noun(e, events, self.vocab)]
        events = [e for e in events if not _describing_clause(e)]
        events = [e for e in events if not _meeting_as_setting(e, events)]
        events = [e for e in events if not _meeting_as_place_of_act(e, events, self.vocab)]
        events = [e for e in events if not _manner_of_act(e, events, self.vocab)]
        events = [e for e in events if not _gathering_for_meeting(e, events)]
        events = [e for e in events if not self._displaced_civilians(e, doc)]
        events += self._conditional_threats(doc, events)
        doc._.events = sorted(events, key=lambda e: e.trigger.start)
        return doc

    def _refused_permission(self, event: EventMention) -> EventMention:
        """ "would not allow U.S. troops to operate on its soil": permission withheld is a
        refusal, an asserted REJECT (PLOVER: refusing to allow), not a concession that did
        not happen ("will not unfreeze the funds" stays a negated CONCEDE)."""
        root = event.trigger.root
        if (
            event.type == "CONCEDE"
            and event.status == "negated"
            and root.lemma_.lower() in self.vocab.permission_verbs
        ):
            return replace(event, type="REJECT", mode=None, status="asserted")
        return event

    def _readiness_to_help(self, event: EventMention) -> EventMention:
        """ "is prepared to send 20,000 troops", "is ready to share intelligence": a party
        that says it stands ready to give aid or to cooperate expresses an intent to
        cooperate, which PLOVER codes as AGREE, stated now (the aid itself is not given)."""
        root = event.trigger.root
        adjective = root.head
        if (
            event.type not in READINESS_TYPES
            or root.dep_ != "xcomp"
            or adjective.dep_ != "acomp"
            or adjective.lemma_.lower() not in self.vocab.intent_adjectives
        ):
            return event
        negated = any(c.dep_ == "neg" for c in (*adjective.children, *adjective.head.children))
        return replace(
            event,
            type="AGREE",
            mode=None,
            status="negated" if negated else "asserted",
            source_branch=None,
        )

    def _decision_to_coerce(self, event: EventMention, events: list[EventMention]) -> bool:
        """ "EU leaders agreed to ban Belarusian airlines": agreeing among allies on a
        coercive act is no cooperation with its target; the act, planned, is the event.
        "Japan agreed to lift export curbs": agreeing to a concession is the concession, made
        as the agreement is (its status is the agreement's)."""
        verb = event.trigger.root
        if event.type != "AGREE" or verb.lemma_.lower() not in self.vocab.joint_decision_verbs:
            return False
        complements = {c.i for c in verb.children if c.dep_ in ("xcomp", "ccomp")}
        decided = False
        for other in events:
            if other.trigger.root.i not in complements:
                continue
            if other.type in AGREED_CONCESSION_TYPES:
                other.status = event.status
                decided = True
            decided = decided or other.type in JOINT_DECISION_TYPES
        return decided

    def _ultimatums(self, doc: Doc, events: list[EventMention]) -> list[EventMention]:
        """ "ordered the Afghans to leave by November 1 or face deportation": a demand with
        an "or face" alternative is an ultimatum, which PLOVER codes as THREATEN; the act
        threatened ("deportation") is only hypothetical."""
        threatened: set[int] = set()
        for n, event in enumerate(events):
            alternative = self._ultimatum_alternative(event)
            if alternative is None:
                continue
            start = next((c.i for c in alternative.head.children if c.dep_ == "cc"), alternative.i)
            events[n] = replace(
                event, type="THREATEN", mode=None, context=[], object=None,
                trigger=doc[min(start, alternative.i) : alternative.i + 1], status="asserted",
                confidence=self._confidence("THREATEN", self._threat_frame, event.source,
                                            event.target),
            )  # fmt: skip
            threatened |= {c.i for c in alternative.children if c.dep_ == "dobj"}
        for event in events:
            if event.trigger.root.i in threatened:
                event.status = "hypothetical"
        return events

    def _ultimatum_alternative(self, event: EventMention) -> Token | None:
        """The "face" of "... to leave or face deportation" on a request's demanded act."""
        verb = event.trigger.root
        if event.type != "REQUEST" or not _is_verb(verb):
            return None
        for demanded in verb.children:
            if demanded.dep_ not in ("xcomp", "ccomp"):
                continue
            if not any(c.dep_ == "cc" and c.lower_ == "or" for c in demanded.children):
                continue
            for alternative in demanded.children:
                if (
                    alternative.dep_ == "conj"
                    and alternative.lemma_.lower() in self.vocab.ultimatum_verbs
                ):
                    return alternative
        return None

    def _refers_back(self, event: EventMention, events: list[EventMention]) -> bool:
        """ "Gunmen assassinated the president ..., and his wife was wounded in the attack",
        "issued arrest warrants ...; Orban said the warrants would not be enforced": a bare
        definite event noun after an act of the same type names that act again."""
        noun = event.trigger.root
        if not _is_noun(noun) or len(event.trigger) > 1:
            return False
        if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in noun.children):
            return False
        if any(
            c.dep_ not in ("det", "amod", "punct") or c.lower_ in self.cues.modifiers
            for c in noun.children
        ):
            return False  # "the attack on the consulate", "the planned talks": an act of its own
        return any(
            e.type == event.type
            and e.status == "asserted"
            and e.trigger.root.i < noun.i
            and e.trigger.root.i not in {t.i for t in event.trigger}
            for e in events
        )

    def _displaced_civilians(self, event: EventMention, doc: Doc) -> bool:
        """ "forcing thousands of residents to flee": civilians fleeing are displaced, they
        do not retreat from a contest (PLOVER RETREAT is a party's withdrawal)."""
        if event.type != "RETREAT" or event.trigger.root.lemma_.lower() not in (
            self.vocab.displacement_verbs
        ):
            return False
        actors = doc._.actors or []
        source, target = event.source, event.target
        if source is None and target is not None and target < len(actors):
            # "the last rebels were evacuated from the city": fighters taken out withdraw
            return actors[target].sector not in ARMED_SECTORS
        return source is None or (source < len(actors) and actors[source].sector == "CVL")

    def _trip_for_talks(self, event: EventMention, events: list[EventMention]) -> bool:
        """ "flew to Brussels for a meeting with ...", "arrived in Cairo for talks": the trip
        is the way to the talks; the talks are the one CONSULT (gold conventions)."""
        verb = event.trigger.root
        if event.type != "CONSULT" or verb.lemma_.lower() not in self.vocab.trip_verbs:
            return False
        return any(
            other.type == "CONSULT"
            and _quantified(other.trigger.root).dep_ == "pobj"
            and _quantified(other.trigger.root).head.lower_ == "for"
            and _quantified(other.trigger.root).head.head.i == verb.i
            for other in events
        )

    def _conditional_threats(self, doc: Doc, events: list[EventMention]) -> list[EventMention]:
        """ "Hungary said it would block the renewal unless ...", "Turkey will launch an
        operation if ..., Erdogan said": a conflictual act announced on a condition the other
        side must meet is a threat (PLOVER THREATEN); the act stays hypothetical."""
        threats = [e for e in events if e.type == "THREATEN"]
        found: list[EventMention] = []
        for event in events:
            if event.type not in CONDITIONAL_THREAT_TYPES or event.status != "hypothetical":
                continue
            verb = _clause_verb(event.trigger.root)
            if verb is None:
                continue
            # "troops are ready to respond decisively": readiness to answer with force
            # deters like a condition ("prepared to strike" tells a plan, not a threat)
            retaliation = verb.lemma_.lower() in self.vocab.threat_verbs
            speech = self._readiness(verb) if retaliation and event.type in THREAT_TYPES else None
            if speech is None:
                if not self._announced_act(verb):
                    continue
                speech = _speech_head(verb, self.quote_cues.verbs)
                if speech is None or not self._has_condition(verb):
                    continue
            if any(t.trigger.root.i == speech.i for t in threats + found):
                continue
            found.append(
                replace(
                    event, type="THREATEN", mode=None, context=[], object=None,
                    trigger=doc[speech.i : speech.i + 1],
                    reported_by=None, status="asserted", source_branch=None, target_branch=None,
                    confidence=self._confidence("THREATEN", self._threat_frame, event.source,
                                                event.target),
                )
            )  # fmt: skip
        return found

    @staticmethod
    def _announced_act(verb: Token) -> bool:
        """The act is announced as one the speaker will do ("would block"), or, told of
        the speaker itself, as one it may do ("said he might halt exports if ...", "said it
        could block the renewal unless ..."): a possible act on a condition deters like a
        promised one; "analysts said Russia could attack if ..." is a forecast."""
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if modals & {"will", "would", "'ll"}:
            return True
        subj = child(verb, "nsubj")
        return bool(modals & {"might", "could", "may"}) and subj is not None and subj.pos_ == "PRON"

    def _readiness(self, verb: Token) -> Token | None:
        """ "troops were ready to respond decisively", "is prepared to strike": the word of
        readiness whose complement is the act of force (the threat is the readiness told)."""
        head = verb.head
        if (
            verb.dep_ == "xcomp"
            and head is not verb
            and head.lemma_.lower() in self.vocab.readiness_words
        ):
            return head
        return None

    def _done_in_exercise(self, event: EventMention, events: list[EventMention]) -> bool:
        """ "launched drills around Taiwan, sending warships and bombers", "held drills,
        firing cruise missiles": a move made during an exercise is an event of its own (gold
        lists both), unlike "ordered a mobilisation, calling up reservists"."""
        token = event.trigger.root
        if event.type != "MOBILIZE" or token.tag_ != "VBG" or token.dep_ != "advcl":
            return False
        exercises = {
            e.trigger.root.i
            for e in events
            if e.type == "MOBILIZE"
            and any(t.lemma_.lower() in self.vocab.exercise_nouns for t in e.trigger)
        }
        return token.head.i in exercises

    def _rehearsed(self, event: EventMention) -> bool:
        """ "drills to simulate a blockade", "rehearsing an invasion": a rehearsed act is no
        act."""
        token = event.trigger.root
        for _ in range(2):
            if token.dep_ not in ("dobj", "xcomp", "pobj", "pcomp") or token.head is token:
                return False
            token = token.head
            if token.lemma_.lower() in self.vocab.pretence_verbs:
                return True
        return False

    def _first_event(
        self, doc: Doc, fits: Iterable[Fit], actor_at: dict[int, int]
    ) -> tuple[EventMention | None, Fit | None]:
        """The event of the first frame that fits and yields an event (later frames are
        fallbacks: a frame that needs a target it cannot find gives way to the next)."""
        for fit in fits:
            event = self._event(doc, fit, actor_at)
            if event is not None:
                return event, fit
        return None, None

    # -- frames -----------------------------------------------------------------------
    def _own_act(self, fit: Fit, token: Token) -> bool:
        """ "dismissed the accusations", "denied the request", "gave in to the demands": the
        object of a rejection or a concession is a speech act of another party (ACCUSE,
        REQUEST, THREATEN), coded on its own as well; so is the act a threat or an
        accusation names as its object."""
        if fit.object_token is None or token.i != fit.object_token.i:
            return False
        frames = self.noun_frames.get(token.lemma_.lower(), ())
        if any(
            f.needs_governor
            and f.type != fit.frame.type
            and self._made_by_participle(token, f.needs_governor)
            for f in frames
        ):
            return True  # "respected the truce announced by Washington": its announcement too
        kinds = {f.type for f in frames}
        if fit.frame.type == "REJECT":
            return not kinds.isdisjoint(SPEECH_ACT_TYPES)
        if fit.frame.type == "CONCEDE":
            return not kinds.isdisjoint(YIELDED_TO_TYPES)  # "gave in to the demands"
        # "vowed more attacks on Israel", "linked Indian agents to the killing": the act
        # threatened or charged is listed as well (hypothetical, or asserted as reported)
        return fit.frame.type in ("THREATEN", "ACCUSE") and not kinds.isdisjoint(THREAT_TYPES)

    def _correct_verb_lemmas(self, doc: Doc) -> None:
        """The model lemmatises some verb forms wrongly ("staged" -> "stag", "waging" ->
        "wag"); the frames are indexed by the right lemma."""
        for token in doc:
            right = self.vocab.verb_lemmas.get(token.lemma_.lower())
            if right is not None and _is_verb(token):
                token.lemma_ = right

    def _verb_can_trigger(self, token: Token) -> bool:
        # "Russian-backed", "jailed leaders", "crisis-hit": a participle used as an adjective
        # describes a participant, it does not report an event of this sentence.
        if token.dep_ in ("amod", "compound") and token.tag_ in ("VBN", "VBG", "JJ"):
            # ... except a gerund the parser hung on its object ("accused X of massacring
            # civilians"): right after a preposition it is the act, not a modifier
            gerund = (
                token.tag_ == "VBG"
                and token.i > 0
                and token.doc[token.i - 1].dep_ == "prep"
                and token.head.dep_ == "pobj"
            )
            if not gerund:
                return False
        if self._mediation_of_event_noun(token) or self._describes_event_noun(token):
            return False
        if self._agreement_made_in_relative(token):
            return False
        if token.dep_ == "relcl" and self._in_background(token.head):
            return False  # "since the armistice that halted the fighting": a past act recalled
        return not self._casualty_of_attack(token) and not self._non_agent_subject(token)

    def _in_absentia(self, verb: Token) -> bool:
        """ "sentenced Sheikh Hasina to death in absentia": the sentence jails no one."""
        return any(t.lower_ in self.vocab.absentia_words for t in verb.subtree)

    def _agreement_made_in_relative(self, verb: Token) -> bool:
        """ "under a deal Rome struck with Tirana", "the accord they reached": a relative
        clause whose object is the agreement noun before it makes the agreement; "struck" is
        no attack."""
        if verb.dep_ != "relcl" or child(verb, "dobj") is not None:
            return False
        subject = child(verb, "nsubj")
        return (
            subject is not None
            and subject.lower_ not in RELATIVE_PRONOUNS
            and verb.head.lemma_.lower() in self.vocab.agreement_nouns
        )

    def _mediation_of_event_noun(self, token: Token) -> bool:
        """ "talks mediated by Qatar": the mediator is a participant of the talks (``others``),
        not a second event; the noun's own frame codes the one CONSULT."""
        if token.lemma_.lower() not in self.vocab.mediation_verbs:
            return False
        if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in self.noun_frames:
            return True
        if token.tag_ != "VBN" or agent(token) is None or child(token, "nsubj", "aux") is not None:
            return False  # (only a reduced passive "brokered by X" can be misattached)
        if token.dep_ == "advcl":
            # "signed a deal in Istanbul brokered by Turkey": the parser hangs the
            # participle on the verb whose object the event noun is
            return any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.noun_frames
                for c in token.head.children
            )
        # "a truce between Israel and Hamas brokered by Qatar", "talks at Istanbul's palace,
        # hosted by Erdogan": hung on a noun inside a phrase of the event noun
        phrase_links = ("pobj", "prep", "conj", "poss", "compound", "appos")
        above = list(_heads_through(token.head, phrase_links, 5))[1:]
        return any(_is_noun(n) and n.lemma_.lower() in self.noun_frames for n in above)

    def _describes_event_noun(self, token: Token) -> bool:
        """ "an air strike widely attributed to Israel", "a bombing blamed on the rebels": a
        past participle of attribution with no doer on an event noun describes that event (a
        doer makes it an act of its own: "an attack that Moscow blamed on Kyiv")."""
        return (
            token.lemma_.lower() in self.vocab.attribution_verbs
            and token.dep_ == "acl"
            and token.tag_ == "VBN"
            and agent(token) is None
            and _is_noun(token.head)
            and token.head.lemma_.lower() in self.noun_frames
        )

    def _casualty_of_attack(self, token: Token) -> bool:
        """ "Two people were killed in a clash", "..., killing 59 people": the casualties of an
        attack coded elsewhere are not a second event; only an actor killing is."""
        if token.lemma_.lower() not in self.vocab.casualty_verbs:
            return False
        if is_passive(token) and agent(token) is None:
            return True
        head = token.head
        subj = child(token, "nsubj")
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            subj = head  # "an air strike on a camp that killed dozens"
        # ("fired rockets after Israel killed a commander": a clause with a subject of its
        # own reports an act of its own)
        if token.dep_ in ("advcl", "conj", "xcomp") and head is not token and subj is None:
            if head.lemma_.lower() in self.vocab.accident_verbs:
                return True  # "the jet crashed near Aktau, killing 38": no one attacked
            if any(f.frame.type == "ASSAULT" for f in self._verb_fits(head)):
                return True
            # "struck a boat that Trump said was carrying drugs, killing 11": the participle
            # hangs on the nearest verb, inside a relative clause on the attack's object
            return token.tag_ == "VBG" and self._attack_above(head)
        return (
            subj is not None
            and subj.lemma_.lower() in self.vocab.event_nouns
            and not self._fired_weapon(subj)
        )

    def _fired_weapon(self, subj: Token) -> bool:
        """ "A U.S. drone killed Soleimani", "an Israeli missile killed five": a weapon (an
        event noun that is no event frame of its own) whose modifier names a party is that
        party's instrument, so the killing is its attack; "the blast killed" stays a
        casualty."""
        return subj.lemma_.lower() not in self.noun_frames and any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in PARTY_ENTITY_LABELS
            for c in subj.children
        )

    def _attack_above(self, token: Token) -> bool:
        """An attack verb a few links above ``token`` (the parser hangs a casualty participle
        on the nearest verb, which may sit in a relative clause on the attack's object)."""
        for _ in range(4):
            if token.head is token:
                return False
            token = token.head
            if _is_verb(token) and any(f.frame.type == "ASSAULT" for f in self._verb_fits(token)):
                return True
        return False

    def _non_agent_subject(self, token: Token) -> bool:
        """ "Shares rallied", "rains pounded": a subject that cannot act politically."""
        subj = child(token, "nsubj")
        if subj is None and token.dep_ == "acl" and token.tag_ == "VBG":
            subj = token.head  # "sanctions targeting Russia's defence sector"
        if subj is None:
            subj = agent(token) if is_passive(token) else None  # "threatened by rising seas"
        if subj is None:
            subj = _participle_clause_subject(token)  # "rains pounded ..., cutting power"
        if subj is None:
            return False
        if subj.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lemma_.lower() in self.vocab.hazard_titles
            for c in subj.children
        ):
            return True  # "Typhoon Haiyan pounded the Philippines": a storm's name
        if subj.lower_ in ("that", "which") and token.dep_ == "relcl":
            subj = token.head  # "facilities that supported the arms industry"
        if subj.like_num or subj.lemma_.lower() in QUANTITY_NOUNS:
            subj = next(prep_objects(subj, "of"), subj)  # "thousands of fans stormed"
        if any(
            c.dep_ in ("det", "predet") and c.lower_ in PARTY_DETERMINERS for c in subj.children
        ):
            return False  # "neither side respected the truce": the parties to a conflict
        if self._non_event_modified(subj):
            return True  # "a strike of lightning set a barn alight"
        if self._political_following(subj):
            return False  # "his supporters set fire to a barracks"
        return not self.vocab.non_agents.isdisjoint(_lemma_forms(subj))

    def _political_following(self, subj: Token) -> bool:
        """ "his supporters", "Khan's supporters", "supporters of former President Bolsonaro":
        people named by whom they follow, a person or a party (not "the club's supporters",
        "supporters of the team"), act politically."""
        leaders = [c for c in subj.children if c.dep_ == "poss"]
        leaders += [g for g in prep_objects(subj, "of") if g.pos_ != "PRON"]
        return any(
            (c.pos_ == "PRON" or c.ent_type_ in ("PERSON", "NORP", "ORG"))
            and self.vocab.non_agents.isdisjoint(_lemma_forms(c))
            for c in leaders
        )

    def _in_background(self, noun: Token) -> bool:
        """ "since the invasion", "since the start of the war", "on the second anniversary of
        the invasion": a past event recalled, not this report."""
        head = noun.head
        chain = [noun, head, head.head]
        if any(
            t.lower_ in self.vocab.background_preps and t.dep_ in ("prep", "advmod", "mark")
            for t in chain
        ):
            return True
        marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
        if not marks.isdisjoint(self.vocab.background_preps) and not (
            # "..., before Zuniga ordered a pullback": the next act told in order, done by
            # the clause's subject; "since Russia launched its invasion" recalls background
            "since" not in marks and noun.dep_ == "dobj" and head.tag_ == "VBD"
        ):
            return True
        return (
            noun.dep_ == "pobj"
            and head.lower_ in ("of", "about", "on")
            and head.head.lemma_.lower() in self.vocab.background_nouns
        )

    def _of_an_earlier_year(self, noun: Token) -> bool:
        """ "the 2014 annexation" in a 2024 story, "during last year's crackdown": an event
        dated to a year before the publication year is recalled, not reported."""
        published = pub_date(noun.doc)
        for c in noun.children:
            if c.dep_ in ("compound", "nummod", "amod", "poss", "npadvmod"):
                if c.lemma_.lower() == "year" and any(
                    a.lower_ in self.vocab.past_year_words for a in c.children
                ):
                    return True
                digits = c.text.removesuffix("'s")
                if published and len(digits) == 4 and digits.isdigit():
                    return int(digits) < published.year
        return False

    def _halted(self, noun: Token) -> bool:
        """ "a 30-day pause in strikes", "an end to the shelling": what is halted is no event
        of its own (the halt may be, when a verb codes it)."""
        head = noun.head
        return (
            noun.dep_ == "pobj"
            and head.lower_ in ("in", "of", "to", "on")
            and head.head.lemma_.lower() in self.vocab.halt_nouns
        )

    def _noun_can_trigger(self, token: Token) -> bool:
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            return False
        if token.ent_type_ in ("DATE", "TIME"):
            return False  # "opened in March": a month, not a march
        if self._setting_of_other(token) or self._topic_of_other(token):
            return False
        head = token.head
        if self._in_background(token) or self._of_an_earlier_year(token):
            return False
        verb = _governing_verb(token)
        if verb is not None and verb.dep_ == "relcl" and self._in_background(verb.head):
            return False  # "since the armistice that halted the fighting"
        # "called it a terrorist attack", "condemned as an attack on ...": a label
        existential = token.dep_ == "attr" and child(head, "expl") is not None  # "there were"
        # ("as tens of thousands rally in Minsk": a noun with a subject of its own is the
        # verb of a clause the parser read as a phrase)
        if (token.dep_ in ("attr", "oprd") and not existential) or (
            token.dep_ == "pobj"
            and head.lower_ == "as"
            and head.dep_ == "prep"
            and child(token, "nsubj") is None
        ):
            return False
        # "one of the deadliest attacks": a comparison with other events
        return not (
            token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("one", "some")
        )

    def _setting_of_other(self, noun: Token) -> bool:
        """ "the summit's host city", "the meeting's agenda", "on the sidelines of the
        summit", "talk of a possible offensive": the noun names the setting or subject of
        something else, not an event this sentence reports."""
        lemma = noun.lemma_.lower()
        if lemma in self.vocab.setting_nouns and noun.dep_ == "poss":
            return True  # "the summit's host city"
        head = noun.head
        if (
            noun.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in self.vocab.venue_nouns
        ):
            return True  # "on the sidelines of the summit"
        return lemma in self.vocab.hearsay_nouns and any(
            c.dep_ == "prep" and c.lower_ in ("of", "about") for c in noun.children
        )  # "talk of a possible offensive"

    def _topic_of_other(self, noun: Token) -> bool:
        """ "protests against the mobilisation", "discussions on military cooperation", "a
        row over the killing": the event noun is what another noun is about (the noun's
        own phrase, not a verb's: "protested against the ramming" reports the ramming)."""
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            # (an act with its doer named is reported: the parser may hang "blamed the
            # absence of talks on Russia's demand" on the talks)
            and child(noun, "poss") is None
            and prep.lower_ in self.vocab.topic_preps
            and prep.dep_ == "prep"
            and _is_noun(prep.head)
            and prep.head.lemma_.lower() in self.vocab.topic_nouns
        )

    def _verb_fits(self, token: Token) -> list[Fit]:
        fits = []
        for frame in self.verb_frames.get(token.lemma_.lower(), ()):
            fit = self._fit_constraints(frame, token)
            if fit:
                fits.append(fit)
        return fits

    def _fit_constraints(self, frame: Frame, token: Token) -> Fit | None:
        fit = Fit(frame, token)
        if any(
            c.dep_ in ("prt", "advmod") and c.lower_ in self.vocab.meaning_particles
            and c.lower_ not in frame.preps
            for c in token.children
        ):  # fmt: skip
            return None  # "backed away from": another verb than "back"
        if token.lemma_.lower() in self.vocab.naming_verbs:
            predicate = child(token, "oprd") or _predicate_of_relative(token)
            if predicate is not None and not _names_with(predicate, frame.objects):
                return None  # "called the protests a provocation" (not "called it a war crime")
        if frame.objects:
            # "agreed to slash tariffs": the object of a promised act is not the promise's
            # a request's object is what is asked for, never the object of an aim
            # ("seeks to host talks" is no request for talks)
            through_complement = (
                token.lemma_.lower() not in self.vocab.absorbing_governors
                and frame.type != "REQUEST"
            )
            obj = _object_with_lemma(
                token,
                frame.objects,
                through_complement,
                frame.object_preps,
                self.vocab.adjunct_preps,
                self.vocab.breach_nouns,
            )
            if obj is None:
                return None
            if frame.requires_modifier and not _has_modifier(obj, frame.requires_modifier):
                return None
            if self._non_event_modified(obj):
                return None  # "launched a charm offensive"
            if not (token.dep_ == "conj" and obj.head.i == token.head.i):
                fit.extra.append(obj)  # (a pronoun's antecedent stays out of the trigger)
            fit.object_token = obj
        if frame.preps:
            # The parser often hangs the preposition on the object: "launched 120 missiles
            # and 90 drones at Ukraine" puts "at" under "drones".
            particle = next(
                (
                    c
                    for head in (token, *_with_conjuncts(fit.object_token))
                    for c in head.children
                    if (
                        c.dep_ in (("prep", "prt", "agent") if head is token else ("prep",))
                        or (head is token and c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)
                    )
                    and c.lower_ in frame.preps
                    and not _time_phrase(c)
                ),
                None,
            )
            if particle is None:
                return None
            if particle.dep_ in ("prt", "advmod"):
                fit.extra.append(particle)
        if frame.complement and not any(_is_complement(c) for c in token.children):
            return None
        if (
            frame.requires_modifier
            and not frame.objects
            and not _has_modifier(token, frame.requires_modifier)
        ):
            return None  # without objects the verb has it ("jointly developed", "set free")
        if frame.complements and not _has_complement(token, frame.complements):
            return None
        if frame.not_objects and _direct_object_in(token, frame.not_objects):
            return None
        if frame.object_entity and not _object_is_entity(token, frame.object_entity):
            return None
        if frame.subjects and not _subject_is(token, frame.subjects):
            return None
        return fit

    def _made_by(self, noun: Token, verbs: frozenset[str]) -> bool:
        """The noun is the object of one of ``verbs`` ("signed a truce"), or one of them is
        its past participle ("a truce announced by Washington", "under a treaty signed in
        Apia"): either way the text reports the act that made it."""
        return noun.head.lemma_.lower() in verbs or self._made_by_participle(noun, verbs)

    def _made_by_participle(self, noun: Token, verbs: frozenset[str]) -> bool:
        """ "a truce announced by Washington", "after a deal brokered by Minsk"."""
        return any(
            c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs for c in noun.children
        )

    def _non_event_modified(self, noun: Token) -> bool:
        """ "a bird strike", "lightning strikes", "a strike of lightning", "a news conference"."""
        return any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.vocab.non_event_modifiers
            for c in noun.children
        ) or _of_object_in(noun, self.vocab.non_event_modifiers)

    def _noun_fits(self, token: Token) -> list[Fit]:
        lemma, prefix = self._noun_lemma(token)
        fits: list[Fit] = []
        # "a bird strike", "lightning strikes", "a news conference": no political event,
        # unless a modifier a frame asks for makes it one ("a joint news conference")
        dismissed = self._non_event_modified(token)
        if any(
            c.dep_ == "poss" and not self.vocab.non_agents.isdisjoint(_lemma_forms(c))
            for c in token.children
        ):
            return fits  # "the team's attack", "the market's rally": no party acts
        for frame in self.noun_frames.get(lemma, ()):
            if dismissed and not frame.requires_modifier:
                continue
            if frame.requires_modifier and not (
                _has_modifier(token, frame.requires_modifier)
                or _of_object_in(token, frame.requires_modifier)
                # "bans on grain imports" says what "import bans" says: a restriction's "on"
                # phrase names what is restricted
                or (frame.type == "SANCTION" and _on_object_in(token, frame.requires_modifier))
            ):
                continue
            if frame.needs_governor and not self._made_by(token, frame.needs_governor):
                continue
            if token.head.dep_ == "conj" and token.head.lower_ == "without":
                continue  # "with or without a deal": no event either way
            if frame.heads and token.head.lemma_.lower() not in frame.heads:
                continue
            fits.append(Fit(frame, token, extra=list(prefix)))
        return fits

    def _noun_lemma(self, token: Token) -> tuple[str, list[Token]]:
        """The noun's lemma, and the tokens before its last part when it is a hyphenated
        event noun the tokenizer split ("sit-in" is "sit", "-", "in"; "a military build-up",
        "counter-sanctions"); a hyphenated word no frame names keeps its last part's lemma
        ("anti-government unrest")."""
        lemma = token.lemma_.lower()
        doc, i = token.doc, token.i
        if (
            i >= 2
            and doc[i - 1].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_
            and doc[i - 2].is_alpha
        ):
            joined = f"{doc[i - 2].lower_}-{lemma}"
            if joined in self.noun_frames:
                return joined, [doc[i - 2], doc[i - 1]]
        return lemma, []

    def _absorbed(self, event: EventMention, threats: set[int], orders: set[int]) -> bool:
        """Acts inside a request, promise or refusal that the gold conventions (and PLOVER)
        code through the governing verb alone: "urged X to free ..." is one REQUEST."""
        token = event.trigger.root
        if self._agreement_content(token) and not _agreement_takes_effect(event):
            return True  # "an agreement under which Canberra will fund ..."
        if token.dep_ == "dobj" and token.head.lemma_.lower() in self.vocab.halt_verbs:
            return False  # "urged Ankara to halt the shelling": the shelling goes on
        conditional = False  # inside a condition of the governed act
        for _ in range(4):
            if token.dep_ == "conj" and token.head is not token:
                token = token.head  # "consented to disband ... and hand over ..."
            if token.dep_ == "advcl" and self._is_condition(token):
                conditional = True  # "pledging to come to each other's aid if either is
                token = token.head  # attacked": a term of the promise
                continue
            if token.dep_ not in ("xcomp", "ccomp", "pobj", "pcomp", "dobj", "acl") and not (
                token.dep_ == "advcl" and _to_infinitive(token)
            ):
                return False
            if (
                token.i == event.trigger.root.i
                and token.dep_ == "acl"
                and token.tag_ in ("VBN", "VBG")
                and child(token, "aux") is None
                and not (
                    token.tag_ == "VBG"
                    and token.head.lemma_.lower() in self.vocab.absorbing_governors
                )
            ):
                # "free protesters detained during the crackdown": a done act; but "an
                # agreement establishing a joint fund" says what the agreement promises
                return False
            if token.head is token:
                return False
            head = token.head
            if head.dep_ == "prep" and token.dep_ in ("pobj", "pcomp"):
                if head.lower_ not in COMPLEMENT_PREPS:
                    return False
                head = head.head
            lemma = head.lemma_.lower()
            if conditional:
                # the condition of a threat or of a request is an event of its own ("threatened
                # to cut off gas if Chisinau refused to pay"); that of a promise is its terms
                return head.i not in threats and lemma in self.vocab.commissive_threats
            if head.i in threats:
                # the threatened act is kept, as hypothetical; "refused to rule out force"
                # is the threat itself, its "rule out" no rejection
                return event.type == "REJECT"
            if lemma in self.vocab.joint_decision_verbs and event.type in (
                *JOINT_DECISION_TYPES,
                *AGREED_CONCESSION_TYPES,
            ):
                return False  # "agreed to ban Belarusian airlines": the ban is the event
            if (
                lemma in self.vocab.absorbing_governors
                and not _cancelling_particle(head)
                and not self._fronted_named_clause(token, head)
            ):
                # ("called off a visit": a cancelled act is coded, negated)
                # "approved Poroshenko's request to impose martial law": granted, so done
                return not (
                    _is_noun(head)
                    and head.dep_ in ("dobj", "nsubjpass")
                    and head.head.lemma_.lower() in self.vocab.granting_verbs
                )
            if (
                head.i in orders
                and lemma in self.vocab.command_verbs
                and token.dep_ == "xcomp"
                and token.i == event.trigger.root.i
            ):
                return True
            if lemma in self.vocab.refusal_governors and token.dep_ in ("xcomp", "ccomp"):
                return not self.ontology.quad(event.type).startswith("material")
            if token.dep_ in ("xcomp", "ccomp") and self._withholds_permission(head):
                return True  # "would not allow U.S. troops to carry out operations"
            if token.dep_ in ("xcomp",) and lemma in self.cues.governors:
                return False
            token = head
        return False

    def _fronted_named_clause(self, clause: Token, verb: Token) -> bool:
        """ "Pakistan handed back a captured pilot, a gesture Khan called a sign of peace": the
        parser hangs the clause before a naming verb on it; what is named is told, not asked
        for (a request's act follows the request)."""
        return (
            clause.dep_ == "ccomp"
            and clause.i < verb.i
            and verb.lemma_.lower() in self.vocab.naming_verbs
        )

    def _agreement_content(self, verb: Token) -> bool:
        """An act an agreement provides for: a clause on the agreement noun ("a pact under
        which X will ...", "a framework for Syria to hand over ...", "an understanding to stop
        targeting ...") or a participle on a verb that made it ("inked a memorandum granting
        it access"). A clause in the past ("the deal under which troops withdrew") reports a
        done act and is kept."""
        if not _is_verb(verb):
            return False
        nouns = self.vocab.agreement_nouns
        for _ in range(3):
            if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
                verb = verb.head  # "will fund and train", "to stop targeting"
        if verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" for c in verb.children):
            return False
        head = verb.head
        if verb.dep_ in ("relcl", "acl", "advcl") and head.lemma_.lower() in nouns:
            return _is_noun(head)
        # a clause the parser hangs on the verb that made the agreement ("struck a deal for
        # Egypt to supply fuel"); after a comma a participle is a free adjunct on the signer
        # ("clinched a pact, brushing aside warnings")
        return (
            verb.dep_ == "advcl"
            and (
                _to_infinitive(verb)
                or (verb.tag_ == "VBG" and verb.doc[max(verb.left_edge.i - 1, 0)].text != ",")
            )
            and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in head.children)
        )

    # -- arguments ----------------------------------------------------------------------
    def _event(self, doc: Doc, fit: Fit, actor_at: dict[int, int]) -> EventMention | None:
        frame, trigger = fit.frame, fit.trigger
        resolve = DeepActorLookup(actor_at, self.vocab.relational_nouns)
        if frame.pos == "verb":
            sources, targets = self._verb_arguments(fit, resolve)
        else:
            sources, targets = self._noun_arguments(fit, resolve)
        places = _place_actors(doc)
        sources = [s for s in sources if s is not None and s not in places]
        targets = [t for t in targets if t is not None and t not in sources]
        if frame.type == "CONSULT":
            # "spoke to reporters": the press is an audience, not a party to talks
            targets = [t for t in targets if not _is_audience(t, doc)]
        if frame.type in PLACE_LEFT_TYPES:
            targets = [t for t in targets if t not in places]  # "withdrew from Kherson"
        if frame.mode == "withdraw" and frame.type != "SANCTION":
            # ("halted talks with Washington", "recalled its envoy from Moscow": a sanction's
            # capital is the government it is aimed at)
            targets = [t for t in targets if not _capital_left(t, trigger, doc)]
        if frame.mode == "withdraw" and sources:
            targets = [t for t in targets if not _home_state(sources[0], t, doc)]
        if (
            frame.needs_target
            and not targets
            and not (frame.symmetric and len(sources) > 1)
            and not self._threatened_act_noun(trigger)
        ):
            return None  # ("Trump and Putin spoke": each is the other's party)
        if frame.needs_source and not sources:
            return None
        if (
            frame.complement_actor
            and not targets
            and not _complement_has_actor(trigger, resolve)
            and not self._complement_threatens(trigger)
        ):
            return None
        if frame.complement_actor and not targets:
            # "warned that Tehran would pay": Tehran is whom the threat is aimed at
            targets = self._retribution_party(trigger, resolve)
            if not targets and _third_party_act(trigger, sources, resolve, doc):
                return None  # "Stoltenberg warned that Russia could attack": a warning, no threat
        if self._refuses_to_speak(fit):
            return None  # "declined to comment", "refused to confirm": no rejection
        if self._names_a_risk(fit):
            return None  # "fighting that threatens the safety of civilians": no threat made
        if self._commands_own_forces(fit, sources, targets, doc):
            return None
        if _journey_not_visit(frame, sources, doc):
            return None
        if self._contest_or_market(fit):
            return None  # "withdrew from the race", "shares were hit by the news"
        skip = set(sources)
        if sources and frame.type in OWN_FORCES_TYPES:
            # "Poland moved troops to its border": the troops moved are not the target
            skip |= {t for t in range(len(doc._.actors or [])) if _own_forces(sources[0], t, doc)}
            targets = [t for t in targets if t not in skip]
        placed = False
        if not targets and frame.type in PLACE_TARGET_TYPES and not frame.symmetric:
            targets = self._place_target(fit, resolve, skip)
            placed = bool(targets)
            if sources and frame.type in OWN_FORCES_TYPES:
                # "In Seoul, Moon ordered a live-fire drill": a move on home ground aims at no one
                home = (doc._.actors or [])[sources[0]].country
                targets = [t for t in targets if not (home and places.get(t) == home)]
        targets = [t for t in targets if t not in places or places[t] is not None]
        hosts: list[int] = []
        parties = self._hosted_parties(fit, resolve)
        if len(parties) > 1:
            # "Qatar seeks to host talks between Washington and the Taliban": the parties
            # talk; the host is a third party
            hosts = [s for s in sources if s not in parties]
            sources, targets = parties[:1], parties[1:]
        if len(sources) > 1 and frame.symmetric and targets and all(t in places for t in targets):
            # "Indonesia and Singapore resumed flights between Jakarta and the city-state": the
            # places link the two parties; the second one is the counterpart
            targets = sources[1:2]
        if len(sources) > 1 and targets and not hosts and self._target_read_loosely(fit, resolve):
            # "Myanmar and Bangladesh struck a deal for the return of Rohingya refugees": the
            # second party of a joint act is its counterpart, not someone its object names
            targets = [sources[1], *targets]
        source = sources[0] if sources else None
        others = [s for s in sources[1:] if s is not None and s not in targets] + hosts
        symmetric = frame.symmetric and bool(sources) and (len(sources) > 1 or bool(targets))
        if not targets and frame.symmetric and len(sources) > 1:
            targets, others = [sources[1]], sources[2:]
        if targets and not symmetric:
            targets = _state_of_unknown(targets, sources, trigger, doc)
        target = targets[0] if targets else None
        others += [t for t in targets[1:] if t is not None and t not in others]
        others += [m for m in self._mediators(fit, resolve) if m not in (source, target)]
        event_type, mode = frame.type, frame.mode
        status = self._status(fit)
        if self._promises_conflict(fit):
            event_type, mode = "THREATEN", None
        elif self._keeps_force_open(fit):
            event_type, mode, status = "THREATEN", None, "asserted"
        words = sorted({trigger.i, *(t.i for t in fit.extra)})
        trigger_span = doc[words[0] : words[-1] + 1]
        event = EventMention(
            type=event_type, mode=mode, context=list(frame.context),
            trigger=trigger_span, evidence=trigger.sent,
            source=source, target=target, others=others,
            source_branch=self._acting_branch(event_type, frame, source, doc),
            target_branch=self._acting_branch(event_type, frame, target, doc) if symmetric else None,
            object=self._object(doc, fit, actor_at),
            status=status,
            reported_by=self._reporter(trigger, resolve, doc),
            confidence=self._confidence(event_type, frame, source, target),
            symmetric=symmetric,
            target_state=_domestic_target(event_type, source, target, trigger, doc),
        )  # fmt: skip
        if frame.type in CIVILIAN_TARGET_TYPES:
            civilians = self._civilian_ground(fit, target, source, doc, placed)
            if civilians is not None:
                event.target, event.target_state, event.target_branch = None, civilians, "CVL"
        if source is None:
            organ = _unnamed_organ(event, doc) or _unnamed_protesters(event, doc)
            if organ is not None:
                event.source_state, event.source_branch = organ
        return event

    def _civilian_ground(
        self, fit: Fit, target: int | None, source: int | None, doc: Doc, placed: bool
    ) -> str | None:
        """ "struck a cafe in the village of Hroza", "hacked villagers to death in Ituri": an
        attack on civilians or a civilian place that names no actor as its target hits the
        civilians of the country of the place named with it (gold conventions); so does one
        whose target is only the state the place lies in ("abducted schoolgirls in Nigeria's
        Borno state") or a named civilian place ("stormed the Hayat Hotel in Mogadishu"). With
        no place named, police, criminals and rebels act at home ("police killed 19 people").
        The country, else None."""
        actors = doc._.actors or []
        if target is not None and not (
            actors[target].kind == "location"
            or (placed and actors[target].kind == "state")
            or self._civilian_place(actors[target].name)
        ):
            return None
        trigger = fit.trigger
        patients: list[Token] = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if fit.object_token is not None:
            patients.append(fit.object_token)
        for preposition in ("on", "at", "against", "of"):
            patients += prep_objects(trigger, preposition)
        if fit.frame.pos == "verb":
            patients += self._dispersed(trigger)  # "fired tear gas to break up crowds"
        patients += [c for p in patients for c in p.conjuncts]
        # "torched dozens of homes", "fired tear gas at thousands of supporters"
        patients += [o for p in patients for o in prep_objects(p, "of")]
        if not any(p.lemma_.lower() in self.vocab.civilian_patients for p in patients):
            return None
        if target is not None and actors[target].kind != "organization":
            return actors[target].country
        country = _sentence_country(trigger, doc, places_only=True)
        if country is None and target is not None:
            country = actors[target].country
        if country is None and source is not None and actors[source].sector in HOME_SECTORS:
            country = actors[source].country
        return country

    def _comments_on_clauses(
        self, doc: Doc, events: list[EventMention], actor_at: dict[int, int]
    ) -> None:
        """ "Algeria cut ties with Morocco, a decision Rabat decried", "Rebels torched a
        hospital, the government said, an accusation the rebels rejected": a judgement or an
        answer in a relative clause on a noun that sums up the clause before the comma is
        aimed at the doer of that clause's act, or at the speaker who claimed it; a claim noun
        there is that speaker's claim against whoever answers it."""
        resolve = DeepActorLookup(actor_at, self.vocab.relational_nouns)
        for event in events:
            comment = self._comment_noun(event.trigger.root)
            if comment is None:
                continue
            noun, answerer = comment
            claim = noun.lemma_.lower() in self.vocab.comment_claim_nouns
            summed = self._summed_up_party(noun, claim, resolve)
            if event.trigger.root.i == noun.i:
                if claim and event.source is None and summed is not None:
                    event.source = summed
                    answerers = [a for a in resolve.all(answerer) if a != summed]
                    event.target = (
                        event.target if event.target is not None else next(iter(answerers), None)
                    )
            elif event.target is None and summed is not None and summed != event.source:
                event.target = summed

    def _comment_noun(self, word: Token) -> tuple[Token, Token] | None:
        """The summing-up noun of ", a move X condemned" for the verb "condemned" or the noun
        "move" itself, with X; None when the word is in no such phrase."""
        sentence = word.sent
        for i in range(max(sentence.start, word.i - 8), word.i + 1):
            doc = word.doc
            if i + 2 >= sentence.end or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
                continue
            noun = doc[i + 2]
            lemma = noun.lemma_.lower()
            if lemma not in self.vocab.comment_act_nouns | self.vocab.comment_claim_nouns:
                continue
            verb = word if word.i != noun.i else None
            if verb is None:
                verb = next((t for t in doc[i + 3 : sentence.end] if _is_verb(t)), None)
            if verb is None or verb.i <= noun.i:
                return None
            answerer = child(verb, "nsubj")
            if answerer is None or answerer.i <= noun.i:
                return None
            return noun, answerer
        return None

    def _summed_up_party(self, noun: Token, claim: bool, resolve: ActorLookup) -> int | None:
        """The doer of the act before the comma (a move, a decision), or for a claim the
        speaker who made it ("..., the government said, an accusation ..."), else its doer."""
        before = [t for t in noun.sent if t.i < noun.i - 2]
        verbs = [t for t in before if _is_verb(t) and child(t, "nsubj", "nsubjpass") is not None]
        speakers = [v for v in verbs if v.lemma_.lower() in self.quote_cues.verbs]
        doers = [v for v in verbs if v not in speakers]
        for verb in (speakers[-1:] if claim else []) + doers[:1]:
            found = resolve.all(agent(verb) if is_passive(verb) else child(verb, "nsubj"))
            if found:
                return found[0]
        return None

    def _dispersed(self, verb: Token) -> list[Token]:
        """ "fired tear gas to break up crowds in Maputo", "used water cannon to disperse
        protesters": the object of a purpose of dispersal."""
        return [
            obj
            for clause in verb.children
            if clause.dep_ in ("advcl", "xcomp")
            and clause.lemma_.lower() in self.vocab.dispersal_verbs
            and _to_infinitive(clause)
            for obj in clause.children
            if obj.dep_ == "dobj"
        ]

    def _what_it_called(self, verb: Token) -> list[Token]:
        """ "struck what it called terrorist infrastructure at nine sites in Pakistan": the
        parser hangs the thing named, and its place, on the naming verb of a free relative;
        that verb and what it names stand for the object."""
        found: list[Token] = []
        for clause in verb.children:
            if (
                clause.dep_ == "ccomp"
                and clause.lemma_.lower() in self.vocab.naming_verbs
                and any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)
            ):
                found.append(clause)
                found += [c for c in clause.children if c.dep_ in ("oprd", "attr")]
                found += prep_objects(clause, "as")
        return found

    def _civilian_place(self, name: str) -> bool:
        """A named organisation that is a civilian place ("the Hayat Hotel", "Al-Shifa
        Hospital"): its last word is a civilian patient."""
        words = name.split()
        return bool(words) and words[-1].lower() in self.vocab.civilian_patients

    def _contest_or_market(self, fit: Fit) -> bool:
        """ "withdrew from the presidential race", "beat Argentina 2-0 in the final": a
        contest, not a conflict; "shares were hit", "hammered exporters", "cracked down on
        costs": markets and budgets, not targets of force."""
        if fit.frame.type not in FORCE_TYPES:
            # "fired a warning shot at markets": a show of force aimed at markets is a metaphor
            return fit.frame.pos == "verb" and self._market_patient(fit)
        if fit.frame.pos == "noun":
            # "a bruising battle for suburban votes" (not "arrests over the election": a
            # dispute over an election can be fought with force)
            return any(
                g.lemma_.lower() in self.vocab.contest_nouns
                for g in prep_objects(fit.trigger, "for")
            )
        verb = fit.trigger
        # ("police fired tear gas at fans after the match": a circumstance, not the act)
        skip = self.vocab.adjunct_preps | self.vocab.circumstance_preps | {"at"}
        if any(
            g.lemma_.lower() in self.vocab.contest_nouns for g in _prep_objects_deep(verb, skip)
        ) or _has_score(verb):
            return True
        # (common nouns only, outside the subject: "the Arab League", "the final assault")
        if any(
            t.lemma_.lower() in self.vocab.sport_words and t.pos_ == "NOUN"
            for t in _clause_words(verb, skip)
        ):
            return True  # "fought off two championship points to beat Federer"
        return self._market_patient(fit)

    def _market_patient(self, fit: Fit) -> bool:
        """ "shares were hit", "fired its latest salvo against inflation": the act of force
        is aimed at markets or the economy."""
        if fit.frame.type not in MARKET_SENSE_TYPES:
            return False
        verb = fit.trigger
        patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        heads = [verb, *patients]
        patients += [g for h in heads for p in ("at", "against", "on") for g in prep_objects(h, p)]
        return any(p.lemma_.lower() in self.vocab.market_nouns for p in patients)

    def _target_read_loosely(self, fit: Fit, resolve: ActorLookup) -> bool:
        """A symmetric verb frame whose target was not found where the frame says ("with
        Iran", "between A and B") but guessed from its object's wording."""
        if not fit.frame.symmetric or fit.frame.pos != "verb":
            return False
        return not any(self._target(spec, fit.trigger, fit, resolve) for spec in fit.frame.target)

    def _hosted_parties(self, fit: Fit, resolve: ActorLookup) -> list[int]:
        """The parties of talks or a truce that the subject hosts or brokers ("host talks
        between A and B", "brokered a truce between A and B"), else nothing."""
        if (
            fit.frame.type not in ("CONSULT", "AGREE")
            or fit.frame.pos != "verb"
            or fit.frame.mode == "third-party"  # "are mediating negotiations": the mediation
            or fit.object_token is None
            or fit.trigger.lemma_.lower() not in self.vocab.mediation_verbs
        ):
            return []
        # "host the next round of talks between A and B": the parties of the talks counted
        for head in (fit.object_token, *prep_objects(fit.object_token, "of")):
            found = _between_parties(head, resolve)
            if found:
                return found
        return []

    def _acting_branch(
        self, event_type: str, frame: Frame, source: int | None, doc: Doc
    ) -> str | None:
        """ "Israel resumed air strikes", "China launched drills around Taiwan", "Russia is
        pulling troops back": a state named as the doer of a military act acts through its
        armed forces (gold conventions)."""
        if source is None:
            return None
        actor = (doc._.actors or [])[source]
        if actor.kind != "state" or actor.sector not in (None, "GOV"):
            return None
        military = event_type in MILITARY_TYPES or (
            event_type in MILITARY_CONTEXT_TYPES and "military" in frame.context
        )
        return "MIL" if military else None

    def _names_a_risk(self, fit: Fit) -> bool:
        """ "threatens the stability of the region", "could threaten the ceasefire": what is
        endangered is a state of affairs, so no actor is threatened with an act (PLOVER
        THREATEN is a threat made to someone)."""
        if fit.frame.type != "THREATEN" or fit.frame.pos != "verb":
            return False
        obj = child(fit.trigger, "dobj")
        return obj is not None and obj.lemma_.lower() in self.vocab.endangered_nouns

    def _refuses_to_speak(self, fit: Fit) -> bool:
        """ "declined to comment", "refused to confirm or deny": withholding information
        rejects no demand or proposal (PLOVER REJECT)."""
        if (
            fit.frame.type != "REJECT"
            or fit.trigger.lemma_.lower() not in self.vocab.refusal_governors
        ):
            return False
        return any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in self.vocab.non_refusals
            for c in fit.trigger.children
        )

    def _commands_own_forces(
        self, fit: Fit, sources: list[int], targets: list[int], doc: Doc
    ) -> bool:
        """ "Shoigu ordered Russian troops to pull out", "ordered his forces to march": a
        command to one's own forces is no request; the ordered act is coded (planned)."""
        if (
            fit.frame.type != "REQUEST"
            or fit.trigger.lemma_.lower() not in self.vocab.command_verbs
        ):
            return False
        addressee = child(fit.trigger, "dobj")
        if addressee is not None and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our")
            for c in addressee.children
        ):
            return True
        actors = doc._.actors or []
        if not sources or not targets:
            return False
        source, target = actors[sources[0]], actors[targets[0]]
        return (
            source.country is not None
            and source.country == target.country
            and target.sector in ("MIL", "COP")
        )

    def _place_target(self, fit: Fit, resolve: ActorLookup, skip: set[int]) -> list[int]:
        """ "struck an energy facility in Kharkiv", "shelling in Bakhmut": an attack on a place
        is an attack on whoever the place belongs to, when the actor stage resolved it."""
        heads = [fit.trigger, *_with_conjuncts(fit.object_token)]
        heads += [c for c in fit.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += self._what_it_called(fit.trigger)
        if fit.frame.pos == "noun":
            verb = _governing_verb(fit.trigger)  # "resumed air strikes across Gaza"
            if verb is not None and fit.trigger.dep_ == "dobj":
                heads.append(verb)
        places = ("in", "on", "at", "into", "across", "near", "over", "against", "outside")
        for head in heads:
            if head is not fit.trigger and head is not fit.object_token:
                found = [a for a in resolve.all(head) if a not in skip]
                if found:
                    return found
            for preposition in places:
                found = [
                    a
                    for obj in prep_objects(head, preposition)
                    for a in resolve.all(obj)
                    if a not in skip
                ]
                if found:
                    return found
        # "a strike on a tent camp in Rafah", "hit an oil depot in Russia's Bryansk region":
        # the place of the thing attacked
        for head in heads:
            for preposition in places:
                for obj in prep_objects(head, preposition):
                    for inner in ("in", "near", "outside", "of"):
                        found = [
                            a
                            for o in prep_objects(obj, inner)
                            for a in resolve.all(o)
                            if a not in skip
                        ]
                        if found:
                            return found
        return []

    def _confidence(
        self, event_type: str, frame: Frame, source: int | None, target: int | None
    ) -> float:
        """The frame's prior, calibrated on gold counts for the event's cell."""
        key = f"{event_type}/{'source' if source is not None else 'nosource'}"
        return round(self.calibration.confidence(key, _prior(frame, source, target)), 3)

    def _complement_threatens(self, verb: Token) -> bool:
        """ "warned that the measure could be widened": the complement is a conflictual act
        (a threatened sanction or attack), whoever its grammatical subject is."""
        return any(
            f.frame.type in THREAT_TYPES
            for comp in verb.children
            if comp.dep_ in ("ccomp", "xcomp") and _is_verb(comp)
            for f in self._verb_fits(comp)
        )

    def _answers_speech_act(self, event: EventMention) -> bool:
        """ "overrode the veto, defying warnings from Brussels", "passed the bill, ignoring
        calls from the opposition": a participle whose object is another party's warning,
        demand or accusation answers that party; it is an act of its own, not the manner of
        the act before it."""
        obj = child(event.trigger.root, "dobj")
        return obj is not None and any(
            f.type in SPEECH_ACT_TYPES for f in self.noun_frames.get(obj.lemma_.lower(), ())
        )

    def _threatened_act_noun(self, noun: Token) -> bool:
        """ "threatened tariffs", "vowed sanctions": the act a threat names is listed
        (hypothetical) even when the sentence names no one it would hit; the threat's own
        target is shared with it later."""
        head = noun.head
        return (
            _is_noun(noun)
            and noun.dep_ == "dobj"
            and any(f.type == "THREATEN" for f in self.verb_frames.get(head.lemma_.lower(), ()))
        )

    def _retribution_party(self, verb: Token, resolve: ActorLookup) -> list[int]:
        """ "warned that Tehran would pay for its mistake", "warned that Athens would face
        consequences": the third party of the complement is the one who will suffer the
        warner's reply, so the warning is a threat aimed at it, not news of its own act."""
        vocab = self.vocab
        for comp in verb.children:
            if comp.dep_ != "ccomp" or not _is_verb(comp):
                continue
            if comp.lemma_.lower() in vocab.retribution_verbs or any(
                o.dep_ == "dobj" and o.lemma_.lower() in vocab.retribution_objects
                for o in comp.children
            ):
                return resolve.all(child(comp, "nsubj", "nsubjpass"))
        return []

    def _promises_conflict(self, fit: Fit) -> bool:
        """ "vowed that Israel would be punished", "vowed to fight to the end": a promise of
        a conflictual act is a threat, not an agreement."""
        if (
            fit.frame.pos != "verb"
            or fit.trigger.lemma_.lower() not in self.vocab.commissive_threats
        ):
            return False
        return any(
            comp.lemma_.lower() in self.vocab.threat_verbs
            or any(f.frame.type in THREAT_TYPES for f in self._verb_fits(comp))
            for comp in fit.trigger.children
            if comp.dep_ in ("xcomp", "ccomp")
            and _is_verb(comp)
            and child(comp, "neg") is None  # "vowed not to use force" is a commitment
        )  # "vowed that Israel would be punished", "vowed to retaliate"

    def _withholds_permission(self, verb: Token) -> bool:
        """ "said he would not allow U.S. troops to carry out operations": permission withheld
        by the verb's own negator (the refusal is the REJECT of `_refused_permission`); what
        the other party would have done is not coded."""
        return (
            _is_verb(verb)
            and verb.lemma_.lower() in self.vocab.permission_verbs
            and any(c.dep_ == "neg" for c in verb.children)
        )

    def _keeps_force_open(self, fit: Fit) -> bool:
        """ "refused to rule out using military coercion", "did not rule out force": not
        ruling out a conflictual act is a threat of it (gold conventions)."""
        verb = fit.trigger
        if fit.frame.type != "REJECT":
            return False
        if verb.lemma_.lower() in self.vocab.refusal_governors:
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
            if verb is fit.trigger:
                return False
        elif self._own_status(verb, False) != "negated":
            return False
        ruled_out = verb.lemma_.lower() == "rule" and any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" for c in verb.children
        )
        return ruled_out and any(
            t.lemma_.lower() in self.vocab.force_words for t in verb.subtree if t is not verb
        )

    def _verb_arguments(self, fit: Fit, resolve: ActorLookup) -> tuple[list[int], list[int]]:
        verb = fit.trigger
        if is_passive(verb) or _reduced_passive(verb):
            by = agent(verb)
            sources = resolve.all(by) if by is not None else self._instrument_source(verb, resolve)
            if by is not None and not sources:
                sources = _owner_of_vehicle(by, resolve)  # "by a U.S. fighter jet"
        else:
            sources = (
                _issuer(verb, resolve)
                or resolve.all(_stranded_subject(verb))
                or resolve.all(event_subject(verb))
            )
        targets: list[int] = []
        for spec in fit.frame.target:
            targets = self._target(spec, verb, fit, resolve)
            if targets:
                break
        if not targets and fit.frame.type in ACT_JUDGING_TYPES:
            targets = self._actor_of_judged_act(verb, resolve)
        if (
            not targets
            and fit.frame.type not in GIVING_TYPES
            and any(spec in DIRECT_OBJECT_SPECS for spec in fit.frame.target)
        ):
            targets = _owner_of_object(verb, resolve)
        if not targets and fit.frame.target:
            obj = fit.object_token if fit.object_token is not None else child(verb, "dobj")
            if obj is not None:
                targets = _recipient_of_object(obj, resolve)  # "ruled out talks with the RSF"
            if obj is not None and not targets:
                # "approved a round of sanctions aimed at Russia's shadow fleet"
                for head in (obj, *prep_objects(obj, "of")):
                    targets = targets or self._aimed_at(head, resolve)
        if not targets and fit.object_token is not None and fit.frame.type in PATIENT_TYPES:
            targets = self._acted_on(fit, resolve)
        if not targets and fit.frame.type in RESPONSE_TYPES:
            targets = _proposer_of_object(fit, resolve, self.vocab.mediation_verbs)
        if not targets and fit.frame.type == "AGREE":
            targets = _complement_recipient(verb, resolve)  # "pledged to send troops to Haiti"
        if not targets and fit.frame.type in CIVILIAN_TARGET_TYPES:
            targets = [a for o in self._dispersed(verb) for a in resolve.all(o)]
        between = self._between(verb, fit, resolve)
        if between and not targets:
            if sources:
                targets = between
            else:
                sources, targets = between[:1], between[1:]
        return sources, targets

    def _acted_on(self, fit: Fit, resolve: ActorLookup) -> list[int]:
        """ "cut several Russian banks off", "ban Belarusian airlines": an object word that
        joins the trigger and names an actor itself is what the act is done to; released
        people ("freed 39 Palestinian prisoners") are the side they belong to."""
        obj = fit.object_token
        if obj is None:
            return []
        if obj.i in resolve.actor_at:
            return resolve.all(obj)
        if fit.frame.mode == "release":
            return resolve.all(obj)
        return []

    def _actor_of_judged_act(self, verb: Token, resolve: ActorLookup) -> list[int]:
        """ "condemned Monday's missile attack", "praised the release of ... by Hamas": whoever
        did the act that is judged is the target of the judgement."""
        obj = child(verb, "dobj", "nsubjpass") if is_passive(verb) else child(verb, "dobj")
        if obj is None:
            return []
        for frame in self.noun_frames.get(obj.lemma_.lower(), ()):
            for spec in frame.source:
                if spec != "governor_subject":
                    found = self._noun_source(spec, obj, resolve)
                    if found:
                        return found
        return []

    def _instrument_source(self, verb: Token, resolve: ActorLookup) -> list[int]:
        """ "was assassinated in a U.S. drone strike", "were killed in Israeli shelling": with
        no agent, the attacker named on the attack noun that carried the act out."""
        for preposition in ("in", "by", "during"):
            for obj in prep_objects(verb, preposition):
                if (
                    obj.lemma_.lower() in self.vocab.event_nouns
                    or obj.lemma_.lower() in self.noun_frames
                ):
                    found = [
                        a
                        for c in obj.children
                        if c.dep_ in ("amod", "compound", "poss", "nmod")
                        for a in resolve.all(c)
                    ]
                    # "put under detention in raids by the military"
                    found = found or [a for by in prep_objects(obj, "by") for a in resolve.all(by)]
                    if found:
                        return found
        return []

    def _target(self, spec: str, verb: Token, fit: Fit, resolve: ActorLookup) -> list[int]:
        heads = [verb, *_with_conjuncts(fit.object_token)]
        if spec.startswith("prep:"):
            for head in heads:
                found = [
                    a for obj in _prep_phrase_objects(head, spec[5:]) for a in resolve.all(obj)
                ]
                if found:
                    return found
            return []
        if spec in ("dobj", "dative", "nsubjpass"):
            deps = ("dobj", "obj") if spec == "dobj" else (spec,)
            passive = is_passive(verb) or _reduced_passive(verb)
            if spec == "nsubjpass" and not passive:
                return []
            if spec in ("dobj", "nsubjpass") and passive:
                obj = _passive_patient(verb, fit.object_token, resolve.actor_at)
            else:
                obj = child(verb, *deps)
            if obj is None and spec == "dobj":
                obj = _raised_object(verb)  # "beat and hauled away students"
            if _is_the_thing_given(obj, fit, resolve):
                return []  # "handed over an IRIS-T system": the system, not a recipient
            return resolve.all(obj)
        if spec == "xcomp_dobj":
            comp = child(verb, "xcomp")
            return resolve.all(child(comp, "dobj")) if comp is not None else []
        if spec == "complement_subject":
            # "allowed Taiwan to open an office": the parser makes Taiwan the subject of "open"
            comp = child(verb, "ccomp", "xcomp")
            return resolve.all(child(comp, "nsubj")) if comp is not None else []
        if spec in ("poss", "dobj_amod") and fit.object_token is not None:
            return resolve.all(child(fit.object_token, "poss", "amod", "compound"))
        return []

    def _between(self, verb: Token, fit: Fit, resolve: ActorLookup) -> list[int]:
        heads = [verb, *_with_conjuncts(fit.object_token)]
        for head in heads:
            found = _between_parties(head, resolve)
            if found:
                return found
        return []

    def _noun_arguments(self, fit: Fit, resolve: ActorLookup) -> tuple[list[int], list[int]]:
        noun = fit.trigger
        sources: list[int] = []
        for spec in fit.frame.source:
            sources = self._noun_source(spec, noun, resolve)
            if sources:
                break
        targets: list[int] = []
        for spec in fit.frame.target:
            if spec == "prep:between":
                targets = _between_parties(noun, resolve)
            elif spec.startswith("prep:"):
                targets = [a for obj in prep_objects(noun, spec[5:]) for a in resolve.all(obj)]
            if targets:
                break
        if not targets:
            targets = _target_of_thing_acted_on(noun, fit.frame.target, resolve)
        if not sources and len(targets) > 1 and "prep:between" in fit.frame.target:
            sources, targets = targets[:1], targets[1:]
        if fit.frame.symmetric and len({*sources, *targets}) < 2:
            pair = _hyphened_parties(noun, resolve)
            if pair:
                sources, targets = pair[:1], pair[1:]
        victims = self._victims_of(noun, resolve)
        if victims and all(t in _place_actors(noun.doc) for t in targets):
            targets = victims  # "a drone strike in Kabul killed al-Zawahiri": not Kabul
        verb = _governing_verb(noun)
        if (
            fit.frame.type in ACT_JUDGING_TYPES
            and verb is not None
            and noun.dep_ == "dobj"
            and verb.lemma_.lower() in self.vocab.reaction_verbs
        ):
            # "Israel's strike on Rafah drew criticism from France": France judges the
            # strike's doer; the subject of "drew" is judged, it does not judge
            sources = [
                a
                for head in (noun, verb)
                for obj in prep_objects(head, "from")
                for a in resolve.all(obj)
            ]
            targets = targets or self._judged_subject(verb, resolve)
        if not targets and fit.frame.type in ADDRESSED_TYPES:
            targets = [a for a in self._answering_subject(noun, resolve) if a not in sources]
        if fit.frame.type in ADDRESSED_TYPES:
            sources, targets = _at_behest(noun, resolve, sources, targets)
        if not targets:
            targets = self._aimed_at(noun, resolve)
        if not targets and fit.frame.type in CONCEDED_TO_TYPES:
            targets = [a for a in self._conceded_to(noun, resolve) if a not in sources]
        return sources, targets

    def _aimed_at(self, noun: Token, resolve: ActorLookup) -> list[int]:
        """ "sanctions aimed at Russia's shadow fleet", "raids targeting Hamas commanders":
        the party a participle on the event noun says it is aimed at (or the owner of the
        thing aimed at)."""
        for participle in noun.children:
            if participle.dep_ != "acl" or participle.lemma_.lower() not in self.vocab.aiming_verbs:
                continue
            aimed = [*prep_objects(participle, "at"), *prep_objects(participle, "against")]
            aimed += [c for c in participle.children if c.dep_ == "dobj"]
            for thing in aimed:
                found = resolve.all(thing) or [
                    a
                    for c in thing.children
                    if c.dep_ in ("poss", "amod", "compound", "nmod")
                    for a in resolve.all(c)
                ]
                if found:
                    return found
        return []

    def _conceded_to(self, noun: Token, resolve: ActorLookup) -> list[int]:
        """ "Israel's parliament passed the law despite objections from Washington", "passed
        the bill despite weeks of protests": what the act went ahead despite was aimed at its
        doer."""
        measure = _measured_phrase(noun)
        prep = measure.head
        if measure.dep_ != "pobj" or prep.lower_ not in self.vocab.concessive_preps:
            return []
        verb = prep.head
        if not _is_verb(verb):
            return []
        return resolve.all(agent(verb) if is_passive(verb) else event_subject(verb))

    def _answering_subject(self, noun: Token, resolve: ActorLookup) -> list[int]:
        """ "Iran rebuffed British calls to free the tanker", "Armenia denied allegations by
        Baku": who answers a demand, offer or accusation is whom it was addressed to."""
        verb = noun.head
        if (
            noun.dep_ not in ("dobj", "nsubjpass")
            or verb.lemma_.lower() not in self.vocab.answering_verbs
        ):
            return []
        return resolve.all(agent(verb) if is_passive(verb) else event_subject(verb))

    def _victims_of(self, noun: Token, resolve: ActorLookup) -> list[int]:
        """Who an attack noun killed or wounded when it is the subject of a casualty verb
        ("the strike killed a Hamas commander")."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_.lower() not in self.vocab.casualty_verbs:
            return []
        return resolve.all(child(verb, "dobj"))

    def _judged_subject(self, verb: Token, resolve: ActorLookup) -> list[int]:
        """The actor whose act (or who) is the subject of a reaction verb: "Israel's strike
        drew criticism" -> Israel, "Hungary drew criticism" -> Hungary."""
        subj = subject(verb)  # "(North Korea test-fired a missile,) drawing a rebuke"
        if subj is None:
            return []
        for frame in self.noun_frames.get(subj.lemma_.lower(), ()):
            for spec in frame.source:
                if spec != "governor_subject":
                    found = self._noun_source(spec, subj, resolve)
                    if found:
                        return found
        return resolve.all(subj)

    def _noun_source(self, spec: str, noun: Token, resolve: ActorLookup) -> list[int]:
        if spec == "prep:between":
            return _between_parties(noun, resolve) or self._between_of_happening(noun, resolve)
        if spec in ("poss", "amod", "compound"):
            deps = (spec, "nmod") if spec == "compound" else (spec,)
            words = [c for c in noun.children if c.dep_ in deps]
            if spec == "compound":
                words = [c for c in words if not _names_a_place(c)]
            return [a for c in words for a in resolve.all(c)]
        if spec.startswith("prep:"):
            return [a for obj in prep_objects(noun, spec[5:]) for a in resolve.all(obj)]
        if spec == "governor_subject":
            verb = _governing_verb(noun)
            if (
                verb is not None
                and noun.dep_ == "pobj"
                and noun.head.lower_ in ("of", "for")
                and verb.lemma_.lower() in ATTRIBUTING_VERBS
            ):
                return resolve.all(child(verb, "dobj"))  # "blamed Kyiv for a drone attack"
            measure = _measured_phrase(noun)  # "despite weeks of protests": "weeks"
            if measure.dep_ == "pobj" and measure.head.lower_ in self.vocab.circumstance_preps:
                return []  # "protested against the strikes": not the striker
            about_act = noun.dep_ in ("dobj", "nsubjpass") or (
                noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for", "about", "on", "over")
            )  # not "said after talks with": an adjunct of the speech, not its content
            if verb is not None and not (about_act and self._judges_or_reports(verb)):
                return resolve.all(agent(verb) if is_passive(verb) else event_subject(verb))
        return []

    def _judges_or_reports(self, verb: Token) -> bool:
        """ "condemned Monday's attack", "reporting shelling in Bakhmut", "denied the strike",
        "rejected calls for a truce": whoever speaks about or judges an act is not its doer."""
        lemma = verb.lemma_.lower()
        if lemma in self.quote_cues.verbs and lemma not in self.cues.clause_only:
            return True
        return any(f.frame.type in ("ACCUSE", "SUPPORT", "REJECT") for f in self._verb_fits(verb))

    @staticmethod
    def _between_of_happening(noun: Token, resolve: ActorLookup) -> list[int]:
        """ "Fighting erupted in Khartoum between the army and the RSF": the parties hang on
        the verb that says the event happened."""
        if noun.dep_ != "nsubj" or noun.head is noun:
            return []
        return _between_parties(noun.head, resolve)

    def _mediators(self, fit: Fit, resolve: ActorLookup) -> list[int]:
        found: list[int] = []
        for head in [fit.trigger] + ([fit.object_token] if fit.object_token is not None else []):
            for c in head.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.vocab.mediation_verbs:
                    by = agent(c)
                    found += [a for a in resolve.all(by) if a is not None] if by is not None else []
            for obj in prep_objects(head, "under"):
                found += [a for a in resolve.all(child(obj, "poss")) if a is not None]
        return found

    def _object(self, doc: Doc, fit: Fit, actor_at: dict[int, int]) -> EventObject | None:
        spec, kind = fit.frame.object, fit.frame.object_kind
        if not spec or not kind:
            return None
        head: Token | None = None
        if spec == "dobj":
            head = fit.object_token if fit.object_token is not None else child(fit.trigger, "dobj")
        elif spec.startswith("prep:"):
            head = next(prep_objects(fit.trigger, spec[5:]), None)
        if head is None or head.i in actor_at:
            return None
        span = phrase(doc, head)
        return EventObject(name=span.text, kind=kind, span=(span.start_char, span.end_char))  # type: ignore[arg-type]

    # -- status and reporting --------------------------------------------------------------
    def _status(self, fit: Fit) -> str:
        """SPEC §3 status: the clause's own cues first, then what can only weaken an act
        that the clause would report as done or planned (conditions, questions, "any")."""
        trigger, frame = fit.trigger, fit.frame
        status = self._clause_status(fit)
        if (
            status == "negated"
            and frame.pos == "noun"
            and (frame.type in SPEECH_ACT_TYPES or trigger.lemma_.lower() in self.cues.offer_nouns)
            and not any(self._negative_determiner(c) for c in trigger.children)
        ):
            # "refused North Korea's demand", "avoiding a dilemma over the ICC warrant":
            # refusing or avoiding a demand, threat or charge reports that it was made
            return "asserted"
        if status == "planned" and self._forecast(fit):
            return "hypothetical"  # "Hungary is expected to veto the package": a forecast
        if status == "hypothetical" and self._deliberated_speech_act(fit):
            return "asserted"  # "is weighing a request from Kyiv": the request was made
        if status == "negated" and self._inside_condition(trigger):
            return "hypothetical"  # "would leave the bloc if it fails to back Armenia"
        if status == "negated":
            return status
        if status == "asserted" and self._awaiting_confirmation(trigger):
            return "hypothetical"  # "reports that rebels seized a tanker, if confirmed, ..."
        if frame.pos == "noun" and any(
            c.dep_ == "det" and c.lower_ == "any" for c in trigger.children
        ):
            return "hypothetical"  # "any deployment of Western troops would be ..."
        clause = _clause_verb(trigger)
        if clause is not None and self._conditioned(clause, status) and not self._offer(fit):
            return "hypothetical"
        if (
            self.cues.question_status
            and trigger.sent.text.rstrip().endswith("?")
            and not self._presupposed_by_question(trigger, clause)
        ):
            return self.cues.question_status
        if status == "asserted" and clause is not None and self._present_plan(clause):
            return "planned"
        if status == "asserted" and clause is not None and self._headline_plan(clause, trigger):
            return "planned"
        if status == "asserted" and self._trip_read_as_noun(trigger):
            return "planned"
        return status

    def _offer(self, fit: Fit) -> bool:
        """ "Kyiv said it was ready to accept a truce if Moscow reciprocated": the stated
        readiness is the AGREE (an offer, made), the condition is on what is offered."""
        token = fit.trigger
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        return (
            fit.frame.type == "AGREE"
            and token.dep_ == "xcomp"
            and token.head.lemma_.lower() in self.cues.intent
        )

    def _presupposed_by_question(self, trigger: Token, clause: Token | None) -> bool:
        """ "Why did Russia withdraw from Kherson?", "Who attacked the convoy?": a question
        word asking about a past act takes the act as done; "Will Russia attack?" asks
        whether it happens."""
        words = [t for t in trigger.sent if not t.is_punct]
        if not words or words[0].lower_ not in self.cues.presupposing_wh:
            return False
        verb = clause if clause is not None else trigger
        if any(c.dep_ == "aux" and c.lower_ in self.cues.modals for c in verb.children):
            return False
        return _is_past(verb) or any(
            c.dep_ == "aux" and c.lower_ in ("did", "has", "have", "had") for c in verb.children
        )

    def _forecast(self, fit: Fit) -> bool:
        """An expected act of a type one forecasts rather than schedules ("a new offensive
        is expected", "Hungary is expected to veto"): observers predict it, no one has set
        it (an expected meeting or signing is planned)."""
        if fit.frame.type not in self.cues.forecast_types:
            return False
        words = [c for c in fit.trigger.children if c.dep_ in ("amod", "advmod")]
        token = fit.trigger
        for _ in range(3):
            if token.head is token:
                break
            token = token.head
            words.append(token)
        return any(w.lemma_.lower() in self.cues.forecast_governors for w in words)

    def _reported_clause(self, token: Token) -> bool:
        """A clause hanging on a speech verb ("..., Kremlin says")."""
        return (
            token.dep_ in ("ccomp", "parataxis", "advcl")
            and token.head.lemma_.lower() in self.quote_cues.verbs
        )

    def _trip_read_as_noun(self, trigger: Token) -> bool:
        """ "Xi heads to Moscow for talks with Putin": the parser reads the headline verb
        "heads" as a plural noun with the name as its compound; the talks are still what a
        trip in the present is for."""
        if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
            return False
        trip = trigger.head.head
        return (
            trip.dep_ == "ROOT"
            and trip.tag_ == "NNS"
            and trip.lemma_.lower() in self.vocab.trip_verbs
            and any(
                (c.dep_ == "compound" and c.pos_ == "PROPN")
                or (c.dep_ == "nsubj" and c.text[:1].isupper())  # "Blinken" read as a verb
                for c in trip.children
            )
        )

    def _deliberated_speech_act(self, fit: Fit) -> bool:
        """ "Ankara is weighing a request from Kyiv", "is considering the demand": a request,
        threat or charge that is the object of deliberation was made."""
        trigger = fit.trigger
        return (
            fit.frame.pos == "noun"
            and fit.frame.type in SPEECH_ACT_TYPES
            and trigger.dep_ == "dobj"
            and trigger.head.lemma_.lower() in self.cues.deliberation_verbs
        )

    def _inside_condition(self, trigger: Token) -> bool:
        """Whether the trigger is in a true condition ("if the bloc fails to back it"): a
        negation there says what would trigger the main act, not what happened."""
        token = trigger
        for _ in range(8):
            if token.dep_ == "advcl" and self._is_condition(token):
                return True
            if token.head is token:
                return False
            token = token.head
        return False

    def _awaiting_confirmation(self, trigger: Token) -> bool:
        """ "If confirmed, the capture of X would ...", "reports that Y seized a tanker would,
        if confirmed, deepen ...": a condition on the truth of the report leaves the act
        unconfirmed."""
        token = trigger
        for _ in range(8):
            for c in token.children:
                if (
                    c.dep_ == "advcl"
                    and c.lemma_.lower() in self.cues.confirmation_conditions
                    and any(
                        m.dep_ == "mark" and m.lower_ in self.cues.main_conditionals
                        for m in c.children
                    )
                ):
                    return True
            if token.head is token:
                return False
            token = token.head
        return False

    def _headline_plan(self, verb: Token, trigger: Token) -> bool:
        """Headline forms of a plan: "Zelensky to meet Biden at G7 summit" (a bare "to"
        infinitive on the subject) and "Xi heads to Moscow for talks" (the talks a trip in
        the present is for)."""
        aux = child(verb, "aux")
        if aux is not None and aux.tag_ == "TO":
            head = verb.head
            on_subject = (
                verb.dep_ in ("advcl", "acl", "relcl")
                and (
                    (head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN"))
                    or (  # "Modi to visit Moscow, Kremlin says" (the name parsed as a verb)
                        self._reported_clause(head)
                        and head.text[:1].isupper()
                        and child(head, "nsubj", "aux") is None
                    )
                )
            )  # the parser hangs the infinitive on the subject ...
            bare_root = (verb.dep_ == "ROOT" or self._reported_clause(verb)) and child(
                verb, "nsubj"
            ) is not None  # ... or not ("Ramaphosa to visit Kyiv, Pretoria says")
            name_as_verb = (  # "Modi to meet Putin" (the name parsed as the root verb)
                verb.dep_ == "xcomp"
                and head.dep_ == "ROOT"
                and head.i == head.sent.start
                and head.text[:1].isupper()
                and child(head, "nsubj", "aux") is None
            )
            if on_subject or bare_root or name_as_verb:
                return True
        return (
            trigger.dep_ == "pobj"
            and trigger.head.lower_ == "for"
            and verb.lemma_.lower() in self.vocab.trip_verbs
            and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        )

    def _clause_status(self, fit: Fit) -> str:
        trigger, frame = fit.trigger, fit.frame
        cues = self.cues
        if frame.pos == "noun":
            if any(self._negative_determiner(c) for c in trigger.children):
                return "negated"  # "no talks were held", "zero aid deliveries reached Gaza"
            modified = next(
                (
                    cues.modifiers[c.lower_]
                    for c in trigger.children
                    if c.lower_ in cues.modifiers and c.dep_ in ("amod", "compound", "advmod")
                ),
                None,
            )
            if modified and not self._reported_occurring(trigger):
                # "pulled out of a planned meeting": the clause may still negate it
                governed = trigger.dep_ in ("dobj", "pobj")  # not "talks were not confirmed"
                return "negated" if governed and self._clause_walk(fit) == "negated" else modified
            walked = self._clause_walk(fit)
            if walked in ("hypothetical", "planned") and self._past_in_relative(trigger):
                return "asserted"  # "the fighting that erupted on Saturday could spread"
            return walked
        elif _negated_argument(
            trigger, fit.object_token, cues.negators | cues.negative_determiners
        ):
            return "negated"  # "No Russian delegation attended", "conducted no drills"
        return self._clause_walk(fit)

    def _negative_determiner(self, word: Token) -> bool:
        """ "no talks", "zero aid deliveries" """
        return word.dep_ in ("det", "nummod") and word.lower_ in self.cues.negative_determiners

    def _reported_occurring(self, noun: Token) -> bool:
        """ "The long-scheduled meeting took place on Wednesday", "the planned talks were
        held": an event noun that a past occurrence verb reports as happening is done, whatever
        its modifier said of it before (the clause may still negate it or make it modal)."""
        verb = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or not _is_past(verb):
            return False
        lemma = verb.lemma_.lower()
        phrases = {lemma} | {
            f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod", "dobj")
        }
        return bool(phrases & (self.cues.occurrence_verbs | self.cues.completion_verbs)) or (
            is_passive(verb) and lemma == "hold"
        )

    def _past_in_relative(self, noun: Token) -> bool:
        """ "The fighting that erupted in Khartoum could spread": a relative clause in the past
        reports the event noun as done; a modal above it is about what it leads to. A relative
        clause that plans it ("the visit that was scheduled for May") does not."""
        for clause in noun.children:
            if (
                clause.dep_ == "relcl"
                and _is_past(clause)
                and self._own_status(clause, False) is None
                and self._governor_status(clause) is None
                and child(clause, "xcomp") is None
            ):
                return True
        return False

    def _clause_walk(self, fit: Fit) -> str:
        """The status from the trigger's clause and the words that govern it; a plan that
        something above makes uncertain is hypothetical ("Ukraine hopes the U.S. will
        restore ...", "North Korea may be preparing to supply ...")."""
        status, where = self._walk(fit)
        if status == "planned" and self._hypothetical_above(where):
            return "hypothetical"
        return status

    def _walk(self, fit: Fit) -> tuple[str, Token]:
        """The first status cue on the way up from the trigger, and the token it was
        found from."""
        trigger, frame = fit.trigger, fit.frame
        cues = self.cues
        token = trigger
        under_report = self._under_report(trigger)
        for _ in range(8):
            own = self._own_status(token, under_report)
            if own == "negated" and self._either_way(token):
                return "hypothetical", token  # "he may or may not join Israel's strikes"
            if own:
                return own, token
            link, head = token.dep_, token.head
            if link == "relcl" and _bare_infinitive_clause(token):
                link = "acl"  # "calls to withdraw" (parsed as a relative clause)
            if head is token or link not in STATUS_LINKS or _across_semicolon(token):
                break
            if self._enabled_act(token):
                return "hypothetical", token  # "clearing the way for Moscow to lift ..."
            if link in ("pobj", "pcomp") and head.lower_ in cues.negators:
                return "negated", token  # "left without signing", "without an agreement"
            if self._set_aside(token):
                return "negated", token  # "instead of imposing sanctions", "nor did it strike"
            if (
                link == "pobj"
                and head.lower_ in ("on", "during")
                and (token.lemma_.lower() in cues.occasion_nouns)
            ):
                if cues.future_occasion_status and self._future_act(head.head, under_report):
                    # "may test during his visit" (from the verb: its modal is what dates
                    # the visit, not a supposition above the visit)
                    return cues.future_occasion_status, head.head
                break  # "did not detain Putin on his state visit": the visit took place
            arranged = self._arranged_act(token)
            if arranged:
                return arranged, token  # "with Israeli troops to pull out within 60 days"
            if link == "prep" and token.lower_ in ("of", "for", "about"):
                extraposed = self._subject_governs(head) or self._object_governs(head, token)
                if extraposed:
                    return extraposed, token  # "as fears grew of a Russian invasion"
            if link == "pobj" and head.lower_ == "in" and token.lemma_ in cues.conditional_nouns:
                return "hypothetical", token  # "in the event of an attack", "in case"
            if (
                link == "prep"
                and token.lower_ not in COMPLEMENT_PREPS
                and not self._exception_phrase(token)
                and not (token.lower_ == "from" and self._governor_status(head) == "negated")
                and not (head.lemma_.lower() in cues.purpose_participles and head.tag_ == "VBN")
                and f"{head.lemma_.lower()} {token.lower_}" not in cues.governors  # "pulled out of"
                and not self._participation_phrase(token)  # "denied any involvement in"
            ):
                if self._exchange_phrase(token):
                    if self._exchanged_for_commitment(head):
                        return "planned", token  # "a deal ... in exchange for lifting sanctions"
                    token = head  # "freed hostages in exchange for the release of prisoners"
                    continue
                if token.lower_ in MANNER_PREPS:
                    manner = self._own_status(head, under_report)
                    if manner in ("planned", "hypothetical"):
                        return manner, token  # "will accompany him in a show of unity"
                break  # "after talks", "in a raid": an adjunct is not governed by the verb
            if link == "advcl" and self._participle_on_infinitive(token):
                # "authorised the police to shoot, rejecting calls for talks", "vowed to
                # retaliate, accusing Israel of ...": the participle is the subject's act in
                # the clause of the governing verb, not part of what the verb governs
                token = head
                while token.dep_ == "xcomp" and token.head is not token:
                    token = token.head
                continue
            if link == "advcl":
                misattached = self._infinitive_of_object(token)
                if misattached:
                    return misattached, token  # "thwarted a plot to bomb the parliament"
                if self._is_condition(token) or head.lower_ in cues.main_conditionals:
                    return "hypothetical", token  # "unless ...", "should X attack", "provided that"
                marks = [
                    c.lower_
                    for c in token.children
                    if c.dep_ == "mark"
                    or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < token.i)
                ]  # ("did not say when the strike took place": "when" read as an adverb)
                if any(m in cues.conditionals for m in marks):
                    return "hypothetical", token
                timed = self._timed_by(token, marks, under_report)
                if timed:
                    return timed, token  # "would take effect after sanctions are lifted"
                if marks:
                    break  # "as he urged ...", "after talks stalled": a clause of its own
            if link == "conj" and child(token, "nsubj", "nsubjpass") is not None:
                break  # a conjunct with its own subject has its own status
            if link == "conj" and token.tag_ in ("VBD", "VBZ") and _takes_auxiliary(head):
                break  # "did not seek confrontation and called on Moscow", "said the warrants
                # would not be enforced and invited him": a finite conjunct shares no
                # auxiliary, so neither its negation nor its modal
            if self._redressed(token):
                break  # "vowed to avenge the killing": the act answered was done
            if self._presupposed_in_comment(token) or self._wh_clause(token):
                break  # "no claim of responsibility for the bombing", "did not say how many"
            governed = self._governor_status(head)
            if link == "advcl" and governed and self._complement_read_as_adjunct(token):
                link = "xcomp"  # "is gearing up to host the summit"
            if link == "xcomp" and head.lemma_ == "be" and child(token, "aux") is not None:
                if _inverted_were(head):
                    return "hypothetical", token  # "Were Israel to strike Iran, ..."
                if governed is None:  # not "is yet to release": "be yet" negates
                    governed = "planned"  # "French troops are to leave Chad"
            if head.lemma_.lower() in cues.purpose_participles and head.tag_ == "VBN":
                governed = cues.purpose_status  # "a move aimed at deterring attacks"
            if governed == "negated" and self._is_purpose(head):
                governed = cues.purpose_status  # "to prevent further strikes": not done
            if governed == "negated" and self._negated_governor(head, under_report):
                return "hypothetical", token  # "did not rule out talks": still possible
            if (
                link in ("xcomp", "acl")
                and head.lemma_.lower() in cues.attempt_governors
                and frame.type.lower() in cues.attempt_types
            ):
                token = head  # "tried to storm the palace": the attempt is the act
                continue
            if link == "ccomp" and head.lemma_.lower() in cues.factive_verbs:
                return "asserted", token  # "without acknowledging that its air defences hit it"
            if link in ("ccomp", "dobj") and self._unconfirmed(head, under_report):
                return "hypothetical", token  # "refused to confirm that Ukraine fired"
            if link == "acl" and self._purpose_phrase(head):
                return cues.purpose_status or "hypothetical", token  # "in order to launch"
            if link in ("ccomp", "parataxis") and head.lemma_.lower() in self.quote_cues.verbs:
                if governed == "negated":
                    return "negated", token  # "denied that its soldiers had fired"
                token = head
                continue
            if frame.type == "AGREE" and head.lemma_.lower() in cues.intent:
                token = head  # "ready to accept": the stated intent is the agreement
                continue
            if (
                link in ("dobj", "pobj", "prep")
                and head.lemma_.lower() in cues.clause_only
                and f"{head.lemma_.lower()} {token.lower_}" not in cues.governors
            ):  # (a verb and its preposition are a governor of their own: "decided against")
                governed = None  # "ordered a mobilisation": the ordered act is reported done
            if link == "acl" and child(token, "nsubj", "nsubjpass") is not None:
                if head.lemma_.lower() in cues.report_nouns:
                    governed_noun = self._governor_status(head)
                    if governed_noun:
                        return governed_noun, token  # "rumours that ...", "fears that ..."
                    # "dismissed reports that its jets bombed ..." is a denial; "declined to
                    # comment on reports that ..." leaves the act reported as done
                    return self._reported_status(head, under_report), token
                break  # "a decision the U.N. urged it to reverse": a clause of its own
            if link == "acl" and head.pos_ == "NOUN":
                if self._own_status(head, under_report) == "negated":
                    return "negated", token  # "has no plans to send"
                if (
                    governed
                    and head.dep_ == "dobj"
                    and self._governor_status(head.head) == "negated"
                ):
                    return "negated", token  # "denied plans to deploy troops"
                if governed:
                    return governed, token  # "a decision to withdraw", "plans to station"
            if link in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acomp", "pcomp") and governed:
                if self._own_status(head, under_report) == "negated":
                    if head.lemma_.lower() in cues.forecast_governors:
                        return "hypothetical", token  # "is not expected to halt": a forecast
                    return "negated", token
                return governed, token
            result_of = self._result_verb(token)
            if result_of is not None:
                governed = self._governor_status(result_of)
                if governed:
                    return governed, token  # "wants troops deployed"
                token = result_of  # "a truce that would see hostages freed"
                continue
            if (
                token is trigger
                and link == "acl"
                and token.tag_ == "VBG"
                and head.lemma_.lower() in cues.document_nouns
            ):
                token = head  # "blocked a statement condemning the crackdown": the text's act
                continue  # is done only if the text is (the crackdown was done either way)
            if link in ("relcl", "acl", "nsubj", "nsubjpass") and frame.pos == "verb":
                break
            if link == "relcl" or (link == "acl" and token.tag_ in ("VBG", "VBN")):
                break  # "the networks it blames for last week's massacre", "vetoed the
                # resolution condemning its invasion": a modifying clause of its own
            if link in ("nsubj", "nsubjpass"):
                predicate = self._predicate_status(head)
                if predicate:
                    return (
                        predicate,
                        token,
                    )  # "an offensive is likely", "talks are unlikely to resume"
                if self._presupposed_in_condition(head):
                    return "asserted", token  # "if Ankara's offensive went too far"
            token = head
        return "asserted", token

    def _participle_on_infinitive(self, clause: Token) -> bool:
        """ ", rejecting calls for talks" hung on the to-infinitive before it (the parser's
        attachment) rather than on the verb that governs the infinitive."""
        head = clause.head
        return (
            clause.tag_ == "VBG"
            and child(clause, "mark", "nsubj", "nsubjpass") is None
            and clause.i > 0
            and clause.doc[clause.i - 1].text == ","
            and head.dep_ == "xcomp"
            and _to_infinitive(head)
        )

    def _future_act(self, verb: Token, under_report: bool) -> bool:
        """ "may conduct a test during Biden's visit", "will raise it on his trip": a verb made
        modal or future (not "could have been arrested on his visit", a past supposition)."""
        if not (_is_verb(verb) or verb.pos_ == "AUX"):
            return False
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lemma_ == "have" for c in auxiliaries):
            return False
        # a modal, negated or not ("will not be arrested during his visit next week")
        return any(c.lower_ in self.cues.modals for c in auxiliaries) or (
            self._own_status(verb, under_report) in ("planned", "hypothetical")
        )

    def _arranged_act(self, verb: Token) -> str | None:
        """ "with Israeli troops to pull out within 60 days", "with elections to follow": a
        to-infinitive with its own subject in a "with" phrase is an act arranged for later
        (the parser hangs it on the preposition, or on its subject as a relative clause)."""
        preps = self.cues.arrangement_preps
        if not preps or not _to_infinitive(verb):
            return None
        head = verb.head
        on_prep = verb.dep_ == "pcomp" and head.lower_ in preps and child(verb, "nsubj") is not None
        on_subject = (
            verb.dep_ in ("relcl", "acl") and head.dep_ == "pobj" and head.head.lower_ in preps
        )
        as_mark = any(c.dep_ == "mark" and c.lower_ in preps for c in verb.children) and (
            child(verb, "nsubj") is not None
        )  # ("with" read as the clause's subordinator)
        return self.cues.arrangement_status if on_prep or on_subject or as_mark else None

    def _participation_phrase(self, prep: Token) -> bool:
        """ "denied any involvement in the strikes", "its role in the bombing": the "in"
        phrase of a noun of taking part names the act the noun is about."""
        return (
            prep.lower_ == "in"
            and prep.head.lemma_.lower() in self.cues.participation_nouns
            and _is_noun(prep.head)
        )

    def _exchange_phrase(self, prep: Token) -> bool:
        """ "in exchange for", "in return for" (the trigger is the object of "for")."""
        return prep.lower_ == "in" and any(
            c.dep_ == "pobj"
            and c.lemma_.lower() in self.cues.exchange_nouns
            and any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children)
            for c in prep.children
        )

    def _exchanged_for_commitment(self, act: Token) -> bool:
        """Whether the act something is given in exchange for is a deal or a promise ("reached
        a deal to curb its programme in exchange for ...", "pledged to free hostages in return
        for ..."): the word itself, a word above it, or the object of either."""
        words = self.cues.commitment_words
        token = act
        for _ in range(4):
            if token.lemma_.lower() in words or _direct_object_in(token, words):
                return True
            if token.head is token:
                return False
            token = token.head
        return False

    def _exception_phrase(self, prep: Token) -> bool:
        """ "expected little beyond another exchange of prisoners", "wants nothing but a
        ceasefire": the phrase completes the verb's object, so the verb governs its act."""
        if prep.lower_ not in self.cues.exception_preps:
            return False
        head = prep.head
        objects = [head, *(c for c in head.children if c.dep_ == "dobj")]
        return any(o.lower_ in self.cues.exception_objects for o in objects)

    def _enabled_act(self, token: Token) -> bool:
        """ "clearing the way for Moscow to lift restrictions", "opened the door to talks", "a
        step toward annexation": an act that something makes possible is not done."""
        head = token.head
        if head.lemma_.lower() not in self.cues.enabling_nouns or not _is_noun(head):
            return False
        if token.dep_ == "prep":
            return token.lower_ in self.cues.enabling_preps
        return token.dep_ in ("relcl", "acl", "advcl") and _to_infinitive(token)

    def _redressed(self, token: Token) -> bool:
        """ "vowed to avenge the killing of its commander", "in retaliation for the strike":
        the act avenged or answered is a past act, not part of the threatened answer."""
        words = self.cues.redress_words
        head = token.head
        if token.dep_ == "dobj":
            return head.lemma_.lower() in words
        return token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in words

    def _complement_read_as_adjunct(self, verb: Token) -> bool:
        """ "India is gearing up to host the summit": a bare "to" infinitive that the parser
        hangs as an adverbial clause on a governor without an object completes it; with an
        object ("moved troops to prevent an incursion") it states a purpose."""
        aux = child(verb, "aux")
        return (
            aux is not None
            and aux.tag_ == "TO"
            and child(verb, "nsubj", "nsubjpass", "mark") is None
            and child(verb.head, "dobj") is None
            and verb.i > verb.head.i
        )

    def _infinitive_of_object(self, verb: Token) -> str | None:
        """ "rebuffed calls to free the tanker", "thwarted a plot to bomb": the parser hangs
        the infinitive on the verb, but it completes the governing noun before it; a verb
        that negates the noun ("rebuffed", "thwarted") negates the act."""
        if not _bare_infinitive_clause(verb):
            return None
        noun = child(verb.head, "dobj")
        if noun is None or noun.i > verb.i:
            return None
        governed = self._governor_status(noun)
        if governed is None:
            return None
        return "negated" if self._governor_status(verb.head) == "negated" else governed

    def _either_way(self, verb: Token) -> bool:
        """ "may or may not join": a negated conjunct of a modal with "or" leaves the act
        open."""
        head = verb.head
        return (
            verb.dep_ == "conj"
            and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children)
            and (head.lower_ in self.cues.modals or self._own_status(head, False) is not None)
        )

    def _presupposed_in_condition(self, verb: Token) -> bool:
        """ "if Ankara's offensive went too far", "if the ceasefire holds": the condition is
        on what the act does, the act itself is under way; "if an attack happens" or "if
        sanctions are imposed" makes the act itself the condition."""
        if verb.dep_ != "advcl" or not self._is_condition(verb) or is_passive(verb):
            return False
        lemma = verb.lemma_.lower()
        phrases = {lemma} | {
            f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod", "dobj")
        }
        return not phrases & self.cues.occurrence_verbs

    def _object_governs(self, verb: Token, prep: Token) -> str | None:
        """ "set a deadline for the withdrawal", "made plans for a summit": the "for"
        phrase the parser hangs on the verb completes the governing object before it."""
        obj = child(verb, "dobj")
        if obj is None or obj.i > prep.i or not _is_verb(verb):
            return None
        governed = self._governor_status(obj)
        if governed and self._own_status(verb, False) == "negated":
            return "negated"  # "did not set a deadline for the withdrawal"
        return governed

    def _subject_governs(self, verb: Token) -> str | None:
        """ "fears grew of an invasion", "calls mounted for a ceasefire": a governing noun
        whose "of"/"for" phrase the parser hangs on its verb gives its status."""
        if not _is_verb(verb) or self._governor_status(verb) is not None:
            return None
        subject = child(verb, "nsubj")
        if subject is None or subject.pos_ != "NOUN":
            return None
        return self._governor_status(subject)

    def _set_aside(self, token: Token) -> bool:
        """ "chose diplomacy instead of imposing sanctions", "talks rather than strikes",
        "did not deploy troops, nor did it launch an offensive": the alternative not taken."""
        head = token.head
        if token.dep_ in ("pobj", "pcomp"):
            return self._ends_negating_phrase(head)
        if token.dep_ != "conj":
            return False
        return any(
            c.dep_ == "cc"
            and head.i < c.i < token.i
            and (c.lower_ in self.cues.negators or self._ends_negating_phrase(c))
            for c in head.children
        )

    def _ends_negating_phrase(self, word: Token) -> bool:
        """Whether ``word`` ends a phrase such as "instead of", "rather than", "in lieu of"."""
        doc = word.doc
        return any(
            doc[word.i - n : word.i + 1].text.lower() in self.cues.negating_phrases
            for n in (1, 2)
            if word.i - n >= word.sent.start
        )

    def _result_verb(self, participle: Token) -> Token | None:
        """ "would see hostages freed", "wants troops deployed": a participle on the object
        of a verb of wanting or bringing about is that verb's outcome."""
        head = participle.head
        if (
            participle.dep_ == "acl"
            and participle.tag_ == "VBN"
            and head.dep_ == "dobj"
            and head.head.lemma_.lower() in self.cues.result_verbs
        ):
            return head.head
        return None

    def _hypothetical_above(self, token: Token) -> bool:
        """A modal, a wish or a purpose above a planned act ("may be preparing to supply",
        "hopes the U.S. will restore", "drills designed to prepare an invasion")."""
        cues = self.cues
        for _ in range(6):
            link, head = token.dep_, token.head
            if head is token or link not in (
                "xcomp", "ccomp", "acl", "pobj", "prep", "pcomp", "dobj"
            ):  # fmt: skip
                return False
            mark = child(token, "mark")
            modal_content = (
                mark is not None
                and mark.lower_ == "that"
                and any(c.dep_ == "aux" and c.lower_ in cues.modals for c in token.children)
            )  # "warned that an invasion would trigger sanctions": what the warning foresees
            if link in ("ccomp", "acl") and mark is not None and not modal_content:
                return False  # "after ...", "as ...": a clause of its own
            if self._own_status(head, False) == "hypothetical":
                return True
            if _is_noun(head) and any(
                c.dep_ in ("amod", "compound")
                and self.cues.modifiers.get(c.lower_) == "hypothetical"
                for c in head.children
            ):
                return True  # "contingency plans for an attack", "a proposed plan to withdraw"
            if self._governor_status(head) == "hypothetical" and head.lemma_.lower() not in (
                cues.attempt_governors
            ):
                return True
            if head.lemma_.lower() in cues.purpose_participles and head.tag_ == "VBN":
                return True
            token = head
        return False

    def _is_purpose(self, verb: Token) -> bool:
        """ "(deployed defences) to prevent strikes", "in order to avoid", "aimed at
        preventing": the verb states what another act is for."""
        if verb.dep_ == "advcl":
            aux = child(verb, "aux")
            return (
                aux is not None
                and aux.tag_ == "TO"
                and child(verb, "nsubj", "nsubjpass", "mark") is None
            )
        if verb.dep_ == "acl":
            return self._purpose_phrase(verb.head)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            governor = verb.head.head
            return governor.lemma_.lower() in self.cues.purpose_participles
        return False

    def _purpose_phrase(self, noun: Token) -> bool:
        """ "in order (to)", "so as (to)" """
        return (
            noun.dep_ in ("pobj", "advmod", "mark")
            and f"{noun.head.lower_} {noun.lower_}" in self.cues.purpose_phrases
        )

    def _negated_governor(self, verb: Token, under_report: bool) -> bool:
        """A negating governor that is itself negated ("did not rule out", "refused to rule
        out"): what it governs is left possible."""
        if self._own_status(verb, under_report) == "negated":
            return True
        return verb.dep_ == "xcomp" and self._governor_status(verb.head) == "negated"

    def _unconfirmed(self, verb: Token, under_report: bool) -> bool:
        """ "refused to confirm", "did not confirm": the act is left unconfirmed."""
        if verb.lemma_.lower() not in self.cues.confirm_verbs:
            return False
        if self._own_status(verb, under_report) == "negated":
            return True
        return verb.dep_ == "xcomp" and self._governor_status(verb.head) == "negated"

    def _reported_status(self, report: Token, under_report: bool) -> str:
        """The status of an act in a report noun's clause, from the verb that governs the
        report: dismissed or denied reports are negated, others report the act as done."""
        verb = report.head
        if report.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if (
            report.dep_ in ("dobj", "pobj")
            and self._governor_status(verb) == "negated"
            and self._own_status(verb, under_report) is None
            and not _after_nor(verb)
        ):
            return "negated"
        return "asserted"

    def _timed_by(self, clause: Token, marks: list[str], under_report: bool) -> str | None:
        """ "after/when/before ..." under a planned or hypothetical main clause shares its
        status; "only after" is a condition."""
        cues = self.cues
        if not any(m in cues.temporal_marks for m in marks):
            return None
        if any(c.dep_ == "advmod" and c.lower_ == "only" for c in clause.children):
            return "hypothetical"
        modal = next(
            (cues.modals[c.lower_] for c in clause.head.children
             if c.dep_ == "aux" and c.lower_ in cues.modals),
            None,
        )  # fmt: skip
        if modal is None:
            return None  # "weighing whether to send arms after troops were deployed": done
        main = self._own_status(clause.head, under_report)
        if main == "negated":
            return modal  # "will not attack when the talks begin": the talks are to come
        return main if main in ("planned", "hypothetical") else None

    def _predicate_status(self, verb: Token) -> str | None:
        """The status a predicate gives its (event noun) subject: "is likely", "are expected
        to resume", "is due", "is under consideration"."""
        pending = self._pending_phrase(verb)
        if pending and self._own_status(verb, False) == "negated":
            # "a summit is not on the cards" is negated; "not off the table" stays possible
            return "hypothetical" if pending == "negated" else "negated"
        if pending:
            return pending
        for c in verb.children:
            if c.dep_ in ("acomp", "xcomp", "oprd") and c.lemma_.lower() in self.cues.governors:
                return self.cues.governors[c.lemma_.lower()]
            if c.dep_ == "attr" and c.lemma_.lower() in self.cues.predicate_nouns:
                return self.cues.governors[c.lemma_.lower()]  # "remains a possibility"
        lemma = verb.lemma_.lower()
        scheduled_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        if is_passive(verb) and lemma in self.cues.clause_only and scheduled_for:
            return self.cues.governors.get(lemma)  # "talks are set for next week"
        if is_passive(verb) and lemma not in self.cues.clause_only:
            governed = self._governor_status(verb)  # by verb and particle: "was called off"
            if governed in ("planned", "hypothetical", "negated"):
                return governed  # "talks are scheduled for Monday", "the summit was called off"
        if lemma == "be" and any(
            c.dep_ == "xcomp" and child(c, "aux") is not None for c in verb.children
        ):
            return "planned"  # "talks ... are to resume on Thursday"
        if verb.dep_ != "ROOT" or child(verb, "xcomp") is None:
            return None
        return self._governor_status(verb) if verb.lemma_.lower() != "be" else None

    def _pending_phrase(self, verb: Token) -> str | None:
        """ "is under consideration", "remains on the table", "is in the works": a phrase
        on the predicate that leaves its subject undecided or still to come. A phrase is
        matched by its preposition and its last word ("under active consideration")."""
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    status = self.cues.pending_phrases.get(f"{prep.lower_} {obj.lower_}")
                    if status:
                        return status
        return None

    def _is_condition(self, clause: Token) -> bool:
        """ "if/unless/provided X ...", "Should X attack, ...", "in case X ...": a condition
        on the clause it modifies. "even if" concedes, it does not condition."""
        cues = self.cues
        for c in clause.children:
            if c.dep_ == "mark" and c.lower_ in cues.main_conditionals:
                return not (c.i > 0 and c.doc[c.i - 1].lower_ == "even")
            if c.dep_ == "mark" and self._ends_conditional_phrase(c):
                return True  # "as long as Hezbollah stops firing"
            if self._conditional_phrase(c):
                return True
        if self._only_when(clause):
            return True  # "will only negotiate once Russian troops leave"
        subj = child(clause, "nsubj", "nsubjpass")
        return subj is not None and any(
            c.dep_ == "aux" and c.lower_ == "should" and c.i < subj.i for c in clause.children
        )

    def _only_when(self, clause: Token) -> bool:
        """ "only once/when/after X ...", or "will only act once X ...": a time made a
        condition."""
        cues = self.cues
        timing = [
            c
            for c in clause.children
            if c.dep_ in ("mark", "advmod")
            and (c.lower_ in cues.temporal_marks or c.lower_ in cues.conditionals)
            and c.i < clause.i
        ]
        if not timing:
            return False
        on_either = [*clause.children, *clause.head.children]
        return any(c.dep_ == "advmod" and c.lower_ == "only" for c in on_either)

    def _conditional_phrase(self, prep: Token) -> bool:
        """ "in case ...", "in the event of ...", "on condition that ..." (not "spoke on
        condition of anonymity": the condition must be a clause)"""
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
            return False
        return any(
            g.lemma_.lower() in self.cues.conditional_nouns
            and (prep.lower_ == "in" or any(c.dep_ in ("acl", "ccomp") for c in g.children))
            for g in prep.children
        )

    def _ends_conditional_phrase(self, mark: Token) -> bool:
        """ "as long as", "so long as": a condition spelled with a comparison"""
        doc = mark.doc
        return any(
            doc[mark.i - n : mark.i + 1].text.lower() in self.cues.conditional_phrases
            for n in (1, 2, 3)
            if mark.i - n >= mark.sent.start
        )

    def _presupposed_in_comment(self, token: Token) -> bool:
        """ "no claim of responsibility for the bombing", "did not comment on the strike": the
        act one claims, denies or declines responsibility for, or comments on, was done."""
        return (
            token.dep_ == "prep"
            and token.lower_ in ("for", "on", "about")
            and token.head.lemma_.lower() in self.cues.presupposing_words
        )

    def _wh_clause(self, clause: Token) -> bool:
        """ "did not say how many troops it had withdrawn", "it was not clear who carried out
        the attack": a clause opened by a question word asks about a detail of a done act
        ("whether" asks if it happens: that is a condition word)."""
        first = next(iter(clause.subtree))
        return clause.dep_ == "ccomp" and first.tag_ in ("WRB", "WP", "WDT", "WP$")

    def _conditioned(self, verb: Token, status: str) -> bool:
        """The clause of the event carries a true condition ("Washington will impose
        sanctions unless ...", "Ukraine would agree to a ceasefire provided that ..."): the
        act is hypothetical. A past act stays as reported ("threatened ... if ...")."""
        if status not in ("asserted", "planned"):
            return False
        if status == "asserted" and _reported_past(verb):
            return False
        return self._has_condition(verb)

    def _has_condition(self, verb: Token) -> bool:
        frontier, seen = [verb], 0
        while frontier and seen < 12:
            node = frontier.pop()
            seen += 1
            for c in node.children:
                if c.dep_ in ("advcl", "csubj") and self._is_condition(c):
                    return True  # (an inverted "Should X test ..., Y would" is parsed csubj)
                if c.lower_ in self.cues.main_conditionals and c.dep_ in ("acl", "advcl", "prep"):
                    return True  # "a ceasefire provided that ..."
                if self._conditional_phrase(c):
                    return True  # "would close the strait in the event of an attack"
                if c.dep_ in ("dobj", "prep", "pobj"):
                    frontier.append(c)
        return False

    def _present_plan(self, verb: Token) -> bool:
        """ "Blinken travels to Beijing on Sunday": a simple present event verb with a time
        word of the future is the headline way of announcing a plan; so is a present
        progressive with a future adverb ("is heading to Cairo for talks next week")."""
        if self._progressive_plan(verb):
            return True
        if verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children
        ):
            return False
        return any(
            t.lower_ in self.cues.present_future
            for c in verb.children
            if c.dep_ in ("npadvmod", "advmod", "prep", "tmod")
            for t in c.subtree
        )

    def _progressive_plan(self, verb: Token) -> bool:
        """ "Ministers are meeting in Brussels next week" (not weekdays: "are pushing into
        Kursk on Tuesday" is today's news)."""
        if verb.tag_ != "VBG" or not any(
            c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children
        ):
            return False
        adverbials = " ".join(
            " ".join(t.lower_ for t in c.subtree)
            for c in verb.children
            if c.dep_ in ("npadvmod", "advmod", "prep", "tmod")
        )
        return any(f" {phrase} " in f" {adverbials} " for phrase in self.cues.future_adverbs)

    def _governor_status(self, head: Token) -> str | None:
        """The status a governing word gives its complement; phrasal verbs by verb and
        particle ("ruled out talks" -> negated), else by lemma."""
        governors = self.cues.governors
        lemma = head.lemma_.lower()
        for particle in head.children:
            # "ruled out", and verb + adverb: "have yet to sign"
            # ("pulled out of": the parser may hang "out" as a preposition)
            # ("close to signing", "open to talks": an adjective with its preposition, not
            # "opened the border to refugees")
            as_particle = particle.dep_ in ("prt", "advmod") or (
                particle.dep_ == "prep" and child(head, "dobj") is None
            )
            if as_particle and f"{lemma} {particle.lower_}" in governors:
                return governors[f"{lemma} {particle.lower_}"]
        if head.dep_ in ("advmod", "acomp", "prt") and head.head is not head:
            # "steered clear of ordering", "stayed clear of strikes": the phrase the word
            # makes with its verb governs what its preposition names
            phrase = f"{head.head.lemma_.lower()} {lemma}"
            if phrase in governors:
                return governors[phrase]
        return governors.get(lemma)

    def _under_report(self, trigger: Token) -> bool:
        """The trigger sits in a clause reported by a speech verb ("Macron said France
        would withdraw"): there "would" is the future of the speaker's time, a plan."""
        token = trigger
        for _ in range(8):
            head = token.head
            if head is token:
                return False
            if (
                token.dep_ in ("ccomp", "parataxis")
                and head.lemma_.lower() in self.quote_cues.verbs
            ):
                return True
            token = head
        return False

    def _own_status(self, token: Token, under_report: bool) -> str | None:
        cues = self.cues
        status = None
        for c in token.children:
            if c.dep_ == "neg" or (
                c.lower_ in cues.negators and c.dep_ in ("neg", "advmod", "det", "preconj")
            ):
                return "negated"
            if (
                c.dep_ == "advmod"
                and c.lower_ in cues.negated_adverbs
                and any(g.lower_ in cues.negators for g in c.children)
            ):
                return "negated"  # "no longer supplies gas"
            if (
                c.dep_ == "mark"
                and c.lower_ in cues.conditionals
                and token.dep_ in ("advcl", "ccomp", "xcomp", "ROOT")  # "decided whether to"
            ):
                status = status or "hypothetical"
            if c.dep_ == "aux" and c.lower_ in cues.modals:
                modal = cues.modals[c.lower_]
                if c.lower_ == "would" and under_report and not _judged_state(token):
                    modal = "planned"  # "said France would withdraw": the speaker's future
                status = status or modal
            if c.dep_ == "aux" and c.lower_ in ("going",):
                status = status or "planned"
            if c.dep_ == "advmod" and c.lower_ in cues.hypothetical_adverbs:
                status = status or "hypothetical"  # "perhaps the army will arrest them"
        if self._negative_adverbial(token):
            return "negated"  # "at no point did troops retreat", "under no circumstances"
        return status

    def _negative_adverbial(self, verb: Token) -> bool:
        """ "At no point did Ukrainian troops retreat", "will under no circumstances send
        troops": a phrase of "no" and a noun of time or manner on the verb (the parser may hang
        it on the auxiliary) negates the act."""
        holders = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep":
                    continue
                for obj in prep.children:
                    if (
                        obj.dep_ == "pobj"
                        and obj.lemma_.lower() in self.cues.negative_adverbial_nouns
                        and any(self._negative_determiner(d) for d in obj.children)
                    ):
                        return True
        return False

    def _reporter(self, trigger: Token, resolve: ActorLookup, doc: Doc) -> int | None:
        token = trigger
        for _ in range(6):
            head = token.head
            if head is token:
                break
            if (
                token.dep_ in ("ccomp", "parataxis", "conj")
                and head.lemma_.lower() in self.quote_cues.verbs
                and head.i != trigger.i
            ):
                found = resolve.all(subject(head) or agent(head))
                if found and found[0] is not None:
                    return found[0]
            token = head
        return self._reporter_from_quotes(trigger, doc) or self._according_to(trigger, resolve)

    @staticmethod
    def _reporter_from_quotes(trigger: Token, doc: Doc) -> int | None:
        for quote in doc._.quotes or []:
            start, end = _char_bounds(quote.content)
            if start <= trigger.idx < end and quote.speaker is not None:
                return int(quote.speaker)
        return None

    @staticmethod
    def _according_to(trigger: Token, resolve: ActorLookup) -> int | None:
        for token in trigger.sent:
            if (
                token.lower_ == "according"
                and token.i + 1 < len(token.doc)
                and token.nbor().lower_ == "to"
            ):
                for obj in token.nbor().children:
                    found = resolve.all(obj)
                    if found and found[0] is not None:
                        return found[0]
        return None


def _prep_phrase_objects(head: Token, preposition: str) -> list[Token]:
    """Objects of ``preposition`` on ``head``; a "from" also reads "out of" and a "from"
    behind an adverb particle ("pulled its monitors out of Syria", "pull back from parts
    of Lebanon"): the place left is the same whichever words lead to it."""
    found = list(prep_objects(head, preposition))
    if preposition != "from" or found:
        return found
    found = list(prep_objects(head, "out of"))
    for particle in head.children:
        if particle.dep_ in ("advmod", "prt") and particle.lower_ in ADVERB_PARTICLES:
            found += prep_objects(particle, "from")
            if particle.lower_ == "out":
                found += prep_objects(particle, "of")
    return found


def _between_parties(head: Token, resolve: ActorLookup) -> list[int]:
    """The parties of "between X and Y" on ``head``. When the parser has cut the
    coordination ("a meeting between Zelensky and U.S. President Donald Trump ended ..."
    parses Trump as the subject of "ended"), the first actor right after "and" is the
    second party."""
    doc = head.doc
    for obj in prep_objects(head, "between"):
        found = resolve.all(obj)
        cut = [c.i for c in obj.children if c.dep_ == "cc" and c.lower_ == "and"]
        after = cut[0] if cut and not list(obj.conjuncts) else obj.right_edge.i + 1
        if len(found) == 1 and after < len(doc) and doc[after].lower_ == "and":
            named = [j for j in range(after + 1, min(after + 8, len(doc))) if j in resolve.actor_at]
            # the head of the noun phrase, not a modifier ("U.S." in "U.S. President Trump")
            heads = [j for j in named if doc[j].dep_ not in ("compound", "amod", "poss", "nmod")]
            pick = (heads or named)[:1]
            found += [resolve.actor_at[j] for j in pick if resolve.actor_at[j] not in found]
        if found:
            return found
    return []


def _complement_has_actor(verb: Token, resolve: ActorLookup) -> bool:
    """The subject of the verb's clause complement is an actor or a pronoun ("warned that
    Russia could strike", "warning that they could use force")."""
    for comp in verb.children:
        if comp.dep_ in ("ccomp", "xcomp"):
            subj = child(comp, "nsubj", "nsubjpass")
            if subj is None:
                return comp.dep_ == "xcomp"  # "warned of", "warned to": the warner acts
            if subj.pos_ == "PRON" or resolve.all(subj):
                return True
    return False


def _third_party_act(verb: Token, sources: list[int], resolve: ActorLookup, doc: Doc) -> bool:
    """The subject of the warning's complement is an actor of another country than the
    warner ("NATO's chief warned that Russia could attack", "Zelensky warned that Russia was
    preparing an offensive"): the warner warns of someone else's act, it threatens nothing."""
    actors = doc._.actors or []
    if sources and sources[0] >= len(actors):
        return False
    # an unnamed warner ("..., analysts warn") cannot threaten with another actor's act
    warner = actors[sources[0]] if sources else None
    for comp in verb.children:
        if comp.dep_ not in ("ccomp", "xcomp"):
            continue
        subj = child(comp, "nsubj", "nsubjpass")
        if subj is None or subj.pos_ == "PRON":
            return False
        actors_there = [actors[a] for a in resolve.all(subj) if a is not None and a < len(actors)]
        return bool(actors_there) and all(
            warner is None
            or (a.id != warner.id and (a.country or a.igo) != (warner.country or warner.igo))
            for a in actors_there
        )
    return False


def _after_nor(verb: Token) -> bool:
    """ "neither confirmed nor denied": the second conjunct is negated by "nor"."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children
    )


# Types whose direct object is the thing handed to the target: its modifiers name what it
# is ("an IRIS-T system", "Russian-made shells"), not whom it goes to.
GIVING_TYPES = ("AID",)


def _target_of_thing_acted_on(noun: Token, specs: Iterable[str], resolve: ActorLookup) -> list[int]:
    """ "the lifting of all U.S. sanctions on Syria", "the suspension of aid to Kyiv": an event
    noun whose "of" phrase names the thing acted on takes the party that thing's own phrase
    names (with the frame's prepositions)."""
    preps = [spec[5:] for spec in specs if spec.startswith("prep:") and spec not in NOT_NESTED]
    return [
        a
        for thing in prep_objects(noun, "of")
        for preposition in preps
        for o in prep_objects(thing, preposition)
        for a in resolve.all(o)
    ]


def _stranded_subject(verb: Token) -> Token | None:
    """ "Hamas freed 24 hostages held in Gaza and Israel released 39 prisoners": the parser
    joins "Israel" to "Gaza" and leaves "released" without a subject; a finite conjunct verb
    right after a coordinated name has that name as its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if child(verb, "nsubj", "nsubjpass", "expl") is not None:
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.head.i == verb.head.i:
        return None
    return name if any(c.dep_ == "cc" for c in name.head.children) else None


def _issuer(verb: Token, resolve: ActorLookup) -> list[int]:
    """ "Hungary blocked a joint EU statement condemning the crackdown", "Moscow's decree
    banning the group": a document that acts through a participle acts for whoever its own
    possessor or modifier names, before the subject of the verb that governs it."""
    document = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or document.lemma_.lower() not in INSTRUMENT_NOUNS:
        return []
    return [
        a
        for c in document.children
        if c.dep_ in ("poss", "compound", "amod", "nmod")
        for a in resolve.all(c)
    ]


def _at_behest(
    noun: Token, resolve: ActorLookup, sources: list[int], targets: list[int]
) -> tuple[list[int], list[int]]:
    """ "Congress approved a state of exception at the request of President Bukele", "visited
    Beijing at Xi's invitation": a request or an invitation named in an "at"/"on" adjunct of
    another act was made by its possessor or "of" phrase to whoever did that act; else the
    arguments found so far."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in BEHEST_PREPS or not _is_verb(prep.head):
        return sources, targets
    makers = resolve.all(child(noun, "poss")) or [
        a for o in prep_objects(noun, "of") for a in resolve.all(o)
    ]
    if not makers:
        return sources, targets
    verb = prep.head
    doers = resolve.all(agent(verb) if is_passive(verb) else event_subject(verb))
    return makers, [a for a in doers if a not in makers] or targets


def _reduced_passive(verb: Token) -> bool:
    """ "a mining firm accused of illegal dredging", "activists detained last week": a past
    participle that modifies a noun with no auxiliary is a passive whose patient is that noun."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _passive_patient(
    verb: Token, object_token: Token | None, actor_at: dict[int, int]
) -> Token | None:
    """Who a passive act is done to: its passive subject (the parser sometimes labels it
    ``nsubj``); a relative pronoun stands for the noun its clause modifies ("M23, whom Kinshasa
    says are armed by Rwanda"); a passive conjunct shares the subject of the verb it is
    coordinated with ("Zuniga ordered a pullback and was arrested"); a reduced relative's patient
    is the noun it modifies, unless that noun is no actor but the thing the frame acts with
    ("missiles fired at Kyiv" are no target; "rebels backed by Rwanda" are)."""
    found = child(verb, "nsubjpass") or (child(verb, "nsubj") if is_passive(verb) else None)
    if found is None and verb.dep_ == "conj" and is_passive(verb) and verb.head.i != verb.i:
        found = child(verb.head, "nsubj", "nsubjpass")
    if found is None and _reduced_passive(verb):
        thing = object_token is not None and verb.head.i == object_token.i
        found = None if thing and verb.head.i not in actor_at else verb.head
    if found is not None and found.lower_ in RELATIVE_PRONOUNS:
        found = _antecedent(found)
    return found


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative clause modifies, for a relative pronoun inside it."""
    for above in pronoun.ancestors:
        if above.dep_ == "relcl":
            return above.head if above.head.pos_ in ("NOUN", "PROPN") else None
    return None


def _raised_object(verb: Token) -> Token | None:
    """ "Security forces beat and hauled away students": a verb with no object of its own
    that is coordinated with a verb sharing its subject takes that verb's object."""
    for conj in verb.children:
        if (
            conj.dep_ == "conj"
            and conj.pos_ == "VERB"
            and child(conj, "nsubj", "nsubjpass") is None
            and not is_passive(conj)
        ):
            return child(conj, "dobj")
    return None


def _is_the_thing_given(obj: Token | None, fit: Fit, resolve: ActorLookup) -> bool:
    return (
        obj is not None
        and fit.frame.type in GIVING_TYPES
        and obj.i == getattr(fit.object_token, "i", None)
        and obj.i not in resolve.actor_at
    )


def _owner_of_object(verb: Token, resolve: ActorLookup) -> list[int]:
    """ "cut several Russian banks off", "struck Ukraine's energy grid", "froze the assets of
    Russia's central bank": when the thing acted on is no actor, the actor it belongs to
    (adjective, possessive, compound or "of") is the target."""
    obj = child(verb, "nsubjpass") if is_passive(verb) else child(verb, "dobj")
    if obj is None or resolve.all(obj):
        return []
    found = [
        a
        for c in obj.children
        if c.dep_ in ("amod", "poss", "compound", "nmod")
        for a in resolve.all(c)
    ]
    if not found:
        found = [a for o in prep_objects(obj, "of") for a in resolve.all(o)]
    return [a for a in found if a is not None]


def _proposer_of_object(fit: Fit, resolve: ActorLookup, mediation: frozenset[str]) -> list[int]:
    """ "ready to accept a ceasefire proposed by Washington", "rejected a plan drafted by
    the EU": whoever put forward what is accepted, rejected or judged is the target; who
    brokered it ("signed an agreement brokered by Russia") is a mediator, not a party;
    "brushed aside warnings from Canberra", "accepted an offer by Kyiv": the party it came from."""
    obj = fit.object_token if fit.object_token is not None else child(fit.trigger, "dobj")
    found: list[int] = []
    if obj is not None:
        for participle in obj.children:
            if participle.lemma_.lower() in mediation:
                continue
            if participle.dep_ == "acl" and participle.tag_ == "VBN":
                by = agent(participle)
                if by is not None:
                    return resolve.all(by)
        found = [a for p in ("from", "by") for o in prep_objects(obj, p) for a in resolve.all(o)]
    if not found and fit.frame.type in ("AGREE", "REJECT") and not is_passive(fit.trigger):
        # the parser may hang "from" on the verb ("brushing aside warnings from Canberra",
        # "withdrew from the Iran nuclear deal"); a place names no party ("the Paris accord")
        actors = fit.trigger.doc._.actors or []
        found = [
            a
            for o in prep_objects(fit.trigger, "from")
            for a in resolve.all(o)
            if actors[a].kind != "location"
        ]
    return found


def _complement_recipient(verb: Token, resolve: ActorLookup) -> list[int]:
    """ "pledged to send 1,000 police officers to Haiti", "agreed to open accession talks
    with Ukraine": a promise is made to whoever the promised act is for."""
    comp = child(verb, "xcomp")
    if comp is None:
        return []
    for preposition in ("to", "with", "against", "for"):
        found = [a for o in prep_objects(comp, preposition) for a in resolve.all(o)]
        if found:
            return found
    obj = child(comp, "dobj")
    return _recipient_of_object(obj, resolve) if obj is not None else []


def _recipient_of_object(obj: Token, resolve: ActorLookup) -> list[int]:
    """ "resumed intelligence sharing and security assistance to Ukraine", "suspended
    visa-free travel for Georgian diplomats": the party named on the event noun that the
    verb governs, when the frame's own slots found none."""
    for head in _with_conjuncts(obj):
        for preposition in OBJECT_PHRASE_PREPS:
            found = [a for o in prep_objects(head, preposition) for a in resolve.all(o)]
            if found:
                return [a for a in found if a is not None]
    return []


def _clause_verb(trigger: Token) -> Token | None:
    """The verb of the clause an event sits in: the trigger itself, or the verb a nominal
    trigger is an argument of ("could expand its offensive")."""
    token = trigger
    for _ in range(4):
        if _is_verb(token) or token.pos_ == "AUX":
            return token
        if token.head is token or token.dep_ not in (
            "dobj",
            "pobj",
            "prep",
            "nsubj",
            "nsubjpass",
            "attr",
        ):
            return None
        token = token.head
    return None


def _reported_past(verb: Token) -> bool:
    """A past act as reported ("threatened", "has imposed"), not a modal or future one."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in verb.children if c.dep_ == "aux")
    )


def _negated_argument(verb: Token, obj: Token | None, negators: frozenset[str]) -> bool:
    """ "No Russian delegation attended", "Neither Armenia nor Azerbaijan signed", "China
    conducted no drills": a negative subject or object negates the act."""
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if obj is not None:
        args.append(obj)
    for arg in args:
        if arg.lower_ in ("nobody", "none", "neither", "nothing"):
            return True
        # ("Not a single soldier has left": the parser hangs "not" on the noun)
        if any(
            g.dep_ in ("det", "preconj", "neg", "nummod") and g.lower_ in negators
            for g in arg.children
        ):  # ("Zero hostages were freed": a number of none)
            return True
    return False


def _describing_clause(event: EventMention) -> bool:
    """ "countries that supply Kyiv with weapons", "Al Udeid air base, which hosts U.S.
    forces": a relative clause in the simple present says what a party or place is or does
    as a rule; it reports no act of this story. Speech acts in the present are reported
    now ("the networks it blames for the massacre")."""
    verb = event.trigger.root
    return (
        event.type not in SPEECH_ACT_TYPES
        and verb.dep_ == "relcl"
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
    )


def _restates_subject_event(event: EventMention, events: list[EventMention]) -> bool:
    """ "A Russian strike on Kharkiv's main square hit the administration building": a verb
    whose subject is an event noun of the same type tells what that event did; the noun
    codes the one event."""
    verb = event.trigger.root
    if not _is_verb(verb):
        return False
    return any(
        other is not event
        and other.type == event.type
        and other.trigger.root.dep_ == "nsubj"
        and other.trigger.root.head.i == verb.i
        and _is_noun(other.trigger.root)
        for other in events
    )


def _participle_of_event_noun(
    event: EventMention, events: list[EventMention], vocab: EventVocabulary
) -> bool:
    """ "its largest-ever drills encircling the island", "a wave of strikes targeting
    Hezbollah": a present participle on an event noun says what that event does; it is
    not a second event. A protest said of people ("broke up crowds protesting over the
    results") is what they do: an act of its own."""
    verb = event.trigger.root
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "acl":
        nouns = [verb.head]
    elif (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in vocab.aiming_verbs
        and child(verb, "nsubj", "nsubjpass", "mark") is None
    ):
        # "adopted a package of sanctions against Russia, targeting firms in third
        # countries": the aim of the event noun the verb's object names (hung on the verb)
        nouns = [c for c in verb.head.subtree if c.dep_ in ("dobj", "pobj") and c.i < verb.i]
    else:
        return False
    return not (event.type in CROWD_ACT_TYPES and _names_people(verb.head, vocab)) and any(
        other is not event and other.trigger.start <= noun.i < other.trigger.end and _is_noun(noun)
        for noun in nouns
        for other in events
    )


def _participle_clause_subject(verb: Token) -> Token | None:
    """ "Heavy rains pounded the province, flooding homes and cutting power": a present
    participle clause with no subject of its own (or a conjunct of one) is done by the
    subject of the verb it hangs on."""
    token = verb
    for _ in range(3):
        if token.tag_ != "VBG" or token.dep_ not in ("advcl", "conj") or token.head is token:
            return None
        if child(token, "nsubj", "nsubjpass", "mark") is not None:
            return None
        token = token.head
        subj = child(token, "nsubj")
        if subj is not None:
            return subj
    return None


def _names_people(noun: Token, vocab: EventVocabulary) -> bool:
    """ "crowds", "thousands", "students": a noun for a number or a kind of people."""
    lemma = noun.lemma_.lower()
    return lemma in QUANTITY_NOUNS or lemma in vocab.civilian_patients


def _meeting_as_setting(event: EventMention, events: list[EventMention]) -> bool:
    """ "NATO leaders meeting in Washington pledged 40 billion euros": a meeting participle
    on the subject of another act is that act's setting (gold: meetings that only set
    another act are not listed)."""
    verb = event.trigger.root
    subject = verb.head
    return (
        event.type == "CONSULT"
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and subject.dep_ == "nsubj"
        and any(other.trigger.root.i == subject.head.i for other in events)
    )


def _heads_through(token: Token, links: tuple[str, ...], most: int) -> Iterator[Token]:
    """``token`` and the heads above it, climbing only from a word attached by one of
    ``links``: at most ``most`` words in all (a parse error is never followed far)."""
    for _ in range(most):
        yield token
        if token.dep_ not in links or token.head is token:
            return
        token = token.head


def _meeting_as_place_of_act(
    event: EventMention, events: list[EventMention], vocab: EventVocabulary
) -> bool:
    """ "Gulf leaders signed a declaration at a summit in Al-Ula", "pledged aid during a
    conference in Tokyo": a meeting named only as where another act was done is that act's
    setting (gold: not listed). A meeting given as the parties' own ("at their summit"), with
    a host or its parties ("a meeting hosted by ...", "a summit with Putin") or as joint
    ("a joint news conference") is reported."""
    noun = event.trigger.root
    if (
        event.type != "CONSULT"
        or noun.dep_ != "pobj"
        or noun.lemma_.lower() not in vocab.gathering_nouns
        or noun.head.lower_ not in vocab.setting_preps
    ):
        return False
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") or c.lower_ in vocab.joint_words:
            return False
        if c.dep_ == "poss" and c.tag_ in ("PRP$", "NNP"):
            return False  # "at their summit", "at Putin's summit" (not "a donors' conference")
        if c.dep_ == "prep" and c.lower_ in ("between", "with"):
            return False
    roots = {other.trigger.root.i for other in events if other is not event}
    # "signed a declaration ending the rift ... at a summit": the act may be a few links up
    links = ("xcomp", "acl", "dobj", "pobj", "prep", "conj")
    return any(act.i in roots for act in _heads_through(noun.head.head, links, 4))


def _manner_of_act(event: EventMention, events: list[EventMention], vocab: EventVocabulary) -> bool:
    """ "Israel recalled its ambassadors in protest", "walked out of parliament in protest at
    the budget": "in protest" says how the other act was done; it is no second event."""
    noun = event.trigger.root
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or noun.lemma_.lower() not in vocab.manner_nouns
        or prep.lower_ != "in"
        or child(noun, "det", "poss") is not None
    ):
        return False
    spans = [(o.trigger.start, o.trigger.end, o.trigger.root.i) for o in events if o is not event]
    # the parser may hang the phrase on a noun of the act ("from the three capitals in protest")
    return any(
        start <= token.i < end or token.i == root
        for token in _heads_through(prep.head, ("pobj", "prep", "dobj"), 4)
        for start, end, root in spans
    )


def _gathering_for_meeting(event: EventMention, events: list[EventMention]) -> bool:
    """ "Leaders gathered in Kazan for a BRICS summit", "officials will gather in Switzerland
    for a peace conference": coming together for a meeting is that meeting (coded by its
    noun), not a protest."""
    verb = event.trigger.root
    if event.type != "PROTEST" or not _is_verb(verb):
        return False
    return any(
        other.type == "CONSULT"
        and other.trigger.root.dep_ == "pobj"
        and other.trigger.root.head.lower_ in ("for", "at")
        and other.trigger.root.head.head.i == verb.i
        for other in events
    )


def _inverted_were(verb: Token) -> bool:
    """ "Were Israel to strike Iran's oil terminals, prices would soar": "were" before its
    subject opens a condition (not a question: "Were troops to leave?" has a question mark)."""
    subj = child(verb, "nsubj", "nsubjpass")
    return (
        verb.lower_ == "were"
        and subj is not None
        and verb.i < subj.i
        and not verb.sent.text.rstrip().endswith("?")
    )


def _across_semicolon(clause: Token) -> bool:
    """ "Soldiers opened fire ...; the army denied that ...": the parser may hang a clause on
    a verb after a semicolon, but a semicolon ends what that verb governs."""
    head = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or clause.i > head.i:
        return False
    return any(t.text == ";" for t in clause.doc[clause.i : head.i])


def _takes_auxiliary(verb: Token) -> bool:
    """A bare verb ("did not seek") or a participle with its auxiliaries ("would not be
    enforced"): a finite verb coordinated with it does not share them."""
    if verb.tag_ == "VB":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _is_past(verb: Token) -> bool:
    """A verb in the simple past or the perfect ("erupted", "has begun", "were held")."""
    if any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children
    ):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        (c.dep_ == "aux" and c.lemma_ == "have") or (c.dep_ == "auxpass" and c.tag_ == "VBD")
        for c in verb.children
    )


def _is_verb(token: Token) -> bool:
    return token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX")


def _is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def _is_reporting_only(token: Token, cues: QuoteCues, vocab: EventVocabulary) -> bool:
    lemma = token.lemma_.lower()
    return (
        lemma in cues.verbs and lemma not in cues.clause_only and lemma not in vocab.speech_events
    )


def _is_complement(clause: Token) -> bool:
    """A complement clause of its head; the parser hangs some to-infinitives after an object
    as adverbial clauses ("exhorted China to release ..."), and those count too."""
    if clause.dep_ in ("xcomp", "ccomp"):
        return True
    if clause.dep_ != "advcl" or not _to_infinitive(clause):
        return False
    addressee = child(clause.head, "dobj")
    # the object must be a party that can be told to act, not a thing ("would order the
    # lifting of sanctions to give the government a chance" is a purpose)
    return (
        addressee is not None
        and addressee.i < clause.i
        and (addressee.pos_ in ("PROPN", "PRON") or addressee.ent_type_ in ADDRESSEE_ENTITY_LABELS)
    )


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _directs_an_act(verb: Token) -> bool:
    """ "told the Kremlin to withdraw": a speech verb with an addressee and a to-infinitive
    tells someone to act; it does not report what was said."""
    addressee = child(verb, "dobj")
    return addressee is not None and any(
        _is_complement(c) and _to_infinitive(c) and c.i > addressee.i for c in verb.children
    )


def _time_phrase(prep: Token) -> bool:
    """ "on Thursday", "in March", "for the first time": a phrase that only dates the act."""
    return any(
        o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() == "time")
        for o in prep.children
    )  # ("for the first time")


def _has_modifier(token: Token, words: frozenset[str]) -> bool:
    # "joint air force drills": the parser may hang the modifier on a compound of the noun
    compounds = [c for c in token.children if c.dep_ == "compound"]
    return any(
        c.lower_ in words or c.lemma_.lower() in words
        for head in (token, *compounds)
        for c in head.children
        if c.dep_ in ("amod", "compound", "nmod", "nummod", "advmod", "poss", "oprd")
    )


def _of_object_in(noun: Token, words: frozenset[str]) -> bool:
    """ "the release of the hostages" says what "a hostage release" says."""
    return any(g.lemma_.lower() in words or g.lower_ in words for g in prep_objects(noun, "of"))


def _on_object_in(noun: Token, words: frozenset[str]) -> bool:
    """ "a ban on grain imports", "curbs on Russian coal": the object of "on" (or its "of"
    object: "a ban on the transit of gas") is one of ``words``."""
    return any(
        g.lemma_.lower() in words or g.lower_ in words or _of_object_in(g, words)
        for g in prep_objects(noun, "on")
    )


def _lemma_forms(token: Token) -> set[str]:
    """The lemma and the lower-cased form, and that form without a plural "s": the model
    takes some capitalised plurals for names and leaves them unlemmatised ("Wildfires
    threatened homes")."""
    lower = token.lower_
    return {token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower}


def _object_is_entity(verb: Token, labels: frozenset[str]) -> bool:
    """The direct object (or passive subject) is a named entity of one of ``labels``
    ("captured Goma" is a place taken, "captured two soldiers" people detained)."""
    obj = child(verb, "dobj", "nsubjpass")
    return obj is not None and obj.ent_type_ in labels


def _conjoined_object_fits(fit: Fit, fits: list[Fit]) -> list[Fit]:
    """ "will pull its ambassador and its 1,500 soldiers out of Niger": one verb, two
    conjoined objects that make two acts of different types (recalling an envoy, a
    SANCTION; withdrawing troops, a RETREAT); the first fit of each other type."""
    first = fit.object_token
    if first is None:
        return []
    conjuncts = {t.i for t in first.conjuncts}
    chosen: dict[str, Fit] = {}
    for other in fits:
        obj = other.object_token
        if (
            obj is not None
            and obj.i in conjuncts
            and other.frame.type != fit.frame.type
            and other.frame.type not in chosen
            # "launched drones and missiles": the first act takes both objects, so there
            # is one act, not a second of another type
            and not _lemma_forms(obj) & fit.frame.objects
        ):
            chosen[other.frame.type] = other
    return list(chosen.values())


def _subject_is(verb: Token, lemmas: frozenset[str]) -> bool:
    """The (inherited) subject, or passive agent, is one of ``lemmas`` ("protesters stormed")."""
    subj = _frame_subject(verb)
    return subj is not None and not lemmas.isdisjoint(_lemma_forms(subj))


def _frame_subject(verb: Token) -> Token | None:
    """The word a frame's ``subjects`` are checked on: the (inherited) subject or passive
    agent, the noun a relative pronoun stands for, or the noun a clause hangs on."""
    subj = agent(verb) if is_passive(verb) else subject(verb)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        subj = subj.head.head
    if subj is None and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBG"):
        # "a ceasefire between X and Y held for a third day": the parser reads the finite
        # verb as a clause on the noun, which is its subject; "warships patrolling off the
        # coast": the noun does what its present participle says
        subj = verb.head
    if subj is not None and (subj.like_num or subj.lemma_.lower() in QUANTITY_NOUNS):
        subj = next(prep_objects(subj, "of"), subj)  # "thousands of supporters stormed"
    return subj


def _has_complement(verb: Token, lemmas: frozenset[str]) -> bool:
    """The verb's complement or purpose clause is one of ``lemmas`` ("ordered the envoy to
    leave", "sent troops to help"); the parser may hang the to-infinitive on the direct
    object ("gave the diplomats 72 hours to leave", "reserved the right to respond")."""
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    clauses += [
        g
        for o in verb.children
        if o.dep_ == "dobj"
        for g in o.children
        if g.dep_ in ("acl", "relcl") and _to_infinitive(g)
    ]
    return any(c.lemma_.lower() in lemmas for c in clauses)


def _predicate_of_relative(verb: Token) -> Token | None:
    """ "a move the OAS called an attempted coup": in a relative clause on a noun whose
    subject is no relative pronoun, the noun is what is named and the direct object is the
    name given ("the envoy who called Putin" calls someone)."""
    subj = child(verb, "nsubj")
    if verb.dep_ != "relcl" or subj is None or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    return child(verb, "dobj")


def _names_with(predicate: Token, lemmas: frozenset[str]) -> bool:
    """The object predicate of a naming verb, or a modifier of it, is one of ``lemmas``: the
    frame is about that naming ("calling it a war crime" is an accusation)."""
    words = [predicate, *(c for c in predicate.children if c.dep_ in ("amod", "compound"))]
    return any(w.lemma_.lower() in lemmas or w.lower_ in lemmas for w in words)


def _is_audience(actor: int, doc: Doc) -> bool:
    actors = doc._.actors or []
    return actor < len(actors) and actors[actor].sector in AUDIENCE_SECTORS


def _quantified(noun: Token) -> Token:
    """ "a round of talks" -> "round": the noun that stands in the clause for ``noun``."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    return noun


def _bare_infinitive_clause(verb: Token) -> bool:
    """ "to withdraw" with no subject of its own."""
    aux = child(verb, "aux")
    return aux is not None and aux.tag_ == "TO" and child(verb, "nsubj", "nsubjpass") is None


def _clause_words(verb: Token, skip_preps: frozenset[str] | set[str]) -> list[Token]:
    """The words of the verb's clause, without its subject, phrases of ``skip_preps``,
    relative clauses and subordinate clauses with a conjunction ("after ...", "as ...")."""
    words: list[Token] = []
    frontier = [verb]
    while frontier and len(words) < 60:
        token = frontier.pop()
        words.append(token)
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ in skip_preps:
                continue
            if token is verb and c.dep_ in ("nsubj", "nsubjpass"):
                continue
            if c.dep_ == "relcl" or (c.dep_ == "advcl" and child(c, "mark") is not None):
                continue
            frontier.append(c)
    return words


def _prep_objects_deep(verb: Token, skip_preps: frozenset[str] | set[str]) -> list[Token]:
    """Objects of the verb's prepositions, through a chain ("pulled out of the debate"),
    except those of ``skip_preps``."""
    found: list[Token] = []
    frontier = [
        c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ not in skip_preps
    ]
    for _ in range(3):
        found += [g for p in frontier for g in p.children if g.dep_ == "pobj"]
        frontier = [g for p in frontier for g in p.children if g.dep_ == "prep"]
    return found


def _has_score(verb: Token) -> bool:
    """A match score in the clause ("beat Argentina 2-0", "won 3–1"): numbers of one or two
    digits joined by a dash (years, "2014-2015", are longer)."""
    sent = verb.sent
    for t in sent:
        if t.head.i != verb.i and t.i != verb.i:
            continue
        window = sent.doc[max(sent.start, t.i - 2) : min(sent.end, t.i + 3)].text
        if SCORE.search(window):
            return True
    return False


def _direct_object_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """The direct object, or the object of "with" ("met with criticism"), is one of
    ``lemmas``."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += prep_objects(verb, "with")
    # "mobilised thousands of volunteers": the object is what the quantity counts
    objects += [
        g
        for obj in objects
        if obj.like_num or obj.lemma_.lower() in QUANTITY_NOUNS
        for g in prep_objects(obj, "of")
    ]
    return any(obj.lemma_.lower() in lemmas for obj in objects)


def _with_conjuncts(token: Token | None) -> list[Token]:
    return [] if token is None else [token, *token.conjuncts]


def _measured_phrase(noun: Token) -> Token:
    """The head of the quantity or time phrase a noun is measured by ("weeks" for "protests"
    in "weeks of protests", "wave" in "a wave of strikes"), else the noun itself."""
    token = noun
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
            token = token.head.head
            continue
        break
    return token


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, through quantity phrases ("launched a wave of
    strikes", "sat down for a round of talks")."""
    token = _measured_phrase(noun)
    if token.dep_ in ("dobj", "attr"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb = token.head.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _purpose_of_same_event(event: EventMention, events: list[EventMention]) -> bool:
    """ "marched through Brussels to protest", "arrived in Hiroshima to attend the summit",
    "launched air attacks, targeting the grid": a clause that states the purpose or manner of
    an event of the same type is that event again."""
    token = event.trigger.root
    if token.dep_ not in ("xcomp", "advcl") or token.head is token:
        return False
    if child(token, "nsubj", "nsubjpass", "mark") is not None:
        return False
    head = token.head
    parts = {head.i} | {c.i for c in head.children if c.dep_ in ("dobj", "prep")}
    parts |= {g.i for c in head.children if c.dep_ == "prep" for g in c.children}
    return any(
        e is not event and e.type == event.type and e.trigger.root.i in parts for e in events
    )


def _instrument_of_act(event: EventMention, events: list[EventMention]) -> bool:
    """ "stormed the hotel with guns and car bombs": a weapon noun in a "with" phrase on
    another act is what that act was done with, not an attack of its own."""
    noun = event.trigger.root
    if not _is_noun(noun):
        return False
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    verb = noun.head.head
    return any(
        e is not event and e.trigger.root.i == verb.i and e.type in INSTRUMENT_TYPES for e in events
    )


def _conjunct_of_object(
    event: EventMention, events: list[EventMention], halt_verbs: frozenset[str]
) -> bool:
    """ "halted climate talks and military-to-military dialogue": a noun coordinated with the
    object word of a halting act's trigger ("halted climate talks") is halted too, not an
    event of another type ("resumed intelligence sharing and security assistance" resumes
    both)."""
    noun = event.trigger.root
    if not _is_noun(noun) or noun.dep_ != "conj":
        return False
    first = noun.head
    return any(
        e is not event
        and e.type != event.type
        and first.i in {t.i for t in e.trigger}
        and first.i != e.trigger.root.i
        and e.trigger.root.lemma_.lower() in halt_verbs
        for e in events
    )


def _aim_of_act(event: EventMention, events: list[EventMention]) -> bool:
    """ "supporters who gathered in Dakar to denounce the move": what a protest is for is
    part of it, not a second event."""
    token = event.trigger.root
    if token.dep_ not in ("xcomp", "advcl") or not _to_infinitive(token):
        return False
    if child(token, "nsubj", "nsubjpass", "mark") is not None:
        return False
    head = token.head.i
    return any(
        e is not event
        and e.trigger.root.i == head
        and event.type in AIM_OF_ACT_TYPES.get(e.type, ())
        for e in events
    )


def _speech_head(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The attribution verb whose reported clause the verb is ("Hungary said it would block")."""
    token = verb
    for _ in range(3):
        if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_.lower() in speech_verbs:
            return token.head
        if token.dep_ != "conj" or token.head is token:
            return None
        token = token.head
    return None


def _absolute_of_same_event(event: EventMention, events: list[EventMention]) -> bool:
    """ "held talks in Muscat, with Oman's foreign minister shuttling between them": a
    participle in a "with" phrase on an event's trigger, done by a third party, describes
    that event (here who carried the messages); it is not a second event of the same type.
    A party's own act stays ("reached an understanding, with the militia pledging to ...")."""
    root = event.trigger.root
    prep = root.head
    if not (root.tag_ == "VBG" and root.dep_ == "pcomp" and prep.lower_ == "with"):
        return False
    anchor = prep.head.i
    return event.source is not None and any(
        e is not event
        and e.type == event.type
        and e.trigger.start <= anchor < e.trigger.end
        and event.source not in (e.source, e.target, *e.others)
        for e in events
    )


def _coded_by_conjunct(event: EventMention, events: list[EventMention]) -> bool:
    """An event of the same type on a coordinated verb ("convicted ... and sentenced")."""
    root = event.trigger.root
    linked = {c.i for c in root.conjuncts}
    return any(e.type == event.type and e.trigger.root.i in linked for e in events)


def _role_of_deployment(event: EventMention, events: list[EventMention]) -> bool:
    """ "sent 1,500 troops to Russia to fight in Ukraine", "landed in Haiti to help local
    forces fight the gangs": the fighting is what the deployment or aid is for, coded by the
    deployment or aid event, not an attack of its own."""
    if event.type != "ASSAULT":
        return False
    deployments = {e.trigger.root.i for e in events if e.type in ("MOBILIZE", "AID")}
    token = event.trigger.root
    for _ in range(3):
        if token.dep_ not in ("advcl", "xcomp") or child(token, "nsubj", "nsubjpass", "mark"):
            return False
        token = token.head
        if token.i in deployments:
            return True
    return False


def _same_meeting(event: EventMention, events: list[EventMention]) -> bool:
    """A meeting noun that names a meeting already coded: the venue of a meeting verb ("met
    ... at a Paris summit"), a bare "the talks" taking up earlier talks ("pulled out of a
    meeting ..., citing the exclusion of Turkey from the talks"), or a summit standing for its
    participants as the subject of their act ("an Arab League summit endorsed the plan")."""
    if event.type != "CONSULT":
        return False
    noun = event.trigger.root
    consults = [e for e in events if e.type == "CONSULT" and e is not event]
    at_venue = noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during")
    if at_venue and any(e.trigger.root in noun.ancestors for e in consults):
        return True
    modifiers = [c for c in noun.children if c.dep_ not in ("det", "punct")]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if definite and not modifiers and any(e.trigger.start < event.trigger.start for e in consults):
        return True
    return noun.dep_ == "nsubj" and any(e.trigger.root.i == noun.head.i for e in events)


def _object_of_reversal(event: EventMention, events: list[EventMention]) -> bool:
    """ "the lifting of sanctions", "a halt to strikes": the nominal names what is reversed,
    it is not an event of its own."""
    token = event.trigger.root
    if token.dep_ != "pobj" or token.head.lower_ not in ("of", "to", "in"):
        return False
    if event.type in YIELDED_TO_TYPES and token.head.lower_ == "to":
        return False  # "gave in to the demands": the demand is what is yielded to
    governor = token.head.head
    return any(e.trigger.root.i == governor.i and e.type in REVERSAL_TYPES for e in events)


# drills are coded as a show of force or, held jointly, as cooperation: the same exercise
DRILL_TYPES = frozenset({"MOBILIZE", "COOPERATE"})


def _restates_verb_event(
    event: EventMention, verb_events: list[EventMention], vocab: EventVocabulary
) -> bool:
    """A nominal trigger inside the phrase of a verbal trigger of the same type is the same
    event told twice ("killed him in an air strike", "launched a wave of strikes"), and so is
    one that is its subject ("two car bombs tore through a junction"); an exercise noun
    restates drills of either drill type ("staged joint drills, the largest edition of their
    annual exercises"); not one answered by it ("fired missiles in retaliation for the drone
    strike")."""
    exercise_nouns = vocab.exercise_nouns
    token = event.trigger.root
    roots = {e.trigger.root.i for e in verb_events if e.type == event.type}
    if event.type in DRILL_TYPES and token.lemma_.lower() in exercise_nouns:
        # only a verb event that is itself drills ("moved troops into Belarus for joint
        # exercises" is a deployment and the exercises an event of their own)
        roots |= {
            e.trigger.root.i
            for e in verb_events
            if e.type in DRILL_TYPES and any(t.lemma_.lower() in exercise_nouns for t in e.trigger)
        }
    if token.dep_ == "nsubj" and token.head.i in roots:
        return True
    if event.type in CROWD_ACT_TYPES and token.dep_ == "pobj" and token.head.lower_ == "during":
        return False  # "breached parliament during demonstrations": the wider protest
    for _ in range(5):
        if event.type == "CONSULT" and token.dep_ == "pobj" and token.head.lower_ == "for":
            return False  # "travelled to Beijing for talks": the talks are an event too
        # (through a complement too: "agreed to a truce to allow ..., in a deal brokered by
        # Qatar" names the agreement once more)
        if token.head is token or token.dep_ not in (
            "pobj", "prep", "agent", "dobj", "npadvmod", "appos", "xcomp"
        ):  # fmt: skip
            return False
        token = token.head
        if token.i in roots:
            return True
        if token.lemma_.lower() in vocab.response_nouns:
            return False
    return False


def _object_with_lemma(
    token: Token,
    lemmas: frozenset[str],
    through_complement: bool = True,
    only_preps: frozenset[str] = frozenset(),
    adjunct_preps: frozenset[str] = frozenset(),
    breach_nouns: frozenset[str] = frozenset(),
) -> Token | None:
    """The first direct object, prepositional object (of ``only_preps`` when given) or
    modifier of one of these with one of ``lemmas``; the "of" phrase of a breach noun ("in
    violation of the truce") names what is broken, never the object."""
    candidates: list[Token] = []
    if (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and agent(token) is not None
        and token.head.i in (token.doc._.actor_at or {})
    ):
        # "rebels backed by Rwanda": the party named by the noun is what the agent backs
        # (not "a talk show hosted by", "the position taken by")
        candidates.append(token.head)
    for c in token.children:
        if _summing_up_object(c):
            continue  # "resumed flights ..., a first result of the talks": no talks resumed
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
            candidates.append(c)
            if c.dep_ == "dobj" and only_preps:
                # "treat any convoy carrying arms as a target": the parser hangs the phrase
                # the frame asks for on a participle inside the object
                candidates += [
                    g
                    for v in c.children
                    if v.dep_ == "acl" and v.tag_ in ("VBG", "VBN")
                    for p in v.children
                    if p.dep_ == "prep" and p.lower_ in only_preps
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
        elif c.dep_ in ("prep", "prt", "agent") and (
            c.lower_ not in adjunct_preps or c.lower_ in only_preps
        ):  # ("hauled Myanmar before the ICJ": a frame may ask for such a phrase)
            # ("fighting resumed after the talks": no talks resumed)
            if not only_preps or c.lower_ in only_preps:
                candidates += [g for g in c.children if g.dep_ == "pobj"]
            if c.lower_ in ADVERB_PARTICLES:  # "pulled out of the deal"
                candidates += [
                    g
                    for p in c.children
                    if p.dep_ == "prep" and (not only_preps or p.lower_ in only_preps)
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
        elif c.dep_ == "xcomp" and through_complement:
            candidates += [g for g in c.children if g.dep_ == "dobj"]
        elif c.dep_ == "ccomp" and c.lemma_.lower() == "be":
            # "said the charges were fabricated": the predicate of what is said
            candidates += [g for g in c.children if g.dep_ == "acomp"]
        elif _small_clause(c):
            # "declared him persona non grata": the parser reads the object and its
            # predicate as a clause of their own; the predicate is the verb's object
            candidates += [c, *(g for g in c.children if g.dep_ == "dobj")]
    if token.dep_ == "relcl":
        # "the truce that Putin had declared": a relative pronoun object stands for the noun
        candidates += [token.head for c in candidates if c.lower_ in RELATIVE_PRONOUNS]
    candidates += _object_of_coordinated_verb(token, candidates)
    candidates += _mistagged_object_heads(token)
    for cand in list(candidates):
        candidates += [g for g in cand.children if g.dep_ in ("compound", "amod")]
        candidates += [
            g
            for p in cand.children
            if p.dep_ == "prep"
            and p.lower_ in ("of", "in")  # "billions of euros in aid"
            and cand.lemma_.lower() not in breach_nouns
            for g in p.children
            if g.dep_ == "pobj"
        ]
        candidates += list(cand.conjuncts)
        candidates += [g for g in cand.children if g.dep_ == "appos"]
    for cand in candidates:
        if cand.lemma_.lower() in lemmas or cand.lower_ in lemmas:
            return cand
    return None


def _agreement_takes_effect(event: EventMention) -> bool:
    """ "a ceasefire deal, which will take effect on Sunday": the clause on the agreement
    says what happens to the agreement itself (it comes into force), not an act it provides
    for."""
    verb = event.trigger.root
    subj = child(verb, "nsubj")
    return (
        event.type == "RETREAT"
        and event.mode == "ceasefire"
        and subj is not None
        and subj.lower_ in RELATIVE_PRONOUNS
    )


def _cancelling_particle(verb: Token) -> bool:
    """ "called off a visit", "called off the talks": the particle makes the verb a
    cancellation, which governs the act it cancels without asking for it."""
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _summing_up_object(word: Token) -> bool:
    """ "resumed charter flights ..., a first tangible result of the talks": a second direct
    object after a comma is a noun phrase summing up the clause (the parser takes it for an
    object), not a second thing the verb acts on."""
    if word.dep_ != "dobj" or word.left_edge.i == 0:
        return False
    earlier = any(c.dep_ == "dobj" and c.i < word.i for c in word.head.children)
    return earlier and word.doc[word.left_edge.i - 1].text == ","


def _object_of_coordinated_verb(verb: Token, candidates: list[Token]) -> list[Token]:
    """ "would not sign the finance bill and would withdraw it", "imposed a curfew and lifted
    it a week later": a pronoun object of a verb coordinated with another stands for that
    verb's direct object."""
    if verb.dep_ != "conj" or not any(
        c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS for c in candidates
    ):
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj" and c.lower_ not in OBJECT_PRONOUNS]


def _small_clause(clause: Token) -> bool:
    """A complement clause without a finite verb, auxiliary or conjunction: an object and
    its predicate the parser took for a clause ("declared [him persona non grata]")."""
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ not in ("VBD", "VBN", "MD")
        and any(g.dep_ == "nsubj" for g in clause.children)
        and not any(g.dep_ in ("aux", "auxpass", "mark", "neg") for g in clause.children)
    )


def _mistagged_object_heads(verb: Token) -> list[Token]:
    """ "reopened the Kerem Shalom crossing": the tagger may read an "-ing" noun after a
    name as a verb of its own, leaving the name as the object; the "-ing" word right after
    the object is then the object's head."""
    doc = verb.doc
    return [
        c
        for c in verb.children
        if c.tag_ == "VBG"
        and c.dep_ in ("advcl", "xcomp", "dep", "acl")
        and c.i > 0
        and doc[c.i - 1].dep_ == "dobj"
        and doc[c.i - 1].head.i == verb.i
        and doc[c.i - 1].pos_ == "PROPN"
    ]


def _threatened_objects(events: list[EventMention]) -> set[int]:
    """Tokens of the object an asserted threat names ("vowed more attacks", "hinted at new
    sanctions"): an act named there is threatened, not done."""
    return {
        t.i
        for e in events
        if e.type == "THREATEN" and e.status == "asserted"
        for t in e.trigger
        if t.i != e.trigger.root.i
    }


def _share_threat_targets(events: list[EventMention]) -> None:
    """ "threatened to cut off gas supplies to Moldova", "threatened Colombia with tariffs":
    a threat and the act it threatens are aimed at the same party; whichever of the two has
    no target takes the other's."""
    for threat in (e for e in events if e.type == "THREATEN"):
        verb = threat.trigger.root
        for act in events:
            if act is threat or act.type == "THREATEN":
                continue
            root = act.trigger.root
            governed = root.head == verb and root.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep")
            through_prep = root.head.head == verb and root.head.dep_ == "prep"
            if not (governed or through_prep):
                continue
            if threat.target is None and act.target is not None and act.target != threat.source:
                threat.target = act.target
            elif act.target is None and threat.target is not None and threat.target != act.source:
                act.target = threat.target


def _judged_state(verb: Token) -> bool:
    """ "(a blockade) would be difficult to sustain", "would be a disaster": a copula with a
    predicate judges a possibility; it announces nothing."""
    return verb.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children)


def _own_forces(source: int, target: int, doc: Doc) -> bool:
    """Whether ``target`` is the armed forces of the source's own state."""
    actors = doc._.actors or []
    mover, moved = actors[source], actors[target]
    return moved.sector == "MIL" and moved.country is not None and moved.country == mover.country


def _journey_not_visit(frame: Frame, sources: list[int], doc: Doc) -> bool:
    """ "Russian paratroopers began arriving in Kazakhstan", "the opposition candidate flew
    to Spain": troops travelling are deployed, and a dissident or a civilian flying abroad
    pays no official visit (a defence minister, a person in office, still visits)."""
    if frame.type != "CONSULT" or frame.mode != "visit" or not sources:
        return False
    actor = (doc._.actors or [])[sources[0]]
    if actor.kind == "person":
        return actor.sector in ("OPP", "CVL")
    return actor.sector in ("MIL", "REB", "CVL")  # ("five freed Americans flew to Doha")


# Dependencies that keep a word inside the noun phrase of the name it modifies or renames.
NAME_PHRASE_DEPS = ("compound", "nmod", "appos", "conj")


def _state_of_unknown(
    targets: list[int], sources: list[int], trigger: Token, doc: Doc
) -> list[int]:
    """ "bombs on Iran's Fordow and Natanz sites", "shelled Jermuk and other Armenian towns",
    "froze the assets of Venezuelan state oil company PDVSA": a target name the actor stage
    could not place in any country stands for the state its own phrase names; that state
    is the target and the unknown name stays an other party."""
    actors = doc._.actors or []
    first = actors[targets[0]]
    if first.country is not None or not first.id.startswith("local:") or first.kind == "person":
        return targets  # a person keeps the name: the nationality is the person's own
    actor_at: dict[int, int] = doc._.actor_at or {}
    argument_words = {t.i for t in trigger.subtree}
    for mention in first.mentions:
        if mention.root.i not in argument_words:
            continue  # another mention of the name, not the argument itself
        head = mention.root
        while head.dep_ in NAME_PHRASE_DEPS and head.head is not head:
            head = head.head
        for token in _phrase_without_adjuncts(head):
            index = actor_at.get(token.i)
            if index is None or index in sources or index == targets[0]:
                continue
            if actors[index].id.startswith("state:"):  # a state or one of its sectors
                return [index, *(t for t in targets if t != index)]
    return targets


def _phrase_without_adjuncts(head: Token) -> Iterator[Token]:
    """The words of ``head``'s noun phrase, leaving out its prepositional phrases other than
    "of" ("the hotel in Mali's capital" is not Mali's; "the assets of Venezuela's" are)."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ != "of":
            continue
        if c.dep_ in ("relcl", "acl", "advcl", "punct", "cc"):
            continue
        yield from c.subtree


def _home_state(source: int, target: int, doc: Doc) -> bool:
    """ "Ghani fled the country", "Russian troops left Russia for Belarus": one's own state
    is no party one withdraws from."""
    actors = doc._.actors or []
    home = actors[source].country
    return home is not None and actors[target].kind == "state" and actors[target].country == home


def _capital_left(target: int, trigger: Token, doc: Doc) -> bool:
    """ "pulled out of N'Djamena", "withdrew from Kyiv": a capital that stands for its
    government elsewhere is, as the place left, a city (and a city left is no target)."""
    words = {t.i for t in trigger.subtree}
    actor = (doc._.actors or [])[target]
    kinds = [
        kind
        for mention, kind in zip(actor.mentions, actor.mention_kinds, strict=False)
        if mention.root.i in words
    ]
    return bool(kinds) and all(kind == "metonym" for kind in kinds)


def _names_a_place(word: Token) -> bool:
    """ "the Paris attacks", "the Gaza strike": a place or a capital before an attack noun
    says where it happened, not who did it."""
    for actor in word.doc._.actors or []:
        for mention, kind in zip(actor.mentions, actor.mention_kinds, strict=False):
            if mention.start <= word.i < mention.end:
                return actor.kind == "location" or kind == "metonym"
    return False


def _owner_of_vehicle(noun: Token, resolve: ActorLookup) -> list[int]:
    """ "shot down by a U.S. fighter jet", "sunk by a Ukrainian naval drone": the actor named
    deeper in the modifiers of a weapon or vehicle (a modifier of its modifier)."""
    for modifier in noun.children:
        if modifier.dep_ in ("compound", "amod", "nmod"):
            found = [
                a
                for inner in modifier.children
                if inner.dep_ in ("compound", "amod", "nmod") and not _names_a_place(inner)
                for a in resolve.all(inner)
            ]
            if found:
                return found
    return []


def _hyphened_parties(noun: Token, resolve: ActorLookup) -> list[int]:
    """ "the Armenian-Azerbaijani talks", "a Putin-Xi summit": the parties of a joint act
    joined by a hyphen before its noun, in text order; none unless there are two."""
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")]
    words = sorted({t.i: t for m in modifiers for t in m.subtree}.values(), key=lambda t: t.i)
    if not any(t.text in ("-", "–") for t in words):
        return []
    found: list[int] = []
    for word in words:
        found += [a for a in resolve.all(word) if a not in found]
    return found if len(found) > 1 else []


def _domestic_target(
    event_type: str, source: int | None, target: int | None, trigger: Token, doc: Doc
) -> str | None:
    """ "months of student-led protests", "a million people marched across France": a protest
    that names no target is made against the government of its own country, the protesters'
    country or else the one country the sentence is about (gold conventions)."""
    if event_type not in DOMESTIC_TARGET_TYPES or target is not None:
        return None
    actors = doc._.actors or []
    if source is not None:
        actor = actors[source]
        if actor.kind in ("state", "igo") or actor.sector in STATE_VOICE_SECTORS:
            return None  # "Beijing protested": a diplomatic protest needs its addressee
        if actor.country is not None:
            return actor.country
    return _sentence_country(trigger, doc)


def _unnamed_protesters(event: EventMention, doc: Doc) -> tuple[str, str] | None:
    """ "Protesters stormed the residence of President Rajapaksa", "a million people marched
    across France": protesters the text names with no actor are civilians of the one
    country their sentence is about."""
    if event.type not in DOMESTIC_TARGET_TYPES:
        return None
    country = _sentence_country(event.trigger.root, doc)
    return None if country is None else (country, "CVL")


def _unnamed_organ(event: EventMention, doc: Doc) -> tuple[str, str] | None:
    """ "Navalny was arrested on arrival in Moscow", "the blogger was sentenced to eight
    years": an arrest or a sentence with no named doer was made by the police or the courts
    of the country where it happened, else of the person's own country."""
    sector = STATE_ORGAN_MODES.get((event.type, event.mode or ""))
    if sector is None and "legal" in event.context and event.type == "COERCE":
        sector = "JUD"  # the jailing that a prison sentence also is
    if sector is None:
        return None
    actors = doc._.actors or []
    target = actors[event.target] if event.target is not None else None
    if target is not None and target.kind == "state":
        return None
    word = event.trigger.root
    country = _sentence_country(word, doc, places_only=True)
    if country is None and target is not None and target.kind == "person":
        # no place named: the person's own country, when it is the only one the sentence names
        country = target.country if _sentence_country(word, doc) == target.country else None
    if (
        target is not None
        and target.sector in STATE_VOICE_SECTORS
        and target.country not in (None, country)
    ):
        return None  # "Iran's foreign minister was detained in London": too unusual to guess
    return None if country is None else (country, sector)


def _sentence_country(trigger: Token, doc: Doc, places_only: bool = False) -> str | None:
    """The one country that the actors (or the places) named in the trigger's sentence
    belong to; None when they name none or several."""
    sentence = trigger.sent
    countries = {
        actor.country
        for actor in doc._.actors or []
        if actor.kind != "igo" and (actor.kind == "location" or not places_only)
        for mention in actor.mentions
        if sentence.start <= mention.start < sentence.end
    }
    countries.discard(None)
    return countries.pop() if len(countries) == 1 else None


def _place_actors(doc: Doc) -> dict[int, str | None]:
    """The location actors of the document (index -> country). A place never acts; it stands
    for its country only as what an attack, a crackdown or a deployment is aimed at, and a
    place whose country is unknown stands for no one."""
    actors = doc._.actors or []
    return {i: a.country for i, a in enumerate(actors) if a.kind == "location"}


def _prior(frame: Frame, source: int | None, target: int | None) -> float:
    score = frame.confidence
    score += 0.1 if source is not None else -0.2
    if target is not None:
        score += 0.05
    return min(0.99, max(0.05, score))


def _char_bounds(content: Span | tuple[int, int]) -> tuple[int, int]:
    if isinstance(content, Span):
        return content.start_char, content.end_char
    return content


@Language.factory(
    "dyadline_events",
    default_config={"pattern_files": []},
    assigns=["doc._.events"],
    requires=["doc._.actors", "doc._.actor_at", "token.dep", "token.lemma"],
)
def make_event_coder(nlp: Language, name: str, pattern_files: list[str]) -> EventCoder:
    return EventCoder(nlp, name, pattern_files)
