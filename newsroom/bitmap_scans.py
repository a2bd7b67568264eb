"""Statements planned with bitmap index scans only, on PostgreSQL: reader search's.

The planner counts checking ``search_vector @@ ...`` row by row as cheap, but it reads the row's
whole vector (kilobytes, out of line): walking the date index newest first and checking each
row, or scanning the table, is what it picks for a common word, at ten times the cost of the
bitmaps. The GIN indexes answer search's queries exactly (pairs and single words, no positions;
trigrams for officials' names, where a scan reads every official's names: 0.6 ms for 2,500
instead of 0.13, 21 ms instead of 0.5 for the fuzzy match), so with bitmaps no row is read but
those that match. Parallel workers are off too: the stories' statement must stop at its first
step that is enough (``articles.site.search_results``).
"""

from __future__ import annotations

from django.db import connections

#: What PostgreSQL runs before the statement, in the same string.
SETTINGS = (
    "SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off; "
    "SET LOCAL max_parallel_workers_per_gather = 0"
)
#: What undoes it inside a caller's transaction, where SET LOCAL would last until its end.
RESET = "RESET enable_indexscan; RESET enable_seqscan; RESET max_parallel_workers_per_gather"


def bitmap_scan_rows(alias: str, sql: str, params: list) -> list[tuple]:
    """The rows of ``sql`` with ``params``, planned with bitmap index scans only on PostgreSQL
    (run as it is on another database).

    The settings go with the statement in one string (``SETTINGS``; Django's psycopg cursor
    binds parameters on the client, so several statements may be sent at once): PostgreSQL runs
    them as one implicit transaction, which the ``SET LOCAL`` ends with. That is one round trip
    and one statement where a transaction of its own (BEGIN, SET, the statement, COMMIT) took
    four. Inside a caller's transaction a RESET follows, in the same string.
    """
    connection = connections[alias]
    if connection.vendor == "postgresql":
        tail = f"; {RESET}" if connection.in_atomic_block else ""
        sql = f"{SETTINGS}; {sql}{tail}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while cursor.description is None and cursor.nextset():
            pass  # the settings' results
        return cursor.fetchall()
