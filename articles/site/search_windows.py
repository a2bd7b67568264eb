"""Which time windows a reader search tries on PostgreSQL, from the database's own statistics.

The stories' statement (``articles.site.search_results``) looks at the last week, month and
year before all time, and stops at the first window holding more than ``MAX_RESULTS`` matches.
Each window it tries reads the words' posting lists in the GIN index again: for a name in a few
hundred stories, three reads that find too little before the one that answers (about 1.3 ms
each for a list of 3,000 stories on the 100,000-story bench).

``ANALYZE`` keeps what bounds the matches of a window: the share of stories holding each common
lexeme (``pg_stats.most_common_elems`` of ``search_vector``; a lexeme not listed is rarer than
the rarest listed) and the spread of ``published_at`` (its histogram). A window is tried only
when that bound says it may hold more than ``MAX_RESULTS``. Leaving a window out never changes
what is found: a wider window that holds enough holds the same most recent matches, and the
last step takes every match. It only changes what finding them costs, and without statistics
(a new table, SQLite) every window is tried, as before.
"""

from __future__ import annotations

import bisect
import datetime
import threading
import time
from dataclasses import dataclass

from django.db import connections

from articles.models import Article
from newsroom.search_text import Query

#: How far back reader search first looks for matches, widening until enough are found (None:
#: all time).
SEARCH_WINDOWS = (
    datetime.timedelta(days=7),
    datetime.timedelta(days=31),
    datetime.timedelta(days=366),
    None,
)
#: How long a process keeps the statistics it read (autovacuum's ANALYZE changes them rarely).
KEPT_SECONDS = 600
#: Share of the stories added to a window's for those published since the last ``ANALYZE``,
#: which its histogram of ``published_at`` does not hold yet, at least: the rows written since
#: (``pg_stat_user_tables.n_mod_since_analyze``) are added when more.
SINCE_ANALYZE_SHARE = 0.001


@dataclass(frozen=True)
class Statistics:
    """What PostgreSQL's last ``ANALYZE`` of the articles says, as the bound needs it."""

    #: Rows in the table (``pg_class.reltuples``).
    rows: float
    #: Share of rows holding each common lexeme.
    frequencies: dict[str, float]
    #: Share at most of a lexeme not in ``frequencies``.
    rarest: float
    #: ``published_at``'s histogram: bounds of buckets holding as many rows each, ascending.
    bounds: tuple[datetime.datetime, ...]
    #: Share of the rows written (inserted, updated or deleted) since.
    changed: float = 0.0

    def share(self, term: str) -> float:
        return self.frequencies.get(term, self.rarest)

    def share_since(self, moment: datetime.datetime) -> float:
        """Share of rows published at ``moment`` or later, at most: the buckets from the one
        holding ``moment`` on, and the rows written since (:data:`SINCE_ANALYZE_SHARE` at
        least)."""
        buckets = len(self.bounds) - 1
        if buckets < 1:
            return 1.0
        first_after = bisect.bisect_right(self.bounds, moment)
        if first_after == 0:
            return 1.0
        holding_and_after = buckets - first_after + 1
        return min(1.0, holding_and_after / buckets + max(self.changed, SINCE_ANALYZE_SHARE))

    def matches_at_most(self, query: Query) -> float:
        """How many rows may hold every lexeme ``query``'s finding tsquery asks for
        (``MatchQuery``: its one-token units, its pairs, one alternative of each group)."""
        shares = [self.share(unit[0]) for unit in query.units if len(unit) == 1]
        shares += [self.share(pair) for pair in query.bigrams()]
        shares += [
            sum(min((self.share(pair) for pair in pairs), default=1.0) for pairs in group)
            for group in query.any_of_bigrams()
        ]
        return min(shares, default=1.0) * self.rows


def windows_to_try(
    query: Query,
    windows: tuple[datetime.timedelta, ...],
    *,
    enough: int,
    now: datetime.datetime,
    statistics: Statistics | None,
) -> tuple[datetime.timedelta, ...]:
    """Those of ``windows`` that may hold more than ``enough`` of ``query``'s matches: all of
    them when there are no statistics."""
    if statistics is None:
        return windows
    most = statistics.matches_at_most(query)
    return tuple(w for w in windows if most * statistics.share_since(now - w) > enough)


_kept: dict[str, tuple[float, Statistics | None]] = {}
_lock = threading.Lock()


def statistics(alias: str) -> Statistics | None:
    """The articles' statistics on the PostgreSQL database ``alias``, read at most once every
    ``KEPT_SECONDS`` per process; None before the table's first ``ANALYZE``."""
    now = time.monotonic()
    kept = _kept.get(alias)
    if kept is not None and now - kept[0] < KEPT_SECONDS:
        return kept[1]
    with _lock:
        kept = _kept.get(alias)
        if kept is None or now - kept[0] >= KEPT_SECONDS:
            kept = _kept[alias] = (now, _read(alias))
    return kept[1]


def forget() -> None:
    """Read the statistics again on next use (tests, after an ``ANALYZE``)."""
    _kept.clear()


_STATISTICS_SQL = """
SELECT c.reltuples,
       lexemes.most_common_elems::text::text[], lexemes.most_common_elem_freqs,
       dates.histogram_bounds::text::timestamptz[],
       pg_stat_get_mod_since_analyze(c.oid)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stats lexemes ON lexemes.schemaname = n.nspname AND lexemes.tablename = c.relname
     AND lexemes.attname = 'search_vector'
LEFT JOIN pg_stats dates ON dates.schemaname = n.nspname AND dates.tablename = c.relname
     AND dates.attname = 'published_at'
WHERE c.oid = %s::regclass
"""


def _read(alias: str) -> Statistics | None:
    with connections[alias].cursor() as cursor:
        cursor.execute(_STATISTICS_SQL, [Article._meta.db_table])
        row = cursor.fetchone()
    if row is None:
        return None
    rows, lexemes, shares, bounds, changed = row
    if rows is None or rows <= 0 or not lexemes or not shares or not bounds:
        return None
    # After the lexemes' shares come the smallest and largest of them, and the null share.
    frequencies = dict(zip(lexemes, shares[: len(lexemes)], strict=True))
    rarest = shares[len(lexemes)] if len(shares) > len(lexemes) else min(frequencies.values())
    return Statistics(
        rows=float(rows),
        frequencies=frequencies,
        rarest=float(rarest),
        bounds=tuple(bounds),
        changed=(changed or 0) / float(rows),
    )
