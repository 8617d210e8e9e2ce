"""Knowledge files: the packaged ones load; broken ones fail with file, line and field."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadline.errors import KnowledgeError
from dyadline.knowledge.actor_kb import (
    ActorKB,
    KBActor,
    Role,
    check_single_holders,
    load_actor_kb,
    read_user_file,
)
from dyadline.knowledge.files import Problems, load_yaml
from dyadline.knowledge.ontology import load_ontology, parse_ontology
from dyadline.knowledge.patterns import (
    load_frames,
    load_status_cues,
    parse_frames,
    parse_status_cues,
)
from dyadline.records import EVENT_TYPES, QUADS


def test_knowledge_ontology_has_every_type_with_matching_quad_sign():
    ontology = load_ontology()
    assert set(ontology.types) == set(EVENT_TYPES)
    for spec in ontology.types.values():
        assert spec.quad in QUADS
        values = [spec.intensity] + [m.intensity for m in spec.modes.values()]
        cooperative = spec.quad.endswith("cooperation")
        assert all((v >= 0) if cooperative else (v <= 0) for v in values), spec.name


def test_knowledge_ontology_error_lists_every_problem(tmp_path):
    path = tmp_path / "plover.yaml"
    path.write_text(
        "version: 1\ntypes:\n  AGREE:\n    quad: verbal_cooperation\n    description: x\n    intensity: -3\n  FIGHT:\n    quad: x\n"
    )
    with pytest.raises(KnowledgeError) as info:
        parse_ontology(load_yaml(path), path)
    message = str(info.value)
    assert (
        "wrong sign" in message
        and "'FIGHT' is not one of the 16" in message
        and "type CONSULT is missing" in message
    )
    assert f"{path}:4:" in message  # the AGREE entry starts on line 4


def test_knowledge_frames_reject_unknown_mode_with_line(tmp_path):
    path = tmp_path / "frames.yaml"
    path.write_text("version: 1\nverbs:\n  - {type: ASSAULT, mode: nuclear, lemmas: [nuke]}\n")
    with pytest.raises(
        KnowledgeError, match=r"frames.yaml:3: verb frame: ASSAULT has no mode 'nuclear'"
    ):
        parse_frames(load_yaml(path), path, load_ontology())


def test_knowledge_packaged_frames_load_and_cover_every_type():
    assert {f.type for f in load_frames()} == set(EVENT_TYPES)


def test_knowledge_user_actor_file_adds_and_overrides(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "people:\n  - id: person:ada-vance\n    name: Ada Vance\n    aliases: [Vance]\n"
        "    roles:\n      - {title: Mayor of Springfield, country: USA, sector: GOV, start: 2020-01-01, end: null}\n"
    )
    kb = ActorKB(actors=dict(load_actor_kb().actors))
    read_user_file(path, kb)
    role = kb.actors["person:ada-vance"].role_on(None)
    assert role is not None and role.country == "USA"


def test_knowledge_user_actor_file_errors_name_line_and_field(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "people:\n  - id: person:x\n    name: X\n    roles:\n      - {start: 2020-13-01, sector: ARMY}\n"
    )
    with pytest.raises(KnowledgeError) as info:
        read_user_file(path, ActorKB())
    message = str(info.value)
    assert f"{path}:5:" in message and "not a YYYY-MM-DD date" in message and "'ARMY'" in message


def _minister(slug: str, start: str, end: str | None, shared: bool = False) -> KBActor:
    role = Role(
        "Foreign Minister of Ruritania", "RUR", "GOV", None, dt.date.fromisoformat(start),
        dt.date.fromisoformat(end) if end else None, shared,
    )  # fmt: skip
    return KBActor(id=f"person:{slug}", name=slug, kind="person", roles=(role,))


def test_knowledge_single_holder_check_reports_two_holders_of_one_office():
    problems = Problems("people.yaml")
    people = [_minister("a", "2010-01-01", "2012-06-01"), _minister("b", "2012-03-01", None)]
    check_single_holders(people, problems)
    assert len(problems.items) == 1
    assert "person:a" in problems.items[0] and "person:b" in problems.items[0]


def test_knowledge_single_holder_check_reports_a_role_inside_an_open_one():
    problems = Problems("people.yaml")
    people = [
        _minister("a", "2010-01-01", None),
        _minister("b", "2011-01-01", "2012-01-01"),
        _minister("c", "2013-01-01", None),
    ]
    check_single_holders(people, problems)
    assert len(problems.items) == 2 and all("person:a" in item for item in problems.items)


def test_knowledge_single_holder_check_allows_handovers_and_shared_offices():
    problems = Problems("people.yaml")
    people = [
        _minister("a", "2010-01-01", "2012-06-01"),
        _minister("b", "2012-06-01", None),
        _minister("c", "2011-01-01", None, shared=True),
    ]
    check_single_holders(people, problems)
    assert problems.items == []


def test_knowledge_actor_kb_has_every_state_with_capital_metonyms():
    kb = load_actor_kb()
    states = list(kb.states())
    assert len(states) >= 195
    assert {"state:XKX", "state:TWN", "state:PSE", "state:VAT"} <= set(kb.actors)
    assert all(s.metonyms for s in states if s.id != "state:BEL")


def test_knowledge_actor_kb_ids_and_igo_codes_are_consistent():
    kb = load_actor_kb()
    for actor in kb.actors.values():
        if actor.kind == "person":
            assert actor.id.startswith("person:"), actor.id
        if actor.sector == "IGO":
            assert actor.igo, actor.id
    igo_codes = {a.igo for a in kb.actors.values() if a.sector == "IGO"}
    for actor in kb.actors.values():
        for role in actor.roles:
            assert role.igo is None or role.igo in igo_codes, (actor.id, role.igo)


def test_knowledge_group_names_shadow_no_other_actor_and_differ_by_country():
    # A group alias that is also a person's, a state's or an IGO's name would take its
    # mentions (groups load first); groups that share a name are told apart only by the
    # country named before them, so they must be of different countries.
    kb = load_actor_kb()
    owners: dict[str, set[tuple[str, str, str | None]]] = {}
    for actor in kb.actors.values():
        names = (actor.name, *actor.aliases, *actor.adjectives, *actor.demonyms)
        for name in names:
            owners.setdefault(name.lower(), set()).add((actor.id, actor.kind, actor.country))
    for name, found in owners.items():
        kinds = {kind for _, kind, _ in found}
        if len(found) < 2 or "group" not in kinds:
            continue
        assert kinds == {"group"}, (name, found)
        assert len({country for _, _, country in found}) == len(found), (name, found)


def test_knowledge_sectors_file_bad_sector_is_reported(tmp_path):
    from dyadline.knowledge.actor_kb import _read_sectors
    from dyadline.knowledge.files import Problems

    path = tmp_path / "sectors.yaml"
    path.write_text(
        "nouns:\n  ARMY: [troops]\ntitles: {}\ntitle_equivalents:\n  leader: president\n"
    )
    problems = Problems(path)
    _read_sectors(load_yaml(path), problems, ActorKB())
    with pytest.raises(KnowledgeError) as info:
        problems.raise_if_any()
    assert "'ARMY' is not a SPEC" in str(info.value) and "must map to a list" in str(info.value)


def test_knowledge_lexicon_bad_entries_name_file_line_and_problem(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "lexicon:\n  lists:\n    group_heads: [brigade]\n    igo_heads: bloc\n    colours: [red]\n"
        "  org_name_words:\n    trust: CHARITY\n"
    )
    with pytest.raises(KnowledgeError) as info:
        read_user_file(path, ActorKB())
    message = str(info.value)
    assert f"{path}:3:" in message and "'igo_heads' must be a list of strings" in message
    assert "unknown field 'colours'" in message
    assert f"{path}:7:" in message and "'CHARITY' is not a SPEC" in message


def test_knowledge_user_lexicon_adds_words_to_the_packaged_lists(tmp_path):
    from copy import deepcopy

    path = tmp_path / "mine.yaml"
    path.write_text("lexicon:\n  lists:\n    group_heads: [Brigade]\n")
    packaged = load_actor_kb().lexicon
    kb = ActorKB(lexicon=deepcopy(packaged))
    read_user_file(path, kb)
    assert "brigade" in kb.lexicon["group_heads"] and "brigade" not in packaged["group_heads"]
    assert packaged["group_heads"] <= kb.lexicon["group_heads"]


def test_knowledge_state_military_rule_bad_date_is_reported(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "states:\n  - iso3: XXA\n    name: Examplia\n    military_rule:\n      - {start: 2020-02-30}\n"
    )
    with pytest.raises(KnowledgeError) as info:
        read_user_file(path, ActorKB())
    assert f"{path}:5:" in str(info.value) and "not a YYYY-MM-DD date" in str(info.value)


def test_knowledge_status_cues_reject_unknown_purpose_status_and_attempt_type(tmp_path):
    path = tmp_path / "status.yaml"
    path.write_text(
        "negators: [not]\nmodals: {}\nconditionals: []\ngovernors: {}\n"
        "purpose_status: wished\nattempt_types: [ATTACK]\n"
    )
    with pytest.raises(KnowledgeError) as raised:
        parse_status_cues(load_yaml(path), path)
    assert "purpose_status: 'wished'" in str(raised.value)
    assert "attempt_types: 'ATTACK'" in str(raised.value)


def test_knowledge_status_cues_reject_a_word_list_entry_that_is_not_a_string(tmp_path):
    # an unquoted `true` in a word list is a YAML boolean; it must not vanish silently
    path = tmp_path / "status.yaml"
    path.write_text(
        "negators: [not]\nmodals: {}\nconditionals: []\ngovernors: {}\n"
        "confirmation_conditions: [confirm, true]\n"
    )
    with pytest.raises(KnowledgeError) as raised:
        parse_status_cues(load_yaml(path), path)
    assert "confirmation_conditions" in str(raised.value)


def test_knowledge_status_cues_name_a_missing_required_list(tmp_path):
    path = tmp_path / "status.yaml"
    path.write_text("negators: [not]\nmodals: {}\ngovernors: {}\n")
    with pytest.raises(KnowledgeError) as raised:
        parse_status_cues(load_yaml(path), path)
    assert "missing required field 'conditionals'" in str(raised.value)


def test_knowledge_status_cues_read_every_field_from_its_key(tmp_path):
    path = tmp_path / "status.yaml"
    path.write_text(
        "negators: [Not]\nmodals: {might: hypothetical}\nconditionals: [if]\ngovernors: {}\n"
        "future_adverbs: [tomorrow]\narrangement_status: planned\nexchange_nouns: [Exchange]\n"
    )
    cues = parse_status_cues(load_yaml(path), path)
    assert cues.negators == {"not"} and cues.modals == {"might": "hypothetical"}
    assert cues.future_adverbs == ("tomorrow",) and cues.modifiers == {}
    assert cues.arrangement_status == "planned" and cues.exchange_nouns == {"exchange"}
    assert cues.negative_determiners == {"no"}  # an absent list keeps its default


def test_knowledge_packaged_status_cues_read_confirmation_and_deliberation_words():
    cues = load_status_cues()
    assert {"confirm", "true"} <= cues.confirmation_conditions
    assert {"weigh", "consider"} <= cues.deliberation_verbs


def test_knowledge_packaged_status_cues_name_attempt_types_in_lower_case():
    cues = load_status_cues()
    assert cues.purpose_status == "hypothetical"
    assert "assault" in cues.attempt_types


def test_knowledge_quote_cues_reject_malformed_cue_words(tmp_path):
    from dyadline.knowledge.patterns import parse_quote_cues

    path = tmp_path / "quotes.yaml"
    path.write_text(
        "version: 1\nverbs: [say]\nintention_verbs: [want, call for]\ntopic_verbs: [cite, x-ray]\n"
    )
    with pytest.raises(KnowledgeError) as info:
        parse_quote_cues(load_yaml(path), path)
    message = str(info.value)
    assert "intention_verbs: 'call for' is not a cue word" in message
    assert "topic_verbs: 'x-ray' is not a cue word" in message


def test_knowledge_packaged_quote_cues_keep_attitudes_apart_from_speech():
    from dyadline.knowledge.patterns import load_quote_cues

    cues = load_quote_cues()
    # the event stage reads `verbs` for "reported by": belief and intention stay out of it
    assert "want" in cues.intention_verbs and "want" not in cues.verbs
    assert "call for" in cues.topic_verbs and "claim" in cues.nouns
    assert "willing" in cues.stance_adjectives and "willing" not in cues.verbs


def test_knowledge_state_descriptions_load_and_name_states_of_that_kind():
    kb = load_actor_kb()
    assert "the kingdom" in kb.actors["state:MAR"].descriptions
    assert "the sultanate" in kb.actors["state:OMN"].descriptions
    assert "the kingdom" not in kb.actors["state:DZA"].descriptions
    assert "predecessor" in kb.lexicon["relation_nouns"]


def test_knowledge_frames_read_complement_and_excluded_object_lists(tmp_path):
    path = tmp_path / "frames.yaml"
    path.write_text(
        "version: 1\nverbs:\n"
        "  - {type: SANCTION, lemmas: [order], objects: [envoy], complements: [Leave, depart],"
        " not_objects: [condition]}\n"
    )
    (frame,) = parse_frames(load_yaml(path), path, load_ontology())
    assert frame.complements == frozenset({"leave", "depart"})
    assert frame.not_objects == frozenset({"condition"})
    # a complement constraint makes the frame more specific than the same frame without it
    plain = parse_frames(
        {"version": 1, "verbs": [{"type": "SANCTION", "lemmas": ["order"], "objects": ["envoy"]}]},
        path,
        load_ontology(),
    )[0]
    assert frame.specificity > plain.specificity


def test_knowledge_frames_read_the_prepositions_objects_are_looked_for_in(tmp_path):
    path = tmp_path / "frames.yaml"
    path.write_text(
        "version: 1\nverbs:\n"
        "  - {type: REJECT, lemmas: [pull], objects: [deal], preps: [out], object_preps: [Of]}\n"
    )
    (frame,) = parse_frames(load_yaml(path), path, load_ontology())
    assert frame.object_preps == frozenset({"of"})


def test_knowledge_event_vocabulary_reads_verb_lemma_corrections():
    from dyadline.knowledge.patterns import parse_event_vocabulary

    vocab = parse_event_vocabulary({"vocabulary": {"verb_lemmas": {"Stag": "stage"}}}, "x.yaml")
    assert vocab.verb_lemmas == {"stag": "stage"}
    with pytest.raises(KnowledgeError):
        parse_event_vocabulary({"vocabulary": {"verb_lemmas": ["stag"]}}, "x.yaml")


def test_knowledge_frames_reject_a_complement_list_that_is_not_a_list(tmp_path):
    path = tmp_path / "frames.yaml"
    path.write_text("version: 1\nverbs:\n  - {type: AID, lemmas: [send], complements: 3}\n")
    with pytest.raises(KnowledgeError, match=r"frames.yaml:3:.*complements"):
        parse_frames(load_yaml(path), path, load_ontology())


def test_knowledge_duplicate_key_is_an_error_naming_its_line(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text("named_features:\n  RUS: [Siberia]\n  UKR: [Donbas]\n  RUS: [Kremlin]\n")
    with pytest.raises(KnowledgeError, match=r"line 4.*duplicate key 'RUS'"):
        load_yaml(path)


def test_knowledge_status_cues_check_pending_phrases_and_forecast_types(tmp_path):
    path = tmp_path / "status.yaml"
    path.write_text(
        "negators: [not]\nmodals: {}\nconditionals: []\ngovernors: {}\n"
        "pending_phrases: {under consideration: maybe, table: hypothetical}\n"
        "forecast_types: [BATTLE]\n"
    )
    with pytest.raises(KnowledgeError) as raised:
        parse_status_cues(load_yaml(path), path)
    message = str(raised.value)
    assert "'under consideration' -> 'maybe'" in message
    assert "'table' needs a preposition and a noun" in message
    assert "forecast_types: 'BATTLE'" in message


def test_knowledge_packaged_pending_phrases_are_keyed_by_preposition_and_last_word():
    cues = load_status_cues()
    assert cues.pending_phrases["on table"] == "hypothetical"
    assert "instead of" in cues.negating_phrases


def test_knowledge_status_cues_reject_a_predicate_noun_without_a_status(tmp_path):
    # "remains a possibility": the subject takes the noun's status from `governors`, so a
    # predicate noun missing there would silently give no status
    path = tmp_path / "status.yaml"
    path.write_text(
        "negators: [not]\nmodals: {}\nconditionals: []\ngovernors: {option: hypothetical}\n"
        "predicate_nouns: [option, eventuality]\n"
    )
    with pytest.raises(KnowledgeError) as raised:
        parse_status_cues(load_yaml(path), path)
    assert "predicate_nouns: 'eventuality'" in str(raised.value)
    assert "'option'" not in str(raised.value)
