"""Write the generated reference pages to a folder, to read them without building the site.

    python scripts/build_reference.py [OUT]        # default: build/reference-pages

The site build (mkdocs) generates the same pages itself through docs/gen/hooks.py.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "build/reference-pages")
    spec = importlib.util.spec_from_file_location("docs_reference", REPO / "docs/gen/reference.py")
    assert spec and spec.loader
    reference = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = reference
    spec.loader.exec_module(reference)
    for path, content in reference.build_pages().items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        print(target)


if __name__ == "__main__":
    main()
