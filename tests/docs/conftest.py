"""The documentation generators live in docs/gen/ and scripts/; load them as modules."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_module(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def reference() -> ModuleType:
    return load_module("docs_reference", REPO / "docs/gen/reference.py")


@pytest.fixture(scope="session")
def accuracy_script() -> ModuleType:
    return load_module("docs_update_accuracy", REPO / "scripts/update_accuracy.py")
