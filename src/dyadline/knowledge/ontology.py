"""The PLOVER ontology, read from ``plover.yaml``: types, modes, contexts, quad, intensity, CAMEO."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadline.knowledge.files import PACKAGE_DIR, Problems, load_yaml
from dyadline.records import EVENT_TYPES, QUADS

ONTOLOGY_PATH = PACKAGE_DIR / "plover.yaml"


@dataclass(frozen=True)
class ModeSpec:
    name: str
    description: str
    intensity: float
    cameo: str | None


@dataclass(frozen=True)
class TypeSpec:
    name: str
    quad: str
    description: str
    intensity: float
    cameo: str | None
    requires_target: bool
    modes: dict[str, ModeSpec] = field(default_factory=dict)
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ontology:
    version: int
    source: str
    types: dict[str, TypeSpec]
    contexts: dict[str, str]
    cameo_to_plover: dict[str, dict[str, Any]]

    def quad(self, event_type: str) -> str:
        return self.types[event_type].quad

    def intensity(self, event_type: str, mode: str | None = None) -> float:
        spec = self.types[event_type]
        if mode and mode in spec.modes:
            return spec.modes[mode].intensity
        return spec.intensity

    def cameo(self, event_type: str, mode: str | None = None) -> str | None:
        spec = self.types[event_type]
        if mode and mode in spec.modes and spec.modes[mode].cameo:
            return spec.modes[mode].cameo
        return spec.cameo

    def has_mode(self, event_type: str, mode: str | None) -> bool:
        return mode is None or mode in self.types[event_type].modes


def _sign_ok(quad: str, intensity: float) -> bool:
    return intensity >= 0 if quad.endswith("cooperation") else intensity <= 0


def _read_mode(name: str, raw: Any, quad: str, where: str, problems: Problems) -> ModeSpec | None:
    if not problems.check_keys(raw, ["intensity"], ["description", "cameo"], where):
        return None
    intensity = raw["intensity"]
    if not isinstance(intensity, (int, float)) or not -10 <= intensity <= 10:
        problems.add(raw, f"{where}: intensity {intensity!r} is not a number in -10..10")
        return None
    if not _sign_ok(quad, intensity):
        problems.add(raw, f"{where}: intensity {intensity} has the wrong sign for {quad}")
    return ModeSpec(name, str(raw.get("description", "")), float(intensity), raw.get("cameo"))


def _read_type(name: str, raw: Any, problems: Problems) -> TypeSpec | None:
    where = f"type {name}"
    required = ["quad", "description", "intensity"]
    optional = ["cameo", "modes", "requires_target", "examples"]
    if not problems.check_keys(raw, required, optional, where):
        return None
    problems.check_in(raw, "quad", QUADS, where)
    modes = {}
    for mode_name, mode_raw in (raw.get("modes") or {}).items():
        mode = _read_mode(mode_name, mode_raw, raw["quad"], f"{where} mode {mode_name}", problems)
        if mode:
            modes[mode_name] = mode
    intensity = raw["intensity"]
    if not isinstance(intensity, (int, float)) or not -10 <= intensity <= 10:
        problems.add(raw, f"{where}: intensity {intensity!r} is not a number in -10..10")
        intensity = 0.0
    elif not _sign_ok(raw["quad"], intensity):
        problems.add(raw, f"{where}: intensity {intensity} has the wrong sign for {raw['quad']}")
    return TypeSpec(
        name=name,
        quad=raw["quad"],
        description=str(raw["description"]),
        intensity=float(intensity),
        cameo=raw.get("cameo"),
        requires_target=bool(raw.get("requires_target", False)),
        modes=modes,
        examples=tuple(problems.check_str_list(raw, "examples", where)),
    )


def _check_cameo_links(
    types: dict[str, TypeSpec], table: dict[str, Any], problems: Problems
) -> None:
    for spec in types.values():
        codes = [(spec.name, spec.cameo)] + [
            (f"{spec.name}/{m.name}", m.cameo) for m in spec.modes.values()
        ]
        for label, code in codes:
            if code is not None and str(code) not in table:
                problems.items.append(
                    f"{problems.path}: {label}: cameo {code!r} is not in cameo_to_plover"
                )


def parse_ontology(raw: Any, path: str | Path) -> Ontology:
    """Validate a parsed ontology file; raises ``KnowledgeError`` listing every problem."""
    problems = Problems(path)
    if not problems.check_keys(
        raw, ["version", "types"], ["source", "quads", "contexts", "cameo_to_plover"], "file"
    ):
        problems.raise_if_any()
    types: dict[str, TypeSpec] = {}
    for name, type_raw in (raw.get("types") or {}).items():
        if name not in EVENT_TYPES:
            problems.add(type_raw, f"type {name!r} is not one of the 16 PLOVER types of SPEC §4")
            continue
        spec = _read_type(name, type_raw, problems)
        if spec:
            types[name] = spec
    for missing in sorted(set(EVENT_TYPES) - set(raw.get("types") or {})):
        problems.items.append(f"{problems.path}: type {missing} is missing")
    table = {str(k): v for k, v in (raw.get("cameo_to_plover") or {}).items()}
    _check_cameo_links(types, table, problems)
    problems.raise_if_any()
    return Ontology(
        version=int(raw["version"]),
        source=str(raw.get("source", "")),
        types=types,
        contexts={str(k): str(v) for k, v in (raw.get("contexts") or {}).items()},
        cameo_to_plover=table,
    )


@lru_cache(maxsize=4)
def load_ontology(path: str | None = None) -> Ontology:
    """The packaged ontology, or the one at ``path``; validated, cached per path."""
    target = Path(path) if path else ONTOLOGY_PATH
    return parse_ontology(load_yaml(target), target)
