# Two commands matter: `make run` (demo site on SQLite) and `make test` (whole suite).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/toa_soan
# The stack suite makes this database afresh (tests/stack, docs/operations.md).
STACK_PG_URL ?= postgres://postgres@127.0.0.1:5432/toa_soan_stack
HOST ?= 127.0.0.1:8000

.PHONY: run test test-sqlite test-postgres test-stack stack lint install demo bench clean

$(BIN)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py demo_logins

run: demo
	@echo "Tòa soạn: http://$(HOST)/  (quản trị: http://$(HOST)/admin/)"
	$(BIN)/python manage.py runserver $(HOST)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=newsroom.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=newsroom.settings.test $(BIN)/python manage.py check

test-sqlite: install
	@echo "== Test suite on SQLite"
	DATABASE_URL=sqlite:///:memory: $(BIN)/pytest $(PYTEST_ARGS)

test-postgres: install
	@echo "== Test suite on PostgreSQL ($(PG_URL))"
	DATABASE_URL=$(PG_URL) $(BIN)/pytest $(PYTEST_ARGS)

# Two app servers on PostgreSQL, Redis and S3 (SeaweedFS), tested together; skipped with the
# reason when redis-server, weed or PostgreSQL is missing (a failure with REQUIRE_STACK=1).
test-stack: install
	@echo "== Stack suite: two app servers, PostgreSQL, Redis, S3 ($(STACK_PG_URL))"
	STACK_DATABASE_URL=$(STACK_PG_URL) $(BIN)/pytest -m stack tests/stack $(PYTEST_ARGS)

# The production stack on this machine, for a human: Ctrl-C stops it.
stack: install
	STACK_DATABASE_URL=$(STACK_PG_URL) $(BIN)/python scripts/stack.py

# The whole suite on SQLite, then on PostgreSQL when one answers on 127.0.0.1:5432, then the
# stack suite.
test: lint
	@ran="SQLite"; \
	$(MAKE) --no-print-directory test-sqlite || exit 1; \
	if $(BIN)/python scripts/pg_available.py "$(PG_URL)"; then \
		$(MAKE) --no-print-directory test-postgres || exit 1; ran="$$ran and PostgreSQL"; \
	else \
		echo "PostgreSQL is not reachable at $(PG_URL): skipped the PostgreSQL run."; \
	fi; \
	$(MAKE) --no-print-directory test-stack || exit 1; \
	echo "Test suite passed on: $$ran (stack suite: see above, run or skipped with its reason)"

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
