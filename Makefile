# One entry point for people and CI. Every target sets up what it needs first; set-up steps are
# skipped when their stamp file is newer than the file that describes them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup browser build serve offline lint test test-unit bench clean

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,lint]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(VENV)/.installed node_modules/.installed ## Install the Python and npm packages (idempotent).

browser: $(VENV)/.installed ## Make sure a Chromium exists for the browser tests.
	@if $(PY) -m tests.browser.chromium >/dev/null 2>&1; then \
		echo "Chromium: $$($(PY) -m tests.browser.chromium)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "No Chromium found: installing Debian's chromium package"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		$(PY) -m tests.browser.chromium; \
	else \
		echo "No Chromium found. Run '$(PY) -m playwright install chromium' or install your system's chromium package." >&2; \
		exit 1; \
	fi

build: setup ## Build the static site into site/.
	@TIMEFORMAT='Built site/ in %R s'; time $(VENV)/bin/mkdocs build --strict --quiet

offline: build ## Zip the built site for reading offline (dist/nn-from-scratch-offline.zip).
	$(PY) -m site_src.offline_zip site dist/nn-from-scratch-offline.zip

serve: setup ## Build and serve the site with live reload.
	@echo "Serving the course at http://$(HOST):$(PORT)/ (live reload on docs/, site_src/, py_runtime/, demos/)"
	$(VENV)/bin/mkdocs serve --strict --dev-addr $(HOST):$(PORT)

lint: setup ## Check the code: ruff (lint and format), mypy (strict), ESLint for the front end.
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	npx --no-install eslint .

test: setup browser ## Run every test: unit, build and browser.
	$(PY) -m pytest

test-unit: setup ## Run the tests that need neither a build nor a browser.
	$(PY) -m pytest -m "not build and not browser"

RUNS ?= 5
bench: setup browser ## Measure the lesson page against bare Pyodide (RUNS=5); writes bench/results/.
	$(PY) -m bench.lesson --runs $(RUNS)

clean: ## Remove the built site and caches (keeps the installed packages).
	rm -rf site dist .pytest_cache .hypothesis
