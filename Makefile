# vnpress: `make run` and `make test` each work alone on a fresh clone (both need `setup`).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench clean

setup: $(STAMP)

# Re-create the environment only when it is missing or older than pyproject.toml.
$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: setup
	$(PY) -m pipeline run data/raw --out data/processed

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check pipeline extractors tests bench

bench: setup
	$(PY) -m pipeline bench

clean:
	rm -rf data/processed/* .pytest_cache
