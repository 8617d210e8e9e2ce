# dyadline: `make demo` codes the example corpus; `make test` runs lint, types and tests;
# `make bench` runs the benchmarks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint eval clean docs docs-setup accuracy docs-outputs bench

$(BIN)/dyadline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,dask]'
	touch $(BIN)/dyadline

setup: $(BIN)/dyadline

demo: setup
	$(BIN)/dyadline demo

lint: setup
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy src

test: lint
	$(BIN)/pytest

eval: setup
	$(BIN)/dyadline eval eval/gold/events.jsonl
	$(BIN)/dyadline eval eval/gold/actors.jsonl
	$(BIN)/dyadline eval eval/gold/quotes.jsonl

# Documentation: `make docs` builds the site offline into site/ (warnings are errors).
docs-setup: $(VENV)/.docs-installed

$(VENV)/.docs-installed: pyproject.toml | setup
	$(BIN)/pip install --quiet -e '.[docs]'
	touch $@

docs: docs-setup
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

# Measures the coder on every gold set and writes docs/methods/accuracy.md (a few minutes).
accuracy: setup
	$(BIN)/python scripts/update_accuracy.py

# Rewrites the output shown under `<!-- run -->` blocks in the docs.
docs-outputs: setup
	$(BIN)/python scripts/update_doc_outputs.py

# Throughput, peak RSS and Dask scaling; writes benchmarks/RESULTS.md (see docs/guide/scaling.md).
bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info
