"""Event trigger frames (``patterns/events.yaml``) and status cues (``patterns/status.yaml``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, Field, dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadline.knowledge.files import PACKAGE_DIR, Problems, load_yaml
from dyadline.knowledge.ontology import Ontology, load_ontology
from dyadline.records import EVENT_TYPES, STATUSES

PATTERNS_DIR = PACKAGE_DIR / "patterns"
OBJECT_KINDS = ("agreement", "territory", "weapon", "law", "sanction", "aid", "other")
_FRAME_REQUIRED = ["type", "lemmas"]
_FRAME_OPTIONAL = [
    "mode", "context", "objects", "preps", "complement", "target", "source", "needs_target",
    "object", "object_kind", "symmetric", "confidence", "heads", "requires_modifier",
    "needs_governor", "needs_object_kind", "object_entity", "subjects", "also", "complement_actor",
    "needs_source", "complements", "not_objects", "object_preps",
]  # fmt: skip
ENTITY_LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON")
_VOCABULARY_KEYS = [
    "casualty_verbs", "event_nouns", "non_agents", "background_preps",
    "absorbing_governors", "refusal_governors", "commissive_threats", "command_verbs",
    "speech_events", "mediation_verbs", "halt_nouns", "trip_verbs", "setting_nouns",
    "venue_nouns", "hearsay_nouns", "non_refusals", "threat_verbs", "force_words",
    "pretence_verbs", "endangered_nouns", "circumstance_preps",
    "relational_nouns", "meaning_particles", "naming_verbs",
    "accident_verbs", "non_event_modifiers", "exercise_nouns",
    "reaction_verbs", "adjunct_preps", "contest_nouns", "market_nouns", "sport_words",
    "answering_verbs", "civilian_patients", "response_nouns", "granting_verbs", "halt_verbs",
    "background_nouns", "displacement_verbs", "intent_adjectives", "agreement_nouns",
    "hazard_titles", "permission_verbs", "readiness_words", "absentia_words",
    "past_year_words", "ultimatum_verbs", "joint_decision_verbs", "aiming_verbs",
    "concessive_preps", "comment_act_nouns", "comment_claim_nouns", "dispersal_verbs",
    "gathering_nouns", "setting_preps", "joint_words", "topic_nouns", "topic_preps",
    "manner_nouns", "attribution_verbs",
    "retribution_verbs", "retribution_objects", "breach_nouns",
]  # fmt: skip


@dataclass(frozen=True)
class Frame:
    """One trigger frame; see the header of ``patterns/events.yaml`` for the fields."""

    type: str
    pos: str  # "verb" | "noun"
    lemmas: frozenset[str]
    mode: str | None = None
    context: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    complement: bool = False
    target: tuple[str, ...] = ("dobj", "nsubjpass")
    source: tuple[str, ...] = ("poss", "amod", "prep:by", "governor_subject")
    needs_target: bool = False
    object: str | None = None
    object_kind: str | None = None
    symmetric: bool = False
    confidence: float = 0.6
    heads: frozenset[str] = frozenset()
    requires_modifier: frozenset[str] = frozenset()
    needs_governor: frozenset[str] = frozenset()
    object_entity: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    also: str | None = None  # a second PLOVER type the same act is coded as
    complement_actor: bool = False
    needs_source: bool = False
    # the complement or purpose clause must be one of these verbs ("ordered ... to leave")
    complements: frozenset[str] = frozenset()
    # no fit when the direct object is one of these ("met the conditions" is no meeting)
    not_objects: frozenset[str] = frozenset()
    # the object must be the direct object or in one of these prepositional phrases
    # ("pulled out of the deal", not "pulled back under a deal")
    object_preps: frozenset[str] = frozenset()
    line: int = 0

    @property
    def specificity(self) -> int:
        return (
            2 * bool(self.objects)
            + bool(self.preps)
            + bool(self.complement or self.complements)
            + bool(self.heads)
            + bool(self.requires_modifier)
            + bool(self.object_entity)
            + 2 * bool(self.subjects)
        )


@dataclass(frozen=True)
class EventVocabulary:
    """Word lists that decide whether a fitting frame reports an event of its own
    (``vocabulary`` in ``patterns/events.yaml``; see its header)."""

    casualty_verbs: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    non_agents: frozenset[str] = frozenset()
    background_preps: frozenset[str] = frozenset()
    absorbing_governors: frozenset[str] = frozenset()
    refusal_governors: frozenset[str] = frozenset()
    commissive_threats: frozenset[str] = frozenset()
    command_verbs: frozenset[str] = frozenset()
    speech_events: frozenset[str] = frozenset()
    mediation_verbs: frozenset[str] = frozenset()
    halt_nouns: frozenset[str] = frozenset()
    trip_verbs: frozenset[str] = frozenset()
    setting_nouns: frozenset[str] = frozenset()
    # "signed a declaration at a summit": meetings named as the setting of another act
    gathering_nouns: frozenset[str] = frozenset()
    setting_preps: frozenset[str] = frozenset()
    joint_words: frozenset[str] = frozenset()
    # "protests against the mobilisation": nouns whose phrase names their topic
    topic_nouns: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    # "recalled its ambassadors in protest": "in" + noun saying how another act was done
    manner_nouns: frozenset[str] = frozenset()
    # "a strike widely attributed to Israel": agentless participles describing an event noun
    attribution_verbs: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    hearsay_nouns: frozenset[str] = frozenset()
    exercise_nouns: frozenset[str] = frozenset()
    non_refusals: frozenset[str] = frozenset()
    threat_verbs: frozenset[str] = frozenset()
    force_words: frozenset[str] = frozenset()
    pretence_verbs: frozenset[str] = frozenset()
    endangered_nouns: frozenset[str] = frozenset()
    circumstance_preps: frozenset[str] = frozenset()
    relational_nouns: frozenset[str] = frozenset()
    meaning_particles: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()
    non_event_modifiers: frozenset[str] = frozenset()
    # "drew criticism from France", "sparked condemnation": the subject is what is judged
    reaction_verbs: frozenset[str] = frozenset()
    # "rebuffed British calls", "denied allegations by Baku": the demand was made to the subject
    answering_verbs: frozenset[str] = frozenset()
    # "the anniversary of the invasion": an event noun recalled, not reported
    background_nouns: frozenset[str] = frozenset()
    # "residents fled": civilians displaced, not a party's retreat
    displacement_verbs: frozenset[str] = frozenset()
    # lemmas the model gets wrong for some verb forms ("staged" -> "stag"): wrong -> right
    verb_lemmas: Mapping[str, str] = field(default_factory=dict)
    # "fighting resumed after the failed talks": objects of these are circumstances
    adjunct_preps: frozenset[str] = frozenset()
    # "withdrew from the race", "beat Argentina in the final": contests, not conflict
    contest_nouns: frozenset[str] = frozenset()
    # "shares were hit", "exporters were hammered": markets and trade, not targets of force
    market_nouns: frozenset[str] = frozenset()
    # "fought off two championship points": sport in the clause of an act of force
    sport_words: frozenset[str] = frozenset()
    # "struck a cafe in Hroza", "killed villagers in Ituri": what an attack hits is the
    # civilians of the place's country
    civilian_patients: frozenset[str] = frozenset()
    # "fired missiles in retaliation for the drone strike": an event named in their phrase is
    # the earlier act answered, not the answering act told twice
    response_nouns: frozenset[str] = frozenset()
    # "approved Poroshenko's request to impose martial law": a granted request is carried out
    granting_verbs: frozenset[str] = frozenset()
    # "urged Ankara to halt the shelling": the act halted goes on; it is not what is asked
    halt_verbs: frozenset[str] = frozenset()
    # "is prepared to send troops": readiness to give help is an intent to cooperate
    intent_adjectives: frozenset[str] = frozenset()
    # "an agreement under which Canberra will fund ...": what an agreement provides for is
    # coded through the agreement (one AGREE), like a promise
    agreement_nouns: frozenset[str] = frozenset()
    # "Typhoon Haiyan", "Hurricane Maria": words before a name that make it a natural hazard
    hazard_titles: frozenset[str] = frozenset()
    # "would not allow U.S. troops to operate": permission withheld is a refusal (REJECT)
    permission_verbs: frozenset[str] = frozenset()
    # "troops are ready to respond decisively": readiness for an act of force, announced, is a
    # threat like a conditional announcement
    readiness_words: frozenset[str] = frozenset()
    # "sanctions aimed at Russia's shadow fleet": a participle that names what an act is aimed at
    aiming_verbs: frozenset[str] = frozenset()
    # "passed the law despite objections from Washington": a judgement, demand or protest in
    # such a phrase is aimed at the subject of the act it concedes
    concessive_preps: frozenset[str] = frozenset()
    # "..., a move Moscow condemned", "..., an accusation the rebels rejected": a noun that
    # sums up the clause before it, as the act done there or as the claim made there
    comment_act_nouns: frozenset[str] = frozenset()
    comment_claim_nouns: frozenset[str] = frozenset()
    # "fired tear gas to disperse protesters": the object of such a purpose is what the act
    # of force is aimed at
    dispersal_verbs: frozenset[str] = frozenset()
    # "sentenced to death in absentia": a sentence that jails no one
    absentia_words: frozenset[str] = frozenset()
    # "last year's crackdown": an event noun of an earlier year is background
    past_year_words: frozenset[str] = frozenset()
    # "ordered them to leave or face deportation": an ultimatum (THREATEN)
    ultimatum_verbs: frozenset[str] = frozenset()
    # "EU leaders agreed to ban Belarusian airlines": a decision to coerce, not an AGREE
    joint_decision_verbs: frozenset[str] = frozenset()
    # "warned that Tehran would pay", "warned that Athens would face consequences": the
    # warner names a third party as the one who will suffer its reply, a threat
    retribution_verbs: frozenset[str] = frozenset()
    retribution_objects: frozenset[str] = frozenset()
    # "struck Gaza in violation of the truce": what their "of" phrase names is broken, not
    # acted on
    breach_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StatusCues:
    negators: frozenset[str]
    modals: dict[str, str]
    conditionals: frozenset[str]
    governors: dict[str, str]
    future_adverbs: tuple[str, ...]
    modifiers: dict[str, str]
    clause_only: frozenset[str] = frozenset()
    intent: frozenset[str] = frozenset()
    # conditions that make the main clause hypothetical too ("will impose X unless ...")
    main_conditionals: frozenset[str] = frozenset()
    # nouns of a conditional "in" phrase ("in case", "in the event of")
    conditional_nouns: frozenset[str] = frozenset()
    # the status of an event asked about in a question ("Will Russia attack ...?")
    question_status: str | None = None
    # time words that make a simple present a plan ("travels to Beijing on Sunday")
    present_future: frozenset[str] = frozenset()
    # nouns whose "that" clause takes their status ("dismissed reports that ...")
    report_nouns: frozenset[str] = frozenset()
    # adverbs a negator turns into negation ("no longer")
    negated_adverbs: frozenset[str] = frozenset()
    # purpose: "a move aimed at", "in order to", and the status of a purpose clause
    purpose_participles: frozenset[str] = frozenset()
    purpose_phrases: frozenset[str] = frozenset()
    purpose_status: str | None = None
    # "tried to storm": the attempt of an act of these types is the act
    attempt_governors: frozenset[str] = frozenset()
    attempt_types: frozenset[str] = frozenset()
    # negated confirmation leaves the act unconfirmed ("refused to confirm that ...")
    confirm_verbs: frozenset[str] = frozenset()
    # "after/before/when" clauses that share a planned or hypothetical main clause's status
    temporal_marks: frozenset[str] = frozenset()
    # "would see hostages freed", "wants troops deployed": the participle's act is the
    # outcome of these verbs and takes their status
    result_verbs: frozenset[str] = frozenset()
    # "if confirmed", "if true": a condition on the report, not on the act; the reported
    # act is hypothetical
    confirmation_conditions: frozenset[str] = frozenset()
    # "is weighing a request from Kyiv": a request, threat or charge that is deliberated on
    # was made; only the answer to it is open
    deliberation_verbs: frozenset[str] = frozenset()
    # "instead of attacking", "talks rather than sanctions": the alternative set aside
    negating_phrases: frozenset[str] = frozenset()
    # "is under consideration", "on the table": a predicate phrase (preposition and last
    # word) and the status it gives its subject
    pending_phrases: dict[str, str] = field(default_factory=dict)
    # "did not detain Putin on his state visit": an occasion, not a complement of the verb
    occasion_nouns: frozenset[str] = frozenset()
    # "may test a missile during Biden's visit": the status of an occasion of a future act
    future_occasion_status: str | None = None
    # "denied any involvement in the strikes": nouns whose "in" act takes their status
    participation_nouns: frozenset[str] = frozenset()
    # "in exchange for the lifting of sanctions": the phrase nouns, and the words of a deal
    # or a promise whose exchanged act is still to come
    exchange_nouns: frozenset[str] = frozenset()
    commitment_words: frozenset[str] = frozenset()
    # "with troops to pull out within 60 days": prepositions of an arranged act, its status
    arrangement_preps: frozenset[str] = frozenset()
    arrangement_status: str | None = None
    # "if an attack happens": predicates that make their event subject the condition itself
    occurrence_verbs: frozenset[str] = frozenset()
    # "did not acknowledge that its jets hit it": the clause of these is taken as true
    factive_verbs: frozenset[str] = frozenset()
    # "is expected to veto": an expected act of these types is forecast (hypothetical)
    forecast_governors: frozenset[str] = frozenset()
    forecast_types: frozenset[str] = frozenset()
    # "no talks", "zero aid deliveries": determiners that negate their noun
    negative_determiners: frozenset[str] = frozenset({"no"})
    # "at no point", "under no circumstances": nouns of a negative adverbial phrase
    negative_adverbial_nouns: frozenset[str] = frozenset()
    # "perhaps", "possibly": adverbs that make the act they modify supposed
    hypothetical_adverbs: frozenset[str] = frozenset()
    # "remains a possibility": predicate nouns giving their `governors` status to the subject
    predicate_nouns: frozenset[str] = frozenset()
    # "Why did Russia withdraw?": question words that take a past act as done
    presupposing_wh: frozenset[str] = frozenset()
    # "vowed to avenge the killing": words whose object or "for" phrase is the act answered
    redress_words: frozenset[str] = frozenset()
    # "spurned offers of a pause": offer nouns whose refusal reports that they were made
    offer_nouns: frozenset[str] = frozenset()
    # "as long as": multiword conditions ending in a subordinator
    conditional_phrases: frozenset[str] = frozenset()
    # "responsibility for the bombing", "comment on the strike": their phrase is a done act
    presupposing_words: frozenset[str] = frozenset()
    # "the planned talks collapsed": verbs that report a planned event noun as having happened
    completion_verbs: frozenset[str] = frozenset()
    # "blocked a statement condemning ...": texts whose act is done only if the text is
    document_nouns: frozenset[str] = frozenset()
    # "cleared the way for X to lift ...", "a step toward annexation": the act is made possible
    enabling_nouns: frozenset[str] = frozenset()
    enabling_preps: frozenset[str] = frozenset()
    # "expected little beyond an exchange": the act is the object of the verb
    exception_preps: frozenset[str] = frozenset()
    exception_objects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class QuoteCues:
    verbs: frozenset[str]
    clause_only: frozenset[str]
    according: tuple[str, ...]
    channels: frozenset[str]
    # attributions beyond speech (quote stage only): see quotes.yaml
    stance_verbs: frozenset[str] = frozenset()
    intention_verbs: frozenset[str] = frozenset()
    directive_verbs: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    judgement_verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    stance_adjectives: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    not_speakers: frozenset[str] = frozenset()


def _words(raw: Any, key: str, problems: Problems, where: str) -> frozenset[str]:
    return frozenset(w.lower() for w in problems.check_str_list(raw, key, where))


def _read_frame(raw: Any, pos: str, ontology: Ontology, problems: Problems) -> Frame | None:
    where = f"{pos} frame"
    if not problems.check_keys(raw, _FRAME_REQUIRED, _FRAME_OPTIONAL, where):
        return None
    event_type, mode = raw["type"], raw.get("mode")
    if event_type not in ontology.types:
        problems.add(raw, f"{where}: type {event_type!r} is not a PLOVER type")
        return None
    if not ontology.has_mode(event_type, mode):
        problems.add(raw, f"{where}: {event_type} has no mode {mode!r} in plover.yaml")
    for context in raw.get("context") or []:
        if context not in ontology.contexts:
            problems.add(raw, f"{where}: context {context!r} is not in plover.yaml")
    problems.check_in(raw, "object_kind", OBJECT_KINDS, where)
    if raw.get("also") is not None and raw["also"] not in ontology.types:
        problems.add(raw, f"{where}: also {raw['also']!r} is not a PLOVER type")
    for label in raw.get("object_entity") or []:
        if label not in ENTITY_LABELS:
            problems.add(raw, f"{where}: object_entity {label!r} is not one of {ENTITY_LABELS}")
    confidence = float(raw.get("confidence", 0.6))
    if not 0 <= confidence <= 1:
        problems.add(raw, f"{where}: confidence {confidence} outside 0..1")
    defaults = Frame(type=event_type, pos=pos, lemmas=frozenset())
    return Frame(
        type=event_type, pos=pos, mode=mode,
        lemmas=_words(raw, "lemmas", problems, where),
        context=tuple(raw.get("context") or ()),
        objects=_words(raw, "objects", problems, where),
        preps=_words(raw, "preps", problems, where),
        complement=bool(raw.get("complement", False)),
        target=tuple(raw["target"]) if "target" in raw else defaults.target,
        source=tuple(raw["source"]) if "source" in raw else defaults.source,
        needs_target=bool(raw.get("needs_target", False)),
        object=raw.get("object"), object_kind=raw.get("object_kind"),
        symmetric=bool(raw.get("symmetric", False)), confidence=confidence,
        heads=_words(raw, "heads", problems, where),
        requires_modifier=_words(raw, "requires_modifier", problems, where),
        needs_governor=_words(raw, "needs_governor", problems, where),
        object_entity=frozenset(raw.get("object_entity") or ()),
        subjects=_words(raw, "subjects", problems, where),
        also=raw.get("also"),
        complement_actor=bool(raw.get("complement_actor", False)),
        needs_source=bool(raw.get("needs_source", False)),
        complements=_words(raw, "complements", problems, where),
        not_objects=_words(raw, "not_objects", problems, where),
        object_preps=_words(raw, "object_preps", problems, where),
        line=getattr(raw, "line", 0),
    )  # fmt: skip


def parse_frames(raw: Any, path: str | Path, ontology: Ontology) -> list[Frame]:
    problems = Problems(path)
    frames: list[Frame] = []
    if problems.check_keys(raw, ["version"], ["verbs", "nouns", "vocabulary"], "file"):
        for pos, key in (("verb", "verbs"), ("noun", "nouns")):
            for entry in raw.get(key) or []:
                frame = _read_frame(entry, pos, ontology, problems)
                if frame:
                    frames.append(frame)
    problems.raise_if_any()
    return frames


def parse_event_vocabulary(raw: Any, path: str | Path) -> EventVocabulary:
    problems = Problems(path)
    section = raw.get("vocabulary") if isinstance(raw, dict) else None
    if section is None:
        return EventVocabulary()
    where = "vocabulary"
    lists: dict[str, frozenset[str]] = {}
    verb_lemmas: dict[str, str] = {}
    if problems.check_keys(section, [], [*_VOCABULARY_KEYS, "verb_lemmas"], where):
        lists = {key: _words(section, key, problems, where) for key in _VOCABULARY_KEYS}
        verb_lemmas = _lemma_map(section, "verb_lemmas", problems, where)
    problems.raise_if_any()
    return EventVocabulary(**lists, verb_lemmas=verb_lemmas)


def _lemma_map(raw: Any, key: str, problems: Problems, where: str) -> dict[str, str]:
    value = raw.get(key) or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        problems.add(raw, f"{where}: {key} must map wrong lemmas to right ones (strings)")
        return {}
    return {k.lower(): v.lower() for k, v in value.items()}


_REQUIRED_CUES = ("negators", "modals", "conditionals", "governors")
# cue fields whose values are statuses, or maps to statuses, or PLOVER types
_STATUS_MAPS = ("modals", "governors", "modifiers", "pending_phrases")
_TYPE_LISTS = ("attempt_types", "forecast_types")


def parse_status_cues(raw: Any, path: str | Path) -> StatusCues:
    """Read status.yaml: every `StatusCues` field is a key of the file, typed by the field."""
    problems = Problems(path)
    cue_fields = fields(StatusCues)
    optional = ["version", *(f.name for f in cue_fields if f.name not in _REQUIRED_CUES)]
    if problems.check_keys(raw, list(_REQUIRED_CUES), optional, "file"):
        _check_cue_values(raw, cue_fields, problems)
    values = {
        f.name: _cue_value(raw, f.name, str(f.type), problems)
        for f in cue_fields
        if f.name in raw or not _has_default(f)
    }
    problems.raise_if_any()  # the word lists are checked while they are read
    return StatusCues(**values)


def _has_default(cue_field: Field[Any]) -> bool:
    return cue_field.default is not MISSING or cue_field.default_factory is not MISSING


def _cue_value(raw: Any, name: str, annotation: str, problems: Problems) -> Any:
    if name == "pending_phrases":
        return _pending_phrases(raw, problems)
    if name == "forecast_types":
        return frozenset(problems.check_str_list(raw, name, "file"))
    if annotation == "tuple[str, ...]":
        return tuple(raw.get(name) or ())
    if annotation == "dict[str, str]":
        return {str(k): v for k, v in (raw.get(name) or {}).items()}
    if annotation == "str | None":
        return raw.get(name)
    return _words(raw, name, problems, "file")


def _check_cue_values(raw: Any, cue_fields: tuple[Field[Any], ...], problems: Problems) -> None:
    for f in cue_fields:
        value = raw.get(f.name)
        if str(f.type) == "str | None" and value is not None and value not in STATUSES:
            problems.add(raw, f"{f.name}: {value!r} is not a SPEC §3 status")
    for key in _TYPE_LISTS:
        for event_type in raw.get(key) or []:
            if event_type not in EVENT_TYPES:
                problems.add(raw, f"{key}: {event_type!r} is not a PLOVER type")
    for key in _STATUS_MAPS:
        for word, status in (raw.get(key) or {}).items():
            if status not in STATUSES:
                problems.add(raw, f"{key}: {word!r} -> {status!r} is not a SPEC §3 status")
    for word in raw.get("predicate_nouns") or []:
        if word not in (raw.get("governors") or {}):
            problems.add(raw, f"predicate_nouns: {word!r} has no status in governors")


def _pending_phrases(raw: Any, problems: Problems) -> dict[str, str]:
    """ "under consideration: hypothetical": keys are a preposition and a last word."""
    phrases: dict[str, str] = {}
    for phrase, status in (raw.get("pending_phrases") or {}).items():
        words = str(phrase).lower().split()
        if len(words) < 2:
            problems.add(raw, f"pending_phrases: {phrase!r} needs a preposition and a noun")
            continue
        phrases[f"{words[0]} {words[-1]}"] = status
    return phrases


def parse_quote_cues(raw: Any, path: str | Path) -> QuoteCues:
    problems = Problems(path)
    where = "file"
    problems.check_keys(raw, ["verbs"], ["version", "clause_only", "according", *_ATTITUDES], where)
    problems.raise_if_any()
    attitudes = {key: _cue_words(raw, key, problems) for key in _ATTITUDES}
    problems.raise_if_any()
    return QuoteCues(
        verbs=_words(raw, "verbs", problems, where),
        clause_only=_words(raw, "clause_only", problems, where),
        according=tuple(problems.check_str_list(raw, "according", where)),
        **attitudes,
    )


_ATTITUDES = (
    "channels",
    "stance_verbs",
    "intention_verbs",
    "directive_verbs",
    "topic_verbs",
    "judgement_verbs",
    "nouns",
    "stance_adjectives",
    "light_verbs",
    "not_speakers",
)
# lists whose entries may be several words ("call for", "press conference", "the latest")
_PHRASAL = ("directive_verbs", "topic_verbs", "channels", "not_speakers")


def _cue_words(raw: Any, key: str, problems: Problems) -> frozenset[str]:
    """A cue list: lower-case words, or two words where a verb takes its preposition."""
    words = _words(raw, key, problems, key)
    for word in words:
        parts = word.split()
        if (
            not parts
            or len(parts) > (2 if key in _PHRASAL else 1)
            or not word.replace(" ", "").isalpha()
        ):
            problems.add(raw, f"{key}: {word!r} is not a cue word")
    return words


@lru_cache(maxsize=8)
def load_frames(user_files: tuple[str, ...] = ()) -> tuple[Frame, ...]:
    """Packaged frames plus users' frame files, most specific first within each lemma."""
    ontology = load_ontology()
    path = PATTERNS_DIR / "events.yaml"
    frames = parse_frames(load_yaml(path), path, ontology)
    for user in user_files:
        frames = parse_frames(load_yaml(user), user, ontology) + frames
    return tuple(sorted(frames, key=lambda f: -f.specificity))


