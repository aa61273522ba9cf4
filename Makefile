# The suite's two commands (see README.md):
#   make e2e    run the regression suite against the bundled site (or BASE_URL=…) once per language of the
#               profile (LANGS=en for one), build one Allure report, and apply the release gates;
#               PROFILE=profiles/misty-hill.yaml checks the second reference site (its profile names its
#               pack and its bundled site)
#   make test   the project's own tests: site, support, e2e and meta
# Both install what is missing first: .venv, Python packages, system Chromium and CJK fonts, Allure.
#
# Also: make report | gates | flake-check | bench | shard-check | durations | lint | mutation

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := $(VENV)/.stamps
BASE_URL ?=
REPORT_LANG ?= zh-TW
PROFILE ?= $(or $(HOTEL_PROFILE),profiles/demo-hotel.yaml)
# The languages the profile lists (`languages:`, first = default); zh-TW and en where it lists none.
# Read when a recipe runs (after setup has made the venv), so `?=` and not `:=`.
LANGS ?= $(or $(shell $(PY) -c 'import sys, yaml; print(" ".join((yaml.safe_load(open(sys.argv[1], encoding="utf-8")) or {}).get("languages") or []))' $(PROFILE) 2>/dev/null),zh-TW en)
# The report's title: the property's name (in the report's language where the profile has it) and
# what the report is. Read when a recipe runs, like LANGS.
REPORT_NAME ?= $(shell $(PY) -c 'import sys, yaml; name = (((yaml.safe_load(open(sys.argv[1], encoding="utf-8")) or {}).get("property") or {}).get("name") or {}); print(name.get(sys.argv[2]) or next(iter(name.values()), ""), "訂房網站法遵回歸測試" if sys.argv[2].startswith("zh") else "booking site compliance regression")' $(PROFILE) $(REPORT_LANG) 2>/dev/null)
# Workers for the e2e suite: on 2 cores one worker was measured faster than two or three
# (docs/performance.md), so small machines get 1 and bigger ones xdist's `auto`. The project's own
# tests (make test) keep 2: their defect proofs wait on subprocesses and CI has timed them at 2.
# They run with --dist worksteal: in random order, the long defect proofs can otherwise pile up
# on one worker at the end (two clean runs took 590 s and 860 s with the default scheduling).
CORES := $(shell nproc 2>/dev/null || echo 1)
WORKERS ?= $(if $(filter 1 2,$(CORES)),1,auto)
TEST_WORKERS ?= 2
PYTEST_ARGS ?=
RESULTS ?= reports/allure-results
COVERAGE ?= reports/requirements.json
GATE_REQUIREMENTS ?= P1.3 P1.4
MIN_TESTS ?= 150
RUNS ?= 10
ALLURE := NODE_OPTIONS="--require ./scripts/node-iterator-helpers.cjs" npx --no-install allure

.PHONY: e2e test report gates setup lint clean flake-check bench shard-check durations mutation

# One pytest run per language, each with its own coverage file, all into one Allure results folder
# (each result carries its language as a label and a parameter); then one report and the gates over
# the merged coverage. Every run and both gates always run; make fails if any of them failed.
e2e: setup
	@rm -rf $(RESULTS) reports/allure-report reports/requirements-*.json reports/overview reports/gate-*.json
	@status=0; \
	for lang in $(LANGS); do \
		echo "== e2e: the site in $$lang"; \
		$(PY) -m pytest tests/e2e -n $(WORKERS) $(if $(BASE_URL),--base-url $(BASE_URL)) --profile $(PROFILE) \
			--site-lang $$lang --report-lang $(REPORT_LANG) --alluredir $(RESULTS) \
			--requirements-json reports/requirements-$$lang.json $(PYTEST_ARGS) || status=$$?; \
	done; \
	$(MAKE) --no-print-directory report COVERAGE="$(foreach lang,$(LANGS),reports/requirements-$(lang).json)"; \
	$(MAKE) --no-print-directory gates || status=$${status/#0/1}; \
	exit $$status

# Python may cache bytecode here even where the environment says not to (PYTHONDONTWRITEBYTECODE):
# the defect proofs start some seventy pytest runs and sites, and each would otherwise compile
# and assertion-rewrite the same modules again (0.8 s of CPU a run, measured on one proof).
test: setup
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# The report opens on a summary page: the compliance overview (overview/, with its PDF) and the full
# report (awesome/). The overview shows both gates' verdicts: the requirement gate's as data here
# (reports/gate-requirements.json; exit 1 only means the gate failed, `make gates` enforces it),
# the count gate's from the overview plugin, which evaluates it during generate.
report:
	@$(PY) scripts/requirements_gate.py $(COVERAGE) --merged reports/requirements.json >/dev/null
	@rm -f reports/gate-requirements.json; \
	$(PY) scripts/requirements_gate.py reports/requirements.json $(foreach id,$(GATE_REQUIREMENTS),--require $(id)) \
		--json reports/gate-requirements.json >/dev/null || test -s reports/gate-requirements.json
	@REPORT_LANG=$(REPORT_LANG) REPORT_NAME="$(REPORT_NAME)" MIN_TESTS=$$($(SCALED_MIN_TESTS)) OVERVIEW_PYTHON=$(PY) \
		OVERVIEW_PROFILE=$(PROFILE) $(ALLURE) generate $(RESULTS) --config allurerc.mjs >/dev/null
	@$(PY) scripts/offline_traces.py reports/allure-report >/dev/null
	@$(PY) scripts/report_language_check.py reports/allure-report --lang $(REPORT_LANG)
	@echo "Allure report: $(CURDIR)/reports/allure-report/index.html  (view with: npx allure open reports/allure-report)"
	@echo "Compliance overview: $(CURDIR)/reports/allure-report/overview/index.html and compliance-overview.pdf"
	@echo "Requirement coverage: $(CURDIR)/reports/requirements.json"

# The count gate's minimum: MIN_TESTS scaled to what a selection (--requirement, -m, -k) ran.
SCALED_MIN_TESTS = $(PY) scripts/requirements_gate.py reports/requirements.json --min-tests $(MIN_TESTS)

gates:  # both gates always run, so one message names everything that blocks the release
	@status=0; \
	MIN_TESTS=$$($(SCALED_MIN_TESTS)) $(ALLURE) quality-gate $(RESULTS) --config allurerc.mjs || status=1; \
	$(PY) scripts/requirements_gate.py reports/requirements.json $(foreach id,$(GATE_REQUIREMENTS),--require $(id)) || status=1; \
	exit $$status

flake-check: setup
	$(PY) scripts/flake_check.py --runs $(RUNS) --workers $(WORKERS) $(PYTEST_ARGS)

bench: setup
	$(PY) scripts/bench.py

shard-check: setup
	$(PY) scripts/shard_check.py --shards 2

# Mutation testing (docs/trust.md): cosmic-ray plants small bugs in the reference sites' money and rule modules
# (scripts/mutation_targets.yaml), one at a time in a throw-away copy, and the e2e tests of each module's requirements
# must fail; prints the score per module and overall and every surviving mutant. Hours for every module, so not part
# of make test; narrow it with MUTATION_ARGS="--site misty_hill", "--module demo_site/pricing.py", "--budget-minutes 20".
MUTATION_ARGS ?=
mutation: setup
	nice -n 19 $(PY) scripts/mutation_testing.py $(MUTATION_ARGS)

durations: setup
	$(PY) -m pytest tests/e2e -p no:randomly --store-durations --durations-path .test_durations $(PYTEST_ARGS)

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
