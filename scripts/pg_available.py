"""Exit 0 when the PostgreSQL server in the given URL answers, 1 otherwise (used by make test)."""

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg


def main(url: str) -> int:
    parts = urlsplit(url)
    # Ask the maintenance database: the test database itself is created by the test run.
    server_url = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    try:
        psycopg.connect(server_url, connect_timeout=3).close()
    except psycopg.Error as exc:
        print(f"PostgreSQL check: {exc}".strip(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