@dataclass(frozen=True)
class Calibration:
    """Counts of correct predicted events per cell (``patterns/calibration.yaml``)."""

    weight: float = 4.0
    cells: dict[str, tuple[int, int]] | None = None  # key -> (n, correct)

    def confidence(self, key: str, prior: float) -> float:
        """The frame's prior confidence, moved towards the observed share correct."""
        n, correct = (self.cells or {}).get(key, (0, 0))
        return (correct + self.weight * prior) / (n + self.weight)


def parse_calibration(raw: Any, path: str | Path) -> Calibration:
    problems = Problems(path)
    cells: dict[str, tuple[int, int]] = {}
    if problems.check_keys(raw, ["version", "cells"], ["weight", "fitted_on"], "file"):
        for key, cell in (raw["cells"] or {}).items():
            n, correct = (cell.get("n"), cell.get("correct")) if isinstance(cell, dict) else (0, -1)
            if not (isinstance(n, int) and isinstance(correct, int) and 0 <= correct <= n):
                problems.add(raw, f"cells: {key!r} needs integers 0 <= correct <= n")
                continue
            cells[str(key)] = (n, correct)
        if not isinstance(raw.get("weight", 4), (int, float)) or raw.get("weight", 4) <= 0:
            problems.add(raw, "weight must be a positive number")
    problems.raise_if_any()
    return Calibration(weight=float(raw.get("weight", 4)), cells=cells)


@lru_cache(maxsize=1)
def load_calibration() -> Calibration:
    path = PATTERNS_DIR / "calibration.yaml"
    if not path.exists():
        return Calibration(cells={})
    return parse_calibration(load_yaml(path), path)


@lru_cache(maxsize=1)
def load_event_vocabulary() -> EventVocabulary:
    path = PATTERNS_DIR / "events.yaml"
    return parse_event_vocabulary(load_yaml(path), path)


@lru_cache(maxsize=1)
def load_status_cues() -> StatusCues:
    path = PATTERNS_DIR / "status.yaml"
    return parse_status_cues(load_yaml(path), path)


@lru_cache(maxsize=1)
def load_quote_cues() -> QuoteCues:
    path = PATTERNS_DIR / "quotes.yaml"
    return parse_quote_cues(load_yaml(path), path)
