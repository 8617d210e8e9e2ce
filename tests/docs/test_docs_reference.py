"""The generated codebook follows the code: records, ontology and value sets."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from dyadline import records
from dyadline.knowledge.files import load_yaml
from dyadline.knowledge.ontology import ONTOLOGY_PATH, load_ontology, parse_ontology

REPO = Path(__file__).resolve().parents[2]


def modified_records(tmp_path: Path, old: str, new: str) -> ModuleType:
    """A copy of records.py with one edit, imported as its own module."""
    source = (REPO / "src/dyadline/records.py").read_text(encoding="utf-8")
    assert old in source, f"records.py no longer contains {old!r}; update the test"
    path = tmp_path / "records_copy.py"
    path.write_text(source.replace(old, new, 1), encoding="utf-8")
    name = f"records_copy_{abs(hash((old, new)))}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_docs_data_matches_the_record_types(reference: ModuleType) -> None:
    fields = reference.load_data(reference.FIELDS_FILE)
    vocab = reference.load_data(reference.VOCAB_FILE)
    assert reference.check_fields(records.Document, fields) == []
    assert reference.check_vocab(records, vocab) == []


def test_docs_codebook_lists_every_record_field(reference: ModuleType) -> None:
    pages = reference.build_pages()
    page = pages["reference/records.md"]
    for cls in reference.record_types(records.Document):
        for name in cls.__struct_fields__:
            assert f"| `{name}` |" in page, f"{cls.__name__}.{name} missing from the codebook"


def test_docs_new_record_field_appears_in_codebook_and_needs_a_description(
    reference: ModuleType, tmp_path: Path
) -> None:
    changed = modified_records(
        tmp_path,
        "    cameo: str | None = None\n",
        "    cameo: str | None = None\n    salience: float = 0.0\n",
    )
    fields = reference.load_data(reference.FIELDS_FILE)
    assert "Event.salience: no description in fields.yaml" in reference.check_fields(
        changed.Document, fields
    )
    with pytest.raises(reference.DocsDataError):
        reference.records_page(changed.Document, fields, {})

    described = copy.deepcopy(fields)
    described["records"]["Event"]["fields"]["salience"] = {
        "description": "How prominent the event is.",
        "example": 0.5,
    }
    before = reference.records_page(records.Document, fields, {})
    after = reference.records_page(changed.Document, described, {})
    assert "| `salience` | number (default `0.0`) | How prominent the event is." in after
    assert "salience" not in before


def test_docs_removed_record_field_is_reported(reference: ModuleType, tmp_path: Path) -> None:
    changed = modified_records(tmp_path, "    trigger: str\n", "")
    problems = reference.check_fields(changed.Document, reference.load_data(reference.FIELDS_FILE))
    assert "Event.trigger: described but not a field" in problems


def test_docs_bad_example_is_reported(reference: ModuleType) -> None:
    fields = copy.deepcopy(reference.load_data(reference.FIELDS_FILE))
    fields["records"]["Event"]["fields"]["status"]["example"] = "rumoured"
    problems = reference.check_fields(records.Document, fields)
    assert any(p.startswith("Event.status: example 'rumoured' is invalid") for p in problems)


def test_docs_new_value_needs_a_meaning(reference: ModuleType, tmp_path: Path) -> None:
    changed = modified_records(tmp_path, '"planned"]', '"planned", "rumoured"]')
    problems = reference.check_vocab(changed, reference.load_data(reference.VOCAB_FILE))
    assert "vocabulary Status: value 'rumoured' has no meaning" in problems


def test_docs_allowed_values_come_from_the_record_types(reference: ModuleType) -> None:
    page = reference.build_pages()["reference/records.md"]
    status_row = next(line for line in page.splitlines() if line.startswith("| `status` |"))
    for status in records.STATUSES:
        assert f"`{status}`" in status_row


def test_docs_ontology_edit_changes_plover_and_cameo_pages(
    reference: ModuleType, tmp_path: Path
) -> None:
    raw = json.loads(json.dumps(load_yaml(ONTOLOGY_PATH)))  # plain dicts, for safe_dump
    raw["types"]["AGREE"]["description"] = "A test description that only this copy has."
    raw["types"]["AGREE"]["intensity"] = 3.5
    first_code = sorted(raw["cameo_to_plover"])[0]
    raw["cameo_to_plover"]["9999"] = dict(raw["cameo_to_plover"][first_code])
    path = tmp_path / "plover.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    edited = parse_ontology(load_yaml(path), path)

    original_page, edited_page = (
        reference.plover_page(load_ontology()),
        reference.plover_page(edited),
    )
    assert "A test description that only this copy has." in edited_page
    assert "A test description that only this copy has." not in original_page
    assert "| [AGREE](#agree) | `verbal_cooperation` | +3.5 |" in edited_page
    assert "| `9999` |" in reference.cameo_page(edited)
    assert "| `9999` |" not in reference.cameo_page(load_ontology())


def test_docs_plover_page_has_every_type_and_mode(reference: ModuleType) -> None:
    ontology = load_ontology()
    page = reference.plover_page(ontology)
    for spec in ontology.types.values():
        assert f"### {spec.name}" in page
        for mode in spec.modes:
            assert f"| `{mode}` |" in page
    assert page.count("\n| `") >= len(ontology.contexts)


def test_docs_cli_page_has_every_command(reference: ModuleType) -> None:
    from dyadline.cli import cli

    page = reference.build_pages()["reference/cli.md"]
    for name in cli.commands:
        assert f"## `dyadline {name}`" in page


_PACKAGE_PATH = re.compile(r"(?:src/dyadline/)?(knowledge/[\w/.-]+\.(?:yaml|csv))")


def test_docs_name_only_knowledge_files_that_exist() -> None:
    package = REPO / "src/dyadline"
    for page in sorted((REPO / "docs").rglob("*.md")):
        for match in _PACKAGE_PATH.finditer(page.read_text(encoding="utf-8")):
            assert (package / match.group(1)).exists(), (
                f"{page.relative_to(REPO)} names {match.group(1)}"
            )
