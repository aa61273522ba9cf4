# The suite's two commands (see README.md):
#   make e2e    run the regression suite against the bundled site (or BASE_URL=…) and build the Allure report
#   make test   the project's own tests: site, support, e2e and meta
# Both install what is missing first: .venv, Python packages, system Chromium and CJK fonts, Allure.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := $(VENV)/.stamps
BASE_URL ?=
REPORT_LANG ?= zh-TW
PYTEST_ARGS ?=

.PHONY: e2e test report setup lint clean

e2e: setup
	@rm -rf reports/allure-results reports/allure-report
	@status=0; \
	$(PY) -m pytest tests/e2e $(if $(BASE_URL),--base-url $(BASE_URL)) --clean-alluredir $(PYTEST_ARGS) || status=$$?; \
	$(MAKE) --no-print-directory report; \
	exit $$status

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

report:
	@REPORT_LANG=$(REPORT_LANG) npx --no-install allure generate reports/allure-results --config allurerc.mjs >/dev/null
	@echo "Allure report: $(CURDIR)/reports/allure-report/index.html  (view with: npx allure open reports/allure-report)"
	@echo "Requirement coverage: $(CURDIR)/reports/requirements.json"

setup: $(STAMPS)/python $(STAMPS)/node
	@PYTHON=$(PY) scripts/setup-system.sh
	@$(PY) scripts/link_ffmpeg.py

$(STAMPS)/python: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/node: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p $(STAMPS) && touch $@

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

clean:
	rm -rf reports test-results .pytest_cache
