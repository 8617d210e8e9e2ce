"""mkdocs hooks: add the generated reference pages, and the UI screenshot when it exists.

Runs inside ``mkdocs build`` with no network. The generated pages never exist in the
source tree, so they cannot be edited by hand or go stale.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

_HERE = Path(__file__).resolve().parent


@functools.cache
def _reference() -> Any:
    spec = importlib.util.spec_from_file_location("dyadline_docs_reference", _HERE / "reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _nav_pages(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_pages(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_pages(item)


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem.replace("-", " ").capitalize()


def on_config(config: Any) -> Any:
    """Pages that other work adds under docs/ without a nav entry go to a "More" section.

    With ``--strict`` a page outside the nav fails the build; a page written by another
    part of the project (e.g. ``docs/scaling.md``) should show up instead.
    """
    docs_dir = Path(config["docs_dir"])
    listed = set(_nav_pages(config["nav"]))
    generated = set(_reference().PAGES)
    extra = [
        path.relative_to(docs_dir).as_posix()
        for path in sorted(docs_dir.rglob("*.md"))
        if "gen" not in path.relative_to(docs_dir).parts
    ]
    missing = [p for p in extra if p not in listed and p not in generated]
    if missing:
        config["nav"].append({"More": [{_title(docs_dir / p): p} for p in missing]})
    return config


def on_files(files: Files, config: Any) -> Files:
    for path, content in _reference().build_pages().items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    return files


SCREENSHOT_MARK = "<!-- screenshot: "
EVAL_MARK = "<!-- eval-methods -->"
_NOT_SCORERS = {"__init__", "report", "matching"}


def eval_methods() -> str:
    """What each scorer in ``dyadline/eval/`` measures, from its module docstring."""
    reference = _reference()
    parts = []
    for path in sorted((reference.SRC / "dyadline" / "eval").glob("*.py")):
        if path.stem in _NOT_SCORERS:
            continue
        doc = reference.module_doc(path).replace("``", "`")
        parts.append(f"**`dyadline.eval.{path.stem}`**: {doc}")
    return "\n\n".join(parts)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    if EVAL_MARK in markdown:
        markdown = markdown.replace(EVAL_MARK, eval_methods())
    return _screenshots(markdown, page, files)


def _screenshots(markdown: str, page: Any, files: Files) -> str:
    """``<!-- screenshot: img/x.png | caption -->`` becomes the image when the file exists.

    The screenshots are taken by the browser tests; a tree where they have not run yet
    still builds, with a sentence in place of the picture.
    """
    if SCREENSHOT_MARK not in markdown:
        return markdown
    out = []
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith(SCREENSHOT_MARK) and stripped.endswith("-->"):
            target, _, caption = stripped[len(SCREENSHOT_MARK) : -3].strip().partition("|")
            target, caption = target.strip(), caption.strip()
            page_dir = Path(page.file.src_uri).parent
            src = os.path.normpath((page_dir / target).as_posix())
            if files.get_file_from_path(src) is not None:
                line = f"![{caption}]({target})"
            else:
                line = f"*(Screenshot `{target}` not present in this build: {caption}.)*"
        out.append(line)
    return "\n".join(out)
