"""Every example in the docs runs, and the output they show is what the commands print.

The runner is docs/gen/snippets.py (its docstring has the rules); one coder is shared by
every page, so the whole run costs a few seconds of coding, not a model load per block.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def _snippets() -> ModuleType:
    name = "docs_snippets"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "docs/gen/snippets.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


snippets = _snippets()
RUNNABLE_PAGES = [
    p
    for p in snippets.doc_pages()
    if any(b.lang in snippets.RUN_LANGS for b in snippets.parse_blocks(p))
]


@pytest.fixture(scope="module")
def runner(coder: Any) -> Any:
    return snippets.PageRunner(coder)


@pytest.mark.parametrize("page", RUNNABLE_PAGES, ids=lambda p: str(p.relative_to(REPO)))
def test_docs_examples_run(runner: Any, page: Path) -> None:
    outcomes = runner.run_page(page)
    stale = [problem for outcome in outcomes for problem in snippets.stale_outputs(outcome)]
    assert not stale, "\n".join(stale) + "\nrun `make docs-outputs`"
    runnable = [o for o in outcomes if o.block.lang in snippets.RUN_LANGS]
    if all(o.status == "skipped" for o in runnable):
        pytest.skip("; ".join(sorted({o.reason for o in runnable})))


def test_docs_run_marker_only_on_console_blocks_with_output() -> None:
    for page in snippets.doc_pages():
        for block in snippets.parse_blocks(page):
            if block.shows_output:
                assert block.lang == "console", (
                    f"{block.where}: <!-- run --> on a {block.lang} block"
                )
                assert "norun" not in block.markers, f"{block.where}: both run and norun"


def write_page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "page.md"
    page.write_text(body, encoding="utf-8")
    return page


def test_docs_runner_skips_a_missing_command_and_the_rest_of_its_page(
    runner: Any, tmp_path: Path
) -> None:
    page = write_page(
        tmp_path,
        "```console\n$ dyadline no-such-command --db x\n```\n\n```python\nraise SystemExit(1)\n```\n",
    )
    outcomes = runner.run_page(page)
    assert [o.status for o in outcomes] == ["skipped", "skipped"]
    assert "no-such-command" in outcomes[0].reason


def test_docs_runner_fails_on_a_bad_option_of_an_existing_command(
    runner: Any, tmp_path: Path
) -> None:
    page = write_page(
        tmp_path,
        "<!-- norun: parse only -->\n```console\n$ dyadline schema --no-such-option\n```\n",
    )
    with pytest.raises(Exception, match=r"no-such-option|No such option"):
        runner.run_page(page)


def test_docs_runner_detects_stale_output(runner: Any, tmp_path: Path) -> None:
    page = write_page(
        tmp_path, "<!-- run -->\n```console\n$ dyadline schema\nnot the schema\n```\n"
    )
    outcomes = runner.run_page(page)
    assert snippets.stale_outputs(outcomes[0])


def test_docs_runner_rejects_other_programs_in_console_blocks(runner: Any, tmp_path: Path) -> None:
    page = write_page(tmp_path, "```console\n$ rm -rf /tmp/x\n```\n")
    with pytest.raises(AssertionError, match="dyadline only"):
        runner.run_page(page)
