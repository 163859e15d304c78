# Quick start:  make run  (the application on a demo database)  ·  make test  (all tests)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
PACKAGING_INSTALLED := $(VENV)/.packaging-installed

.PHONY: run test lint bench bench-small translations bundle icons clean

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
	$(BIN)/ruff check src tests benchmarks scripts packaging
	$(BIN)/ruff format --check src tests benchmarks scripts packaging

BENCH_CLIENTS ?= 300000
bench: $(INSTALLED)
	$(BIN)/python -m benchmarks.run --clients $(BENCH_CLIENTS) --out benchmarks/results/latest.json

bench-small: $(INSTALLED)
	$(BIN)/python -m benchmarks.run --clients 2000 --quick --batch 40 --log-entries 20000 --searches 500

translations: $(INSTALLED)
	$(BIN)/python scripts/update_translations.py

$(PACKAGING_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[test,packaging]'
	touch $(PACKAGING_INSTALLED)

# The self-contained Linux application in dist/omatyontekija/ (packaging/).
bundle: $(PACKAGING_INSTALLED)
	PYTHON=$(BIN)/python packaging/build_linux.sh

# After editing the SVG icon: the PNG sizes and the Windows .ico.
icons: $(INSTALLED)
	$(BIN)/python packaging/render_icons.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
