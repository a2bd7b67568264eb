"""The recent stories' search index (``articles.site.recent_search_index``): the windows of
reader search read it, all time reads the full index, the results are the same without it,
and ``refresh_recent_search_index`` moves its cutoff forward leaving one."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from articles.models import Article
from articles.site import search_results
from articles.site.recent_search_index import (
    COVERED,
    cutoff_for,
    index_name,
    recent_indexes,
    recent_search_index_refresh,
)
from articles.site.search_results import SEARCH_WINDOWS, search_articles
from newsroom.bitmap_scans import RESET, SETTINGS
from tests.factories import ArticleFactory, SectionFactory

UTC = datetime.UTC
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a partial GIN index (PostgreSQL)"
)


def _utc(*fields):
    return datetime.datetime(*fields, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "cutoff"),
    [
        (_utc(2026, 12, 6, 12), _utc(2025, 12, 1)),
        # a year and a day back is still in November: the cutoff is November's first day
        (_utc(2026, 12, 1, 0, 30), _utc(2025, 11, 1)),
        (_utc(2027, 1, 1), _utc(2025, 12, 1)),
        # months are UTC's: 6 a.m. on 3 March in Hà Nội is 11 p.m. on 2 March in UTC, and a
        # year and a day before is 28 February
        (
            datetime.datetime(2026, 3, 3, 6, tzinfo=datetime.timezone(datetime.timedelta(hours=7))),
            _utc(2025, 2, 1),
        ),
    ],
)
def test_the_cutoff_is_the_first_of_a_month_a_year_and_a_day_back(now, cutoff):
    assert cutoff_for(now) == cutoff
    assert index_name(cutoff) == f"article_search_vector_since_{cutoff:%Y%m%d}"


@given(
    now=st.datetimes(
        min_value=datetime.datetime(2001, 1, 1),
        max_value=datetime.datetime(2090, 1, 1),
        timezones=st.just(UTC),
    ),
    later=st.timedeltas(min_value=datetime.timedelta(0), max_value=datetime.timedelta(days=9000)),
)
def test_every_window_implies_the_cutoff_from_the_day_it_is_built_on(now, later):
    """An index never refreshed stays usable: the windows' starts only move forward."""
    cutoff = cutoff_for(now)
    assert cutoff.day == 1 and cutoff.hour == 0
    assert now - COVERED - cutoff <= datetime.timedelta(days=32)  # about 13 months at most
    for window in (w for w in SEARCH_WINDOWS if w):
        assert now + later - window >= cutoff + datetime.timedelta(hours=23)


# --- PostgreSQL -----------------------------------------------------------------------------


@pytest.fixture
def archive(db):
    """36 stories of "hội nghị" over three years, one a month; a name in 3 of them; 20,000 other
    stories over the same years, so that a window's stories are too many to read them all
    (they are copies of one, written by SQL: the factory would take a minute)."""
    section = SectionFactory()
    now = timezone.now()
    other = ArticleFactory(
        title="Tiếp xúc cử tri trước kỳ họp", sapo="Cử tri kiến nghị về đất đai.", body="<p>…</p>"
    )
    with connection.cursor() as cursor:
        columns = [
            f.column
            for f in Article._meta.concrete_fields
            if f.column not in ("id", "slug", "published_at")
        ]
        cursor.execute(
            f"INSERT INTO articles_article ({', '.join(columns)}, slug, published_at) "
            f"SELECT {', '.join(columns)}, slug || '-' || n, %s - n * interval '80 minutes' "
            "FROM articles_article, generate_series(1, 20000) AS n WHERE id = %s",
            [now, other.pk],
        )
    stories = [
        ArticleFactory(
            title=f"Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ {n}",
            sapo="Đồng chí Hầu A Lềnh chủ trì." if n % 12 == 0 else "Hội nghị bế mạc chiều nay.",
            section=section,
            published_at=now - datetime.timedelta(days=30 * n + 2),
        )
        for n in range(36)
    ]
    with connection.cursor() as cursor:
        # as autovacuum would leave them: the posting lists out of the pending list, counted
        for name in ["article_search_vector_gin", *recent_indexes(connection.alias)]:
            cursor.execute(f"REINDEX INDEX {name}")
        cursor.execute("ANALYZE articles_article")
    return stories


def _found(query):
    """The stories a search finds, in order, and its stories' statements (planner settings
    apart)."""
    with CaptureQueriesContext(connection) as captured:
        found = [article.pk for article in search_articles(query)[:300]]
    statements = [
        q["sql"].removeprefix(f"{SETTINGS}; ").removesuffix(f"; {RESET}")
        for q in captured
        if "ts_rank" in q["sql"]
    ]
    return found, statements


def _indexes_read(plan):
    """The indexes a plan's node (JSON) and those under it read."""
    names = {plan["Index Name"]} if "Index Name" in plan else set()
    for child in plan.get("Plans", []):
        names |= _indexes_read(child)
    return names


def _branches(plan):
    """The steps of the ``UNION ALL``: the children of the plan's Append."""
    if plan["Node Type"] == "Append":
        return plan["Plans"]
    for child in plan.get("Plans", []):
        if found := _branches(child):
            return found
    return []


