# kidsnews: `make run` serves the site, `make test` proves it. Everything installs itself.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
HOST ?= 127.0.0.1
PORT ?= 8000
# granian worker processes: one per core (each runs THREADS request threads).
WORKERS ?= $(shell $(PYTHON) -c "import os; print(os.cpu_count() or 1)")
THREADS ?= 4
MANAGE := $(PY) manage.py

# Settings for `make run`: production settings with a persistent local secret, DEBUG off.
RUN_ENV = DJANGO_SETTINGS_MODULE=kidsnews.settings.base \
	SECRET_KEY="$$(cat var/secret_key)" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-$(HOST),localhost,127.0.0.1,[::1]}" \
	BASE_URL="$${BASE_URL:-http://$(HOST):$(PORT)}" \
	SERVE_MEDIA="$${SERVE_MEDIA:-true}" \
	EMAIL_BACKEND="$${EMAIL_BACKEND:-django.core.mail.backends.filebased.EmailBackend}"

.PHONY: help install install-dev run dev test test-long bench lint format check-deploy lock clean eval-screener fonts

help:
	@echo "make run        install, migrate, load demo content and serve on http://$(HOST):$(PORT)/"
	@echo "make test       install test dependencies and run lint, checks and the whole test suite"
	@echo "make test-long  the slower suites (fault injection, large data)"
	@echo "make bench      performance benchmarks (prints figures, never fails on time)"
	@echo "make dev        Django's runserver with DEBUG on"
	@echo "make eval-screener  cross-validated screener figures (k-fold and by family)"
	@echo "make fonts     re-fetch the self-hosted reading font from its npm package (needs npm)"

$(VENV)/.installed-base: requirements/base.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	test -x $(UV) || $(VENV)/bin/pip install --quiet "uv==0.13.9"
	$(UV) pip sync --quiet --python $(PY) requirements/base.txt
	rm -f $(VENV)/.installed-dev
	touch $@

$(VENV)/.installed-dev: requirements/dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	test -x $(UV) || $(VENV)/bin/pip install --quiet "uv==0.13.9"
	$(UV) pip sync --quiet --python $(PY) requirements/dev.txt
	touch $(VENV)/.installed-base $@

install: $(VENV)/.installed-base

install-dev: $(VENV)/.installed-dev
	@bash scripts/ensure-test-tools.sh

var/secret_key:
	mkdir -p var
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

run: $(if $(wildcard $(VENV)/.installed-dev),install-dev,install) var/secret_key
	$(RUN_ENV) $(MANAGE) migrate --noinput
	$(RUN_ENV) $(MANAGE) load_demo --if-empty
	$(RUN_ENV) $(MANAGE) collectstatic --noinput --verbosity 0
	@echo ""
	@echo "  kidsnews is at   http://$(HOST):$(PORT)/"
	@echo "  The admin is at  http://$(HOST):$(PORT)/admin/  (user: admin; password as printed by load_demo, or DEMO_ADMIN_PASSWORD)"
	@echo "  Press Ctrl-C to stop."
	@echo ""
	$(RUN_ENV) HOST="$(HOST)" PORT="$(PORT)" WORKERS="$(WORKERS)" THREADS="$(THREADS)" exec bash scripts/serve.sh

dev: install-dev
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo --if-empty
	$(MANAGE) runserver "$(HOST):$(PORT)"

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(find kidsnews/templates -name '*.html')
	$(VENV)/bin/bandit -q -c pyproject.toml -r kidsnews

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(find kidsnews/templates -name '*.html')

test: install-dev lint
	DJANGO_SETTINGS_MODULE=kidsnews.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=kidsnews.settings.test $(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/pytest -m "not long" $(PYTEST_ARGS)

test-long: install-dev
	$(VENV)/bin/pytest -m long $(PYTEST_ARGS) || test $$? -eq 5  # 5: no long test collected

bench: install-dev
	$(PY) bench/listen.py
	$(PY) bench/run.py

check-deploy: install
	$(VENV)/bin/python scripts/check_deploy.py

lock:
	$(UV) pip compile --quiet pyproject.toml -o requirements/base.txt --python-version 3.11
	$(UV) pip compile --quiet pyproject.toml --group dev -o requirements/dev.txt --python-version 3.11

clean:
	rm -rf var/static var/cache

# Re-fetch the self-hosted reading font (committed; shows where it came from). Needs npm.
fonts:
	bash scripts/fetch-fonts.sh

eval-screener: install-dev
	$(MANAGE) evaluate_screener --cross-validate --jobs $$(nproc)
