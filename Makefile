# dyadline: `make demo` codes the example corpus; `make test` runs lint, types and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint eval clean

$(BIN)/dyadline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
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

clean:
	rm -rf $(VENV) build dist *.egg-info