@postgres_only
def test_the_windows_read_the_recent_index_and_all_time_the_full_one(archive, monkeypatch):
    monkeypatch.setattr(search_results, "MAX_RESULTS", 5)
    (recent,) = recent_indexes(connection.alias)
    found, (sql,) = _found("hội nghị")
    assert set(found) == {story.pk for story in archive[:5]}  # the year's window held enough
    with connection.cursor() as cursor:
        cursor.execute(f"{SETTINGS}; EXPLAIN (FORMAT JSON) {sql}; {RESET}")
        while cursor.description is None:
            cursor.nextset()
        plan = cursor.fetchone()[0][0]["Plan"]
    *windows, all_time = _branches(plan)
    assert len(windows) == 3  # week, month, year: no statistics in tests
    for window in windows:
        assert recent in _indexes_read(window)
        assert "article_search_vector_gin" not in _indexes_read(window)
    assert "article_search_vector_gin" in _indexes_read(all_time)
    assert recent not in _indexes_read(all_time)


@postgres_only
def test_a_quiet_week_reads_the_recent_index_too(archive, monkeypatch):
    """A week of few stories: the date index is the cheaper bitmap and goes first, and the
    planner leaves out a partial index whose predicate the bitmaps already chosen imply. The
    predicate is on ``timezone('UTC', published_at)`` so that the date index never implies it
    (on ``published_at``, this week read the whole archive's posting lists)."""
    monkeypatch.setattr(search_results, "MAX_RESULTS", 5)
    (recent,) = recent_indexes(connection.alias)
    with connection.cursor() as cursor:
        # the last week: one story, of "hội nghị" (the others published nine days earlier)
        cursor.execute(
            "UPDATE articles_article SET published_at = published_at - interval '9 days' "
            "WHERE published_at > %s AND title NOT LIKE %s",
            [timezone.now() - datetime.timedelta(days=8), "Hội nghị%"],
        )
        cursor.execute("ANALYZE articles_article")
    _, (sql,) = _found("hội nghị")
    with connection.cursor() as cursor:
        cursor.execute(f"{SETTINGS}; EXPLAIN (FORMAT JSON) {sql}; {RESET}")
        while cursor.description is None:
            cursor.nextset()
        plan = cursor.fetchone()[0][0]["Plan"]
    week = _branches(plan)[0]
    assert _indexes_read(week) == {"articles_ar_status_7759bd_idx", recent}


@postgres_only
@pytest.mark.parametrize("query", ["hội nghị", "Hầu A Lềnh", "ban chấp hành tỉnh"])
def test_the_same_stories_are_found_without_the_recent_index(archive, monkeypatch, query):
    monkeypatch.setattr(search_results, "MAX_RESULTS", 5)
    found, _ = _found(query)
    assert found
    with connection.cursor() as cursor:
        for name in recent_indexes(connection.alias):
            cursor.execute(f"DROP INDEX {name}")  # undone with the test's transaction
    assert not recent_indexes(connection.alias)
    assert _found(query)[0] == found


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_command_moves_the_cutoff_forward_and_leaves_one_index():
    now = timezone.now()
    current = index_name(cutoff_for(now))
    before = now - datetime.timedelta(days=75)
    older = recent_search_index_refresh(using=connection.alias, now=before)
    assert older.created and older.name != current
    assert recent_indexes(connection.alias) == {older.name: True}

    out = io.StringIO()
    call_command("refresh_recent_search_index", stdout=out)
    assert out.getvalue().splitlines() == [
        f"Đã dựng chỉ mục {current}.",
        f"Đã xóa chỉ mục {older.name}.",
    ]
    assert recent_indexes(connection.alias) == {current: True}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = %s::regclass",
            [current],
        )
        (predicate,) = cursor.fetchone()
    assert predicate == (
        "(timezone('UTC'::text, published_at) >= "
        f"'{cutoff_for(now):%Y-%m-%d} 00:00:00'::timestamp without time zone)"
    )

    out = io.StringIO()
    call_command("refresh_recent_search_index", stdout=out)  # cron again the same month
    assert out.getvalue() == f"Chỉ mục {current} đã có sẵn: không dựng lại.\n"
    assert recent_indexes(connection.alias) == {current: True}


@postgres_only
def test_an_index_of_the_older_predicate_is_built_again(db):
    """An index built before the predicate moved to ``timezone('UTC', published_at)`` (by
    migration 0022) has this month's name but is not read by a week: the refresh (migration
    0025) builds it again."""
    now = timezone.now()
    name = index_name(cutoff_for(now))
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {name}")
        cursor.execute(
            f"CREATE INDEX {name} ON articles_article USING gin (search_vector) "
            f"WHERE published_at >= '{cutoff_for(now):%Y-%m-%d} 00:00:00+00'"
        )
    assert recent_indexes(connection.alias) == {name: False}
    refresh = recent_search_index_refresh(using=connection.alias, now=now)
    assert refresh.created and refresh.name == name and not refresh.dropped
    assert recent_indexes(connection.alias) == {name: True}


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the other databases")
def test_the_command_does_nothing_elsewhere():
    out = io.StringIO()
    call_command("refresh_recent_search_index", stdout=out)
    assert "không phải PostgreSQL" in out.getvalue()
