"""Rewrite the output shown in every ``<!-- run -->`` console block of the docs.

    python scripts/update_doc_outputs.py        # or: make docs-outputs

Runs the blocks of every page (README.md and docs/**/*.md) the way tests/test_docs.py
does, and puts what each command prints under it. Blocks whose command is not in this
build are left as they are.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))


def _snippets():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("docs_snippets", REPO / "docs/gen/snippets.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    snippets = _snippets()
    runner = snippets.PageRunner()
    for path in snippets.doc_pages():
        if not any(b.shows_output for b in snippets.parse_blocks(path)):
            continue
        outcomes = runner.run_page(path)
        changed = snippets.rewrite_outputs(path, outcomes)
        skipped = [o for o in outcomes if o.status == "skipped" and o.block.shows_output]
        note = f", {len(skipped)} skipped ({skipped[0].reason})" if skipped else ""
        print(f"{path.relative_to(REPO)}: {'updated' if changed else 'current'}{note}")


if __name__ == "__main__":
    main()
