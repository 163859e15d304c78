# Quick start:  make run  (the application on a demo database)  ·  make test  (all tests)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test lint bench bench-small translations clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(INSTALLED)

run: $(INSTALLED)
	$(BIN)/omatyontekija --demo

test: $(INSTALLED)
	$(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

bench: $(INSTALLED)
	$(BIN)/python -m benchmarks.run --clients 100000 --out benchmarks/results/latest.json

bench-small: $(INSTALLED)
	$(BIN)/python -m benchmarks.run --clients 2000 --quick --batch 40

translations: $(INSTALLED)
	$(BIN)/python scripts/update_translations.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
