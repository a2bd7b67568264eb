"""A second GIN index on ``Article.search_vector`` holding only the stories of about the last
year, for reader search's time windows (PostgreSQL).

Each window of the stories' statement (``articles.site.search_results``) compares
``published_at >= <a moment>``; when that moment is later than this index's cutoff, PostgreSQL
proves the index's predicate (``published_at >= <cutoff>``) and reads the query's posting lists
from it: lists of a year's stories instead of the whole archive's, and no row older than the
cutoff to visit. All time still reads the full index (``article_search_vector_gin``).

A partial index's predicate must be a constant, so the cutoff is fixed when the index is built:
the first day of a month, early enough that the longest window reaches past it from the day it
is built. The windows only move forward, so they go on implying an older cutoff: a stale index
is only a bigger one, never a wrong one. ``manage.py refresh_recent_search_index`` (monthly)
builds the index of the month's cutoff and drops the older one. Its name carries its cutoff
(``article_search_vector_since_20251201``), so a plan or a list of indexes says which it is.
See docs/search.md.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import connections

from articles.models import Article
from articles.site.search_results import SEARCH_WINDOWS

#: What the names of these indexes start with; the cutoff follows as YYYYMMDD.
PREFIX = "article_search_vector_since_"
#: The longest window that should read the index.
COVERED = max(window for window in SEARCH_WINDOWS if window)
#: Room for the app servers' clocks to be behind the one that built the index.
MARGIN = datetime.timedelta(days=1)
#: Two runs at once would build the same index: the second leaves it to the first.
_LOCK_KEY = 0x72656365  # "rece"


def cutoff_for(now: datetime.datetime) -> datetime.datetime:
    """The cutoff of the index built at ``now``: the first day (UTC) of the month holding
    ``now - COVERED - MARGIN``, so between 12 and 13 months back."""
    earliest = (now - COVERED - MARGIN).astimezone(datetime.UTC)
    return datetime.datetime(earliest.year, earliest.month, 1, tzinfo=datetime.UTC)


def index_name(cutoff: datetime.datetime) -> str:
    return f"{PREFIX}{cutoff:%Y%m%d}"


@dataclass
class Refresh:
    """What ``recent_search_index_refresh`` did."""

    #: The index the windows read from now on.
    name: str
    created: bool = False
    #: Other indexes dropped: older cutoffs, or an interrupted build's of another.
    dropped: list[str] = field(default_factory=list)
    #: Another run held the lock; nothing was done.
    busy: bool = False


def recent_indexes(alias: str) -> dict[str, bool]:
    """This table's recent-search indexes on PostgreSQL database ``alias``: name → valid (an
    interrupted ``CREATE INDEX CONCURRENTLY`` leaves an invalid one, which no query reads)."""
    with connections[alias].cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, i.indisvalid FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE i.indrelid = %s::regclass AND c.relname LIKE %s",
            [Article._meta.db_table, PREFIX.replace("_", r"\_") + "%"],
        )
        return dict(cursor.fetchall())


def recent_search_index_refresh(*, using: str, now: datetime.datetime) -> Refresh | None:
    """Make the recent stories' index the one of ``now``'s cutoff: build it if it is missing,
    then drop every other (nothing is left without an index in between). ``CONCURRENTLY``
    outside a transaction, so that publishing goes on meanwhile. None on other databases."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    cutoff = cutoff_for(now)
    refresh = Refresh(name=index_name(cutoff))
    concurrently = "" if connection.in_atomic_block else " CONCURRENTLY"
    table = connection.ops.quote_name(Article._meta.db_table)
    # inside a transaction (a test's) the lock goes with it, and an error is not hidden by
    # an unlock the aborted transaction refuses
    lock = "pg_try_advisory_xact_lock" if connection.in_atomic_block else "pg_try_advisory_lock"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {lock}(%s)", [_LOCK_KEY])
        if not cursor.fetchone()[0]:
            refresh.busy = True
            return refresh
        try:
            existing = recent_indexes(using)
            if not existing.get(refresh.name):
                if refresh.name in existing:  # left invalid by an interrupted build
                    cursor.execute(f"DROP INDEX{concurrently} {refresh.name}")
                # a constant in the text: DDL takes no parameters
                cursor.execute(
                    f"CREATE INDEX{concurrently} {refresh.name} ON {table} USING gin "
                    f"(search_vector) WHERE published_at >= '{cutoff:%Y-%m-%d %H:%M:%S}+00'"
                )
                refresh.created = True
            for name in sorted(existing):
                if name != refresh.name:
                    cursor.execute(f"DROP INDEX{concurrently} IF EXISTS {name}")
                    refresh.dropped.append(name)
        finally:
            if not connection.in_atomic_block:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [_LOCK_KEY])
    return refresh


def recent_search_index_drop(*, using: str) -> list[str]:
    """Drop every recent stories' index (the migration's reverse)."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return []
    names = sorted(recent_indexes(using))
    with connection.cursor() as cursor:
        for name in names:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
    return names
