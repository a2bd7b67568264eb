"""The production stack, started once for tests/stack (scripts/stack.py): two app servers on
PostgreSQL, their own Redis and a SeaweedFS S3 server.

Run with ``-m stack`` (``make test-stack``, part of ``make test``); without it these tests are
skipped, so a plain ``pytest`` never starts servers. When a service is missing (no
``redis-server``, no ``weed``, no PostgreSQL at ``STACK_DATABASE_URL``) they are skipped with the
reason, unless ``REQUIRE_STACK=1`` (CI), where that is a failure. The figures the tests measure
are printed and written to ``var/stack-figures.json``.
"""

from __future__ import annotations

import json
import os

import psycopg
import pytest

from scripts.stack import DEFAULT_DATABASE_URL, Stack, unavailable_reason
from tests.paths import PROJECT_ROOT
from tests.stack.client import Editor

DATABASE_URL = os.environ.get("STACK_DATABASE_URL", DEFAULT_DATABASE_URL)
FIGURES = PROJECT_ROOT / "var" / "stack-figures.json"
PUBLISHER = ("thuky", "thuky-demo")  # demo_logins: the managing editor may publish
ADMIN = ("quantri", "quantri-demo")


def _selected(config) -> bool:
    expression = config.getoption("markexpr") or ""
    return "stack" in expression and "not stack" not in expression


def pytest_collection_modifyitems(config, items):
    stack_items = [item for item in items if "stack" in item.keywords]
    if not stack_items:
        return
    if not _selected(config):
        reason = "the stack suite runs with -m stack (make test-stack)"
    else:
        reason = unavailable_reason(DATABASE_URL)
        if reason and os.environ.get("REQUIRE_STACK"):
            raise pytest.UsageError(f"The stack tests are required here but cannot run: {reason}")
    if reason:
        for item in stack_items:
            item.add_marker(pytest.mark.skip(reason=f"stack tests skipped: {reason}"))
        print(f"\nSkipping {len(stack_items)} stack tests: {reason}")


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    stack = Stack(workdir=tmp_path_factory.mktemp("stack"), database_url=DATABASE_URL)
    stack.start(log=lambda line: print(f"[stack] {line}"))
    yield stack
    stack.stop()


@pytest.fixture(scope="session")
def figures():
    """Measured figures, printed at the end and kept in var/stack-figures.json."""
    measured: dict[str, dict] = {}
    yield measured
    if measured:
        FIGURES.parent.mkdir(exist_ok=True)
        FIGURES.write_text(json.dumps(measured, ensure_ascii=False, indent=2) + "\n")
        print(f"\nStack figures ({FIGURES}):\n{json.dumps(measured, ensure_ascii=False, indent=2)}")


@pytest.fixture
def stack_db(stack):
    """A connection to the stack's database, to find rows and check what the servers wrote."""
    with psycopg.connect(stack.database_url, autocommit=True) as connection:
        yield connection


@pytest.fixture
def publisher_on_a(stack):
    return Editor(stack.servers["A"]).login(*PUBLISHER)


@pytest.fixture
def admin_on_a(stack):
    return Editor(stack.servers["A"]).login(*ADMIN)
