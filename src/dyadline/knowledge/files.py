"""Reading knowledge files with line numbers, and collecting every problem in them.

Validation reports all problems of a file at once, each as ``FILE:LINE: field: problem``,
so that a user fixing their own actor or pattern file sees the whole list in one run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from dyadline.errors import KnowledgeError

PACKAGE_DIR = Path(__file__).parent


class Located(dict[str, Any]):
    """A YAML mapping that remembers the line it started on."""

    line: int = 0


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_located(loader: _LineLoader, node: yaml.MappingNode) -> Located:
    # YAML lets a later key silently replace an earlier one: a second "RUS:" list would
    # drop the first list's names without a word.
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if isinstance(key, str | int) and key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}: merge the two entries", key_node.start_mark
            )
        seen.add(key)
    mapping = Located(loader.construct_mapping(node, deep=True))  # type: ignore[arg-type]
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_located)
# Dates stay strings (YAML's date parsing accepts forms SPEC does not), and only
# true/false are booleans: YAML 1.1 would read the particles "on", "off", "no" as booleans.
_LineLoader.yaml_implicit_resolvers = {
    key: [
        (tag, rx)
        for tag, rx in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml(path: str | Path) -> Any:
    """Parse a YAML file; a syntax error becomes a ``KnowledgeError`` naming the line."""
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "somewhere"
        raise KnowledgeError(str(path), [f"{where}: not valid YAML: {exc}"]) from None
    except OSError as exc:
        raise KnowledgeError(str(path), [f"cannot read the file: {exc}"]) from None


class Problems:
    """Collects validation problems for one file, then raises them together."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.items: list[str] = []

    def add(self, entry: Any, message: str) -> None:
        line = getattr(entry, "line", 0)
        self.items.append(f"{self.path}:{line}: {message}")

    def check_keys(
        self, entry: Any, required: Iterable[str], optional: Iterable[str], what: str
    ) -> bool:
        """True when ``entry`` is a mapping with the required keys and no unknown ones."""
        if not isinstance(entry, dict):
            self.add(entry, f"{what}: expected a mapping, found {type(entry).__name__}")
            return False
        required, allowed = set(required), set(required) | set(optional)
        missing = sorted(required - entry.keys())
        unknown = sorted(entry.keys() - allowed)
        for key in missing:
            self.add(entry, f"{what}: missing required field '{key}'")
        for key in unknown:
            self.add(
                entry, f"{what}: unknown field '{key}' (allowed: {', '.join(sorted(allowed))})"
            )
        return not missing

    def check_date(self, entry: Any, key: str, what: str) -> dt.date | None:
        value = entry.get(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.add(entry, f"{what}: '{key}' is {value!r}, not a YYYY-MM-DD date")
            return None

    def check_in(self, entry: Any, key: str, allowed: Iterable[str], what: str) -> None:
        value = entry.get(key)
        allowed = list(allowed)
        if value is not None and value not in allowed:
            self.add(entry, f"{what}: '{key}' is {value!r}, not one of {', '.join(allowed)}")

    def check_str_list(self, entry: Any, key: str, what: str) -> list[str]:
        value = entry.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(entry, f"{what}: '{key}' must be a list of strings")
            return []
        return value

    def raise_if_any(self) -> None:
        if self.items:
            raise KnowledgeError(self.path, self.items)
