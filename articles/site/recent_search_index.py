"""A second GIN index on ``Article.search_vector`` holding only the stories of about the last
year, for reader search's time windows (PostgreSQL).

Each window of the stories' statement (``articles.site.search_results``) compares
``published_at >= <a moment>`` (which the date index answers) and, in the same terms as this
index's predicate, ``timezone('UTC', published_at) >= <the moment>`` (``implying_the_cutoff``).
When that moment is later than the index's cutoff, PostgreSQL proves the predicate
(``timezone('UTC', published_at) >= <cutoff>``) and reads the query's posting lists from it:
lists of a year's stories instead of the whole archive's, and no row older than the cutoff to
visit. All time still reads the full index (``article_search_vector_gin``).

The predicate is on ``timezone('UTC', published_at)`` rather than on ``published_at`` itself
so that the date index never proves it. When the planner ANDs the date index's bitmap with a
GIN index's, it leaves out a partial index whose predicate the date index's conditions already
imply (so as not to count the same condition twice): with the predicate on ``published_at``, a
week (where the date index goes first, being the cheaper) read the whole archive's posting
lists, 23,000 stories for a common phrase on the bench instead of the year's 8,000 (6 ms instead
of 2).

A partial index's predicate must be a constant, so the cutoff is fixed when the index is built:
the first day of a month, early enough that the longest window reaches past it from the day it
is built. The windows only move forward, so they go on implying an older cutoff: a stale index
is only a bigger one, never a wrong one. ``manage.py refresh_recent_search_index`` (monthly)
builds the index of the month's cutoff and drops the older one; it also builds again an index
of the month whose predicate is of an older form. Its name carries its cutoff
(``article_search_vector_since_20251201``), so a plan or a list of indexes says which it is.
See docs/search.md.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import connections

from articles.models import Article
from articles.site.search_windows import SEARCH_WINDOWS

#: What the names of these indexes start with; the cutoff follows as YYYYMMDD.
PREFIX = "article_search_vector_since_"
#: The longest window that should read the index.
COVERED = max(window for window in SEARCH_WINDOWS if window)
#: Room for the app servers' clocks to be behind the one that built the index.
MARGIN = datetime.timedelta(days=1)
#: What the predicate compares with the cutoff: the time of publication in UTC, no time zone.
PUBLISHED_UTC = "timezone('UTC', published_at)"
#: Two runs at once would build the same index: the second leaves it to the first.
_LOCK_KEY = 0x72656365  # "rece"


def cutoff_for(now: datetime.datetime) -> datetime.datetime:
    """The cutoff of the index built at ``now``: the first day (UTC) of the month holding
    ``now - COVERED - MARGIN``, so between 12 and 13 months back."""
    earliest = (now - COVERED - MARGIN).astimezone(datetime.UTC)
    return datetime.datetime(earliest.year, earliest.month, 1, tzinfo=datetime.UTC)


def index_name(cutoff: datetime.datetime) -> str:
    return f"{PREFIX}{cutoff:%Y%m%d}"


def implying_the_cutoff(moment: datetime.datetime) -> tuple[str, list]:
    """SQL (with its parameter) that a search window starting at ``moment`` adds to its
    conditions so that PostgreSQL proves the index's predicate: the same condition as the
    window's own ``published_at >= moment``, in the predicate's terms."""
    return f"{PUBLISHED_UTC} >= %s", [_naive_utc(moment)]


def _naive_utc(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(datetime.UTC).replace(tzinfo=None)


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
    """This table's recent-search indexes on PostgreSQL database ``alias``: name → whether the
    windows read it. Not an index left invalid by an interrupted ``CREATE INDEX
    CONCURRENTLY``, which no query reads, nor one whose predicate is on ``published_at`` (built
    before ``PUBLISHED_UTC``), which a week's window does not read."""
    with connections[alias].cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, i.indisvalid AND pg_get_expr(i.indpred, i.indrelid) LIKE %s "
            "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE i.indrelid = %s::regclass AND c.relname LIKE %s",
            ["%timezone(%", Article._meta.db_table, PREFIX.replace("_", r"\_") + "%"],
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
                if refresh.name in existing:  # invalid, or of the older predicate
                    cursor.execute(f"DROP INDEX{concurrently} {refresh.name}")
                # a constant in the text: DDL takes no parameters
                cursor.execute(
                    f"CREATE INDEX{concurrently} {refresh.name} ON {table} USING gin "
                    f"(search_vector) WHERE {PUBLISHED_UTC} >= "
                    f"'{_naive_utc(cutoff):%Y-%m-%d %H:%M:%S}'::timestamp"
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
