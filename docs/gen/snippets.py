"""Find and run the code examples of the documentation.

A page is a script: its ```python and ```console blocks run in order, in one scratch
folder (with ``examples/``, ``eval/`` and ``docs/`` linked in) and, for Python, in one
namespace. Other languages (bash, yaml, r, text, json) are shown, not run.

Markers on the lines right above a fence:

- ``<!-- run -->``: the console block shows output; it must equal what the commands print
  (``scripts/update_doc_outputs.py`` rewrites it).
- ``<!-- norun: why -->``: do not execute (a server, a cluster); the command line is still
  parsed by click when the command exists, so its options must be real.
- ``<!-- requires: COMMAND --option ... -->``: the block needs these; until the build has
  them, the block and the rest of its page are skipped.

A console block without any ``$ `` prompt is a listing (shown, not run); in a block with
prompts, every prompt must run ``dyadline`` and lines after a prompt are its output, which
only ``<!-- run -->`` blocks may show.

A console command whose subcommand is not in ``dyadline --help`` is skipped with the rest
of its page (later blocks may use its output); once the command exists, it runs and must
succeed. That is the only way a block is skipped, besides a Python import of a package
that is not installed.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import io
import os
import re
import shlex
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent.parent
LINKED = ("examples", "eval", "docs")
RUN_LANGS = ("python", "console")
_FENCE = re.compile(r"^(\s*)```(\w+)?\s*$")
_MARKER = re.compile(r"^\s*<!--\s*(run|norun|requires)\s*(?::\s*(.*?))?\s*-->\s*$")


@dataclass
class Block:
    """One fenced code block of a page."""

    path: Path
    line: int  # 1-based line of the opening fence
    lang: str
    lines: list[str]
    end: int  # 0-based index of the closing fence
    markers: dict[str, str] = field(default_factory=dict)

    @property
    def where(self) -> str:
        path = self.path.relative_to(REPO) if self.path.is_relative_to(REPO) else self.path
        return f"{path}:{self.line}"

    @property
    def shows_output(self) -> bool:
        return "run" in self.markers

    def commands(self) -> list[tuple[str, list[str]]]:
        """Console commands (without ``$ ``) and the output lines shown after each."""
        result: list[tuple[str, list[str]]] = []
        for line in self.lines:
            if line.startswith("$ "):
                result.append((line[2:].strip(), []))
            elif result:
                result[-1][1].append(line)
            elif line.strip():
                raise ValueError(f"{self.where}: output before any `$ ` command")
        return result


def doc_pages() -> list[Path]:
    pages = sorted((REPO / "docs").rglob("*.md"))
    readme = REPO / "README.md"
    return ([readme] if readme.exists() else []) + pages


def parse_blocks(path: Path) -> list[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        start, lang = i, (match.group(2) or "")
        end = start + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        blocks.append(
            Block(path, start + 1, lang, lines[start + 1 : end], end, _markers(lines, start))
        )
        i = end + 1
    return blocks


def _markers(lines: list[str], fence: int) -> dict[str, str]:
    markers: dict[str, str] = {}
    j = fence - 1
    while j >= 0 and (match := _MARKER.match(lines[j])):
        markers[match.group(1)] = match.group(2) or ""
        j -= 1
    return markers


def missing_imports(code: str) -> list[str]:
    """Top-level packages the code imports that are not installed."""
    names = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return sorted(n for n in names if importlib.util.find_spec(n) is None)


@dataclass
class Outcome:
    """What happened to one block."""

    block: Block
    status: str  # "ran", "parsed", "shown", "skipped"
    reason: str = ""
    outputs: list[str] = field(default_factory=list)  # console: stdout of each command


class PageRunner:
    """Runs the blocks of pages in scratch folders, with one coder per configuration."""

    def __init__(self, coder: Any = None) -> None:
        from dyadline.cli import cli

        self.cli = cli
        self.coders: dict[Any, Any] = {}
        if coder is not None:
            self.coders[coder.config] = coder

    # ------------------------------------------------------------------ coders

    def _coder(self, config: Any = None) -> Any:
        from dyadline.coder import Coder
        from dyadline.nlp import PipelineConfig

        config = config or PipelineConfig()
        if config not in self.coders:
            self.coders[config] = Coder(config)
        return self.coders[config]

    @contextlib.contextmanager
    def _shared_coders(self) -> Iterator[None]:
        """Commands and ``dyadline.code`` reuse loaded pipelines instead of loading their own."""
        import dyadline.coder as coder_module
        import dyadline.run as run_module

        saved_factory, saved_default = run_module.Coder, coder_module._default
        run_module.Coder = self._coder  # type: ignore[assignment]
        coder_module._default = self._coder()
        try:
            yield
        finally:
            run_module.Coder, coder_module._default = saved_factory, saved_default

    # ------------------------------------------------------------------ console

    def unavailable(self, argv: list[str], requires: str = "") -> str:
        """Why this command cannot run in this build, or "" when it can."""
        import click

        if not argv or argv[0] not in self.cli.commands:
            return f"`dyadline {argv[0] if argv else ''}` is not in this build"
        wanted = shlex.split(requires) if requires else []
        if not wanted:
            return ""
        command = self.cli.commands.get(wanted[0])
        if command is None:
            return f"`dyadline {wanted[0]}` is not in this build"
        options = {opt for p in command.params if isinstance(p, click.Option) for opt in p.opts}
        for option in wanted[1:]:
            if option not in options:
                return f"`dyadline {wanted[0]}` has no {option} in this build"
        return ""

    def parse_only(self, argv: list[str]) -> None:
        """Let click parse the command line without running it (bad options raise)."""
        command = self.cli.commands[argv[0]]
        with command.make_context(argv[0], argv[1:], parent=None) as _ctx:
            pass

    def run_command(self, argv: list[str]) -> tuple[int, str, str]:
        from click.testing import CliRunner

        runner = CliRunner(env={"COLUMNS": "120"})
        result = runner.invoke(self.cli, argv, catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, result.stdout, result.stderr

    # ------------------------------------------------------------------ pages

    def run_page(self, path: Path) -> list[Outcome]:
        """Run every block of ``path`` in order; the first skip skips the rest of the page."""
        outcomes: list[Outcome] = []
        namespace: dict[str, Any] = {"__name__": "__docs__"}
        skip_rest = ""
        with tempfile.TemporaryDirectory(prefix="dyadline-docs-") as tmp, self._in_dir(Path(tmp)):
            for block in parse_blocks(path):
                if block.lang not in RUN_LANGS:
                    outcomes.append(Outcome(block, "shown"))
                elif skip_rest:
                    outcomes.append(Outcome(block, "skipped", skip_rest))
                else:
                    outcome = self._run_block(block, namespace)
                    outcomes.append(outcome)
                    if outcome.status == "skipped":
                        skip_rest = f"{outcome.reason} (skipped at {block.where})"
        return outcomes

    @contextlib.contextmanager
    def _in_dir(self, tmp: Path) -> Iterator[None]:
        for name in LINKED:
            (tmp / name).symlink_to(REPO / name, target_is_directory=True)
        old = Path.cwd()
        os.chdir(tmp)
        try:
            with self._shared_coders():
                yield
        finally:
            os.chdir(old)

    def _run_block(self, block: Block, namespace: dict[str, Any]) -> Outcome:
        if block.lang == "python":
            return self._run_python(block, namespace)
        return self._run_console(block)

    def _run_python(self, block: Block, namespace: dict[str, Any]) -> Outcome:
        code = "\n".join(block.lines)
        compiled = compile(code, block.where, "exec")
        if "norun" in block.markers:
            return Outcome(block, "parsed", block.markers["norun"])
        missing = missing_imports(code)
        if missing:
            return Outcome(block, "skipped", f"{', '.join(missing)} not installed")
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compiled, namespace)
        return Outcome(block, "ran")

    def _run_console(self, block: Block) -> Outcome:
        if not any(line.startswith("$ ") for line in block.lines):
            # No prompts: a listing of shell commands to type, not a transcript to run.
            return Outcome(block, "shown")
        outputs = []
        commands = block.commands()
        if not block.shows_output and any(line.strip() for _, shown in commands for line in shown):
            raise AssertionError(
                f"{block.where}: shows output that nothing checks; mark the block <!-- run -->"
            )
        for command, _shown in commands:
            argv = shlex.split(command)
            if argv[0] != "dyadline":
                raise AssertionError(
                    f"{block.where}: console blocks run dyadline only; use ```bash for `{command}`"
                )
            why = self.unavailable(argv[1:], block.markers.get("requires", ""))
            if why:
                return Outcome(block, "skipped", why)
            if "norun" in block.markers:
                self.parse_only(argv[1:])
                continue
            code, stdout, stderr = self.run_command(argv[1:])
            if code != 0:
                raise AssertionError(f"{block.where}: `{command}` exited {code}:\n{stderr}")
            outputs.append(stdout)
        return Outcome(block, "parsed" if "norun" in block.markers else "ran", outputs=outputs)


def normalise(text: str) -> list[str]:
    """Output lines as compared: trailing spaces and trailing blank lines dropped."""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def stale_outputs(outcome: Outcome) -> list[str]:
    """For a ``<!-- run -->`` block that ran: commands whose shown output is not current."""
    block = outcome.block
    if not block.shows_output or outcome.status != "ran":
        return []
    problems = []
    for (command, shown), actual in zip(block.commands(), outcome.outputs, strict=True):
        if normalise("\n".join(shown)) != normalise(actual):
            problems.append(f"{block.where}: output of `{command}` is not what it prints now")
    return problems


def rewrite_outputs(path: Path, outcomes: list[Outcome]) -> bool:
    """Replace the shown output of every ``<!-- run -->`` block that ran; True if changed."""
    lines = path.read_text(encoding="utf-8").splitlines()
    changed = False
    for outcome in sorted(outcomes, key=lambda o: -o.block.line):
        block = outcome.block
        if not block.shows_output or outcome.status != "ran":
            continue
        body: list[str] = []
        for (command, _shown), actual in zip(block.commands(), outcome.outputs, strict=True):
            body += [f"$ {command}", *normalise(actual)]
        if body != block.lines:
            lines[block.line : block.end] = body
            changed = True
    if changed:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed
