# Fresh-machine entry points (see README.md).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXTRAS ?= server,postgres,dev,ray

.PHONY: setup demo test lint typecheck bench clean

$(BIN)/shieldwall: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# CPU torch from the local wheel first, so nothing pulls a CUDA build.
	$(BIN)/pip install -q torch==2.13.0 || echo "torch 2.13.0 not available: the [hf] tests will be skipped"
	$(BIN)/pip install -q -e ".[$(EXTRAS)]"
	$(BIN)/pip install -q "transformers>=4.44" || true
	touch $(BIN)/shieldwall

setup: $(BIN)/shieldwall

demo: setup
	$(BIN)/shieldwall check --input examples/conversations.jsonl --output - --policy general_assistant --summary

test: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: setup
	for f in benchmarks/*.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info
